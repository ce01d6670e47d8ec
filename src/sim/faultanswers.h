#pragma once

#include "sim/faults.h"
#include "sim/httpserver.h"

#include <QDateTime>
#include <QUrl>

// The answers injected faults give, made to look like what DigitalOcean (or
// a proxy in front of it) would send. Pure functions: the Simulator decides
// when, these decide what.
namespace sim::faultanswers {

// RFC 7231 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
QByteArray httpDate(const QDateTime& when);

// DO's error body for an injected status: too_many_requests, not_found,
// server_error or bad_request, with the request id.
HttpResponse error(int status, const QString& requestId);

// The retry hints of an injected 429: `retry-after` in seconds, as an
// HTTP-date, or absent with `ratelimit-reset` the only hint. Dates come from
// `realNow`, the wall clock clients compare them with.
void addRetryHints(const FaultRule& rule, const QDateTime& realNow, HttpResponse* response);

// A 30x to the rule's location (see FaultRule::location), no body.
HttpResponse redirect(const FaultRule& rule, const HttpRequest& request, const QUrl& baseUrl);

// What empty_success leaves of a routed answer: its 2xx with `{}` or nothing.
// Errors and 204s are left as they are.
void emptySuccess(const FaultRule& rule, HttpResponse* response);

// Rate-limit headers replaced as a rule says (reset: `realNow` + seconds).
void overrideRateLimit(const HeaderOverrides& overrides, const QDateTime& realNow,
                       HttpResponse* response);

} // namespace sim::faultanswers
