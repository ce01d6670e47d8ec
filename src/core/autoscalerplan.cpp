#include "autoscalerplan.h"

#include "dojson.h"

#include <QCoreApplication>
#include <cmath>

namespace core {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(autoscalerplan)
};

QString thresholdText(const std::optional<ClusterAutoscalerConfig>& config)
{
    return config && config->scaleDownUtilizationThreshold
               ? formatThreshold(*config->scaleDownUtilizationThreshold)
               : QString();
}

QString unneededText(const std::optional<ClusterAutoscalerConfig>& config)
{
    return config ? config->scaleDownUnneededTime : QString();
}

QString expandersText(const std::optional<ClusterAutoscalerConfig>& config)
{
    if (!config || !config->expanders)
        return {};
    return config->expanders->isEmpty() ? Tr::tr("[] (the default, random)")
                                        : config->expanders->join(QStringLiteral(", "));
}

bool sameDuration(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const auto x = parseGoDuration(a), y = parseGoDuration(b);
    return x && y && *x == *y;
}

} // namespace

ClusterAutoscalerConfig mergeAutoscalerConfig(const std::optional<ClusterAutoscalerConfig>& live,
                                              const ClusterAutoscalerConfig& desired)
{
    ClusterAutoscalerConfig out = live.value_or(ClusterAutoscalerConfig{});
    if (desired.scaleDownUtilizationThreshold)
        out.scaleDownUtilizationThreshold = desired.scaleDownUtilizationThreshold;
    if (!desired.scaleDownUnneededTime.isEmpty())
        out.scaleDownUnneededTime = desired.scaleDownUnneededTime;
    if (desired.expanders)
        out.expanders = desired.expanders;
    return out;
}

Plan planClusterAutoscaler(const Cluster& cluster, const ClusterAutoscalerConfig& desired,
                           const QList<Size>& sizes)
{
    Plan out;
    // No pool changes: the cluster costs what it costs now (core::plan prices it).
    QList<NodePoolSpec> unchanged;
    for (const NodePool& pool : cluster.pools)
        unchanged << pool.spec;
    PlanOptions pricing;
    pricing.sizes = sizes;
    const Plan priced = plan(unchanged, cluster.pools, pricing);
    out.monthlyCentsBefore = out.monthlyCentsAfter = priced.monthlyCentsBefore;
    out.unpricedSizes = priced.unpricedSizes;
    for (const ValidationIssue& issue : validateAutoscalerConfig(desired))
        out.refusals << QStringLiteral("%1: %2").arg(issue.path, issue.message);

    const std::optional<ClusterAutoscalerConfig>& live = cluster.autoscalerConfig;
    const ClusterAutoscalerConfig after = mergeAutoscalerConfig(live, desired);
    PlanOperation op;
    op.kind = OperationKind::UpdateClusterAutoscaler;
    op.poolName = QString::fromLatin1(ClusterAutoscalerStepName);
    const auto change = [&](const char* field, const QString& before, const QString& after_) {
        op.changes.append({QString::fromLatin1(field), before, after_});
    };
    const double liveThreshold = effectiveThreshold(live);
    if (desired.scaleDownUtilizationThreshold &&
        (!live || !live->scaleDownUtilizationThreshold ||
         std::abs(*desired.scaleDownUtilizationThreshold - liveThreshold) > 1e-9))
        change("scale_down_utilization_threshold", thresholdText(live),
               formatThreshold(*desired.scaleDownUtilizationThreshold));
    if (!desired.scaleDownUnneededTime.isEmpty() &&
        !sameDuration(desired.scaleDownUnneededTime, unneededText(live)))
        change("scale_down_unneeded_time", unneededText(live), desired.scaleDownUnneededTime);
    if (desired.expanders && (!live || live->expanders != desired.expanders))
        change("expanders", expandersText(live), expandersText(after));
    if (op.changes.isEmpty())
        return out;

    if (desired.scaleDownUtilizationThreshold)
        op.notes << Tr::tr("the autoscaler will %1")
                        .arg(thresholdMeaning(*desired.scaleDownUtilizationThreshold));
    if (const auto ns = parseGoDuration(desired.scaleDownUnneededTime); ns)
        op.notes << Tr::tr("a node must be unneeded for %1 before it is removed")
                        .arg(describeDuration(*ns));
    // Only the object, with what this change sets: DigitalOcean keeps the rest.
    op.body = dojson::clusterAutoscalerBody(desired);
    out.operations << op;
    return out;
}

} // namespace core
