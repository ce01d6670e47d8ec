// poolctl export [CLUSTER [POOL]] [--format yaml|terraform|doctl]: live pools
// as manifest YAML, Terraform resources or doctl commands.
#include "api/doclient.h"
#include "commands.h"
#include "core/doctlexport.h"
#include "core/manifest.h"
#include "core/terraformexport.h"
#include "output.h"
#include "resolve.h"

namespace cli {

namespace {

// One block per pool, a blank line between them. Terraform resource names
// must be unique in a module and pool names repeat across clusters, so an
// export of several clusters names each resource CLUSTER_POOL.
QString otherToolText(const QList<core::Cluster>& clusters, const QString& format)
{
    QStringList blocks;
    for (const core::Cluster& cluster : clusters) {
        for (const core::NodePool& pool : cluster.pools) {
            if (format == u"doctl") {
                // By id: doctl refuses a name that several clusters share.
                blocks.append(QStringLiteral("# cluster: %1\n").arg(cluster.name) +
                              core::doctl::createCommand(pool.spec, cluster.id));
            } else {
                const QString resourceName =
                    clusters.size() > 1 ? cluster.name + u'_' + pool.spec.name : QString();
                blocks.append(core::terraform::nodePoolResource(pool.spec, cluster.id, cluster.name,
                                                                resourceName));
            }
        }
    }
    return blocks.join(u'\n');
}

} // namespace

void runExport(api::DoClient& client, const QStringList& args, const Options& options,
               Finish finish)
{
    const QString format = options.format;
    const QString clusterArg = args.value(0);
    const QString poolArg = args.value(1);
    withClusters(client, finish, [=](const QList<core::Cluster>& clusters) {
        QList<core::Cluster> chosen = clusters;
        core::manifest::WriteOptions write;
        for (const core::Cluster& cluster : clusters)
            write.clusterNames.insert(cluster.id, cluster.name);

        QString problem;
        if (!clusterArg.isEmpty()) {
            const auto cluster = resolveCluster(clusters, clusterArg, &problem);
            if (!cluster) {
                printError(problem);
                finish(ExitApiError);
                return;
            }
            chosen = {*cluster};
            if (!poolArg.isEmpty()) {
                const auto pool = resolvePool(*cluster, poolArg, &problem);
                if (!pool) {
                    printError(problem);
                    finish(ExitApiError);
                    return;
                }
                chosen.first().pools = {*pool};
            }
        }
        if (format != u"yaml") {
            print(otherToolText(chosen, format));
            finish(ExitOk);
            return;
        }
        QList<core::manifest::PoolManifest> manifests;
        for (const core::Cluster& cluster : chosen)
            for (const core::NodePool& pool : cluster.pools)
                manifests.append(core::manifest::fromPool(pool));
        print(QString::fromUtf8(core::manifest::writeAll(manifests, write)));
        finish(ExitOk);
    });
}

} // namespace cli
