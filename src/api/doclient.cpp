#include "doclient.h"

#include "apilog.h"
#include "core/bytefeed.h"
#include "core/clusterpagescan.h"
#include "core/dojson.h"
#include "endpoint.h"
#include "oneshotbody.h"
#include "pagelinks.h"
#include "redirects.h"
#include "replyreader.h"
#include "serverdelay.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace api {

namespace {

constexpr int MaxPageSize = 200;

// Whether a create may have been applied even though no clean answer came.
bool createOutcomeUnknown(const ApiError& error)
{
    if (error.neverSent() || error.httpStatus == 501) // 501: the server does not do creates
        return false;
    return error.networkFailure || error.httpStatus >= 500 ||
           (error.httpStatus >= 200 && error.httpStatus < 300);
}

// A 2xx GET whose body lacks what it is for (`{}` from a proxy, a cache or a
// broken server) is an unreadable answer, not an empty account.
ApiError missingEnvelope(int status, const QString& key, const QNetworkReply* reply)
{
    ApiError error;
    error.httpStatus = status;
    error.id = QStringLiteral("malformed_response");
    error.message = DoClient::tr("the answer holds no \"%1\"").arg(key);
    error.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    return error;
}

// A pool found under the name a lost create used is that create's only if it
// is what was asked for; anything else was made by someone else.
bool matchesWhatWasSent(const core::NodePool& pool, const core::NodePoolSpec& sent)
{
    if (pool.spec.size != sent.size || pool.spec.autoScale != sent.autoScale)
        return false;
    if (sent.autoScale)
        return pool.spec.minNodes == sent.minNodes && pool.spec.maxNodes == sent.maxNodes;
    return pool.spec.count == sent.count;
}

// A listing that cannot be completed, whatever each page's status said.
ApiError listingError(const char* id, const QUrl& url, const QString& problem,
                      const ApiError& answer)
{
    ApiError error;
    error.id = QString::fromLatin1(id);
    error.message = DoClient::tr("The list at %1 could not be read: %2.").arg(url.path(), problem);
    error.requestId = answer.requestId;
    return error;
}

// A DELETE retried after its answer was lost finds nothing the second time:
// the earlier attempt did it, so that 404 is success.
ApiError deleteOutcome(const ApiError& error, int attempts)
{
    return attempts > 1 && error.httpStatus == 404 ? ApiError{} : error;
}

// Runs `convert` on a worker thread and hands its result to `done` on the
// client's thread, unless `guard` died meanwhile.
template <typename T, typename Convert>
void convertOffThread(QObject* client, QPointer<QObject> guard, Convert convert,
                      std::function<void(const T&)> done)
{
    QtConcurrent::run(std::move(convert)).then(client, [guard, done](const T& value) {
        if (guard)
            done(value);
    });
}

} // namespace

// One request and its retries.
struct DoClient::Call
{
    QByteArray verb;
    QUrl url;
    QByteArray body; // empty for none
    QPointer<QObject> context;
    AnswerCallback done;
    int attempts = 0;
    int redirects = 0;               // same-origin redirects followed
    bool probe = false;              // sent alone after a 429 (RequestScheduler)
    QString envelopeKey;             // a GET's answer must hold it (`sizes`, `node_pool`...)
    PageScanner scanner;             // reads a 2xx answer's bytes itself, when set (scannedreply.h)
    QPointer<ScannedReply> scanning; // the scanner at work on this attempt's reply
    QElapsedTimer since;
};

// Where the walk over a paged collection is. Each page's items are counted
// (for meta.total) and handed on once its links are known to be sound.
struct DoClient::PageWalk
{
    QUrl firstPage; // on the configured base URL; later pages change only page/per_page
    QString arrayKey;
    PageScanner scanner; // optional: reads each page's bytes itself
    std::function<qsizetype(const Answer&)> count;
    std::function<void(const Answer&)> take;
    qsizetype taken = 0;
    int page = 1;
    int pagesRead = 0;

