#include "plan.h"

#include "cost.h"
#include "dojson.h"
#include "replacementname.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace core {

namespace {

QString taintText(const Taint& taint)
{
    return taint.value.isEmpty() ? taint.key + u':' + taint.effect
                                 : taint.key + u'=' + taint.value + u':' + taint.effect;
}

QString nodes(int count)
{
    return count == 1 ? QStringLiteral("1 node") : QStringLiteral("%1 nodes").arg(count);
}

class Pricer
{
public:
    Pricer(const QList<Size>& sizes, QStringList& unpriced) : m_sizes(sizes), m_unpriced(unpriced)
    {}
    qint64 monthly(const QString& slug, int count)
    {
        const std::optional<Size> size = findSize(m_sizes, slug);
        if (!size) {
            if (count > 0 && !m_unpriced.contains(slug))
                m_unpriced << slug;
            return 0;
        }
        return qint64(std::max(count, 0)) * size->priceMonthlyCents;
    }

private:
    const QList<Size>& m_sizes;
    QStringList& m_unpriced;
};

// The node count a pool ends up with after the PUT. Without `count` in the
// body, DigitalOcean keeps the live count unless it falls outside the new
// autoscaling range, in which case it uses minNodes.
int effectiveCount(const NodePoolSpec& live, const NodePoolSpec& desired,
                   const PlanOptions& options)
{
    if (!desired.autoScale || options.setCountOnAutoscaled)
        return desired.count;
    if (live.count < desired.minNodes || live.count > desired.maxNodes)
        return desired.minNodes;
    return live.count;
}

QStringList newNoExecuteTaints(const QList<Taint>& before, const QList<Taint>& after)
{
    QStringList out;
    for (const Taint& taint : after) {
        if (taint.effect != u"NoExecute")
            continue;
        const bool existed = std::any_of(before.begin(), before.end(), [&](const Taint& old) {
            return old.key == taint.key && old.effect == taint.effect && old.value == taint.value;
        });
        if (!existed)
            out << taintText(taint);
    }
    return out;
}

void diffUpdate(PlanOperation& op, const PlanOptions& options)
{
    const NodePoolSpec& live = op.before;
    const NodePoolSpec& want = op.after;
    const auto change = [&](const QString& field, const QString& before, const QString& after) {
        op.changes.append({field, before, after});
    };

    const int count = effectiveCount(live, want, options);
    if (count != live.count)
        change(QStringLiteral("nodeCount"), QString::number(live.count), QString::number(count));
    if (want.autoScale && want.count != live.count && !options.setCountOnAutoscaled &&
        count == live.count)
        op.notes << QCoreApplication::translate(
                        "plan", "nodeCount is left to the autoscaler (live %1, declared %2)")
                        .arg(live.count)
                        .arg(want.count);
    if (want.autoScale && options.setCountOnAutoscaled && want.count != live.count)
        op.destructive << QCoreApplication::translate(
            "plan", "sets nodeCount on an autoscaled pool: it overrides what the autoscaler chose");
    if (count < live.count)
        op.destructive << QCoreApplication::translate(
                              "plan", "lowers the node count from %1 to %2: %3 drained and deleted")
                              .arg(live.count)
                              .arg(count)
                              .arg(nodes(live.count - count) +
                                   QLatin1String(live.count - count == 1 ? " is" : " are"));

    if (want.autoScale != live.autoScale)
        change(QStringLiteral("autoScale"),
               live.autoScale ? QStringLiteral("true") : QStringLiteral("false"),
               want.autoScale ? QStringLiteral("true") : QStringLiteral("false"));
    const int liveMin = live.autoScale ? live.minNodes : 0,
              liveMax = live.autoScale ? live.maxNodes : 0;
    const int wantMin = want.autoScale ? want.minNodes : 0,
              wantMax = want.autoScale ? want.maxNodes : 0;
    if (wantMin != liveMin)
        change(QStringLiteral("minNodes"), QString::number(liveMin), QString::number(wantMin));
    if (wantMax != liveMax)
        change(QStringLiteral("maxNodes"), QString::number(liveMax), QString::number(wantMax));

    QSet<QString> keys;
    for (auto it = live.labels.cbegin(); it != live.labels.cend(); ++it)
        keys.insert(it.key());
    for (auto it = want.labels.cbegin(); it != want.labels.cend(); ++it)
        keys.insert(it.key());
    QStringList sortedKeys(keys.begin(), keys.end());
    sortedKeys.sort();
    bool labelRemoved = false;
    for (const QString& key : sortedKeys) {
        const bool had = live.labels.contains(key), has = want.labels.contains(key);
        if (had && has && live.labels.value(key) == want.labels.value(key))
            continue;
        change(QStringLiteral("labels.") + key, had ? live.labels.value(key) : QString(),
               has ? want.labels.value(key) : QString());
        labelRemoved |= had && !has;
    }
    if (labelRemoved)
        op.notes << QCoreApplication::translate(
            "plan",
            "removed labels stay on the pool's existing nodes; only new nodes go without them");

    if (!dojson::sameTaints(live.taints, want.taints)) {
        QStringList before, after;
        for (const Taint& t : live.taints)
            before << taintText(t);
        for (const Taint& t : want.taints)
            after << taintText(t);
        change(QStringLiteral("taints"), before.join(QStringLiteral(", ")),
               after.join(QStringLiteral(", ")));
    }
    const QStringList noExecute = newNoExecuteTaints(live.taints, want.taints);
    if (!noExecute.isEmpty())
        op.destructive
            << QCoreApplication::translate(
                   "plan", "adds NoExecute taint %1: running pods without a toleration are evicted")
                   .arg(noExecute.join(QStringLiteral(", ")));

    if (!dojson::sameTags(live.tags, want.tags))
        change(QStringLiteral("tags"), live.tags.join(QStringLiteral(", ")),
               want.tags.join(QStringLiteral(", ")));

    dojson::UpdateOptions update;
    update.setCountOnAutoscaled = options.setCountOnAutoscaled;
    op.body = dojson::updatePoolBody(live, want, update);
}

// Fills in how a replacement is done, its cost while both pools run, what
// it destroys and why it may be refused. `taken` collects the names in use.
void describeReplace(PlanOperation& op, const QList<NodePool>& live,
                     const QList<PlanOperation>& deletes, QStringList& taken,
                     const PlanOptions& options, QStringList& refusals)
{
    if (op.replaceStrategy == ReplaceStrategy::InPlace) {
        op.replacementName = op.poolName;
        op.capacityDip = op.before.count;
        // Another pool must carry the workload while this one is gone.
        const bool anotherPool = std::any_of(live.begin(), live.end(), [&](const NodePool& pool) {
            const bool deleted = std::any_of(deletes.begin(), deletes.end(),
                                             [&](const auto& d) { return d.poolId == pool.id; });
            return pool.id != op.poolId && !deleted;
        });
        if (!anotherPool)
            refusals << QStringLiteral("keeping the name of pool %1 replaces it in place, which "
                                       "needs another pool in the cluster to carry the workload "
                                       "while %1 is gone; the cluster has no other pool. Replace "
                                       "it blue/green (the default) instead")
                            .arg(op.poolName);
        op.body = dojson::createPoolBody(op.after);
        op.destructive << QStringLiteral(
                              "the size changes from %1 to %2 in place: the old pool and its %3 "
                              "are drained and deleted first, then the new pool is created under "
                              "the same name; the cluster has %3 fewer until the new ones run")
                              .arg(op.before.size, op.after.size, nodes(op.before.count));
        return;
    }

    const QString chosen = options.replacementNames.value(op.poolName);
    op.replacementName =
        chosen.isEmpty() ? proposeReplacementName(op.poolName, op.before.size, op.after.size, taken)
                         : chosen;
    if (const QString problem = checkReplacementName(op.replacementName, taken); !problem.isEmpty())
        refusals << QStringLiteral("the replacement of pool %1: %2").arg(op.poolName, problem);
    taken << op.replacementName;
    op.changes.prepend({QStringLiteral("name"), op.poolName, op.replacementName});
    NodePoolSpec created = op.after;
    created.name = op.replacementName;
    op.body = dojson::createPoolBody(created);
    op.monthlyCentsOverlap = op.monthlyCentsBefore + op.monthlyCentsAfter;
    op.destructive << QStringLiteral("the size changes from %1 to %2: a new pool %3 is created "
                                     "and once its nodes run, the old pool %4 and its %5 are "
                                     "drained and deleted")
                          .arg(op.before.size, op.after.size, op.replacementName, op.poolName,
                               nodes(op.before.count));
    op.notes << QStringLiteral("both pools are billed while %1 comes up (%2/mo together)")
                    .arg(op.replacementName, formatCents(op.monthlyCentsOverlap));
}

QString signed_(qint64 cents)
{
    return (cents > 0 ? QStringLiteral("+") : QString()) + formatCents(cents);
}

} // namespace

