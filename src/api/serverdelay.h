#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>

namespace api {

// An HTTP-date (RFC 9110: IMF-fixdate, RFC 850 or asctime form), as UTC.
std::optional<QDateTime> parseHttpDate(const QByteArray& text);

// How long the server asked the client to wait before trying again:
// `retry-after` as seconds or as an HTTP-date; when a 429 carries none,
// `ratelimit-reset` (Unix time of the window's reset), as go-retryablehttp
// reads them. 0 when nothing was asked or the time named has passed.
std::chrono::milliseconds serverAskedDelay(const QByteArray& retryAfter,
                                           const QByteArray& rateLimitReset, bool rateLimited,
                                           const QDateTime& now);

} // namespace api
