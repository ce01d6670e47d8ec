#include "sim/router.h"

#include "sim/billingroutes.h"
#include "sim/clusterbytes.h"
#include "sim/clusterrequest.h"
#include "sim/jsonwriter.h"
#include "sim/simclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace sim {
namespace {

const QString Uuid = QStringLiteral("([^/]+)");

struct Pattern
{
    QByteArray method;
    QString pathTemplate;
    QRegularExpression regex;
};

QRegularExpression templateRegex(const QString& pathTemplate)
{
    QString re = QRegularExpression::escape(pathTemplate);
    static const QRegularExpression param(QStringLiteral("\\\\\\{[a-z_]+\\\\\\}"));
    re.replace(param, Uuid);
    return QRegularExpression(QRegularExpression::anchoredPattern(re + QStringLiteral("/?")));
}

enum class Route
{
    Account,
    Clusters,
    Cluster,
    UpdateCluster,
    Pools,
    CreatePool,
    Pool,
    UpdatePool,
    DeletePool,
    DeleteNode,
    Recycle,
    Options,
    Sizes,
    Tags,
};

struct RouteDef
{
    Route route;
    const char* method;
    const char* path;
};

constexpr RouteDef routeDefs[] = {
    {Route::Account, "GET", "/v2/account"},
    {Route::Clusters, "GET", "/v2/kubernetes/clusters"},
    {Route::Cluster, "GET", "/v2/kubernetes/clusters/{cluster_id}"},
    {Route::UpdateCluster, "PUT", "/v2/kubernetes/clusters/{cluster_id}"},
    {Route::Pools, "GET", "/v2/kubernetes/clusters/{cluster_id}/node_pools"},
    {Route::CreatePool, "POST", "/v2/kubernetes/clusters/{cluster_id}/node_pools"},
    {Route::Pool, "GET", "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}"},
    {Route::UpdatePool, "PUT", "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}"},
    {Route::DeletePool, "DELETE", "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}"},
    {Route::DeleteNode, "DELETE",
     "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/nodes/{node_id}"},
    {Route::Recycle, "POST",
     "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/recycle"},
    {Route::Options, "GET", "/v2/kubernetes/options"},
    {Route::Sizes, "GET", "/v2/sizes"},
    {Route::Tags, "GET", "/v2/tags"},
};

bool queryFlag(const QUrlQuery& query, const QString& name)
{
    const QString v = query.queryItemValue(name).toLower();
    return v == u"1" || v == u"true" || v == u"yes";
}

const QMap<QString, QString>& regionNames()
{
    static const QMap<QString, QString> names{
        {QStringLiteral("ams3"), QStringLiteral("Amsterdam 3")},
        {QStringLiteral("blr1"), QStringLiteral("Bangalore 1")},
        {QStringLiteral("fra1"), QStringLiteral("Frankfurt 1")},
        {QStringLiteral("lon1"), QStringLiteral("London 1")},
        {QStringLiteral("nyc1"), QStringLiteral("New York 1")},
        {QStringLiteral("nyc2"), QStringLiteral("New York 2")},
        {QStringLiteral("nyc3"), QStringLiteral("New York 3")},
        {QStringLiteral("sfo2"), QStringLiteral("San Francisco 2")},
        {QStringLiteral("sfo3"), QStringLiteral("San Francisco 3")},
        {QStringLiteral("sgp1"), QStringLiteral("Singapore 1")},
        {QStringLiteral("syd1"), QStringLiteral("Sydney 1")},
        {QStringLiteral("tor1"), QStringLiteral("Toronto 1")},
        {QStringLiteral("atl1"), QStringLiteral("Atlanta 1")},
        {QStringLiteral("ric1"), QStringLiteral("Richmond 1")},
    };
    return names;
}

} // namespace

Router::Router(SimState& state, SimClock& clock, RateLimiter& limiter)
    : m_state(state), m_clock(clock), m_limiter(limiter)
{}

