#include "apilog.h"

#include <QNetworkRequest>
#include <QUrlQuery>

namespace api {

Q_LOGGING_CATEGORY(lcApi, "poolstudio.api", QtWarningMsg)

namespace {

bool isSecretName(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
           lower == "set-cookie" || lower.contains("token") || lower.contains("secret") ||
           lower.contains("api-key") || lower.contains("apikey") || lower.contains("password");
}

} // namespace

QByteArray redactedHeaderValue(const QByteArray& name, const QByteArray& value)
{
    if (!isSecretName(name))
        return value;
    // Keep the scheme ("Bearer", "Basic"): it says how the secret was sent.
    const qsizetype space = value.indexOf(' ');
    const QByteArray lower = name.toLower();
    if ((lower == "authorization" || lower == "proxy-authorization") && space > 0)
        return value.left(space) + " ***";
    return "***";
}

QString redactedHeaders(const QNetworkRequest& request)
{
    QStringList lines;
    for (const QByteArray& name : request.rawHeaderList())
        lines << QString::fromLatin1(name + ": " +
                                     redactedHeaderValue(name, request.rawHeader(name)));
    return lines.join(QStringLiteral("; "));
}

QString redactedUrl(const QUrl& url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(shown);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    bool changed = false;
    for (const auto& [key, value] : items) {
        if (isSecretName(key.toLatin1())) {
            query.removeAllQueryItems(key);
            query.addQueryItem(key, QStringLiteral("***"));
            changed = true;
        }
    }
    if (changed)
        shown.setQuery(query);
    return shown.toString();
}

} // namespace api
