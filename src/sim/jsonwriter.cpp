#include "sim/jsonwriter.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace sim {

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Provisioning:
        return QStringLiteral("provisioning");
    case NodeState::Running:
        return QStringLiteral("running");
    case NodeState::Draining:
        return QStringLiteral("draining");
    case NodeState::Deleting:
        return QStringLiteral("deleting");
    }
    return QStringLiteral("running");
}

QString linkStyleName(LinkStyle style)
{
    switch (style) {
    case LinkStyle::Absolute:
        return QStringLiteral("absolute");
    case LinkStyle::Foreign:
        return QStringLiteral("foreign");
    case LinkStyle::Relative:
        return QStringLiteral("relative");
    }
    return QStringLiteral("absolute");
}

std::optional<LinkStyle> linkStyleFromName(const QString& name)
{
    for (LinkStyle style : {LinkStyle::Absolute, LinkStyle::Foreign, LinkStyle::Relative})
        if (name == linkStyleName(style))
            return style;
    return std::nullopt;
}

namespace json {

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

QStringList automaticTags(const QString& clusterId)
{
    return {QStringLiteral("k8s"), QStringLiteral("k8s:") + clusterId,
            QStringLiteral("k8s:worker")};
}

QJsonObject node(const NodeRow& n)
{
    return QJsonObject{
        {QStringLiteral("id"), n.id},
        {QStringLiteral("name"), n.name},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("state"), nodeStateName(n.state)}}},
        {QStringLiteral("droplet_id"), n.dropletId},
        {QStringLiteral("created_at"), timestamp(n.createdAt)},
        {QStringLiteral("updated_at"), timestamp(n.updatedAt)},
    };
}

QJsonObject pool(const PoolRow& p, const QString& clusterId)
{
    QJsonArray tags;
    for (const QString& tag : p.tags)
        tags.append(tag);
    for (const QString& tag : automaticTags(clusterId))
        tags.append(tag);

    QJsonValue labels = QJsonValue::Null;
    if (!p.labelsNull) {
        QJsonObject object;
        for (auto it = p.labels.cbegin(); it != p.labels.cend(); ++it)
            object.insert(it.key(), it.value());
        labels = object;
    }

    QJsonArray taints;
    for (const TaintRow& t : p.taints)
        taints.append(QJsonObject{{QStringLiteral("key"), t.key},
                                  {QStringLiteral("value"), t.value},
                                  {QStringLiteral("effect"), t.effect}});

    QJsonArray nodes;
    for (const NodeRow& n : p.nodes)
        nodes.append(node(n));

    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("size"), p.size},
        {QStringLiteral("count"), p.count},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("taints"), taints},
        {QStringLiteral("auto_scale"), p.autoScale},
        {QStringLiteral("min_nodes"), p.minNodes},
        {QStringLiteral("max_nodes"), p.maxNodes},
        {QStringLiteral("nodes"), nodes},
    };
}

QJsonObject autoscalerConfiguration(const ClusterRow& c)
{
    QJsonObject object{
        {QStringLiteral("scale_down_utilization_threshold"), c.scaleDownUtilizationThreshold},
        {QStringLiteral("scale_down_unneeded_time"), c.scaleDownUnneededTime}};
    if (!c.expanders.isEmpty())
        object.insert(QStringLiteral("expanders"), QJsonArray::fromStringList(c.expanders));
    return object;
}