QList<RouteInfo> Router::routes()
{
    QList<RouteInfo> list;
    for (const RouteDef& r : routeDefs)
        list.append({QByteArray(r.method), QString::fromLatin1(r.path)});
    return list;
}

HttpResponse Router::jsonResponse(int status, const QJsonObject& body)
{
    HttpResponse r;
    r.status = status;
    r.addHeader("content-type", "application/json; charset=utf-8");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse Router::errorResponse(int status, const QString& id, const QString& message,
                                   const QString& requestId)
{
    return jsonResponse(status, json::error(id, message, requestId));
}

HttpResponse Router::failure(const Failure& f, const QString& requestId) const
{
    return errorResponse(f.status, f.id, f.message, requestId);
}

QUrl Router::linkUrl(const HttpRequest& request) const
{
    QUrl url;
    switch (m_state.settings().linkStyle) {
    case LinkStyle::Absolute:
        url = m_baseUrl;
        break;
    case LinkStyle::Foreign:
        url = QUrl(m_state.settings().linkOrigin);
        break;
    case LinkStyle::Relative:
        break; // no scheme, no host: just the path and query
    }
    url.setPath(request.path);
    url.setQuery(request.query);
    return url;
}

ClusterRow Router::listed(const ClusterRow& cluster, const AnswerShape& shape) const
{
    if (shape.staleLagSecs < 0)
        return cluster;
    // DO's lists lag behind its writes: a pool younger than the lag is not
    // in them yet (seeded pools have no creation time and are always old).
    const QDateTime cutoff = m_clock.now().addSecs(-shape.staleLagSecs);
    ClusterRow copy = cluster;
    copy.pools.removeIf(
        [&](const PoolRow& p) { return p.createdAt.isValid() && p.createdAt > cutoff; });
    return copy;
}

bool Router::readPage(const HttpRequest& request, const AnswerShape& shape, json::Page* page) const
{
    bool ok = true;
    page->page = 1;
    page->perPage = 20;
    page->loopTo = shape.loopNextPage;
    if (request.query.hasQueryItem(QStringLiteral("page")))
        page->page = request.query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page->page < 1)
        return false;
    if (request.query.hasQueryItem(QStringLiteral("per_page")))
        page->perPage = request.query.queryItemValue(QStringLiteral("per_page")).toInt(&ok);
    if (!ok || page->perPage < 1)
        return false;
    page->perPage = qMin(page->perPage, 200); // DO caps pages at 200 items
    return true;
}

QString Router::presentedToken(const HttpRequest& request) const
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ") || authorization.startsWith("bearer "))
        return QString::fromUtf8(authorization.mid(7).trimmed());
    return QString();
}

void Router::addHeaders(const HttpRequest& request, const QString& requestId,
                        HttpResponse* response) const
{
    const QString presented = presentedToken(request);
    const bool known = (!m_token.isEmpty() && presented == m_token) ||
                       (!m_readOnlyToken.isEmpty() && presented == m_readOnlyToken) ||
                       (!m_noBillingToken.isEmpty() && presented == m_noBillingToken);
    const RateLimiter::Verdict v = m_limiter.peek(known ? presented : QString(), m_clock.nowSecs());
    response->addHeader("ratelimit-limit", QByteArray::number(v.limit));
    response->addHeader("ratelimit-remaining", QByteArray::number(v.remaining));
    response->addHeader("ratelimit-reset", QByteArray::number(v.reset));
    response->addHeader("x-request-id", requestId.toUtf8());
}

