#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>
#include <utility>

class QNetworkRequest;

namespace api {

// Debug output of every request and answer: method, URL, status, request id
// and the request headers with every secret replaced by ***. Off unless
// asked for: QT_LOGGING_RULES="poolstudio.api.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi)

// A header as it may be shown: Authorization keeps its scheme ("Bearer ***"),
// other secret-bearing headers (cookies, API keys, anything named *token*)
// show only ***. The name is compared without regard to case.
QByteArray redactedHeaderValue(const QByteArray& name, const QByteArray& value);

// "Name: value" lines of the request's headers, redacted, joined by "; ".
// Names are shown as Qt holds them (Qt 6.4: as set; Qt 6.8: lower case) and
// are recognised as secret in any case.
QString redactedHeaders(const QNetworkRequest& request);

// The URL without user info and with secret-looking query items redacted, so
// a URL someone pasted with credentials in it does not reach the log either.
QString redactedUrl(const QUrl& url);

} // namespace api
