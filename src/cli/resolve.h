#pragma once

#include "commands.h"
#include "core/cluster.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace api {
class DoClient;
}

// Clusters and pools are named on the command line by id or by name; these
// find them, or say why not (unknown, or a name that two of them share).
namespace cli {

std::optional<core::Cluster> resolveCluster(const QList<core::Cluster>& clusters,
                                            const QString& idOrName, QString* error);
std::optional<core::NodePool> resolvePool(const core::Cluster& cluster, const QString& idOrName,
                                          QString* error);
std::optional<core::Node> resolveNode(const core::NodePool& pool, const QString& idOrName,
                                      QString* error);

// Fetches every cluster; on an API error prints it and finishes with
// ExitApiError, otherwise hands the clusters on.
void withClusters(api::DoClient& client, Finish finish,
                  std::function<void(const QList<core::Cluster>&)> next);

// Fetches the clusters and resolves CLUSTER (and POOL when given); prints
// what went wrong and finishes with the right code when it cannot.
void withClusterAndPool(api::DoClient& client, const QString& clusterArg, const QString& poolArg,
                        Finish finish,
                        std::function<void(const core::Cluster&, const core::NodePool&)> next);

// "poolctl: <message>" on stderr.
void printError(const QString& message);

} // namespace cli
