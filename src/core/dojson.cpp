#include "dojson.h"

#include "utctime.h"

#include <QJsonArray>
#include <QSet>
#include <QtMath>
#include <algorithm>
#include <optional>

namespace core::dojson {

namespace {

// "2024-01-01T09:30:00Z", the one form DigitalOcean sends: read directly,
// since a cluster page holds two per node (QDateTime::fromString is ~0.2 us
// each). Anything else, or a date or time that does not exist, goes to
// fromString, which decides.
std::optional<QDateTime> plainUtcTime(QStringView text)
{
    if (text.size() != 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'Z')
        return std::nullopt;
    int parts[6] = {};
    constexpr int Starts[6] = {0, 5, 8, 11, 14, 17};
    for (int p = 0; p < 6; ++p) {
        const int length = p == 0 ? 4 : 2;
        for (int i = Starts[p]; i < Starts[p] + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5]);
    if (parts[0] == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return utcDateTime(date, time);
}

QDateTime timeFromJson(const QJsonValue& value)
{
    return timeFromText(value.toString());
}

QStringList stringsFromJson(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

// Reads a field whose name the API may capitalise (taints: Key/key).
QJsonValue anyCase(const QJsonObject& json, QStringView name)
{
    const QJsonValue exact = json.value(name);
    if (!exact.isUndefined())
        return exact;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

QJsonArray tagsToJson(const QStringList& tags)
{
    QJsonArray out;
    for (const QString& tag : tags)
        if (!isAutomaticTag(tag))
            out.append(tag);
    return out;
}

QJsonObject labelsToJson(const QMap<QString, QString>& labels)
{
    QJsonObject out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonArray taintsToJson(const QList<Taint>& taints)
{
    QJsonArray out;
    for (const Taint& taint : taints)
        out.append(QJsonObject{{QStringLiteral("key"), taint.key},
                               {QStringLiteral("value"), taint.value},
                               {QStringLiteral("effect"), taint.effect}});
    return out;
}

} // namespace

QDateTime timeFromText(const QString& text)
{
    if (const std::optional<QDateTime> time = plainUtcTime(text))
        return *time;
    return QDateTime::fromString(text, Qt::ISODate);
}

bool isAutomaticTag(const QString& tag)
{
    return tag == u"k8s" || tag == u"k8s:worker" || tag == u"k8s-worker" || tag.startsWith(u"k8s:");
}

Node nodeFromJson(const QJsonObject& json)
{
    Node node;
    node.id = json.value(u"id").toString();
    node.name = json.value(u"name").toString();
    const QJsonObject status = json.value(u"status").toObject();
    node.state = status.value(u"state").toString();
    node.message = status.value(u"message").toString();
    const QJsonValue droplet = json.value(u"droplet_id");
    node.dropletId =
        droplet.isDouble() ? QString::number(qint64(droplet.toDouble())) : droplet.toString();
    node.createdAt = timeFromJson(json.value(u"created_at"));
    node.updatedAt = timeFromJson(json.value(u"updated_at"));
    return node;
}

NodePool nodePoolFromJson(const QJsonObject& json)
{
    NodePool pool;
    pool.id = json.value(u"id").toString();
    NodePoolSpec& spec = pool.spec;
    spec.name = json.value(u"name").toString();
    spec.size = json.value(u"size").toString();
    spec.count = json.value(u"count").toInt();
    spec.autoScale = json.value(u"auto_scale").toBool();
    spec.minNodes = json.value(u"min_nodes").toInt();
    spec.maxNodes = json.value(u"max_nodes").toInt();
    const QJsonObject labels = json.value(u"labels").toObject(); // null reads as empty
    for (auto it = labels.begin(); it != labels.end(); ++it)
        spec.labels.insert(it.key(), it.value().toString());
    for (const QJsonValue& item : json.value(u"taints").toArray())
        spec.taints.append(taintFromJson(item.toObject()));
    for (const QString& tag : stringsFromJson(json.value(u"tags")))
        (isAutomaticTag(tag) ? pool.automaticTags : spec.tags).append(tag);
    const QJsonArray nodes = json.value(u"nodes").toArray();
    pool.nodes.reserve(nodes.size());
    for (const QJsonValue& item : nodes)
        pool.nodes.append(nodeFromJson(item.toObject()));
    return pool;
}

Cluster clusterFromJson(const QJsonObject& json)
{
    Cluster cluster;
    cluster.id = json.value(u"id").toString();
    cluster.name = json.value(u"name").toString();
    cluster.region = json.value(u"region").toString();
    cluster.version = json.value(u"version").toString();
    cluster.state = json.value(u"status").toObject().value(u"state").toString();
    cluster.highlyAvailable = json.value(u"ha").toBool();
    cluster.tags = stringsFromJson(json.value(u"tags"));
    cluster.createdAt = timeFromJson(json.value(u"created_at"));
    cluster.autoscalerConfig =
        autoscalerConfigFromJson(json.value(u"cluster_autoscaler_configuration"));
    const QJsonArray pools = json.value(u"node_pools").toArray();
    cluster.pools.reserve(pools.size());
    for (const QJsonValue& item : pools) {
        NodePool pool = nodePoolFromJson(item.toObject());
        pool.spec.cluster.value = cluster.id;
        cluster.pools.append(std::move(pool));
    }
    return cluster;
}

std::optional<ClusterAutoscalerConfig> autoscalerConfigFromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.toObject();
    ClusterAutoscalerConfig config;
    if (const QJsonValue t = object.value(u"scale_down_utilization_threshold"); t.isDouble())
        config.scaleDownUtilizationThreshold = t.toDouble();
    config.scaleDownUnneededTime = object.value(u"scale_down_unneeded_time").toString();
    if (const QJsonValue e = object.value(u"expanders"); e.isArray())
        config.expanders = stringsFromJson(e);
    return config;
}

QJsonObject clusterAutoscalerBody(const ClusterAutoscalerConfig& config)
{
    QJsonObject object;
    if (config.scaleDownUtilizationThreshold)
        object.insert(QStringLiteral("scale_down_utilization_threshold"),
                      *config.scaleDownUtilizationThreshold);
    if (!config.scaleDownUnneededTime.isEmpty())
        object.insert(QStringLiteral("scale_down_unneeded_time"), config.scaleDownUnneededTime);
    if (config.expanders)
        object.insert(QStringLiteral("expanders"), QJsonArray::fromStringList(*config.expanders));
    return {{QStringLiteral("cluster_autoscaler_configuration"), object}};
}

Size sizeFromJson(const QJsonObject& json)
{
    Size size;
    size.slug = json.value(u"slug").toString();
    size.description = json.value(u"description").toString();
    size.vcpus = json.value(u"vcpus").toInt();
    size.memoryMiB = json.value(u"memory").toInt();
    size.diskGiB = json.value(u"disk").toInt();
    // Held to +-10^15 cents: a price past 2^63 cents would make qRound64
    // undefined (found by fuzz_dojson), and no real price comes near.
    const double cents = json.value(u"price_monthly").toDouble() * 100.0;
    size.priceMonthlyCents = qRound64(std::clamp(cents, -1e15, 1e15));
    size.priceHourly = json.value(u"price_hourly").toDouble();
    size.regions = stringsFromJson(json.value(u"regions"));
    size.available = json.value(u"available").toBool(true);
    const QJsonObject gpu = json.value(u"gpu_info").toObject();
    size.gpu.count = gpu.value(u"count").toInt();
    size.gpu.model = gpu.value(u"model").toString();
    size.gpu.vramGiB = gpu.value(u"vram").toObject().value(u"amount").toInt();
    return size;
}

Taint taintFromJson(const QJsonObject& json)
{
    return {anyCase(json, u"key").toString(), anyCase(json, u"value").toString(),
            anyCase(json, u"effect").toString()};
}

KubernetesOptions optionsFromJson(const QJsonObject& json)
{
    KubernetesOptions options;
    for (const QJsonValue& item : json.value(u"regions").toArray()) {
        const QJsonObject region = item.toObject();
        options.regions.append(
            {region.value(u"slug").toString(), region.value(u"name").toString()});
    }
    for (const QJsonValue& item : json.value(u"versions").toArray()) {
        const QJsonObject version = item.toObject();
        options.versions.append({version.value(u"slug").toString(),
                                 version.value(u"kubernetes_version").toString(),
                                 stringsFromJson(version.value(u"supported_features"))});
    }
    for (const QJsonValue& item : json.value(u"sizes").toArray()) {
        const QJsonObject size = item.toObject();
        options.sizes.append({size.value(u"slug").toString(), size.value(u"name").toString()});
    }
    return options;
}

QList<Cluster> clustersFromResponse(const QJsonObject& json)
{
    QList<Cluster> out;
    // The contract's own multi-pool create example sends `kubernetes_clusters`
    // as a single object; single-cluster answers use `kubernetes_cluster`.
    for (const QString& key :
         {QStringLiteral("kubernetes_clusters"), QStringLiteral("kubernetes_cluster")}) {
        const QJsonValue value = json.value(key);
        if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                out.append(clusterFromJson(item.toObject()));
        } else if (value.isObject()) {
            out.append(clusterFromJson(value.toObject()));
        }
    }
    return out;
}

QList<NodePool> nodePoolsFromResponse(const QJsonObject& json)
{
    QList<NodePool> out;
    for (const QJsonValue& item : json.value(u"node_pools").toArray())
        out.append(nodePoolFromJson(item.toObject()));
    return out;
}

QList<Size> sizesFromResponse(const QJsonObject& json)
{
    QList<Size> out;
    for (const QJsonValue& item : json.value(u"sizes").toArray())
        out.append(sizeFromJson(item.toObject()));
    return out;
}

KubernetesOptions optionsFromResponse(const QJsonObject& json)
{
    return optionsFromJson(json.value(u"options").toObject());
}

QJsonObject createPoolBody(const NodePoolSpec& spec)
{
    return QJsonObject{
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("size"), spec.size},
        {QStringLiteral("count"), spec.count},
        {QStringLiteral("tags"), tagsToJson(spec.tags)},
        {QStringLiteral("labels"), labelsToJson(spec.labels)},
        {QStringLiteral("taints"), taintsToJson(spec.taints)},
        {QStringLiteral("auto_scale"), spec.autoScale},
        {QStringLiteral("min_nodes"), spec.autoScale ? spec.minNodes : 0},
        {QStringLiteral("max_nodes"), spec.autoScale ? spec.maxNodes : 0},
    };
}

bool sameTags(const QStringList& a, const QStringList& b)
{
    QStringList x, y;
    for (const QString& tag : a)
        if (!isAutomaticTag(tag))
            x << tag;
    for (const QString& tag : b)
        if (!isAutomaticTag(tag))
            y << tag;
    x.sort();
    y.sort();
    x.removeDuplicates();
    y.removeDuplicates();
    return x == y;
}

bool sameTaints(const QList<Taint>& a, const QList<Taint>& b)
{
    auto key = [](const Taint& t) { return t.key + u'\n' + t.value + u'\n' + t.effect; };
    QStringList x, y;
    for (const Taint& t : a)
        x << key(t);
    for (const Taint& t : b)
        y << key(t);
    x.sort();
    y.sort();
    return x == y;
}

QJsonObject updatePoolBody(const NodePoolSpec& live, const NodePoolSpec& desired,
                           const UpdateOptions& options)
{
    QJsonObject body;
    if (desired.name != live.name)
        body.insert(QStringLiteral("name"), desired.name);
    // With autoscaling off, DigitalOcean stores min/max as 0: compare the
    // bounds only when they mean something.
    const bool boundsChanged = desired.autoScale && (desired.minNodes != live.minNodes ||
                                                     desired.maxNodes != live.maxNodes);
    if (desired.autoScale != live.autoScale || boundsChanged) {
        body.insert(QStringLiteral("auto_scale"), desired.autoScale);
        body.insert(QStringLiteral("min_nodes"), desired.autoScale ? desired.minNodes : 0);
        body.insert(QStringLiteral("max_nodes"), desired.autoScale ? desired.maxNodes : 0);
    }
    if (desired.count != live.count && (!desired.autoScale || options.setCountOnAutoscaled))
        body.insert(QStringLiteral("count"), desired.count);
    if (desired.labels != live.labels)
        body.insert(QStringLiteral("labels"), labelsToJson(desired.labels));
    if (!sameTaints(desired.taints, live.taints))
        body.insert(QStringLiteral("taints"), taintsToJson(desired.taints));
    if (!sameTags(desired.tags, live.tags))
        body.insert(QStringLiteral("tags"), tagsToJson(desired.tags));
    return body;
}

} // namespace core::dojson
