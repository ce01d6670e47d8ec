#include "lint.h"

#include "autoscalerules.h"
#include "cost.h"
#include "dojson.h"
#include "k8snames.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace core {

namespace {

bool isGpuTaintKey(const QString& key)
{
    return key == u"nvidia.com/gpu" || key == u"amd.com/gpu";
}

const NodePool* livePool(const LintContext& context, const QString& name)
{
    if (!context.cluster)
        return nullptr;
    for (const NodePool& pool : context.cluster->pools)
        if (pool.spec.name == name)
            return &pool;
    return nullptr;
}

// A `key:value` tag of the user's (team:web, cost-center:eng): what cost
// reports group by. The automatic k8s:... tags do not count.
bool hasCostTag(const QStringList& tags)
{
    return std::any_of(tags.begin(), tags.end(), [](const QString& tag) {
        const qsizetype colon = tag.indexOf(u':');
        return colon > 0 && colon < tag.size() - 1 && !dojson::isAutomaticTag(tag);
    });
}

bool isProductionWord(const QString& text)
{
    const QString t = text.toLower();
    return t == u"prod" || t == u"production" || t == u"prd";
}

// Labelled (env=prod, environment: production, ...) or tagged (env:prod) as
// production.
bool isProduction(const NodePoolSpec& spec)
{
    static const QStringList keys = {QStringLiteral("env"), QStringLiteral("environment"),
                                     QStringLiteral("stage"), QStringLiteral("tier")};
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it) {
        const QString name = it.key().mid(it.key().lastIndexOf(u'/') + 1).toLower();
        if (keys.contains(name) && isProductionWord(it.value()))
            return true;
    }
    for (const QString& tag : spec.tags) {
        const qsizetype colon = tag.indexOf(u':');
        if (colon > 0 && keys.contains(tag.left(colon).toLower()) &&
            isProductionWord(tag.mid(colon + 1)))
            return true;
    }
    return false;
}

bool keepsPodsAway(const Taint& taint)
{
    return taint.effect == u"NoSchedule" || taint.effect == u"NoExecute";
}

// Names of the cluster's pools other than `name`: live ones plus `declared`.
QSet<QString> otherPools(const LintContext& context, const QStringList& declared,
                         const QString& name)
{
    QSet<QString> out;
    if (context.cluster)
        for (const NodePool& pool : context.cluster->pools)
            out.insert(pool.spec.name);
    for (const QString& other : declared)
        out.insert(other);
    out.remove(name);
    return out;
}

