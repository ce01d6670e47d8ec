#include "manifestplan.h"

#include "lookup.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace core {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(manifestplan)
};

manifest::ManifestError errorAt(const manifest::PoolManifest& manifest, const QString& path,
                                const QString& message, const QString& hint = {})
{
    manifest::ManifestError error;
    error.document = manifest.document;
    error.path = path;
    error.position = core::manifest::positionOf(manifest, path);
    error.message = message;
    error.hint = hint;
    return error;
}

} // namespace

bool ManifestPlan::isEmpty() const
{
    return operationCount() == 0;
}

bool ManifestPlan::isDestructive() const
{
    for (const ClusterPlan& p : clusters)
        if (p.plan.isDestructive())
            return true;
    return false;
}

bool ManifestPlan::canApply() const
{
    return errors.isEmpty() && refusals().isEmpty();
}

QStringList ManifestPlan::refusals() const
{
    QStringList out;
    for (const ClusterPlan& p : clusters)
        out << p.plan.refusals;
    return out;
}

qint64 ManifestPlan::monthlyCentsBefore() const
{
    qint64 cents = 0;
    for (const ClusterPlan& p : clusters)
        cents += p.plan.monthlyCentsBefore;
    return cents;
}

qint64 ManifestPlan::monthlyCentsAfter() const
{
    qint64 cents = 0;
    for (const ClusterPlan& p : clusters)
        cents += p.plan.monthlyCentsAfter;
    return cents;
}

int ManifestPlan::operationCount() const
{
    int count = 0;
    for (const ClusterPlan& p : clusters)
        count += int(p.plan.operations.size());
    return count;
}

std::optional<Cluster> resolveManifestCluster(const ClusterRef& ref, const QList<Cluster>& live,
                                              QString* error)
{
    if (!ref.value.isEmpty())
        return findCluster(live, ref.value, error);
    if (ref.fromName.isEmpty()) {
        *error = Tr::tr("the cluster is not named");
        return std::nullopt;
    }
    // valueFrom points at a cluster resource by name; its id means nothing here.
    return findByIdOrName(
        live, ref.fromName, [](const Cluster&) { return QString(); },
        [](const Cluster& c) { return c.name; }, Tr::tr("cluster"), error);
}

ManifestPlan planManifests(const QList<manifest::PoolManifest>& manifests,
                           const QList<Cluster>& live, const PlanOptions& options)
{
    ManifestPlan out;
    QHash<QString, QSet<QString>> declared; // cluster id -> pool names

    for (qsizetype index = 0; index < manifests.size(); ++index) {
        const manifest::PoolManifest& manifest = manifests.at(index);
        const ClusterRef& ref = manifest.spec.cluster;
        const QString refPath = ref.value.isEmpty() ? QStringLiteral("spec.cluster.valueFrom.name")
                                                    : QStringLiteral("spec.cluster.value");
        QString problem;
        const std::optional<Cluster> cluster = resolveManifestCluster(ref, live, &problem);
        if (!cluster) {
            out.errors << ManifestPlanError{
                index, errorAt(manifest, refPath, problem,
                               Tr::tr("name a cluster of this account by id or by name"))};
            continue;
        }
        auto& pools = declared[cluster->id];
        if (pools.contains(manifest.spec.name)) {
            const QString message = Tr::tr("pool %1 is declared twice for cluster %2")
                                        .arg(manifest.spec.name, cluster->name);
            out.errors << ManifestPlanError{index,
                                            errorAt(manifest, QStringLiteral("spec.nodePoolName"),
                                                    message, Tr::tr("keep one document per pool"))};
            continue;
        }
        pools.insert(manifest.spec.name);

        auto it = std::find_if(out.clusters.begin(), out.clusters.end(),
                               [&](const ClusterPlan& p) { return p.cluster.id == cluster->id; });
        if (it == out.clusters.end()) {
            out.clusters.append({*cluster, {}, {}});
            it = out.clusters.end() - 1;
        }
        NodePoolSpec spec = manifest.spec;
        spec.cluster = ClusterRef{cluster->id, {}, {}, {}};
        it->desired.append(spec);
    }
    for (ClusterPlan& p : out.clusters)
        p.plan = plan(p.desired, p.cluster.pools, options);
    return out;
}

QString planText(const ManifestPlan& plan)
{
    QString out;
    for (const ClusterPlan& p : plan.clusters) {
        if (p.plan.isEmpty() && p.plan.refusals.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u'\n';
        out += Tr::tr("cluster %1 (%2):\n").arg(p.cluster.name, p.cluster.id);
        out += planText(p.plan);
    }
    return out;
}

} // namespace core