QString replaceStrategyName(ReplaceStrategy strategy)
{
    return strategy == ReplaceStrategy::InPlace ? QStringLiteral("in-place")
                                                : QStringLiteral("blue-green");
}

std::optional<ReplaceStrategy> replaceStrategyFromName(const QString& name)
{
    if (name == u"blue-green")
        return ReplaceStrategy::BlueGreen;
    if (name == u"in-place")
        return ReplaceStrategy::InPlace;
    return std::nullopt;
}

bool Plan::isDestructive() const
{
    return std::any_of(operations.begin(), operations.end(),
                       [](const PlanOperation& op) { return op.isDestructive(); });
}

QString operationKindName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Create:
        return QStringLiteral("create");
    case OperationKind::Update:
        return QStringLiteral("update");
    case OperationKind::Replace:
        return QStringLiteral("replace");
    case OperationKind::Delete:
        return QStringLiteral("delete");
    case OperationKind::UpdateClusterAutoscaler:
        return QStringLiteral("configure");
    }
    return {};
}

Plan plan(const QList<NodePoolSpec>& desired, const QList<NodePool>& live,
          const PlanOptions& options)
{
    Plan out;
    Pricer price(options.sizes, out.unpricedSizes);
    QList<PlanOperation> creates, replaces, updates, deletes;

    for (const NodePool& pool : live)
        out.monthlyCentsBefore += price.monthly(pool.spec.size, pool.spec.count);

    QSet<QString> declared;
    for (const NodePoolSpec& spec : desired) {
        declared.insert(spec.name);
        const auto found = std::find_if(live.begin(), live.end(), [&](const NodePool& pool) {
            return pool.spec.name == spec.name;
        });
        PlanOperation op;
        op.poolName = spec.name;
        op.after = spec;
        if (found == live.end()) {
            op.kind = OperationKind::Create;
            op.body = dojson::createPoolBody(spec);
            op.monthlyCentsAfter = price.monthly(spec.size, spec.count);
            creates << op;
            continue;
        }
        op.poolId = found->id;
        op.before = found->spec;
        op.monthlyCentsBefore = price.monthly(found->spec.size, found->spec.count);
        if (spec.size != found->spec.size) {
            // DigitalOcean cannot resize a pool's droplets in place.
            op.kind = OperationKind::Replace;
            op.replaceStrategy = options.replaceStrategy;
            op.changes.append({QStringLiteral("size"), found->spec.size, spec.size});
            op.monthlyCentsAfter = price.monthly(spec.size, spec.count);
            replaces << op;
            continue;
        }
        diffUpdate(op, options);
        if (op.body.isEmpty())
            continue; // nothing to send; notes alone are not an operation
        op.monthlyCentsAfter = price.monthly(spec.size, effectiveCount(found->spec, spec, options));
        updates << op;
    }

    if (options.prune) {
        for (const NodePool& pool : live) {
            if (declared.contains(pool.spec.name))
                continue;
            PlanOperation op;
            op.kind = OperationKind::Delete;
            op.poolName = pool.spec.name;
            op.poolId = pool.id;
            op.before = pool.spec;
            op.monthlyCentsBefore = price.monthly(pool.spec.size, pool.spec.count);
            op.destructive
                << QCoreApplication::translate(
                       "plan",
                       "deletes the pool and its %1; draining can take a quarter of an hour "
                       "when pods have nowhere to go")
                       .arg(nodes(pool.spec.count));
            deletes << op;
        }
    }

    QStringList taken;
    for (const NodePool& pool : live)
        taken << pool.spec.name;
    for (const PlanOperation& op : std::as_const(creates))
        taken << op.poolName;
    for (PlanOperation& op : replaces)
        describeReplace(op, live, deletes, taken, options, out.refusals);

    out.operations << creates << replaces << updates << deletes;
    out.monthlyCentsAfter = out.monthlyCentsBefore;
    for (const PlanOperation& op : std::as_const(out.operations))
        out.monthlyCentsAfter += op.monthlyCentsAfter - op.monthlyCentsBefore;

    const qsizetype remaining = live.size() - deletes.size() + creates.size();
    if (!live.isEmpty() && remaining <= 0)
        out.refusals << QCoreApplication::translate(
            "plan", "the plan deletes every pool of the cluster; DOKS needs at least one");
    return out;
}