QList<LintFinding> lintOne(const NodePoolSpec& spec, const LintContext& context,
                           const QSet<QString>& others, bool clusterKnown)
{
    QList<LintFinding> out;
    const auto find = [&](const char* rule, const QString& path, const QString& message,
                          const QString& hint) {
        out.append({QLatin1String(rule), path, message, hint});
    };
    const std::optional<Size> size = findSize(context.sizes, spec.size);
    const NodePool* live = livePool(context, spec.name);

    const bool production = isProduction(spec);
    if (production && (spec.autoScale ? std::max(spec.maxNodes, spec.count) <= 1 : spec.count <= 1))
        find("production-single-node",
             spec.autoScale ? QStringLiteral("spec.maxNodes") : QStringLiteral("spec.nodeCount"),
             QCoreApplication::translate(
                 "lint", "a production pool with room for one node: an upgrade, a recycle or "
                         "a failed droplet takes everything on it down"),
             QCoreApplication::translate(
                 "lint", "run at least 2 nodes (3 to survive an upgrade with headroom), or "
                         "autoscale with maxNodes 2 or more"));
    else if (!spec.autoScale && spec.count == 1)
        find("single-node", QStringLiteral("spec.nodeCount"),
             QCoreApplication::translate(
                 "lint", "a single node with no autoscaling: a node upgrade or failure stops "
                         "every pod on it"),
             QCoreApplication::translate("lint", "use nodeCount 2 or more, or enable autoScale"));
    if (spec.autoScale && spec.maxNodes < spec.count)
        find("autoscale-max-below-count", QStringLiteral("spec.maxNodes"),
             QCoreApplication::translate(
                 "lint",
                 "maxNodes %1 is below nodeCount %2: DigitalOcean resets the count to minNodes")
                 .arg(spec.maxNodes)
                 .arg(spec.count),
             QCoreApplication::translate("lint", "raise maxNodes to at least %1").arg(spec.count));
    if (!spec.autoScale && (spec.minNodes != 0 || spec.maxNodes != 0))
        find("bounds-without-autoscale", QStringLiteral("spec.autoScale"),
             QCoreApplication::translate(
                 "lint",
                 "minNodes/maxNodes are set but autoScale is off; DigitalOcean stores them as 0"),
             QCoreApplication::translate("lint",
                                         "set autoScale: true, or remove minNodes and maxNodes"));

    const bool gpuTaint = std::any_of(spec.taints.begin(), spec.taints.end(),
                                      [](const Taint& taint) { return isGpuTaintKey(taint.key); });
    const bool repels = std::any_of(spec.taints.begin(), spec.taints.end(), keepsPodsAway);
    if (size && size->gpu.count > 0 && !repels) {
        const QString key = size->gpu.model.startsWith(u"amd", Qt::CaseInsensitive)
                                ? QStringLiteral("amd.com/gpu")
                                : QStringLiteral("nvidia.com/gpu");
        find("gpu-without-taint", QStringLiteral("spec.taints"),
             QCoreApplication::translate(
                 "lint",
                 "GPU size %1 has no NoSchedule taint (such as %2): ordinary pods will fill "
                 "these costly nodes")
                 .arg(spec.size, key),
             QCoreApplication::translate("lint",
                                         "add taint {key: %1, value: \"true\", effect: NoSchedule}")
                 .arg(key));
    }
    if (size && size->gpu.count == 0 && gpuTaint)
        find("gpu-taint-on-cpu-size", QStringLiteral("spec.taints"),
             QCoreApplication::translate("lint", "a GPU taint on %1, which has no GPU")
                 .arg(spec.size),
             QCoreApplication::translate("lint", "remove the taint or pick a GPU size"));

    if (!hasCostTag(spec.tags))
        find("missing-cost-tag", QStringLiteral("spec.tags"),
             QCoreApplication::translate(
                 "lint",
                 "no key:value tag (such as team:web), so this pool's cost cannot be attributed"),
             QCoreApplication::translate("lint",
                                         "add a tag such as team:platform or cost-center:eng"));

    if (!passesDropletLimit(peakNodes(spec), 0, context.dropletLimit))
        find("beyond-droplet-limit",
             spec.autoScale ? QStringLiteral("spec.maxNodes") : QStringLiteral("spec.nodeCount"),
             QCoreApplication::translate("lint",
                                         "the pool may need %1 droplets; the account allows %2")
                 .arg(peakNodes(spec))
                 .arg(context.dropletLimit),
             QCoreApplication::translate(
                 "lint", "lower it, or ask DigitalOcean support to raise the droplet limit"));

    if (clusterKnown && spec.autoScale && spec.minNodes == 0 && others.isEmpty())
        find(
            "only-pool-scales-to-zero", QStringLiteral("spec.minNodes"),
            QCoreApplication::translate(
                "lint", "the cluster's only pool may scale to zero: system pods (DNS, CNI) "
                        "would have nowhere to run"),
            QCoreApplication::translate("lint", "keep minNodes at 1 or more, or add another pool"));
    if (spec.autoScale && spec.minNodes == 0 && spec.taints.isEmpty())
        find("scale-to-zero-untainted", QStringLiteral("spec.minNodes"),
             QCoreApplication::translate(
                 "lint", "minNodes 0 on a pool without taints: any pod may be placed here, so "
                         "the pool seldom scales back to zero, and pods wait for a droplet to "
                         "boot when it is at zero"),
             QCoreApplication::translate(
                 "lint", "taint the pool so only workloads that tolerate it (and can wait) "
                         "use it, or keep minNodes at 1 or more"));

    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        if (k8snames::isReservedLabelPrefix(k8snames::prefixOf(it.key())))
            find("reserved-label-prefix", labelPath(it.key()),
                 QCoreApplication::translate(
                     "lint", "'%1' is under a prefix Kubernetes or DOKS reserves; nodes "
                             "with it may fail to join, and DigitalOcean may refuse it")
                     .arg(it.key()),
                 QCoreApplication::translate("lint",
                                             "use a prefix of your own, such as example.com/%1")
                     .arg(it.key().mid(it.key().lastIndexOf(u'/') + 1)));

    if (context.cluster) {
        const Cluster& cluster = *context.cluster;
        const bool isDefault = live && !cluster.pools.isEmpty() &&
                               cluster.pools.first().id == live->id && !others.isEmpty();
        if (isDefault && (!spec.labels.isEmpty() || spec.autoScale))
            find("workloads-on-default-pool",
                 spec.autoScale ? QStringLiteral("spec.autoScale") : QStringLiteral("spec.labels"),
                 QCoreApplication::translate(
                     "lint", "%1 is the cluster's first (default) pool, and it %2: workloads "
                             "run on the pool that is most disruptive to change")
                     .arg(spec.name,
                          spec.autoScale
                              ? QCoreApplication::translate("lint", "autoscales with them")
                              : QCoreApplication::translate("lint", "carries labels they select")),
                 QCoreApplication::translate(
                     "lint", "keep the default pool small and plain (2 nodes, no labels) and "
                             "move workloads to pools you can replace"));
        if (live && !cluster.pools.isEmpty() && cluster.pools.first().id == live->id &&
            live->spec != spec && cluster.pools.size() > 1)
            find("touches-default-pool", QStringLiteral("spec"),
                 QCoreApplication::translate(
                     "lint", "this changes the cluster's first pool; changing it is disruptive"),
                 QCoreApplication::translate(
                     "lint", "keep a small default pool untouched and put workloads on pools "
                             "you can replace"));
        if (size && !cluster.region.isEmpty() && !size->regions.isEmpty() &&
            !size->regions.contains(cluster.region))
            find("size-not-in-region", QStringLiteral("spec.size"),
                 QCoreApplication::translate("lint", "%1 is not offered in %2")
                     .arg(spec.size, cluster.region),
                 QCoreApplication::translate("lint", "pick a size listed for %1")
                     .arg(cluster.region));
    }
    if (size && !size->available)
        find("size-unavailable", QStringLiteral("spec.size"),
             QCoreApplication::translate("lint", "%1 is currently not available").arg(spec.size),
             QCoreApplication::translate("lint",
                                         "pick another size; new nodes may fail to provision"));

    if (live) {
        QStringList removed;
        for (auto it = live->spec.labels.cbegin(); it != live->spec.labels.cend(); ++it)
            if (!spec.labels.contains(it.key()))
                removed << it.key();
        if (!removed.isEmpty())
            find("label-removal-sticks", QStringLiteral("spec.labels"),
                 QCoreApplication::translate(
                     "lint", "removed label(s) %1 stay on the pool's existing nodes")
                     .arg(removed.join(QStringLiteral(", "))),
                 QCoreApplication::translate(
                     "lint", "remove them with kubectl label node ... KEY- or recycle the nodes"));
    }

    for (int i = 0; i < spec.taints.size(); ++i) {
        const Taint& taint = spec.taints.at(i);
        if (taint.effect != u"NoExecute")
            continue;
        const bool existed = live && live->spec.taints.contains(taint);
        if (!existed)
            find("noexecute-taint", QStringLiteral("spec.taints[%1].effect").arg(i),
                 QCoreApplication::translate(
                     "lint", "NoExecute evicts running pods that do not tolerate %1")
                     .arg(taint.key),
                 QCoreApplication::translate("lint",
                                             "use NoSchedule unless running pods must leave"));
    }
    return out;
}

} // namespace