HttpResponse Router::handle(const HttpRequest& request, const QString& requestId,
                            const AnswerShape& shape)
{
    const QString presented = presentedToken(request);
    const bool fullAccess = (!m_token.isEmpty() && presented == m_token) ||
                            (!m_noBillingToken.isEmpty() && presented == m_noBillingToken);
    const bool readOnly = !m_readOnlyToken.isEmpty() && presented == m_readOnlyToken;

    // The windows belong to the token; unauthenticated calls share one bucket.
    const RateLimiter::Verdict verdict =
        m_limiter.take(fullAccess || readOnly ? presented : QString(), m_clock.nowSecs());

    HttpResponse response;
    if (!fullAccess && !readOnly) {
        response = errorResponse(401, QStringLiteral("unauthorized"),
                                 QStringLiteral("Unable to authenticate you"), requestId);
    } else if (!verdict.allowed) {
        response = errorResponse(429, QStringLiteral("too_many_requests"),
                                 QStringLiteral("Too many requests"), requestId);
        response.addHeader("retry-after", QByteArray::number(verdict.retryAfterSecs));
    } else {
        m_state.settle(m_clock.now());
        response = dispatch(request, requestId, fullAccess, shape);
    }
    response.addHeader("ratelimit-limit", QByteArray::number(verdict.limit));
    response.addHeader("ratelimit-remaining", QByteArray::number(verdict.remaining));
    response.addHeader("ratelimit-reset", QByteArray::number(verdict.reset));
    response.addHeader("x-request-id", requestId.toUtf8());
    return response;
}

HttpResponse Router::dispatch(const HttpRequest& request, const QString& requestId, bool mayWrite,
                              const AnswerShape& shape)
{
    static const QList<Pattern> patterns = [] {
        QList<Pattern> list;
        for (const RouteDef& r : routeDefs)
            list.append({QByteArray(r.method), QString::fromLatin1(r.path),
                         templateRegex(QString::fromLatin1(r.path))});
        return list;
    }();

    if (BillingRoutes::claims(request)) {
        json::Page page;
        const bool pageValid = readPage(request, shape, &page);
        const bool allowed =
            m_noBillingToken.isEmpty() || presentedToken(request) != m_noBillingToken;
        return BillingRoutes::answer(request, requestId,
                                     {m_state.tables(), m_state.billing(), m_clock.now(), page,
                                      pageValid, linkUrl(request), allowed});
    }

    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const Pattern& p = patterns[i];
        if (p.method != request.method)
            continue;
        const QRegularExpressionMatch match = p.regex.match(request.path);
        if (!match.hasMatch())
            continue;
        if (request.method != "GET" && !mayWrite)
            return errorResponse(403, QStringLiteral("forbidden"),
                                 QStringLiteral("You do not have access for the attempted "
                                                "action."),
                                 requestId);
        const QString clusterId = match.captured(1);
        const QString poolId = match.captured(2);
        const QDateTime now = m_clock.now();

        switch (routeDefs[i].route) {
        case Route::Account:
            return jsonResponse(200, json::account(m_state.tables().account));
        case Route::Clusters:
            return clusters(request, requestId, shape);
        case Route::Cluster: {
            ClusterRow* c = m_state.cluster(clusterId);
            if (!c)
                return failure(notFound(), requestId);
            return jsonResponse(
                200, {{QStringLiteral("kubernetes_cluster"), json::cluster(listed(*c, shape))}});
        }
        case Route::UpdateCluster: {
            ClusterRow* c = m_state.cluster(clusterId);
            if (!c)
                return failure(notFound(), requestId);
            if (auto f = updateCluster(*c, request.body, now))
                return failure(*f, requestId);
            return jsonResponse(202, {{QStringLiteral("kubernetes_cluster"), json::cluster(*c)}});
        }
        case Route::Pools: {
            // Undocumented paging: clients send page/per_page; accept and ignore.
            ClusterRow* c = m_state.cluster(clusterId);
            if (!c)
                return failure(notFound(), requestId);
            QJsonArray pools;
            for (const PoolRow& pool : listed(*c, shape).pools)
                pools.append(json::pool(pool, c->id));
            return jsonResponse(200, {{QStringLiteral("node_pools"), pools}});
        }
        case Route::Pool: {
            ClusterRow* c = m_state.cluster(clusterId);
            PoolRow* pool = c ? m_state.pool(*c, poolId) : nullptr;
            if (!pool)
                return failure(notFound(), requestId);
            return jsonResponse(200, {{QStringLiteral("node_pool"), json::pool(*pool, c->id)}});
        }
        case Route::CreatePool: {
            if (!m_state.cluster(clusterId))
                return failure(notFound(), requestId);
            PoolPatch patch;
            if (auto f = parsePoolPatch(request.body, PoolRequestKind::Create, &patch))
                return failure(*f, requestId);
            QString id;
            if (auto f = m_state.createPool(clusterId, patch, now, &id))
                return failure(*f, requestId);
            ClusterRow* c = m_state.cluster(clusterId);
            return jsonResponse(
                201, {{QStringLiteral("node_pool"), json::pool(*m_state.pool(*c, id), c->id)}});
        }
        case Route::UpdatePool: {
            ClusterRow* c = m_state.cluster(clusterId);
            if (!c || !m_state.pool(*c, poolId))
                return failure(notFound(), requestId);
            PoolPatch patch;
            if (auto f = parsePoolPatch(request.body, PoolRequestKind::Update, &patch))
                return failure(*f, requestId);
            if (auto f = m_state.updatePool(clusterId, poolId, patch, now))
                return failure(*f, requestId);
            return jsonResponse(
                202, {{QStringLiteral("node_pool"), json::pool(*m_state.pool(*c, poolId), c->id)}});
        }
        case Route::DeletePool:
            if (auto f = m_state.deletePool(clusterId, poolId, now))
                return failure(*f, requestId);
            return HttpResponse{204, {}, {}};
        case Route::DeleteNode: {
            const bool skipDrain = queryFlag(request.query, QStringLiteral("skip_drain"));
            const bool replace = queryFlag(request.query, QStringLiteral("replace"));
            if (auto f = m_state.deleteNode(clusterId, poolId, match.captured(3), skipDrain,
                                            replace, now))
                return failure(*f, requestId);
            return HttpResponse{202, {}, {}};
        }
        case Route::Recycle: {
            ClusterRow* c = m_state.cluster(clusterId);
            if (!c || !m_state.pool(*c, poolId))
                return failure(notFound(), requestId);
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            const QJsonValue nodes = doc.object().value(u"nodes");
            if (!doc.isObject() || (!nodes.isArray() && !nodes.isUndefined()))
                return errorResponse(400, QStringLiteral("bad_request"),
                                     QStringLiteral("unable to parse request body"), requestId);
            QStringList ids;
            for (const QJsonValue& id : nodes.toArray())
                ids.append(id.toString());
            if (auto f = m_state.recycleNodes(clusterId, poolId, ids, now))
                return failure(*f, requestId);
            return HttpResponse{202, {}, {}};
        }
        case Route::Options:
            return jsonResponse(200, options());
        case Route::Sizes:
            return sizes(request, requestId, shape);
        case Route::Tags:
            return tags(request, requestId, shape);
        }
    }
    return failure(notFound(), requestId);
}

