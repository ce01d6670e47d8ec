#pragma once

#include "cluster.h"
#include "nodepoolspec.h"
#include "size.h"

#include <QList>
#include <QString>
#include <optional>

// Best-practice warnings. Unlike validation these never block: each says what
// may hurt later and how to avoid it. Rule ids are stable (scripts filter on
// them, `poolctl lint` prints them):
//
//   single-node              one node and no autoscaling: no redundancy
//   autoscale-max-below-count autoscaling on, maxNodes below nodeCount
//   bounds-without-autoscale minNodes/maxNodes set while autoScale is off
//                            (DigitalOcean resets them to 0)
//   gpu-without-taint        GPU size without a NoSchedule (or NoExecute)
//                            taint: ordinary pods land on costly nodes
//   gpu-taint-on-cpu-size    a GPU taint on a size without GPUs
//   missing-cost-tag         no key:value tag (team:web, cost-center:eng), so
//                            costs cannot be attributed
//   beyond-droplet-limit     nodeCount/maxNodes (or the cluster's sum of them)
//                            beyond the account's droplet limit
//   only-pool-scales-to-zero minNodes 0 on the cluster's only pool: system
//                            pods may have nowhere to run
//   touches-default-pool     changes the cluster's first pool, which is
//                            disruptive; keep it small and untouched
//   label-removal-sticks     a label removed from the pool stays on its
//                            existing nodes
//   size-not-in-region       the size is not offered in the cluster's region
//   size-unavailable         the size is listed but not available
//   noexecute-taint          a NoExecute taint evicts running pods
//   production-single-node   a pool labelled or tagged as production that
//                            can only have one node (replaces single-node)
//   scale-to-zero-untainted  minNodes 0 on a pool without taints: any pod may
//                            land there, so it seldom gets back to zero
//   reserved-label-prefix    a label under kubernetes.io, k8s.io or
//                            doks.digitalocean.com (validation refuses it too)
//   workloads-on-default-pool the cluster's first pool carries labels or
//                            autoscales: workloads run on the pool that is
//                            hardest to change
//   single-pool-cluster      (lintAll, with the live cluster) the cluster would
//                            have one pool: no sacrificial default pool
namespace core {

struct LintFinding
{
    QString ruleId;
    QString path; // like ValidationIssue::path
    QString message;
    QString hint;

    friend bool operator==(const LintFinding&, const LintFinding&) = default;
};

enum class LintSeverity
{
    Info,   // worth knowing; often deliberate
    Warning // likely to hurt: cost, outages, or a pool that cannot start
};

// The severity of a rule id; unknown ids are warnings.
LintSeverity lintSeverity(const QString& ruleId);
// "info" or "warning".
QString lintSeverityName(LintSeverity severity);

struct LintContext
{
    QList<Size> sizes;              // for GPU, region and availability rules
    std::optional<Cluster> cluster; // the live cluster, when the pool has one
    int dropletLimit = 25;          // the account's limit (GET /v2/account)
};

// Findings for one pool, in rule order.
QList<LintFinding> lint(const NodePoolSpec& spec, const LintContext& context = {});

// Findings for a cluster's declared pools: each pool's (paths prefixed with
// "[i]."), then cluster-wide ones (path "cluster").
QList<LintFinding> lintAll(const QList<NodePoolSpec>& specs, const LintContext& context = {});

} // namespace core
