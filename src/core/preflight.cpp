#include "preflight.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace core {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(preflight)
};

const NodePool* findLive(const QList<Cluster>& live, const QString& clusterId,
                         const PlanOperation& op)
{
    for (const Cluster& cluster : live) {
        if (cluster.id != clusterId)
            continue;
        for (const NodePool& pool : cluster.pools)
            if ((!op.poolId.isEmpty() && pool.id == op.poolId) || pool.spec.name == op.poolName)
                return &pool;
    }
    return nullptr;
}

// The count a pool has after the step, as DigitalOcean sets it: an autoscaled
// pool keeps its count (or the one sent) unless it falls outside the band,
// which makes it the minimum.
int countAfter(const PlanOperation& op, const NodePoolSpec& live)
{
    const NodePoolSpec& want = op.after;
    const bool sent = op.kind != OperationKind::Update || op.body.contains(u"count");
    const int count = sent ? want.count : live.count;
    if (want.autoScale && (count < want.minNodes || count > want.maxNodes))
        return want.minNodes;
    return count;
}

using Measure = std::function<int(const NodePoolSpec& spec)>;

// `measure` says what a pool takes; `after` what it takes once the step is done.
DropletTally tally(const ManifestPlan& plan, const QList<Cluster>& live, const Measure& measure,
                   const std::function<int(const PlanOperation&, const NodePoolSpec&)>& after)
{
    DropletTally out;
    for (const Cluster& cluster : live)
        for (const NodePool& pool : cluster.pools)
            out.current += measure(pool.spec);
    int total = out.current;
    out.peak = total;
    const auto grow = [&](int by) {
        total += by;
        out.peak = std::max(out.peak, total);
    };
    for (const ClusterPlan& clusterPlan : plan.clusters) {
        const QString& clusterName = clusterPlan.cluster.name;
        for (const PlanOperation& op : clusterPlan.plan.operations) {
            const NodePool* pool = findLive(live, clusterPlan.cluster.id, op);
            const NodePoolSpec liveSpec = pool ? pool->spec : op.before;
            const int before = measure(liveSpec);
            const int then = after(op, liveSpec);
            const QString grown =
                Tr::tr("%1/%2: %3 → %4").arg(clusterName, op.poolName).arg(before).arg(then);
            switch (op.kind) {
            case OperationKind::Create:
                grow(then);
                if (then > 0)
                    out.growingPools
                        << Tr::tr("%1/%2 (new): %3").arg(clusterName, op.poolName).arg(then);
                break;
            case OperationKind::Update:
                grow(then - before);
                if (then > before)
                    out.growingPools << grown;
                break;
            case OperationKind::Replace:
                if (op.replaceStrategy == ReplaceStrategy::BlueGreen) {
                    grow(then); // both pools run until the new one's nodes do
                    grow(-before);
                    out.growingPools << Tr::tr("%1/%2 (replacing %3, both at once): %4")
                                            .arg(clusterName, op.finalPoolName(), op.poolName)
                                            .arg(then);
                } else {
                    grow(-before);
                    grow(then);
                    if (then > before)
                        out.growingPools << grown;
                }
                break;
            case OperationKind::Delete:
                grow(-before);
                break;
            case OperationKind::UpdateClusterAutoscaler:
                break; // no pool changes
            }
        }
    }
    return out;
}

} // namespace

int dropletRoom(const NodePoolSpec& spec)
{
    return spec.autoScale ? std::max(spec.count, spec.maxNodes) : spec.count;
}

DropletPreflight checkDropletRoom(const ManifestPlan& plan, const QList<Cluster>& live,
                                  int dropletLimit)
{
    DropletPreflight out;
    out.limit = dropletLimit;
    out.nodes = tally(
        plan, live, [](const NodePoolSpec& spec) { return spec.count; }, countAfter);
    out.atMaxima =
        tally(plan, live, dropletRoom, [](const PlanOperation& op, const NodePoolSpec& liveSpec) {
            return std::max(countAfter(op, liveSpec), op.after.autoScale ? op.after.maxNodes : 0);
        });

    if (out.nodes.passes(dropletLimit))
        out.refusal =
            Tr::tr("the plan needs room for %1 droplets at once (the node counts of every pool "
                   "of the account's clusters as its steps run), but the account's droplet limit "
                   "is %2 (%3 nodes before the plan); DigitalOcean would refuse it half way. The "
                   "pools that would pass it: %4. Lower their counts, or ask DigitalOcean to "
                   "raise the limit")
                .arg(out.nodes.peak)
                .arg(dropletLimit)
                .arg(out.nodes.current)
                .arg(out.nodes.growingPools.join(QStringLiteral("; ")));
    else if (out.atMaxima.passes(dropletLimit))
        out.warning =
            Tr::tr("at their autoscaling maxima the account's pools would need %1 droplets, past "
                   "the droplet limit of %2: the autoscaler will not be able to grow them all "
                   "that far (%3)")
                .arg(out.atMaxima.peak)
                .arg(dropletLimit)
                .arg(out.atMaxima.growingPools.join(QStringLiteral("; ")));
    return out;
}

} // namespace core
