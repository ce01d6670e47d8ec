#include "dojson.h"

#include <QJsonArray>
#include <QtMath>

namespace core::dojson {

namespace {

QDateTime timeFromJson(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QStringList stringsFromJson(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

} // namespace

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
    node.dropletId = droplet.isDouble() ? QString::number(qint64(droplet.toDouble()))
                                        : droplet.toString();
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
    for (const QJsonValue& item : json.value(u"taints").toArray()) {
        const QJsonObject taint = item.toObject();
        spec.taints.append({taint.value(u"key").toString(), taint.value(u"value").toString(),
                            taint.value(u"effect").toString()});
    }
    for (const QString& tag : stringsFromJson(json.value(u"tags")))
        (isAutomaticTag(tag) ? pool.automaticTags : spec.tags).append(tag);
    for (const QJsonValue& item : json.value(u"nodes").toArray())
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
    for (const QJsonValue& item : json.value(u"node_pools").toArray()) {
        NodePool pool = nodePoolFromJson(item.toObject());
        pool.spec.cluster.value = cluster.id;
        cluster.pools.append(pool);
    }
    return cluster;
}

Size sizeFromJson(const QJsonObject& json)
{
    Size size;
    size.slug = json.value(u"slug").toString();
    size.description = json.value(u"description").toString();
    size.vcpus = json.value(u"vcpus").toInt();
    size.memoryMiB = json.value(u"memory").toInt();
    size.diskGiB = json.value(u"disk").toInt();
    size.priceMonthlyCents = qRound64(json.value(u"price_monthly").toDouble() * 100.0);
    size.priceHourly = json.value(u"price_hourly").toDouble();
    size.regions = stringsFromJson(json.value(u"regions"));
    size.available = json.value(u"available").toBool(true);
    const QJsonObject gpu = json.value(u"gpu_info").toObject();
    size.gpu.count = gpu.value(u"count").toInt();
    size.gpu.model = gpu.value(u"model").toString();
    size.gpu.vramGiB = gpu.value(u"vram").toObject().value(u"amount").toInt();
    return size;
}

} // namespace core::dojson
