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
//   gpu-without-taint        GPU size without a nvidia.com/gpu (amd.com/gpu)
//                            taint: ordinary pods land on costly nodes
//   gpu-taint-on-cpu-size    a GPU taint on a size without GPUs
//   missing-cost-tag         no team:... or cost-center:... tag, so costs
//                            cannot be attributed
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
namespace core {

struct LintFinding
{
    QString ruleId;
    QString path; // like ValidationIssue::path
    QString message;
    QString hint;

    friend bool operator==(const LintFinding&, const LintFinding&) = default;
};

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