LintSeverity lintSeverity(const QString& ruleId)
{
    static const QStringList info = {
        QStringLiteral("single-node"),
        QStringLiteral("bounds-without-autoscale"),
        QStringLiteral("missing-cost-tag"),
        QStringLiteral("label-removal-sticks"),
        QStringLiteral("scale-to-zero-untainted"),
        QStringLiteral("gpu-taint-on-cpu-size"),
    };
    return info.contains(ruleId) ? LintSeverity::Info : LintSeverity::Warning;
}

QString lintSeverityName(LintSeverity severity)
{
    return severity == LintSeverity::Info ? QStringLiteral("info") : QStringLiteral("warning");
}

QList<LintFinding> lint(const NodePoolSpec& spec, const LintContext& context)
{
    return lintOne(spec, context, otherPools(context, {}, spec.name), context.cluster.has_value());
}

QList<LintFinding> lintAll(const QList<NodePoolSpec>& specs, const LintContext& context)
{
    QList<LintFinding> out;
    QStringList declared;
    for (const NodePoolSpec& spec : specs)
        declared << spec.name;
    for (int i = 0; i < specs.size(); ++i) {
        const NodePoolSpec& spec = specs.at(i);
        // Declaring every pool of a cluster tells us it too, even offline.
        const bool clusterKnown = context.cluster.has_value() || specs.size() > 1;
        for (LintFinding finding :
             lintOne(spec, context, otherPools(context, declared, spec.name), clusterKnown)) {
            finding.path.prepend(QStringLiteral("[%1].").arg(i));
            out << finding;
        }
    }
    int total = 0;
    for (const NodePoolSpec& spec : specs)
        total += peakNodes(spec);
    if (context.cluster) {
        for (const NodePool& pool : context.cluster->pools) {
            const bool declared =
                std::any_of(specs.begin(), specs.end(),
                            [&](const NodePoolSpec& spec) { return spec.name == pool.spec.name; });
            if (!declared)
                total += peakNodes(pool.spec);
        }
    }
    if (context.cluster) {
        QSet<QString> names;
        for (const NodePool& pool : context.cluster->pools)
            names.insert(pool.spec.name);
        for (const NodePoolSpec& spec : specs)
            names.insert(spec.name);
        if (names.size() == 1)
            out.append({QStringLiteral("single-pool-cluster"), QStringLiteral("cluster"),
                        QCoreApplication::translate(
                            "lint", "the cluster has only one pool: it is the default pool, so "
                                    "every change to it disrupts the whole cluster"),
                        QCoreApplication::translate(
                            "lint", "add a second pool for workloads and keep this one as a "
                                    "small, untouched default pool")});
    }
    if (!passesDropletLimit(total, 0, context.dropletLimit))
        out.append(
            {QStringLiteral("beyond-droplet-limit"), QStringLiteral("cluster"),
             QCoreApplication::translate(
                 "lint", "together the pools may need %1 droplets; the account allows %2")
                 .arg(total)
                 .arg(context.dropletLimit),
             QCoreApplication::translate(
                 "lint",
                 "lower the counts or maxima, or ask DigitalOcean to raise the droplet limit")});
    return out;
}

} // namespace core