QString refuseDelete(const Cluster& cluster, const QString& poolId)
{
    const bool present = std::any_of(cluster.pools.begin(), cluster.pools.end(),
                                     [&](const NodePool& pool) { return pool.id == poolId; });
    if (present && cluster.pools.size() == 1)
        return QCoreApplication::translate(
                   "plan", "'%1' is the last pool of cluster '%2'; DOKS needs at least one pool")
            .arg(cluster.pools.first().spec.name, cluster.name);
    return {};
}

QString planText(const Plan& plan)
{
    QString out;
    int counts[5] = {};
    for (const PlanOperation& op : plan.operations)
        ++counts[int(op.kind)];

    for (const PlanOperation& op : plan.operations) {
        QString head;
        switch (op.kind) {
        case OperationKind::Create:
            head = QCoreApplication::translate("plan", "+ create %1 (%2 x %3)")
                       .arg(op.poolName, op.after.size)
                       .arg(op.after.count);
            break;
        case OperationKind::Update:
            head = QCoreApplication::translate("plan", "~ update %1").arg(op.poolName);
            break;
        case OperationKind::Replace:
            head = op.replaceStrategy == ReplaceStrategy::InPlace
                       ? QCoreApplication::translate("plan", "-/+ replace %1 (in place)")
                             .arg(op.poolName)
                       : QCoreApplication::translate(
                             "plan", "-/+ replace %1 with %2 (blue/green: the new pool first)")
                             .arg(op.poolName, op.replacementName);
            break;
        case OperationKind::Delete:
            head = QCoreApplication::translate("plan", "- delete %1 (%2 x %3)")
                       .arg(op.poolName, op.before.size)
                       .arg(op.before.count);
            break;
        case OperationKind::UpdateClusterAutoscaler:
            head = QCoreApplication::translate("plan", "~ configure the cluster autoscaler");
            break;
        }
        if (op.monthlyCentsAfter != op.monthlyCentsBefore)
            head += QCoreApplication::translate("plan", "  [%1/mo -> %2/mo]")
                        .arg(formatCents(op.monthlyCentsBefore), formatCents(op.monthlyCentsAfter));
        out += head + u'\n';
        for (const FieldChange& c : op.changes)
            out += QStringLiteral("    %1: %2 -> %3\n")
                       .arg(c.field, c.before.isEmpty() ? QStringLiteral("(none)") : c.before,
                            c.after.isEmpty() ? QStringLiteral("(none)") : c.after);
        for (const QString& reason : op.destructive)
            out += QStringLiteral("    ! %1\n").arg(reason);
        for (const QString& note : op.notes)
            out += QStringLiteral("    note: %1\n").arg(note);
    }
    if (plan.operations.isEmpty())
        out += QCoreApplication::translate("plan",
                                           "No changes. The live pools match the declared ones.\n");
    else
        out += QCoreApplication::translate(
                   "plan", "\nPlan: %1 to create, %2 to update, %3 to replace, %4 to delete.\n")
                   .arg(counts[int(OperationKind::Create)])
                   .arg(counts[int(OperationKind::Update)])
                   .arg(counts[int(OperationKind::Replace)])
                   .arg(counts[int(OperationKind::Delete)]);
    if (const int settings = counts[int(OperationKind::UpdateClusterAutoscaler)]; settings > 0)
        out += QCoreApplication::translate("plan",
                                           "The cluster autoscaler's settings change in %1.\n")
                   .arg(settings == 1 ? QCoreApplication::translate("plan", "one cluster")
                                      : QCoreApplication::translate("plan", "%1 clusters")
                                            .arg(settings));
    out += QCoreApplication::translate("plan", "Monthly cost: %1 -> %2 (%3)\n")
               .arg(formatCents(plan.monthlyCentsBefore), formatCents(plan.monthlyCentsAfter),
                    signed_(plan.monthlyCentsAfter - plan.monthlyCentsBefore));
    if (!plan.unpricedSizes.isEmpty())
        out += QCoreApplication::translate("plan", "No price known for: %1 (counted as $0.00)\n")
                   .arg(plan.unpricedSizes.join(QStringLiteral(", ")));
    if (plan.isDestructive())
        out += QCoreApplication::translate(
            "plan", "Steps marked ! are destructive and need confirmation.\n");
    for (const QString& refusal : plan.refusals)
        out += QStringLiteral("REFUSED: %1\n").arg(refusal);
    return out;
}

} // namespace core
