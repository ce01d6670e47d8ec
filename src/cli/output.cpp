#include "output.h"

#include "core/yamlscalar.h"

#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace cli {

namespace {

QString time(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString yamlScalar(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number, 'g', 15);
    }
    default:
        return core::yamlscalar::quoted(value.toString());
    }
}

bool isEmptyCollection(const QJsonValue& value)
{
    return (value.isArray() && value.toArray().isEmpty()) ||
           (value.isObject() && value.toObject().isEmpty());
}

void writeYaml(const QJsonValue& value, int indent, QString& out)
{
    const QString pad(indent, u' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out += pad + core::yamlscalar::quoted(it.key()) + u':';
            const QJsonValue child = it.value();
            if (isEmptyCollection(child)) {
                out += child.isArray() ? QStringLiteral(" []\n") : QStringLiteral(" {}\n");
            } else if (child.isObject() || child.isArray()) {
                out += u'\n';
                writeYaml(child, indent + 2, out);
            } else {
                out += u' ' + yamlScalar(child) + u'\n';
            }
        }
    } else if (value.isArray()) {
        for (const QJsonValue& child : value.toArray()) {
            if (isEmptyCollection(child)) {
                out +=
                    pad + (child.isArray() ? QStringLiteral("- []\n") : QStringLiteral("- {}\n"));
            } else if (child.isObject() || child.isArray()) {
                // The first line of the item goes after the dash.
                QString inner;
                writeYaml(child, indent + 2, inner);
                out += pad + QStringLiteral("- ") + inner.mid(indent + 2);
            } else {
                out += pad + QStringLiteral("- ") + yamlScalar(child) + u'\n';
            }
        }
    } else {
        out += pad + yamlScalar(value) + u'\n';
    }
}

} // namespace

QJsonObject nodeToJson(const core::Node& node)
{
    QJsonObject status{{QStringLiteral("state"), node.state}};
    if (!node.message.isEmpty())
        status.insert(QStringLiteral("message"), node.message);
    return {{QStringLiteral("id"), node.id},
            {QStringLiteral("name"), node.name},
            {QStringLiteral("status"), status},
            {QStringLiteral("droplet_id"), node.dropletId},
            {QStringLiteral("created_at"), time(node.createdAt)},
            {QStringLiteral("updated_at"), time(node.updatedAt)}};
}

namespace {

// A pool's own fields, without its nodes.
QJsonObject poolFieldsToJson(const QString& id, const core::NodePoolSpec& spec,
                             const QStringList& automaticTags)
{
    QJsonObject labels;
    for (auto it = spec.labels.begin(); it != spec.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    QJsonArray taints;
    for (const core::Taint& taint : spec.taints)
        taints.append(QJsonObject{{QStringLiteral("key"), taint.key},
                                  {QStringLiteral("value"), taint.value},
                                  {QStringLiteral("effect"), taint.effect}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("cluster_id"), spec.cluster.value},
            {QStringLiteral("size"), spec.size},
            {QStringLiteral("count"), spec.count},
            {QStringLiteral("auto_scale"), spec.autoScale},
            {QStringLiteral("min_nodes"), spec.minNodes},
            {QStringLiteral("max_nodes"), spec.maxNodes},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("taints"), taints},
            {QStringLiteral("tags"), QJsonArray::fromStringList(spec.tags)},
            {QStringLiteral("automatic_tags"), QJsonArray::fromStringList(automaticTags)}};
}

} // namespace

QJsonObject poolToJson(const core::NodePool& pool)
{
    QJsonObject json = poolFieldsToJson(pool.id, pool.spec, pool.automaticTags);
    QJsonArray nodes;
    for (const core::Node& node : pool.nodes)
        nodes.append(nodeToJson(node));
    json.insert(QStringLiteral("nodes"), nodes);
    return json;
}

QJsonObject clusterToJson(const core::ClusterSummary& cluster)
{
    QJsonArray pools;
    for (const core::PoolSummary& pool : cluster.pools) {
        QJsonObject json = poolFieldsToJson(pool.id, pool.spec, pool.automaticTags);
        json.insert(QStringLiteral("nodes_running"), runningOf(pool));
        pools.append(json);
    }
    return {
        {QStringLiteral("id"), cluster.id},         {QStringLiteral("name"), cluster.name},
        {QStringLiteral("region"), cluster.region}, {QStringLiteral("version"), cluster.version},
        {QStringLiteral("state"), cluster.state},   {QStringLiteral("node_pools"), pools}};
}

QJsonObject sizeToJson(const core::Size& size)
{
    return {{QStringLiteral("slug"), size.slug},
            {QStringLiteral("description"), size.description},
            {QStringLiteral("vcpus"), size.vcpus},
            {QStringLiteral("memory"), size.memoryMiB},
            {QStringLiteral("disk"), size.diskGiB},
            {QStringLiteral("price_monthly"), double(size.priceMonthlyCents) / 100.0},
            {QStringLiteral("price_hourly"), size.priceHourly},
            {QStringLiteral("available"), size.available},
            {QStringLiteral("regions"), QJsonArray::fromStringList(size.regions)}};
}

QString toYaml(const QJsonValue& value)
{
    QString out;
    if (isEmptyCollection(value))
        return value.isArray() ? QStringLiteral("[]\n") : QStringLiteral("{}\n");
    writeYaml(value, 0, out);
    return out;
}

QString render(const QString& format, const QJsonValue& value, const QString& table)
{
    if (format == u"json") {
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    if (format == u"yaml")
        return toYaml(value);
    return table;
}

QString runningOf(const core::NodePool& pool)
{
    const auto running = std::count_if(pool.nodes.begin(), pool.nodes.end(),
                                       [](const core::Node& n) { return n.state == u"running"; });
    return QStringLiteral("%1/%2").arg(running).arg(pool.spec.count);
}

QString runningOf(const core::PoolSummary& pool)
{
    return QStringLiteral("%1/%2").arg(pool.running).arg(pool.spec.count);
}

QString autoscaleBand(const core::NodePoolSpec& spec)
{
    return spec.autoScale ? QStringLiteral("%1-%2").arg(spec.minNodes).arg(spec.maxNodes)
                          : QStringLiteral("-");
}

QString dollars(qint64 cents)
{
    return QStringLiteral("$%1.%2")
        .arg(cents / 100)
        .arg(qAbs(cents % 100), 2, 10, QLatin1Char('0'));
}

void print(const QString& text)
{
    QTextStream(stdout) << text;
}

void printUtf8(const QByteArray& bytes)
{
    // stdio, as QTextStream(stdout) writes through it: the order stays.
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace cli