HttpResponse Router::clusters(const HttpRequest& request, const QString& requestId,
                              const AnswerShape& shape)
{
    json::Page page;
    if (!readPage(request, shape, &page))
        return errorResponse(400, QStringLiteral("bad_request"),
                             QStringLiteral("invalid page or per_page"), requestId);
    // Written straight to bytes (clusterbytes.h): the same bytes as the
    // QJsonObject path, at a fraction of the time for 100 large clusters.
    QList<ClusterRow> all;
    all.reserve(m_state.tables().clusters.size());
    for (const ClusterRow& c : m_state.tables().clusters)
        all.append(listed(c, shape));
    HttpResponse r;
    r.status = 200;
    r.addHeader("content-type", "application/json; charset=utf-8");
    r.body = json::pagedClustersBytes(QStringLiteral("kubernetes_clusters"), all, page,
                                      linkUrl(request));
    return r;
}

HttpResponse Router::sizes(const HttpRequest& request, const QString& requestId,
                           const AnswerShape& shape)
{
    json::Page page;
    if (!readPage(request, shape, &page))
        return errorResponse(400, QStringLiteral("bad_request"),
                             QStringLiteral("invalid page or per_page"), requestId);
    return jsonResponse(200, json::pagedEnvelope(QStringLiteral("sizes"), m_state.tables().sizes,
                                                 page, linkUrl(request)));
}

