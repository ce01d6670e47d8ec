#include "commands.h"

#include "api/doclient.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cli {

namespace {

int nodesOf(const core::Cluster& cluster)
{
    int nodes = 0;
    for (const core::NodePool& pool : cluster.pools)
        nodes += int(pool.nodes.size());
    return nodes;
}

QString clustersAsTable(const QList<core::Cluster>& clusters)
{
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ID"), QStringLiteral("REGION"),
                     QStringLiteral("VERSION"), QStringLiteral("STATE"), QStringLiteral("POOLS"),
                     QStringLiteral("NODES")});
    for (const core::Cluster& cluster : clusters)
        table.addRow({cluster.name, cluster.id, cluster.region, cluster.version, cluster.state,
                      QString::number(cluster.pools.size()), QString::number(nodesOf(cluster))});
    return table.toString();
}

QString clustersAsJson(const QList<core::Cluster>& clusters)
{
    QJsonArray array;
    for (const core::Cluster& cluster : clusters) {
        QJsonArray pools;
        for (const core::NodePool& pool : cluster.pools)
            pools.append(QJsonObject{{QStringLiteral("id"), pool.id},
                                     {QStringLiteral("name"), pool.spec.name},
                                     {QStringLiteral("size"), pool.spec.size},
                                     {QStringLiteral("count"), pool.spec.count}});
        array.append(QJsonObject{{QStringLiteral("id"), cluster.id},
                                 {QStringLiteral("name"), cluster.name},
                                 {QStringLiteral("region"), cluster.region},
                                 {QStringLiteral("version"), cluster.version},
                                 {QStringLiteral("state"), cluster.state},
                                 {QStringLiteral("node_pools"), pools}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

void runClusters(api::DoClient& client, const Options& options, Finish finish)
{
    client.fetchClusters(&client, [options, finish](const QList<core::Cluster>& clusters,
                                                    const api::ApiError& error) {
        if (error.isError()) {
            QTextStream(stderr) << "poolctl: " << error.humanText() << '\n';
            finish(ExitApiError);
            return;
        }
        QTextStream(stdout) << (options.output == u"json" ? clustersAsJson(clusters)
                                                          : clustersAsTable(clusters));
        finish(ExitOk);
    });
}

} // namespace cli