    QUrl urlOf(int number, int perPage) const
    {
        QUrl url = firstPage;
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(number));
        if (perPage > 0) {
            query.removeAllQueryItems(QStringLiteral("per_page"));
            query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
        }
        url.setQuery(query);
        return url;
    }
};

// One createNodePool and what it has tried.
struct DoClient::CreateAttempt
{
    QString clusterId;
    core::NodePoolSpec spec;
    QJsonObject body;
    QPointer<QObject> context;
    Callback<core::NodePool> done;
    int posts = 0;
    int looks = 0; // pool lists read since the last POST
    QElapsedTimer since;
};

DoClient::DoClient(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_scheduler(new RequestScheduler(this)), m_baseUrl(QString::fromLatin1(DefaultApiUrl))
{}

DoClient::~DoClient() = default;

void DoClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void DoClient::setToken(const QString& token)
{
    m_token = token;
}

void DoClient::setPageSize(int perPage)
{
    m_pageSize = std::clamp(perPage, 1, MaxPageSize);
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

QUrl DoClient::poolUrl(const QString& clusterId, const QString& poolId) const
{
    QString path = QStringLiteral("/v2/kubernetes/clusters/%1/node_pools")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(clusterId)));
    if (!poolId.isEmpty())
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(poolId));
    return endpoint(path);
}

QUrl DoClient::firstPage(const QString& path) const
{
    return endpoint(path, {{QStringLiteral("page"), QStringLiteral("1")},
                           {QStringLiteral("per_page"), QString::number(m_pageSize)}});
}

void DoClient::readRateLimit(const QNetworkReply* reply)
{
    if (!reply->hasRawHeader("ratelimit-remaining"))
        return;
    m_rateLimitLimit = reply->rawHeader("ratelimit-limit").toInt();
    m_rateLimitRemaining = reply->rawHeader("ratelimit-remaining").toInt();
    m_rateLimitReset = QDateTime::fromSecsSinceEpoch(
        reply->rawHeader("ratelimit-reset").toLongLong(), QTimeZone::utc());
    m_scheduler->noteServerBudget(m_rateLimitLimit, m_rateLimitRemaining, m_rateLimitReset,
                                  QDateTime::currentDateTimeUtc());
    Q_EMIT rateLimitChanged();
}

// --- the request engine -------------------------------------------------------

void DoClient::send(const QByteArray& verb, const QUrl& url, const QJsonObject& body,
                    QObject* context, AnswerCallback done, const QString& envelopeKey,
                    PageScanner scanner)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->url = url;
    call->envelopeKey = envelopeKey;
    call->scanner = std::move(scanner);
    if (!body.isEmpty() || verb == "POST" || verb == "PUT")
        call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->context = context;
    call->done = std::move(done);
    call->since.start();
    schedule(call);
}

void DoClient::get(const QUrl& url, const QString& envelopeKey, QObject* context,
                   AnswerCallback done, PageScanner scanner)
{
    send("GET", url, {}, context, std::move(done), envelopeKey, std::move(scanner));
}

void DoClient::schedule(const std::shared_ptr<Call>& call)
{
    m_scheduler->submit([this, call] { start(call); });
}

