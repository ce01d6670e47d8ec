// poolctl delete-pool CLUSTER POOL | delete-node CLUSTER POOL NODE
#include "api/doclient.h"
#include "commands.h"
#include "confirm.h"
#include "core/plan.h"
#include "output.h"
#include "resolve.h"

#include <QCoreApplication>

namespace cli {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(delete)
};

} // namespace

void runDeletePool(api::DoClient& client, const QStringList& args, const Options& options,
                   Finish finish)
{
    withClusterAndPool(
        client, args.value(0), args.value(1), finish,
        [&client, options, finish](const core::Cluster& cluster, const core::NodePool& pool) {
            // DOKS needs one pool per cluster: refused before any request.
            if (const QString refusal = core::refuseDelete(cluster, pool.id); !refusal.isEmpty()) {
                printError(refusal);
                finish(ExitRefused);
                return;
            }
            const QString question =
                Tr::tr("Delete pool %1 (%2) and its %3 nodes from cluster %4? Pods are drained; "
                       "this can take a quarter of an hour when they have nowhere to go.")
                    .arg(pool.spec.name, pool.id)
                    .arg(pool.nodes.size())
                    .arg(cluster.name);
            if (!confirmOrRefuse(question, options.yes, finish))
                return;
            client.deleteNodePool(
                cluster.id, pool.id, &client, [pool, finish](const api::ApiError& error) {
                    if (error.isError()) {
                        printError(error.humanText());
                        finish(ExitApiError);
                        return;
                    }
                    print(Tr::tr("pool %1 deleted; its nodes are draining\n").arg(pool.spec.name));
                    finish(ExitOk);
                });
        });
}

void runDeleteNode(api::DoClient& client, const QStringList& args, const Options& options,
                   Finish finish)
{
    const QString nodeArg = args.value(2);
    withClusterAndPool(
        client, args.value(0), args.value(1), finish,
        [&client, options, finish, nodeArg](const core::Cluster& cluster,
                                            const core::NodePool& pool) {
            QString problem;
            const auto node = resolveNode(pool, nodeArg, &problem);
            if (!node) {
                printError(problem);
                finish(ExitApiError);
                return;
            }
            const QString how =
                QStringList{
                    options.skipDrain ? Tr::tr("without draining") : Tr::tr("after draining"),
                    options.replace ? Tr::tr("a new node takes its place")
                                    : Tr::tr("the pool shrinks to %1").arg(pool.spec.count - 1)}
                    .join(QStringLiteral("; "));
            const QString question =
                Tr::tr("Delete node %1 of pool %2 (%3)?")
                    .arg(node->name.isEmpty() ? node->id : node->name, pool.spec.name, how);
            if (!confirmOrRefuse(question, options.yes, finish))
                return;
            client.deleteNode(cluster.id, pool.id, node->id, {options.skipDrain, options.replace},
                              &client, [node = *node, finish](const api::ApiError& error) {
                                  if (error.isError()) {
                                      printError(error.humanText());
                                      finish(ExitApiError);
                                      return;
                                  }
                                  print(Tr::tr("node %1 is being deleted\n")
                                            .arg(node.name.isEmpty() ? node.id : node.name));
                                  finish(ExitOk);
                              });
        });
}

} // namespace cli
