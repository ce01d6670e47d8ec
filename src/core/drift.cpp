#include "drift.h"

#include "dojson.h"
#include "manifest.h"
#include "manifestplan.h"
#include "replacementname.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace core {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(drift)
};

DriftEntry invalid(const QString& file, int document, const QList<manifest::ManifestError>& errors)
{
    DriftEntry entry;
    entry.status = DriftStatus::Invalid;
    entry.file = file;
    entry.document = document;
    entry.errors = errors;
    entry.position = errors.first().position;
    entry.reason = errors.first().message;
    return entry;
}

// What a manifest calls its cluster, for entries whose cluster is unknown.
QString referenceText(const ClusterRef& ref)
{
    return ref.value.isEmpty() ? ref.fromName : ref.value;
}

const NodePool* findPool(const Cluster& cluster, const QString& name)
{
    const auto found = std::find_if(cluster.pools.begin(), cluster.pools.end(),
                                    [&](const NodePool& pool) { return pool.spec.name == name; });
    return found == cluster.pools.end() ? nullptr : &*found;
}

// Compares one manifest with its live pool through the plan, so drift and
// "apply the manifest" agree on what differs.
void compare(DriftEntry& entry, const Cluster& cluster, const PlanOptions& options)
{
    const NodePool* pool = findPool(cluster, entry.poolName);
    if (!pool) {
        entry.status = DriftStatus::NotLive;
        return;
    }
    entry.poolId = pool->id;
    NodePoolSpec desired = entry.manifest.spec;
    desired.cluster = ClusterRef{cluster.id, {}, {}, {}};
    PlanOptions one = options;
    one.prune = false; // the other pools are other entries' business
    // Automatic tags are not drift; the plan ignores them, and leaving them out
    // here keeps them out of the "before" side of a tags change too.
    NodePool livePool = *pool;
    livePool.spec.tags.removeIf([](const QString& tag) { return dojson::isAutomaticTag(tag); });
    const Plan plan = core::plan({desired}, {livePool}, one);
    if (plan.operations.isEmpty()) {
        entry.status = DriftStatus::InSync;
        return;
    }
    const PlanOperation& op = plan.operations.first();
    entry.status = DriftStatus::Differs;
    entry.replace = op.kind == OperationKind::Replace;
    entry.changes = op.changes;
    // A blue/green plan names the replacement pool; that is how it would be
    // applied, not a way the live pool differs from the manifest.
    entry.changes.removeIf([](const FieldChange& c) { return c.field == u"name"; });
    entry.notes = op.notes;
}

// Whether `pool` bears the name a blue/green replace of `oldName` (of
// `oldSize`) by pools of `pool`'s size proposes: NAME-<size>, or NAME-<n>
// when that was taken.
bool replacesByName(const QString& oldName, const QString& oldSize, const NodePool& pool)
{
    const QString& name = pool.spec.name;
    if (name == proposeReplacementName(oldName, oldSize, pool.spec.size, {oldName}))
        return true;
    const QString prefix = oldName + u'-';
    bool numbered = false;
    if (name.startsWith(prefix))
        name.mid(prefix.size()).toInt(&numbered);
    return numbered;
}

// After a blue/green size change the manifest's pool is gone and the new one
// is live under another name. Left alone, drift would say "not live" and
// "live only", and applying would create the old pool again: pair the two
// when exactly one live-only pool of the cluster bears the replacement's name.
void pairReplacements(DriftReport& report, const QList<Cluster>& live, const PlanOptions& options)
{
    QSet<int> paired;
    for (DriftEntry& entry : report.entries) {
        if (entry.status != DriftStatus::NotLive)
            continue;
        // Candidates are live-only entries, so all of the same live cluster.
        const auto cluster = std::find_if(
            live.begin(), live.end(), [&](const Cluster& c) { return c.id == entry.clusterId; });
        if (cluster == live.end())
            continue;
        QList<int> candidates;
        for (int i = 0; i < report.entries.size(); ++i) {
            const DriftEntry& other = report.entries.at(i);
            if (other.status != DriftStatus::LiveOnly || other.clusterId != entry.clusterId ||
                paired.contains(i))
                continue;
            const NodePool* pool = findPool(*cluster, other.poolName);
            if (pool && replacesByName(entry.poolName, entry.manifest.spec.size, *pool))
                candidates << i;
        }
        if (candidates.size() != 1)
            continue;
        const DriftEntry& replacement = report.entries.at(candidates.first());
        // Compared as if the manifest named the new pool: what a rewrite changes.
        DriftEntry renamed = entry;
        renamed.poolName = replacement.poolName;
        renamed.manifest.spec.name = replacement.poolName;
        compare(renamed, *cluster, options);
        entry.replacedBy = replacement.poolName;
        entry.poolId = replacement.poolId;
        entry.changes = renamed.changes;
        // The plan's notes (the overlap of a replace) are about applying,
        // which a renamed pool is not for: it is rewritten instead.
        entry.notes = {
            Tr::tr("replaced by %1 (a blue/green size change); rewrite the manifest from it")
                .arg(replacement.poolName)};
        paired.insert(candidates.first());
    }
    QList<DriftEntry> kept;
    for (int i = 0; i < report.entries.size(); ++i)
        if (!paired.contains(i))
            kept << report.entries.at(i);
    report.entries = kept;
}

} // namespace

