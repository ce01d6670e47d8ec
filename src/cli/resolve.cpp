#include "resolve.h"

#include "api/doclient.h"
#include "core/lookup.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cli {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(resolve)
};

} // namespace

void printError(const QString& message)
{
    QTextStream(stderr) << "poolctl: " << message << '\n';
}

std::optional<core::Cluster> resolveCluster(const QList<core::Cluster>& clusters,
                                            const QString& idOrName, QString* error)
{
    return core::findCluster(clusters, idOrName, error);
}

std::optional<core::NodePool> resolvePool(const core::Cluster& cluster, const QString& idOrName,
                                          QString* error)
{
    return core::findByIdOrName(
        cluster.pools, idOrName, [](const core::NodePool& p) { return p.id; },
        [](const core::NodePool& p) { return p.spec.name; },
        Tr::tr("node pool in cluster %1:").arg(cluster.name), error);
}

std::optional<core::Node> resolveNode(const core::NodePool& pool, const QString& idOrName,
                                      QString* error)
{
    return core::findByIdOrName(
        pool.nodes, idOrName, [](const core::Node& n) { return n.id; },
        [](const core::Node& n) { return n.name; }, Tr::tr("node in pool %1:").arg(pool.spec.name),
        error);
}

void withClusters(api::DoClient& client, Finish finish,
                  std::function<void(const QList<core::Cluster>&)> next)
{
    client.fetchClusters(
        &client, [finish, next](const QList<core::Cluster>& clusters, const api::ApiError& error) {
            if (error.isError()) {
                printError(error.humanText());
                finish(ExitApiError);
                return;
            }
            next(clusters);
        });
}

void withClusterAndPool(api::DoClient& client, const QString& clusterArg, const QString& poolArg,
                        Finish finish,
                        std::function<void(const core::Cluster&, const core::NodePool&)> next)
{
    withClusters(client, finish, [=](const QList<core::Cluster>& clusters) {
        QString problem;
        const auto cluster = resolveCluster(clusters, clusterArg, &problem);
        if (!cluster) {
            printError(problem);
            finish(ExitApiError);
            return;
        }
        if (poolArg.isEmpty()) {
            next(*cluster, {});
            return;
        }
        const auto pool = resolvePool(*cluster, poolArg, &problem);
        if (!pool) {
            printError(problem);
            finish(ExitApiError);
            return;
        }
        next(*cluster, *pool);
    });
}

} // namespace cli
