#include "clusterlisting.h"

#include "output.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

namespace {

QStringList row(const core::ClusterSummary& cluster)
{
    int nodes = 0;
    for (const core::PoolSummary& pool : cluster.pools)
        nodes += pool.nodes;
    return {cluster.name,          cluster.id,    cluster.region,
            cluster.version,       cluster.state, QString::number(cluster.pools.size()),
            QString::number(nodes)};
}

} // namespace

core::SummaryDetail ClusterListing::detail() const
{
    return m_format == u"table" ? core::SummaryDetail::Counts : core::SummaryDetail::Pools;
}

QByteArray ClusterListing::page(const QList<core::ClusterSummary>& clusters)
{
    if (m_format == u"table") {
        QList<QStringList> rows;
        if (!m_started)
            rows.append({QStringLiteral("NAME"), QStringLiteral("ID"), QStringLiteral("REGION"),
                         QStringLiteral("VERSION"), QStringLiteral("STATE"),
                         QStringLiteral("POOLS"), QStringLiteral("NODES")});
        for (const core::ClusterSummary& cluster : clusters)
            rows.append(row(cluster));
        const TextTable table = TextTable::ofRows(std::move(rows));
        if (!m_started)
            m_widths = table.columnWidths();
        m_started = true;
        return table.toString(m_widths).toUtf8();
    }
    if (clusters.isEmpty())
        return {};
    QJsonArray json;
    for (const core::ClusterSummary& cluster : clusters)
        json.append(clusterToJson(cluster));
    if (m_format == u"yaml") {
        // A YAML list is its items one after the other.
        m_started = true;
        return toYaml(json).toUtf8();
    }
    // QJsonDocument writes "[\n" ITEM ",\n" ITEM "\n]\n": the items of each
    // page go between one opening and one closing bracket.
    const QByteArray document = QJsonDocument(json).toJson(QJsonDocument::Indented);
    const QByteArray items = document.mid(2, document.size() - 2 - 3);
    const QByteArray out =
        (m_started ? QByteArrayLiteral(",\n") : QByteArrayLiteral("[\n")) + items;
    m_started = true;
    return out;
}

QByteArray ClusterListing::end()
{
    if (m_format == u"table")
        return m_started ? QByteArray() : page({});
    if (m_format == u"yaml")
        return m_started ? QByteArray() : QByteArrayLiteral("[]\n");
    return m_started ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("[\n]\n");
}

} // namespace cli
