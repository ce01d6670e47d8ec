// poolctl clusters | pools CLUSTER | nodes CLUSTER POOL | get CLUSTER POOL
#include "api/doclient.h"
#include "clusterlisting.h"
#include "commands.h"
#include "output.h"
#include "resolve.h"
#include "texttable.h"

#include <QJsonArray>
#include <memory>

namespace cli {

namespace {

QString poolsTable(const QList<core::NodePool>& pools)
{
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ID"), QStringLiteral("SIZE"),
                     QStringLiteral("COUNT"), QStringLiteral("AUTOSCALE"),
                     QStringLiteral("RUNNING"), QStringLiteral("TAGS")});
    for (const core::NodePool& pool : pools)
        table.addRow({pool.spec.name, pool.id, pool.spec.size, QString::number(pool.spec.count),
                      autoscaleBand(pool.spec), runningOf(pool),
                      pool.spec.tags.join(QStringLiteral(","))});
    return table.toString();
}

QString nodesTable(const QList<core::Node>& nodes)
{
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ID"), QStringLiteral("STATE"),
                     QStringLiteral("DROPLET"), QStringLiteral("CREATED")});
    for (const core::Node& node : nodes)
        table.addRow({node.name.isEmpty() ? QStringLiteral("(pending)") : node.name, node.id,
                      node.state, node.dropletId.isEmpty() ? QStringLiteral("-") : node.dropletId,
                      node.createdAt.toUTC().toString(Qt::ISODate)});
    return table.toString();
}

QString poolDescription(const core::Cluster& cluster, const core::NodePool& pool)
{
    const core::NodePoolSpec& spec = pool.spec;
    QStringList labels;
    for (auto it = spec.labels.begin(); it != spec.labels.end(); ++it)
        labels << it.key() + u'=' + it.value();
    QStringList taints;
    for (const core::Taint& taint : spec.taints)
        taints << taint.key + u'=' + taint.value + u':' + taint.effect;
    auto orDash = [](const QStringList& items) {
        return items.isEmpty() ? QStringLiteral("-") : items.join(QStringLiteral(", "));
    };
    TextTable fields({QStringLiteral("Name:"), spec.name});
    fields.addRow({QStringLiteral("ID:"), pool.id});
    fields.addRow(
        {QStringLiteral("Cluster:"), cluster.name + QStringLiteral(" (") + cluster.id + u')'});
    fields.addRow({QStringLiteral("Size:"), spec.size});
    fields.addRow({QStringLiteral("Count:"), QString::number(spec.count)});
    fields.addRow({QStringLiteral("Autoscale:"),
                   spec.autoScale ? QStringLiteral("on, %1").arg(autoscaleBand(spec))
                                  : QStringLiteral("off")});
    fields.addRow({QStringLiteral("Labels:"), orDash(labels)});
    fields.addRow({QStringLiteral("Taints:"), orDash(taints)});
    fields.addRow({QStringLiteral("Tags:"), orDash(spec.tags)});
    fields.addRow({QStringLiteral("DOKS tags:"), orDash(pool.automaticTags)});
    fields.addRow({QStringLiteral("Running:"), runningOf(pool)});
    return fields.toString() + u'\n' + nodesTable(pool.nodes);
}

} // namespace

// Each page is printed as it arrives, read only for what the format shows
// (clusterlisting.h); a listing that breaks off prints the error after the
// pages it had.
void runClusters(api::DoClient& client, const QStringList&, const Options& options, Finish finish)
{
    auto listing = std::make_shared<ClusterListing>(options.output);
    client.fetchClusterSummaries(
        listing->detail(), &client,
        [listing](const QList<core::ClusterSummary>& page) { printUtf8(listing->page(page)); },
        [listing, finish](const api::ApiError& error) {
            if (error.isError()) {
                printError(error.humanText());
                finish(ExitApiError);
                return;
            }
            printUtf8(listing->end());
            finish(ExitOk);
        });
}

void runPools(api::DoClient& client, const QStringList& args, const Options& options, Finish finish)
{
    withClusterAndPool(client, args.value(0), {}, finish,
                       [options, finish](const core::Cluster& cluster, const core::NodePool&) {
                           QJsonArray json;
                           for (const core::NodePool& pool : cluster.pools)
                               json.append(poolToJson(pool));
                           print(render(options.output, json, poolsTable(cluster.pools)));
                           finish(ExitOk);
                       });
}

void runNodes(api::DoClient& client, const QStringList& args, const Options& options, Finish finish)
{
    withClusterAndPool(client, args.value(0), args.value(1), finish,
                       [options, finish](const core::Cluster&, const core::NodePool& pool) {
                           QJsonArray json;
                           for (const core::Node& node : pool.nodes)
                               json.append(nodeToJson(node));
                           print(render(options.output, json, nodesTable(pool.nodes)));
                           finish(ExitOk);
                       });
}

void runGet(api::DoClient& client, const QStringList& args, const Options& options, Finish finish)
{
    withClusterAndPool(
        client, args.value(0), args.value(1), finish,
        [options, finish](const core::Cluster& cluster, const core::NodePool& pool) {
            print(render(options.output, poolToJson(pool), poolDescription(cluster, pool)));
            finish(ExitOk);
        });
}

} // namespace cli