void DoClient::start(const std::shared_ptr<Call>& call)
{
    if (!call->context) {
        m_scheduler->notSent();
        return; // nobody waits for it any more: do not spend a request on it
    }
    ++call->attempts;
    call->probe = m_scheduler->startingProbe();

    // The last line of defence for the token: whoever set the base URL, it is
    // never sent over plain http except to loopback.
    if (const QString problem = checkApiUrl(call->url); !problem.isEmpty()) {
        ApiError refused;
        refused.id = QStringLiteral("insecure_url");
        refused.message = problem;
        qCDebug(lcApi).noquote() << "refused" << call->verb << redactedUrl(call->url) << problem;
        m_scheduler->notSent();
        QTimer::singleShot(0, this, [call, refused] {
            if (call->context)
                call->done({{}, refused, call->attempts, {}});
        });
        return;
    }

    QNetworkRequest request(call->url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("PoolStudio/" POOLSTUDIO_VERSION));
    request.setTransferTimeout(m_transferTimeoutMs);
    // Qt would follow a redirect anywhere with the Authorization header and
    // turn a POST into a GET; finish() decides instead (redirects.h).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    if (!call->body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nullptr;
    if (call->verb == "POST" || call->verb == "DELETE") {
        // Qt quietly sends a request again when a kept-alive connection closes
        // before the answer. For a create that could make a second pool; for a
        // delete it turns the answer into a 404 nobody can explain. A body that
        // cannot be rewound makes Qt report the loss instead, and we decide.
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(call->body);
        reply = m_network->sendCustomRequest(request, call->verb, body);
        body->setParent(reply);
    } else if (call->body.isNull()) {
        reply = m_network->sendCustomRequest(request, call->verb);
    } else {
        reply = m_network->sendCustomRequest(request, call->verb, call->body);
    }
    // The headers are logged redacted: "Authorization: Bearer ***".
    qCDebug(lcApi).noquote() << "request" << call->verb << redactedUrl(call->url) << "attempt"
                             << call->attempts
                             << QStringLiteral("[%1]").arg(redactedHeaders(request));
    limitReplySize(reply); // a huge answer is cut off as it arrives, not read whole
    call->scanning = call->scanner ? new ScannedReply(reply, call->scanner) : nullptr;
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

void DoClient::finish(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    readRateLimit(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirectStatus(status)) {
        reply->deleteLater();
        followRedirect(call, reply, status);
        return;
    }
    // A large answer is decoded off the GUI thread; the reply (its headers)
    // stays until answered() has read them.
    auto then = [this, call, reply](ReplyContent content) {
        reply->deleteLater();
        answered(call, reply, std::move(content));
    };
    if (call->scanning)
        call->scanning->readThen(this, std::move(then));
    else
        readReplyThen(reply, this, std::move(then));
}

void DoClient::answered(const std::shared_ptr<Call>& call, QNetworkReply* reply,
                        ReplyContent content)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!content.error.isError() && !call->envelopeKey.isEmpty() && !content.scanned.has_value() &&
        !content.body.object().contains(call->envelopeKey))
        content.error = missingEnvelope(status, call->envelopeKey, reply);
    const ApiError& error = content.error;
    qCDebug(lcApi).noquote() << "answer" << call->verb << redactedUrl(call->url) << "status"
                             << status << "request id"
                             << (error.requestId.isEmpty()
                                     ? QString::fromLatin1(reply->rawHeader("x-request-id"))
                                     : error.requestId)
                             << "after" << call->since.elapsed() << "ms"
                             << (error.isError() ? QStringLiteral("error: ") + error.message
                                                 : QString());
    if (error.httpStatus == 403 && call->verb != "GET")
        Q_EMIT writeRefused(error);

    const bool rateLimited = error.httpStatus == 429;
    const auto serverAsked =
        serverAskedDelay(reply->rawHeader("retry-after"), reply->rawHeader("ratelimit-reset"),
                         rateLimited, QDateTime::currentDateTimeUtc());
    const auto delay = retryDelay(m_retryPolicy, call->attempts, serverAsked,
                                  QRandomGenerator::global()->generateDouble());
    const bool withinBudget =
        call->since.elapsed() + delay.count() <= m_retryPolicy.totalBudget.count();
    // A 429 holds every request of this client, not just this one: the
    // server counts the token, not the call. A wait longer than anyone
    // waits is not held (the error says so at once), but the next requests
    // still go one at a time until the server takes one.
    if (rateLimited)
        m_scheduler->holdFor(withinBudget ? delay : std::chrono::milliseconds(0));
    else if (call->probe)
        m_scheduler->probeAnswered();

    // Only a refused request (429: nothing was applied) is safe to repeat for a
    // POST; everything else is idempotent.
    const bool mayRepeat = call->verb == "POST" ? rateLimited : error.isRetryable();
    if (error.isError() && mayRepeat && call->context &&
        call->attempts < m_retryPolicy.maxAttempts && withinBudget) {
        Q_EMIT retrying(QString::fromLatin1(call->verb) + u' ' + call->url.path(), call->attempts,
                        int(delay.count()), error);
        qCDebug(lcApi).noquote() << "retry" << call->verb << redactedUrl(call->url) << "in"
                                 << delay.count() << "ms";
        if (rateLimited) // the hold is the wait; this one then probes first
            m_scheduler->submitFirst([this, call] { start(call); });
        else
            QTimer::singleShot(delay, this, [this, call] { schedule(call); });
        return;
    }
    if (call->context)
        call->done({content.body, error, call->attempts, std::move(content.scanned)});
}