QJsonObject cluster(const ClusterRow& c)
{
    QJsonArray tags;
    for (const QString& tag : c.tags)
        tags.append(tag);
    tags.append(QStringLiteral("k8s"));
    tags.append(QStringLiteral("k8s:") + c.id);

    QJsonArray pools;
    for (const PoolRow& p : c.pools)
        pools.append(pool(p, c.id));

    const QJsonObject disabled{{QStringLiteral("enabled"), false}};
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("region"), c.region},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("cluster_subnet"), c.clusterSubnet},
        {QStringLiteral("service_subnet"), c.serviceSubnet},
        {QStringLiteral("vpc_uuid"), c.vpcUuid},
        {QStringLiteral("ipv4"), c.ipv4},
        {QStringLiteral("endpoint"), QStringLiteral("https://%1.k8s.ondigitalocean.com").arg(c.id)},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("node_pools"), pools},
        {QStringLiteral("maintenance_policy"),
         QJsonObject{{QStringLiteral("start_time"), c.maintenanceStart},
                     {QStringLiteral("duration"), QStringLiteral("4h0m0s")},
                     {QStringLiteral("day"), c.maintenanceDay}}},
        {QStringLiteral("auto_upgrade"), c.autoUpgrade},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("state"), c.state}}},
        {QStringLiteral("created_at"), timestamp(c.createdAt)},
        {QStringLiteral("updated_at"), timestamp(c.updatedAt)},
        {QStringLiteral("surge_upgrade"), c.surgeUpgrade},
        {QStringLiteral("registry_enabled"), false},
        {QStringLiteral("ha"), c.ha},
        {QStringLiteral("control_plane_firewall"), QJsonValue::Null},
        {QStringLiteral("cluster_autoscaler_configuration"), autoscalerConfiguration(c)},
        {QStringLiteral("routing_agent"), disabled},
        {QStringLiteral("nvidia_gpu_device_plugin"), disabled},
        {QStringLiteral("amd_gpu_device_plugin"), disabled},
    };
}

QJsonObject account(const AccountRow& a)
{
    QJsonObject object{
        {QStringLiteral("droplet_limit"), a.dropletLimit},
        {QStringLiteral("floating_ip_limit"), a.floatingIpLimit},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("uuid"), a.uuid},
        {QStringLiteral("email_verified"), a.emailVerified},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("status_message"), QString()},
    };
    if (!a.teamUuid.isEmpty())
        object.insert(QStringLiteral("team"), QJsonObject{{QStringLiteral("uuid"), a.teamUuid},
                                                          {QStringLiteral("name"), a.teamName}});
    return QJsonObject{{QStringLiteral("account"), object}};
}

QJsonObject error(const QString& id, const QString& message, const QString& requestId)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("request_id"), requestId}};
}

QJsonObject pageLinks(int total, const Page& page, const QUrl& requestUrl)
{
    const int pages = total == 0 ? 1 : (total + page.perPage - 1) / page.perPage;
    QJsonObject links;
    if (pages > 1 || page.loopTo >= 0) {
        // `requestUrl` decides absolute or relative; the caller's other query
        // items are kept, as DO does.
        auto pageUrl = [&](int number) {
            QUrl url = requestUrl;
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("page"));
            query.removeAllQueryItems(QStringLiteral("per_page"));
            query.addQueryItem(QStringLiteral("page"), QString::number(number));
            query.addQueryItem(QStringLiteral("per_page"), QString::number(page.perPage));
            url.setQuery(query);
            return url.toString();
        };
        QJsonObject pagesObject;
        if (page.page > 1) {
            pagesObject.insert(QStringLiteral("first"), pageUrl(1));
            pagesObject.insert(QStringLiteral("prev"), pageUrl(qMin(page.page - 1, pages)));
        }
        if (page.loopTo >= 0) {
            // A broken server: `next` leads back, even from the last page.
            pagesObject.insert(QStringLiteral("next"),
                               pageUrl(page.loopTo == 0 ? page.page : page.loopTo));
            pagesObject.insert(QStringLiteral("last"), pageUrl(pages));
        } else if (page.page < pages) {
            pagesObject.insert(QStringLiteral("next"), pageUrl(page.page + 1));
            pagesObject.insert(QStringLiteral("last"), pageUrl(pages));
        }
        links.insert(QStringLiteral("pages"), pagesObject);
    }
    return links;
}

QJsonObject pagedEnvelope(const QString& key, const QJsonArray& all, const Page& page,
                          const QUrl& requestUrl)
{
    const int total = int(all.size());
    QJsonArray items;
    const qsizetype first = qsizetype(page.page - 1) * page.perPage;
    for (qsizetype i = first; i < first + page.perPage && i < total; ++i)
        items.append(all.at(i));

    const QJsonObject links = pageLinks(total, page, requestUrl);
    return QJsonObject{{key, items},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("meta"), QJsonObject{{QStringLiteral("total"), total}}}};
}

} // namespace json
} // namespace sim
