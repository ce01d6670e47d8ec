#pragma once

#include "account.h"
#include "apierror.h"
#include "catalogcache.h"
#include "core/cluster.h"
#include "core/clustersummary.h"
#include "core/kubernetesoptions.h"
#include "core/nodepoolspec.h"
#include "core/size.h"
#include "requestscheduler.h"
#include "retrypolicy.h"
#include "scannedreply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <any>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace api {

struct ReplyContent;

// Query flags of DELETE .../nodes/{id}.
struct NodeDeleteOptions
{
    bool skipDrain = false; // skip_drain=1: delete without evicting pods first
    bool replace = false;   // replace=1: a new node takes its place; the count stays
};

// The one way Pool Studio talks to DigitalOcean: typed async calls over one
// QNetworkAccessManager. Each call takes a context object; when the context is
// gone before the answer arrives, the callback is not run (and no retry is
// started for it). Callbacks run on the client's thread, never before the
// event loop runs.
//
// Idempotent calls (GET, PUT, DELETE) are retried on connection errors, 429
// and 5xx but 501, with exponential backoff and jitter, honouring
// retry-after, within RetryPolicy's bounds. A create is never blindly sent
// twice: see createNodePool. Requests are spaced by a RequestScheduler so the
// client stays under DigitalOcean's per-minute limit.
class DoClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const T& value, const ApiError& error)>;
    using Done = std::function<void(const ApiError& error)>;

    enum class CachePolicy
    {
        UseCache, // a fresh disk copy answers without a request
        Refresh   // always ask the API (and store the answer)
    };

    explicit DoClient(QObject* parent = nullptr);
    ~DoClient() override;

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    // The token is kept only here and sent only in the Authorization header.
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }

    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // per_page for collections (1-200; 200 by default).
    void setPageSize(int perPage);
    int pageSize() const { return m_pageSize; }
    // How long one transfer may stall before it counts as a network failure.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    RequestScheduler& scheduler() { return *m_scheduler; }
    CatalogCache& catalogCache() { return m_cache; }

    // --- reading --------------------------------------------------------
    void fetchAccount(QObject* context, Callback<Account> done);
    // Every cluster with its pools and nodes, following all pages. Parsed off
    // the calling thread.
    void fetchClusters(QObject* context, Callback<QList<core::Cluster>> done);
    // Every cluster as a listing shows it (core/clustersummary.h), page by
    // page: `page` gets each page's clusters as it arrives, then `done` runs
    // once, with the error if the listing could not be completed (pages
    // handed on stay handed on). Each page is scanned for what a summary
    // holds (core/clusterpagescan.h), off the calling thread, without
    // building its nodes; every field is still checked as fetchClusters
    // checks it, and a page the scan cannot vouch for is read the full way,
    // so errors read the same.
    void fetchClusterSummaries(core::SummaryDetail detail, QObject* context,
                               std::function<void(const QList<core::ClusterSummary>&)> page,
                               Done done);
    void fetchCluster(const QString& clusterId, QObject* context, Callback<core::Cluster> done);
    void fetchNodePools(const QString& clusterId, QObject* context,
                        Callback<QList<core::NodePool>> done);
    void fetchNodePool(const QString& clusterId, const QString& poolId, QObject* context,
                       Callback<core::NodePool> done);
    // /v2/sizes and /v2/kubernetes/options, from the disk cache when it is
    // younger than a day. sizesFetchedAt()/optionsFetchedAt() tell how old the
    // answer is.
    void fetchSizes(QObject* context, Callback<QList<core::Size>> done,
                    CachePolicy cache = CachePolicy::UseCache);
    void fetchKubernetesOptions(QObject* context, Callback<core::KubernetesOptions> done,
                                CachePolicy cache = CachePolicy::UseCache);
    QDateTime sizesFetchedAt() const { return m_sizesFetchedAt; }
    QDateTime optionsFetchedAt() const { return m_optionsFetchedAt; }

    // --- changing -------------------------------------------------------
    // POST, answered 201 with the new pool. When the answer is lost (network
    // error, timeout, 5xx, unreadable body), the cluster's pools are listed:
    // if a pool of that name is there it is the answer; only if it is absent
    // is the create sent again (within the retry policy). Never two pools.
    void createNodePool(const QString& clusterId, const core::NodePoolSpec& spec, QObject* context,
                        Callback<core::NodePool> done);
    // PUT with a partial body (core::dojson::updatePoolBody), answered 202.
    void updateNodePool(const QString& clusterId, const QString& poolId, const QJsonObject& changes,
                        QObject* context, Callback<core::NodePool> done);
    // PUT /v2/kubernetes/clusters/{id} with only the cluster's
    // cluster_autoscaler_configuration (core::dojson::clusterAutoscalerBody),
    // answered 202 with the cluster. Idempotent, so retried like any PUT.
    void updateClusterAutoscaler(const QString& clusterId, const QJsonObject& body,
                                 QObject* context, Callback<core::Cluster> done);
    // DELETE, answered 204; the nodes are then drained and removed (watch it
    // with an OperationWatcher). A 404 on a retry means the first one landed.
    void deleteNodePool(const QString& clusterId, const QString& poolId, QObject* context,
                        Done done);
    void deleteNode(const QString& clusterId, const QString& poolId, const QString& nodeId,
                    const NodeDeleteOptions& options, QObject* context, Done done);

    // --- rate limit -----------------------------------------------------
    int rateLimitLimit() const { return m_rateLimitLimit; }
    int rateLimitRemaining() const { return m_rateLimitRemaining; }
    QDateTime rateLimitReset() const { return m_rateLimitReset; }