void DoClient::followRedirect(const std::shared_ptr<Call>& call, QNetworkReply* reply, int status)
{
    if (call->probe)
        m_scheduler->probeAnswered();
    const RedirectStep step = decideRedirect(call->verb, call->url, status,
                                             reply->rawHeader("location"), call->redirects);
    qCDebug(lcApi).noquote() << "redirect" << call->verb << redactedUrl(call->url) << status
                             << (step.follow()
                                     ? QStringLiteral("followed to ") + redactedUrl(step.target)
                                     : QStringLiteral("refused: ") + step.refusal.id);
    if (!step.follow()) {
        ApiError refusal = step.refusal;
        refusal.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
        if (call->context)
            call->done({{}, refusal, call->attempts, {}});
        return;
    }
    ++call->redirects;
    --call->attempts; // a hop is not a new try
    call->url = step.target;
    schedule(call);
}

void DoClient::getAllPages(const QUrl& url, const QString& arrayKey, QObject* context,
                           std::function<void(const QJsonArray&, const ApiError&)> done)
{
    auto walk = std::make_shared<PageWalk>();
    walk->firstPage = url;
    walk->arrayKey = arrayKey;
    auto collected = std::make_shared<QJsonArray>();
    walk->count = [arrayKey](const Answer& answer) {
        return answer.body.object().value(arrayKey).toArray().size();
    };
    walk->take = [collected, arrayKey](const Answer& answer) {
        for (const QJsonValue& item : answer.body.object().value(arrayKey).toArray())
            collected->append(item);
    };
    getPage(walk, url, context, [collected, done = std::move(done)](const ApiError& error) {
        done(error.isError() ? QJsonArray() : *collected, error);
    });
}

void DoClient::getPage(const std::shared_ptr<PageWalk>& walk, const QUrl& url, QObject* context,
                       Done done)
{
    get(
        url, walk->arrayKey, context,
        [=, this](const Answer& answer) {
            if (answer.error.isError()) {
                done(answer.error);
                return;
            }
            const QJsonObject page = answer.body.object();
            walk->taken += walk->count(answer);
            ++walk->pagesRead;
            const NextPage next = nextPage(page, walk->page, walk->pagesRead);
            switch (next.kind) {
            case NextPage::Kind::Broken:
                done(listingError("paging_broken", url, next.problem, answer.error));
                return;
            case NextPage::Kind::Done:
                if (const QString problem = totalMismatch(page, walk->taken); !problem.isEmpty()) {
                    done(listingError("listing_incomplete", url, problem, answer.error));
                    return;
                }
                walk->take(answer);
                done({});
                return;
            case NextPage::Kind::Follow:
                walk->take(answer);
                // The token goes only where the user pointed us, whatever host
                // the link names: the page is asked of the base URL.
                walk->page = next.page;
                getPage(walk, walk->urlOf(next.page, next.perPage), context, done);
                return;
            }
        },
        walk->scanner);
}

