#include "commands.h"

#include "autoscalercommand.h"

#include <QCoreApplication>

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};

} // namespace

namespace cli {

QList<Command> commands()
{
    return {
        {QStringLiteral("clusters"),
         {},
         Tr::tr("list clusters with their pools and nodes"),
         0,
         0,
         runClusters},
        {QStringLiteral("pools"), QStringLiteral("CLUSTER"), Tr::tr("list a cluster's node pools"),
         1, 1, runPools},
        {QStringLiteral("nodes"), QStringLiteral("CLUSTER POOL"), Tr::tr("list a pool's nodes"), 2,
         2, runNodes},
        {QStringLiteral("get"), QStringLiteral("CLUSTER POOL"), Tr::tr("show one pool in full"), 2,
         2, runGet},
        {QStringLiteral("export"),
         QStringLiteral("[CLUSTER [POOL]] [--format yaml|terraform|doctl]"),
         Tr::tr(
             "write pools as manifest YAML (default), Terraform digitalocean_kubernetes_node_pool "
             "resources or doctl node-pool create commands: one pool, a cluster's, or all"),
         0, 2, runExport},
        {QStringLiteral("plan"), QStringLiteral("FILE... [--replace=blue-green|in-place]"),
         Tr::tr("show what applying the manifests would change"), 1, -1, runPlan},
        {QStringLiteral("apply"),
         QStringLiteral("FILE... [--yes] [--prune] [--replace=blue-green|in-place] [--rewrite] | "
                        "--resume | --rollback | --forget"),
         Tr::tr(
             "make the pools match the manifests. A size change creates the new pool (NAME-SIZE) "
             "and deletes the old one once the new nodes run (--replace=in-place: delete first, "
             "keep the name; needs another pool). --rewrite names the new pool in the files. "
             "Each apply is journaled: an interrupted one must be finished (--resume), undone "
             "(--rollback: delete what it created) or dropped (--forget) before the next"),
         0, -1, runApply},
        {QStringLiteral("autoscaler"),
         QStringLiteral(
             "CLUSTER [--threshold 0.65] [--unneeded 5m] [--expanders least_waste,random]"),
         Tr::tr(
             "show the cluster autoscaler's settings, or change them (a plan, --yes to confirm)"),
         1, 1, runAutoscaler},
        {QStringLiteral("delete-pool"), QStringLiteral("CLUSTER POOL"),
         Tr::tr("delete a pool and its nodes (--yes)"), 2, 2, runDeletePool},
        {QStringLiteral("delete-node"), QStringLiteral("CLUSTER POOL NODE"),
         Tr::tr("delete one node (--skip-drain, --replace, --yes)"), 3, 3, runDeleteNode},
        {QStringLiteral("sizes"),
         {},
         Tr::tr("list droplet sizes and prices (cached for a day)"),
         0,
         0,
         runSizes},
        {QStringLiteral("cost"),
         QStringLiteral("[--by pool|cluster|size|tag:KEY] [-o table|csv|json|yaml]"),
         Tr::tr("monthly cost estimate grouped by pool, cluster, size or a tag key"), 0, 0,
         runCost},
    };
}

QList<FileCommand> fileCommands()
{
    return {
        {QStringLiteral("validate"), QStringLiteral("FILE..."),
         Tr::tr("check manifests offline: file:line:column: field: problem"), 1, -1, runValidate},
        {QStringLiteral("lint"), QStringLiteral("FILE..."),
         Tr::tr("best-practice findings with rule id, severity and fix (--droplet-limit N)"), 1, -1,
         runLint},
        {QStringLiteral("fmt"), QStringLiteral("FILE"),
         Tr::tr("print the manifest in canonical form, or rewrite it with --write (comments are "
                "not kept)"),
         1, 1, runFmt},
    };
}

} // namespace cli
