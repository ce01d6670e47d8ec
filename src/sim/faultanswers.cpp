#include "sim/faultanswers.h"

#include "sim/router.h"

#include <QLocale>

namespace sim::faultanswers {

QByteArray httpDate(const QDateTime& when)
{
    // QLocale::c(): day and month names in English whatever the system locale.
    return QLocale::c()
               .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " GMT";
}

HttpResponse error(int status, const QString& requestId)
{
    const QString id = status == 429   ? QStringLiteral("too_many_requests")
                       : status == 404 ? QStringLiteral("not_found")
                       : status >= 500 ? QStringLiteral("server_error")
                                       : QStringLiteral("bad_request");
    const QString message = status == 429
                                ? QStringLiteral("Too many requests")
                                : QStringLiteral("Server was unable to give you a response.");
    return Router::errorResponse(status, id, message, requestId);
}

void addRetryHints(const FaultRule& rule, const QDateTime& realNow, HttpResponse* response)
{
    const QDateTime until = realNow.addSecs(rule.retryAfterSecs);
    if (rule.noRetryAfter) {
        response->removeHeader("retry-after");
        response->setHeader("ratelimit-reset", QByteArray::number(until.toSecsSinceEpoch()));
    } else if (rule.retryAfterDate) {
        response->setHeader("retry-after", httpDate(until));
    } else {
        response->setHeader("retry-after", QByteArray::number(rule.retryAfterSecs));
    }
}

HttpResponse redirect(const FaultRule& rule, const HttpRequest& request, const QUrl& baseUrl)
{
    const QString pathAndQuery =
        request.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    QString location = rule.location.isEmpty() ? pathAndQuery : rule.location;
    location.replace(QStringLiteral("{base}"),
                     baseUrl.toString(QUrl::StripTrailingSlash | QUrl::FullyEncoded));
    location.replace(QStringLiteral("{path}"), pathAndQuery);
    HttpResponse response;
    response.status = rule.effectiveStatus();
    response.addHeader("location", location.toUtf8());
    return response;
}

void emptySuccess(const FaultRule& rule, HttpResponse* response)
{
    if (response->status < 200 || response->status >= 300 || response->status == 204)
        return;
    if (rule.noBody) {
        response->removeHeader("content-type");
        response->body.clear();
    } else {
        response->setHeader("content-type", "application/json; charset=utf-8");
        response->body = "{}";
    }
}

void overrideRateLimit(const HeaderOverrides& overrides, const QDateTime& realNow,
                       HttpResponse* response)
{
    if (overrides.remaining >= 0)
        response->setHeader("ratelimit-remaining", QByteArray::number(overrides.remaining));
    if (overrides.limit >= 0)
        response->setHeader("ratelimit-limit", QByteArray::number(overrides.limit));
    if (overrides.resetAfterSecs >= 0)
        response->setHeader(
            "ratelimit-reset",
            QByteArray::number(realNow.addSecs(overrides.resetAfterSecs).toSecsSinceEpoch()));
}

} // namespace sim::faultanswers