HttpResponse Router::tags(const HttpRequest& request, const QString& requestId,
                          const AnswerShape& shape)
{
    json::Page page;
    if (!readPage(request, shape, &page))
        return errorResponse(400, QStringLiteral("bad_request"),
                             QStringLiteral("invalid page or per_page"), requestId);
    // Tags live on droplets: every node with a droplet carries its pool's
    // user tags and the automatic ones.
    QMap<QString, QPair<int, QString>> byTag; // name → droplet count, last droplet
    for (const ClusterRow& c : m_state.tables().clusters)
        for (const PoolRow& p : c.pools)
            for (const NodeRow& n : p.nodes) {
                if (n.dropletId.isEmpty())
                    continue;
                for (const QString& tag : p.tags + json::automaticTags(c.id)) {
                    auto& entry = byTag[tag];
                    ++entry.first;
                    entry.second = n.dropletId;
                }
            }
    QJsonArray all;
    const QJsonObject none{{QStringLiteral("count"), 0}};
    for (auto it = byTag.cbegin(); it != byTag.cend(); ++it) {
        const QString uri = QStringLiteral("/v2/droplets/") + it.value().second;
        all.append(QJsonObject{
            {QStringLiteral("name"), it.key()},
            {QStringLiteral("resources"),
             QJsonObject{{QStringLiteral("count"), it.value().first},
                         {QStringLiteral("last_tagged_uri"), uri},
                         {QStringLiteral("droplets"),
                          QJsonObject{{QStringLiteral("count"), it.value().first},
                                      {QStringLiteral("last_tagged_uri"), uri}}},
                         {QStringLiteral("imgages"), none},
                         {QStringLiteral("volumes"), none},
                         {QStringLiteral("volume_snapshots"), none},
                         {QStringLiteral("databases"), none}}},
        });
    }
    return jsonResponse(200,
                        json::pagedEnvelope(QStringLiteral("tags"), all, page, linkUrl(request)));
}

QJsonObject Router::options() const
{
    QSet<QString> regionSlugs;
    QJsonArray sizes;
    for (const QJsonValue& s : m_state.tables().sizes) {
        const QJsonObject size = s.toObject();
        const QString slug = size.value(u"slug").toString();
        sizes.append(QJsonObject{{QStringLiteral("name"), slug}, {QStringLiteral("slug"), slug}});
        for (const QJsonValue& r : size.value(u"regions").toArray())
            regionSlugs.insert(r.toString());
    }
    QStringList sortedRegions(regionSlugs.cbegin(), regionSlugs.cend());
    sortedRegions.sort();
    QJsonArray regions;
    for (const QString& slug : sortedRegions)
        regions.append(QJsonObject{{QStringLiteral("name"), regionNames().value(slug, slug)},
                                   {QStringLiteral("slug"), slug}});
    const QJsonArray features{
        QStringLiteral("cluster-autoscaler"), QStringLiteral("docr-integration"),
        QStringLiteral("ha-control-plane"), QStringLiteral("token-authentication")};
    QJsonArray versions;
    for (const char* v : {"1.33.1-do.0", "1.32.5-do.0", "1.31.9-do.0"}) {
        const QString slug = QString::fromLatin1(v);
        versions.append(
            QJsonObject{{QStringLiteral("slug"), slug},
                        {QStringLiteral("kubernetes_version"), slug.section(u'-', 0, 0)},
                        {QStringLiteral("supported_features"), features}});
    }
    return {{QStringLiteral("options"), QJsonObject{{QStringLiteral("regions"), regions},
                                                    {QStringLiteral("versions"), versions},
                                                    {QStringLiteral("sizes"), sizes}}}};
}

} // namespace sim
