#include "endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
};

} // namespace

namespace api {

QUrl resolveApiUrl(const QString& fromOption)
{
    if (!fromOption.isEmpty())
        return QUrl(fromOption);
    const QString fromEnv = qEnvironmentVariable("DIGITALOCEAN_API_URL");
    return QUrl(fromEnv.isEmpty() ? QString::fromLatin1(DefaultApiUrl) : fromEnv);
}

static bool isLoopback(const QString& host)
{
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkApiUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("The API URL \"%1\" is not a valid URL.").arg(url.toString());
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopback(url.host()))
        return {};
    if (url.scheme() == u"http")
        return Tr::tr("Plain http:// is only allowed to loopback addresses; use https:// for %1.")
            .arg(url.host());
    return Tr::tr("The API URL must start with https://.");
}

} // namespace api