// --- reading ------------------------------------------------------------------

void DoClient::fetchAccount(QObject* context, Callback<Account> done)
{
    get(endpoint(QStringLiteral("/v2/account")), QStringLiteral("account"), context,
        [done](const Answer& answer) {
            const QJsonObject json = answer.body.object().value(u"account").toObject();
            Account account;
            account.email = json.value(u"email").toString();
            account.uuid = json.value(u"uuid").toString();
            account.status = json.value(u"status").toString();
            account.dropletLimit = json.value(u"droplet_limit").toInt();
            account.teamName = json.value(u"team").toObject().value(u"name").toString();
            done(account, answer.error);
        });
}

namespace {

// The paging fields of a scanned page, as pagelinks.h reads them.
QJsonObject pagingFields(const QString& nextLink, std::optional<int> total)
{
    QJsonObject paging{
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("pages"), QJsonObject{{QStringLiteral("next"), nextLink}}}}}};
    if (total)
        paging.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("total"), *total}});
    return paging;
}

} // namespace

void DoClient::fetchClusters(QObject* context, Callback<QList<core::Cluster>> done)
{
    // Each page is read into whole clusters as it arrives, on the scan's
    // thread (core::dojson::scanWholeClusterPage, a third of the full
    // reader's time for a 4 MB page); a page the scan declines is read the
    // full way, off this thread too, and the pages keep their order.
    const QString key = QStringLiteral("kubernetes_clusters");
    auto walk = std::make_shared<PageWalk>();
    walk->firstPage = firstPage(QStringLiteral("/v2/kubernetes/clusters"));
    walk->arrayKey = key;
    walk->scanner = [](core::ByteFeed& bytes) -> std::optional<ScannedPage> {
        std::optional<core::dojson::WholeClusterPage> scanned =
            core::dojson::scanWholeClusterPage(bytes);
        if (!scanned)
            return std::nullopt;
        return ScannedPage{pagingFields(scanned->nextLink, scanned->total),
                           std::move(scanned->clusters)};
    };
    struct Page
    {
        QList<core::Cluster> scanned;
        QJsonArray declined; // the items of a page the scan left to the full reader
    };
    auto pages = std::make_shared<QList<Page>>();
    walk->count = [key](const Answer& answer) {
        return answer.scanned.has_value()
                   ? std::any_cast<const QList<core::Cluster>&>(answer.scanned).size()
                   : answer.body.object().value(key).toArray().size();
    };
    walk->take = [key, pages](const Answer& answer) {
        if (answer.scanned.has_value())
            pages->append({std::any_cast<const QList<core::Cluster>&>(answer.scanned), {}});
        else
            pages->append({{}, answer.body.object().value(key).toArray()});
    };
    QPointer<QObject> guard(context);
    getPage(walk, walk->firstPage, context, [this, guard, pages, key, done](const ApiError& error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        convertOffThread<QList<core::Cluster>>(
            this, guard,
            [pages, key] {
                QList<core::Cluster> clusters;
                for (const Page& page : *pages)
                    clusters += page.declined.isEmpty()
                                    ? page.scanned
                                    : core::dojson::clustersFromResponse({{key, page.declined}});
                return clusters;
            },
            [done](const QList<core::Cluster>& clusters) { done(clusters, {}); });
    });
}

