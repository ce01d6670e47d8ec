#include "resolve.h"

#include "api/doclient.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("resolve", text);
}

// The one item whose id is `key`, or else whose name is; ids win, since a
// name could look like another item's id.
template <typename T, typename IdOf, typename NameOf>
std::optional<T> findOne(const QList<T>& items, const QString& key, IdOf idOf, NameOf nameOf,
                         const QString& what, QString* error)
{
    for (const T& item : items)
        if (idOf(item) == key)
            return item;
    QList<T> named;
    for (const T& item : items)
        if (nameOf(item) == key)
            named.append(item);
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty()) {
        QStringList known;
        for (const T& item : items)
            known << nameOf(item);
        *error =
            tr("no %1 \"%2\"; known: %3")
                .arg(what, key, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")));
    } else {
        QStringList ids;
        for (const T& item : named)
            ids << idOf(item);
        *error = tr("%1 name \"%2\" is used %3 times; name it by id: %4")
                     .arg(what, key)
                     .arg(named.size())
                     .arg(ids.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

} // namespace

void printError(const QString& message)
{
    QTextStream(stderr) << "poolctl: " << message << '\n';
}

std::optional<core::Cluster> resolveCluster(const QList<core::Cluster>& clusters,
                                            const QString& idOrName, QString* error)
{
    return findOne(
        clusters, idOrName, [](const core::Cluster& c) { return c.id; },
        [](const core::Cluster& c) { return c.name; }, tr("cluster"), error);
}

std::optional<core::NodePool> resolvePool(const core::Cluster& cluster, const QString& idOrName,
                                          QString* error)
{
    return findOne(
        cluster.pools, idOrName, [](const core::NodePool& p) { return p.id; },
        [](const core::NodePool& p) { return p.spec.name; },
        tr("node pool in cluster %1:").arg(cluster.name), error);
}

std::optional<core::Node> resolveNode(const core::NodePool& pool, const QString& idOrName,
                                      QString* error)
{
    return findOne(
        pool.nodes, idOrName, [](const core::Node& n) { return n.id; },
        [](const core::Node& n) { return n.name; }, tr("node in pool %1:").arg(pool.spec.name),
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
