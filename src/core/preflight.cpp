#include "preflight.h"

#include <QCoreApplication>
#include <algorithm>

namespace core {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(preflight)
};

// What the pool holds once the plan's change is made: an autoscaled pool's
// count ends inside its band, so its maximum is what it may reach.
int roomAfter(const NodePoolSpec& spec)
{
    return spec.autoScale ? spec.maxNodes : spec.count;
}

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
    for (const Cluster& cluster : live)
        for (const NodePool& pool : cluster.pools)
            out.current += dropletRoom(pool.spec);

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
            const int before = pool ? dropletRoom(pool->spec) : dropletRoom(op.before);
            const int after = roomAfter(op.after);
            switch (op.kind) {
            case OperationKind::Create:
                grow(after);
                if (after > 0)
                    out.growingPools
                        << Tr::tr("%1/%2 (new): up to %3").arg(clusterName, op.poolName).arg(after);
                break;
            case OperationKind::Update:
                grow(after - before);
                if (after > before)
                    out.growingPools << Tr::tr("%1/%2: %3 → up to %4")
                                            .arg(clusterName, op.poolName)
                                            .arg(before)
                                            .arg(after);
                break;
            case OperationKind::Replace:
                if (op.replaceStrategy == ReplaceStrategy::BlueGreen) {
                    grow(after); // both pools run until the new one's nodes do
                    grow(-before);
                    out.growingPools << Tr::tr("%1/%2 (replacing %3 while both run): up to %4")
                                            .arg(clusterName, op.finalPoolName(), op.poolName)
                                            .arg(after);
                } else {
                    grow(-before);
                    grow(after);
                    if (after > before)
                        out.growingPools << Tr::tr("%1/%2: %3 → up to %4")
                                                .arg(clusterName, op.poolName)
                                                .arg(before)
                                                .arg(after);
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

    if (dropletLimit > 0 && out.peak > dropletLimit && out.peak > out.current)
        out.refusal =
            Tr::tr("the plan needs room for up to %1 droplets at once (every pool's count, or its "
                   "autoscaling maximum, across the account's clusters), but the account's droplet "
                   "limit is %2 (the pools may hold %3 before the plan). The pools that would pass "
                   "it: %4. Lower their counts or maxima, or ask DigitalOcean to raise the limit")
                .arg(out.peak)
                .arg(dropletLimit)
                .arg(out.current)
                .arg(out.growingPools.join(QStringLiteral("; ")));
    return out;
}

} // namespace core
