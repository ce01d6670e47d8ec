#include "doclient.h"

#include "core/dojson.h"
#include "endpoint.h"
#include "replyreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace api {

namespace {

constexpr int TransferTimeoutMs = 30'000;
constexpr int PageSize = 200;

} // namespace

DoClient::DoClient(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_baseUrl(QString::fromLatin1(DefaultApiUrl))
{}

void DoClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void DoClient::setToken(const QString& token)
{
    m_token = token;
}

QUrl DoClient::endpoint(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(u'/') ? 1 : 0) + path);
    QUrlQuery items;
    for (const auto& [key, value] : query)
        items.addQueryItem(key, value);
    url.setQuery(items);
    return url;
}

void DoClient::readRateLimit(const QNetworkReply* reply)
{
    if (!reply->hasRawHeader("ratelimit-remaining"))
        return;
    m_rateLimitLimit = reply->rawHeader("ratelimit-limit").toInt();
    m_rateLimitRemaining = reply->rawHeader("ratelimit-remaining").toInt();
    m_rateLimitReset =
        QDateTime::fromSecsSinceEpoch(reply->rawHeader("ratelimit-reset").toLongLong(), Qt::UTC);
    Q_EMIT rateLimitChanged();
}

void DoClient::get(const QUrl& url, QObject* context, JsonCallback done)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("PoolStudio/" POOLSTUDIO_VERSION));
    request.setTransferTimeout(TransferTimeoutMs);

    QNetworkReply* reply = m_network->get(request);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done] {
        reply->deleteLater();
        readRateLimit(reply);
        const ReplyContent content = readReply(reply);
        if (guard)
            done(content.body, content.error);
    });
}

void DoClient::getAllPages(const QUrl& url, const QString& arrayKey, QJsonArray collected,
                           QObject* context,
                           std::function<void(const QJsonArray&, const ApiError&)> done)
{
    get(url, context, [=, this](const QJsonDocument& body, const ApiError& error) mutable {
        if (error.isError()) {
            done({}, error);
            return;
        }
        const QJsonObject page = body.object();
        for (const QJsonValue& item : page.value(arrayKey).toArray())
            collected.append(item);
        const QUrl next(
            page.value(u"links").toObject().value(u"pages").toObject().value(u"next").toString());
        if (next.isEmpty()) {
            done(collected, {});
            return;
        }
        // The token goes only where the user pointed us, whatever a link says.
        if (next.host() != m_baseUrl.host() || next.port() != m_baseUrl.port() ||
            next.scheme() != m_baseUrl.scheme()) {
            ApiError foreign;
            foreign.httpStatus = 200;
            foreign.id = QStringLiteral("foreign_link");
            foreign.message =
                tr("the next page points to another server (%1); not followed").arg(next.host());
            done({}, foreign);
            return;
        }
        getAllPages(next, arrayKey, collected, context, done);
    });
}

void DoClient::fetchAccount(QObject* context, Callback<Account> done)
{
    get(endpoint(QStringLiteral("/v2/account")), context,
        [done](const QJsonDocument& body, const ApiError& error) {
            const QJsonObject json = body.object().value(u"account").toObject();
            Account account;
            account.email = json.value(u"email").toString();
            account.uuid = json.value(u"uuid").toString();
            account.status = json.value(u"status").toString();
            account.dropletLimit = json.value(u"droplet_limit").toInt();
            account.teamName = json.value(u"team").toObject().value(u"name").toString();
            done(account, error);
        });
}

void DoClient::fetchClusters(QObject* context, Callback<QList<core::Cluster>> done)
{
    const QUrl first = endpoint(QStringLiteral("/v2/kubernetes/clusters"),
                                {{QStringLiteral("page"), QStringLiteral("1")},
                                 {QStringLiteral("per_page"), QString::number(PageSize)}});
    getAllPages(first, QStringLiteral("kubernetes_clusters"), {}, context,
                [done](const QJsonArray& items, const ApiError& error) {
                    QList<core::Cluster> clusters;
                    for (const QJsonValue& item : items)
                        clusters.append(core::dojson::clusterFromJson(item.toObject()));
                    done(clusters, error);
                });
}

void DoClient::fetchSizes(QObject* context, Callback<QList<core::Size>> done)
{
    const QUrl first = endpoint(QStringLiteral("/v2/sizes"),
                                {{QStringLiteral("page"), QStringLiteral("1")},
                                 {QStringLiteral("per_page"), QString::number(PageSize)}});
    getAllPages(first, QStringLiteral("sizes"), {}, context,
                [done](const QJsonArray& items, const ApiError& error) {
                    QList<core::Size> sizes;
                    for (const QJsonValue& item : items)
                        sizes.append(core::dojson::sizeFromJson(item.toObject()));
                    done(sizes, error);
                });
}

} // namespace api
