#pragma once

#include "account.h"
#include "apierror.h"
#include "core/cluster.h"
#include "core/size.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace api {

// The one way Pool Studio talks to DigitalOcean: typed async calls over one
// QNetworkAccessManager. Each call takes a context object; when the context is
// gone before the answer arrives, the callback is not run.
class DoClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const T& value, const ApiError& error)>;

    explicit DoClient(QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    // The token is kept only here and sent only in the Authorization header.
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }

    void fetchAccount(QObject* context, Callback<Account> done);
    // Every cluster with its pools and nodes, following all pages.
    void fetchClusters(QObject* context, Callback<QList<core::Cluster>> done);
    void fetchSizes(QObject* context, Callback<QList<core::Size>> done);

    int rateLimitLimit() const { return m_rateLimitLimit; }
    int rateLimitRemaining() const { return m_rateLimitRemaining; }
    QDateTime rateLimitReset() const { return m_rateLimitReset; }

Q_SIGNALS:
    void rateLimitChanged();

private:
    using JsonCallback = std::function<void(const QJsonDocument&, const ApiError&)>;

    void get(const QUrl& url, QObject* context, JsonCallback done);
    // GETs a paged collection, concatenating `arrayKey` of every page.
    void getAllPages(const QUrl& url, const QString& arrayKey, QJsonArray collected,
                     QObject* context,
                     std::function<void(const QJsonArray&, const ApiError&)> done);
    QUrl endpoint(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    void readRateLimit(const QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_rateLimitLimit = 0;
    int m_rateLimitRemaining = -1;
    QDateTime m_rateLimitReset;
};

} // namespace api