void DoClient::fetchClusterSummaries(core::SummaryDetail detail, QObject* context,
                                     std::function<void(const QList<core::ClusterSummary>&)> page,
                                     Done done)
{
    using Summaries = QList<core::ClusterSummary>;
    const QString key = QStringLiteral("kubernetes_clusters");
    auto walk = std::make_shared<PageWalk>();
    walk->firstPage = firstPage(QStringLiteral("/v2/kubernetes/clusters"));
    walk->arrayKey = key;
    walk->scanner = [detail](core::ByteFeed& bytes) -> std::optional<ScannedPage> {
        std::optional<core::dojson::ClusterPage> scanned =
            core::dojson::scanClusterPage(bytes, detail);
        if (!scanned)
            return std::nullopt;
        return ScannedPage{pagingFields(scanned->nextLink, scanned->total),
                           std::move(scanned->clusters)};
    };
    walk->count = [key](const Answer& answer) {
        return answer.scanned.has_value() ? std::any_cast<const Summaries&>(answer.scanned).size()
                                          : answer.body.object().value(key).toArray().size();
    };
    walk->take = [key, detail, page = std::move(page)](const Answer& answer) {
        if (answer.scanned.has_value()) {
            page(std::any_cast<const Summaries&>(answer.scanned));
            return;
        }
        // A page the scan declined and the full reader accepted.
        Summaries summaries;
        for (const core::Cluster& cluster :
             core::dojson::clustersFromResponse({{key, answer.body.object().value(key).toArray()}}))
            summaries.append(core::summarize(cluster, detail));
        page(summaries);
    };
    getPage(walk, walk->firstPage, context, std::move(done));
}