Q_SIGNALS:
    void rateLimitChanged();
    // An idempotent request failed and goes again in `delayMs`.
    void retrying(const QString& request, int attempt, int delayMs, const api::ApiError& error);
    // A create's answer was lost and the pools are being listed to find out
    // whether it landed.
    void checkingCreate(const QString& clusterId, const QString& poolName);
    // A write (POST, PUT, DELETE) was answered 403: the token may read but not
    // change anything. Every write goes through here, whoever sent it.
    void writeRefused(const api::ApiError& error);

private:
    friend class BillingClient; // billingclient.h: the billing calls, on this engine

    struct Answer
    {
        QJsonDocument body;
        ApiError error;
        int attempts = 1;
        std::any scanned; // what the call's PageScanner read, if it read the page
    };
    using AnswerCallback = std::function<void(const Answer&)>;
    struct Call;
    struct CreateAttempt;
    struct PageWalk;

    void send(const QByteArray& verb, const QUrl& url, const QJsonObject& body, QObject* context,
              AnswerCallback done, const QString& envelopeKey = {}, PageScanner scanner = {});
    void schedule(const std::shared_ptr<Call>& call);
    void start(const std::shared_ptr<Call>& call);
    void finish(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    // The rest of finish() once the body is decoded (on a worker thread when large).
    void answered(const std::shared_ptr<Call>& call, QNetworkReply* reply,
                  ReplyContent content);
    void followRedirect(const std::shared_ptr<Call>& call, QNetworkReply* reply, int status);
    // A GET whose 2xx answer must hold `envelopeKey`; one without it is
    // unreadable (and retried as such).
    void get(const QUrl& url, const QString& envelopeKey, QObject* context, AnswerCallback done,
             PageScanner scanner = {});
    // GETs a paged collection, concatenating `arrayKey` of every page
    // (pagelinks.h: pages asked of the base URL, loops and gaps refused).
    void getAllPages(const QUrl& url, const QString& arrayKey, QObject* context,
                     std::function<void(const QJsonArray&, const ApiError&)> done);
    void getPage(const std::shared_ptr<PageWalk>& walk, const QUrl& url, QObject* context,
                 Done done);
    void postCreate(const std::shared_ptr<CreateAttempt>& attempt);
    void findCreated(const std::shared_ptr<CreateAttempt>& attempt, const ApiError& lost);
    QUrl endpoint(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    QUrl poolUrl(const QString& clusterId, const QString& poolId = {}) const;
    QUrl firstPage(const QString& path) const;
    void readRateLimit(const QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    RequestScheduler* m_scheduler;
    CatalogCache m_cache;
    QUrl m_baseUrl;
    QString m_token;
    RetryPolicy m_retryPolicy;
    int m_pageSize = 200;
    int m_transferTimeoutMs = 30'000;
    int m_rateLimitLimit = 0;
    int m_rateLimitRemaining = -1;
    QDateTime m_rateLimitReset;
    QDateTime m_sizesFetchedAt;
    QDateTime m_optionsFetchedAt;
};

} // namespace api