int DriftReport::count(DriftStatus status) const
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [&](const DriftEntry& e) { return e.status == status; }));
}

DriftReport checkDrift(const QList<ManifestFile>& files, const QList<Cluster>& live,
                       const PlanOptions& options)
{
    DriftReport report;
    QList<QString> namedClusters; // ids, in the order manifests first name them
    // cluster id -> pool name -> where it was first declared
    QHash<QString, QHash<QString, QString>> declared;

    for (const ManifestFile& file : files) {
        if (!file.readError.isEmpty()) {
            report.entries << invalid(file.path, 0, {{0, {}, {}, file.readError, {}}});
            continue;
        }
        const manifest::ReadResult read = manifest::read(file.yaml);
        // Every document in file order, whether it read or not.
        QList<DriftEntry> entries;
        QHash<int, QList<manifest::ManifestError>> errorsOf;
        QList<int> errorDocuments;
        for (const manifest::ManifestError& error : read.errors) {
            if (!errorsOf.contains(error.document))
                errorDocuments << error.document;
            errorsOf[error.document] << error;
        }
        for (int document : errorDocuments)
            entries << invalid(file.path, document, errorsOf.value(document));

        for (const manifest::PoolManifest& manifest : read.manifests) {
            DriftEntry entry;
            entry.file = file.path;
            entry.document = manifest.document;
            entry.poolName = manifest.spec.name;
            entry.manifest = manifest;
            entry.position =
                core::manifest::positionOf(manifest, QStringLiteral("spec.nodePoolName"));

            QString problem;
            const std::optional<Cluster> cluster =
                resolveManifestCluster(manifest.spec.cluster, live, &problem);
            ValidationOptions validation;
            validation.sizes = options.sizes;
            // A pool that exists keeps its name even if we would not accept it new.
            if (cluster && findPool(*cluster, entry.poolName))
                validation.currentName = entry.poolName;
            const QList<manifest::ManifestError> errors =
                manifest::validate({manifest}, validation);
            if (!errors.isEmpty()) {
                DriftEntry bad = invalid(file.path, manifest.document, errors);
                bad.poolName = entry.poolName;
                entries << bad;
                continue;
            }
            if (!cluster) {
                entry.status = DriftStatus::Unresolved;
                entry.clusterName = referenceText(manifest.spec.cluster);
                entry.reason = problem;
                const manifest::SourcePosition where = core::manifest::positionOf(
                    manifest, manifest.spec.cluster.value.isEmpty()
                                  ? QStringLiteral("spec.cluster.valueFrom.name")
                                  : QStringLiteral("spec.cluster.value"));
                if (where.line > 0)
                    entry.position = where;
                entries << entry;
                continue;
            }
            entry.clusterId = cluster->id;
            entry.clusterName = cluster->name;
            if (!namedClusters.contains(cluster->id))
                namedClusters << cluster->id;
            const QString here =
                QStringLiteral("%1:%2").arg(file.path).arg(std::max(entry.position.line, 1));
            QHash<QString, QString>& pools = declared[cluster->id];
            if (pools.contains(entry.poolName)) {
                DriftEntry twice = invalid(
                    file.path, manifest.document,
                    {{manifest.document, entry.position, QStringLiteral("spec.nodePoolName"),
                      Tr::tr("pool %1 of cluster %2 is declared again; first at %3")
                          .arg(entry.poolName, cluster->name, pools.value(entry.poolName)),
                      Tr::tr("keep one document per pool")}});
                twice.poolName = entry.poolName;
                twice.clusterId = cluster->id;
                twice.clusterName = cluster->name;
                entries << twice;
                continue;
            }
            pools.insert(entry.poolName, here);
            compare(entry, *cluster, options);
            entries << entry;
        }
        std::stable_sort(
            entries.begin(), entries.end(),
            [](const DriftEntry& a, const DriftEntry& b) { return a.document < b.document; });
        report.entries << entries;
    }

    for (const Cluster& cluster : live) {
        if (!namedClusters.contains(cluster.id))
            continue;
        const QHash<QString, QString>& pools = declared.value(cluster.id);
        for (const NodePool& pool : cluster.pools) {
            if (pools.contains(pool.spec.name))
                continue;
            DriftEntry entry;
            entry.status = DriftStatus::LiveOnly;
            entry.poolName = pool.spec.name;
            entry.clusterId = cluster.id;
            entry.clusterName = cluster.name;
            entry.poolId = pool.id;
            report.entries << entry;
        }
    }
    pairReplacements(report, live, options);
    return report;
}

QString driftStatusName(DriftStatus status)
{
    switch (status) {
    case DriftStatus::InSync:
        return Tr::tr("in sync");
    case DriftStatus::Differs:
        return Tr::tr("differs");
    case DriftStatus::NotLive:
        return Tr::tr("not live");
    case DriftStatus::Unresolved:
        return Tr::tr("cluster unknown");
    case DriftStatus::Invalid:
        return Tr::tr("invalid");
    case DriftStatus::LiveOnly:
        return Tr::tr("live only");
    }
    return {};
}

QString describeChange(const FieldChange& change)
{
    const QString none = Tr::tr("(none)");
    return QStringLiteral("%1: %2 → %3")
        .arg(change.field, change.before.isEmpty() ? none : change.before,
             change.after.isEmpty() ? none : change.after);
}

} // namespace core