void DoClient::fetchCluster(const QString& clusterId, QObject* context,
                            Callback<core::Cluster> done)
{
    get(endpoint(QStringLiteral("/v2/kubernetes/clusters/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(clusterId))),
        QStringLiteral("kubernetes_cluster"), context, [done](const Answer& answer) {
            done(core::dojson::clusterFromJson(
                     answer.body.object().value(u"kubernetes_cluster").toObject()),
                 answer.error);
        });
}

void DoClient::fetchNodePools(const QString& clusterId, QObject* context,
                              Callback<QList<core::NodePool>> done)
{
    // Not paged by the API; clients send page and per_page anyway.
    QUrl url = poolUrl(clusterId);
    url.setQuery(firstPage({}).query());
    get(url, QStringLiteral("node_pools"), context, [clusterId, done](const Answer& answer) {
        QList<core::NodePool> pools = core::dojson::nodePoolsFromResponse(answer.body.object());
        for (core::NodePool& pool : pools)
            pool.spec.cluster.value = clusterId;
        done(pools, answer.error);
    });
}

void DoClient::fetchNodePool(const QString& clusterId, const QString& poolId, QObject* context,
                             Callback<core::NodePool> done)
{
    get(poolUrl(clusterId, poolId), QStringLiteral("node_pool"), context,
        [clusterId, done](const Answer& answer) {
            core::NodePool pool =
                core::dojson::nodePoolFromJson(answer.body.object().value(u"node_pool").toObject());
            pool.spec.cluster.value = clusterId;
            done(pool, answer.error);
        });
}

void DoClient::fetchSizes(QObject* context, Callback<QList<core::Size>> done, CachePolicy cache)
{
    QPointer<QObject> guard(context);
    const QString key = endpoint(QStringLiteral("/v2/sizes")).toString();
    auto deliver = [this, guard, done](const QJsonArray& items, const QDateTime& fetchedAt) {
        convertOffThread<QList<core::Size>>(
            this, guard,
            [items] {
                return core::dojson::sizesFromResponse({{QStringLiteral("sizes"), items}});
            },
            [this, done, fetchedAt](const QList<core::Size>& sizes) {
                m_sizesFetchedAt = fetchedAt;
                done(sizes, {});
            });
    };
    if (cache == CachePolicy::UseCache) {
        if (const auto entry = m_cache.load(key, QDateTime::currentDateTimeUtc())) {
            deliver(entry->data.toArray(), entry->fetchedAt);
            return;
        }
    }
    getAllPages(firstPage(QStringLiteral("/v2/sizes")), QStringLiteral("sizes"), context,
                [this, key, deliver, done](const QJsonArray& items, const ApiError& error) {
                    if (error.isError()) {
                        done({}, error);
                        return;
                    }
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    m_cache.store(key, {items, now});
                    deliver(items, now);
                });
}

void DoClient::fetchKubernetesOptions(QObject* context, Callback<core::KubernetesOptions> done,
                                      CachePolicy cache)
{
    const QUrl url = endpoint(QStringLiteral("/v2/kubernetes/options"));
    const QString key = url.toString();
    if (cache == CachePolicy::UseCache) {
        if (const auto entry = m_cache.load(key, QDateTime::currentDateTimeUtc())) {
            QPointer<QObject> guard(context);
            const core::KubernetesOptions options =
                core::dojson::optionsFromJson(entry->data.toObject());
            const QDateTime fetchedAt = entry->fetchedAt;
            // Answer from the event loop, as a request would.
            QTimer::singleShot(0, this, [this, guard, done, options, fetchedAt] {
                m_optionsFetchedAt = fetchedAt;
                if (guard)
                    done(options, {});
            });
            return;
        }
    }
    get(url, QStringLiteral("options"), context, [this, key, done](const Answer& answer) {
        if (answer.error.isError()) {
            done({}, answer.error);
            return;
        }
        const QJsonObject options = answer.body.object().value(u"options").toObject();
        m_optionsFetchedAt = QDateTime::currentDateTimeUtc();
        m_cache.store(key, {options, m_optionsFetchedAt});
        done(core::dojson::optionsFromJson(options), {});
    });
}

// --- changing -----------------------------------------------------------------

void DoClient::createNodePool(const QString& clusterId, const core::NodePoolSpec& spec,
                              QObject* context, Callback<core::NodePool> done)
{
    auto attempt = std::make_shared<CreateAttempt>();
    attempt->clusterId = clusterId;
    attempt->spec = spec;
    attempt->body = core::dojson::createPoolBody(spec);
    attempt->context = context;
    attempt->done = std::move(done);
    attempt->since.start();
    postCreate(attempt);
}

void DoClient::postCreate(const std::shared_ptr<CreateAttempt>& attempt)
{
    ++attempt->posts;
    send("POST", poolUrl(attempt->clusterId), attempt->body, attempt->context,
         [this, attempt](const Answer& answer) {
             core::NodePool pool = core::dojson::nodePoolFromJson(
                 answer.body.object().value(u"node_pool").toObject());
             if (!answer.error.isError() && !pool.id.isEmpty()) {
                 pool.spec.cluster.value = attempt->clusterId;
                 attempt->done(pool, {});
             } else if (!answer.error.isError()) {
                 // A 2xx that does not say which pool: it was made, most
                 // likely, but only the list can say which one it is.
                 ApiError unclear;
                 unclear.httpStatus = answer.error.httpStatus;
                 unclear.id = QStringLiteral("missing_node_pool");
                 unclear.message = tr("the create was answered without the new pool");
                 findCreated(attempt, unclear);
             } else if (createOutcomeUnknown(answer.error)) {
                 findCreated(attempt, answer.error);
             } else {
                 attempt->done({}, answer.error);
             }
         });
}

void DoClient::findCreated(const std::shared_ptr<CreateAttempt>& attempt, const ApiError& lost)
{
    if (attempt->looks == 0)
        Q_EMIT checkingCreate(attempt->clusterId, attempt->spec.name);
    fetchNodePools(
        attempt->clusterId, attempt->context,
        [this, attempt, lost](const QList<core::NodePool>& pools, const ApiError& listError) {
            if (listError.isError()) {
                ApiError unknown = lost;
                unknown.message = tr("%1; whether the pool \"%2\" was created is unknown, as "
                                     "listing the pools failed too (%3)")
                                      .arg(lost.message, attempt->spec.name, listError.message);
                attempt->done({}, unknown);
                return;
            }
            for (const core::NodePool& pool : pools) {
                if (pool.spec.name != attempt->spec.name)
                    continue;
                if (matchesWhatWasSent(pool, attempt->spec)) {
                    attempt->done(pool, {}); // the lost create did land
                    return;
                }
                ApiError conflict;
                conflict.httpStatus = 409;
                conflict.id = QStringLiteral("conflicting_pool");
                conflict.message =
                    tr("%1; a pool named \"%2\" is in the cluster, but with size %3 and %4 "
                       "nodes, not what was sent: it is someone else's, and nothing was created "
                       "again. Choose another name, or change or delete that pool.")
                        .arg(lost.message, attempt->spec.name, pool.spec.size)
                        .arg(pool.spec.count);
                attempt->done({}, conflict);
                return;
            }
            // Lists lag behind writes: look again before creating again.
            if (++attempt->looks <= m_retryPolicy.createLooks) {
                QTimer::singleShot(m_retryPolicy.createLookGap, this, [this, attempt, lost] {
                    if (attempt->context)
                        findCreated(attempt, lost);
                });
                return;
            }
            attempt->looks = 0;
            const auto delay = retryDelay(m_retryPolicy, attempt->posts, {},
                                          QRandomGenerator::global()->generateDouble());
            if (attempt->posts >= m_retryPolicy.maxAttempts ||
                attempt->since.elapsed() + delay.count() > m_retryPolicy.totalBudget.count()) {
                attempt->done({}, lost);
                return;
            }
            Q_EMIT retrying(QStringLiteral("POST ") + poolUrl(attempt->clusterId).path(),
                            attempt->posts, int(delay.count()), lost);
            QTimer::singleShot(delay, this, [this, attempt] {
                if (attempt->context)
                    postCreate(attempt);
            });
        });
}

void DoClient::updateNodePool(const QString& clusterId, const QString& poolId,
                              const QJsonObject& changes, QObject* context,
                              Callback<core::NodePool> done)
{
    send("PUT", poolUrl(clusterId, poolId), changes, context,
         [clusterId, poolId, done](const Answer& answer) {
             core::NodePool pool = core::dojson::nodePoolFromJson(
                 answer.body.object().value(u"node_pool").toObject());
             pool.spec.cluster.value = clusterId;
             if (pool.id.isEmpty()) // a 202 without the pool still changed this one
                 pool.id = poolId;
             done(pool, answer.error);
         });
}

void DoClient::updateClusterAutoscaler(const QString& clusterId, const QJsonObject& body,
                                       QObject* context, Callback<core::Cluster> done)
{
    send("PUT",
         endpoint(QStringLiteral("/v2/kubernetes/clusters/") +
                  QString::fromLatin1(QUrl::toPercentEncoding(clusterId))),
         body, context, [clusterId, done](const Answer& answer) {
             core::Cluster cluster = core::dojson::clusterFromJson(
                 answer.body.object().value(u"kubernetes_cluster").toObject());
             if (cluster.id.isEmpty()) // a 202 without the cluster still changed this one
                 cluster.id = clusterId;
             done(cluster, answer.error);
         });
}

void DoClient::deleteNodePool(const QString& clusterId, const QString& poolId, QObject* context,
                              Done done)
{
    send("DELETE", poolUrl(clusterId, poolId), {}, context,
         [done](const Answer& answer) { done(deleteOutcome(answer.error, answer.attempts)); });
}

void DoClient::deleteNode(const QString& clusterId, const QString& poolId, const QString& nodeId,
                          const NodeDeleteOptions& options, QObject* context, Done done)
{
    QUrl url = poolUrl(clusterId, poolId);
    url.setPath(url.path() + QStringLiteral("/nodes/") +
                QString::fromLatin1(QUrl::toPercentEncoding(nodeId)));
    QUrlQuery query;
    if (options.skipDrain)
        query.addQueryItem(QStringLiteral("skip_drain"), QStringLiteral("1"));
    if (options.replace)
        query.addQueryItem(QStringLiteral("replace"), QStringLiteral("1"));
    url.setQuery(query);
    send("DELETE", url, {}, context,
         [done](const Answer& answer) { done(deleteOutcome(answer.error, answer.attempts)); });
}

} // namespace api
