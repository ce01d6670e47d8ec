// poolctl export [CLUSTER [POOL]]: live pools as manifest YAML.
#include "api/doclient.h"
#include "commands.h"
#include "core/manifest.h"
#include "output.h"
#include "resolve.h"

namespace cli {

void runExport(api::DoClient& client, const QStringList& args, const Options&, Finish finish)
{
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
        QList<core::manifest::PoolManifest> manifests;
        for (const core::Cluster& cluster : chosen)
            for (const core::NodePool& pool : cluster.pools)
                manifests.append(core::manifest::fromPool(pool));
        print(QString::fromUtf8(core::manifest::writeAll(manifests, write)));
        finish(ExitOk);
    });
}

} // namespace cli
