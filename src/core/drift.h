#pragma once

#include "cluster.h"
#include "manifest.h"
#include "plan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Drift: a folder of manifests (the state kept in git) against the live
// pools. Each manifest document gets one entry saying whether its pool is as
// declared and, when not, which fields differ; live pools of the clusters the
// manifests name that no manifest describes are listed too.
namespace core {

// One file of the folder, as the caller read it.
struct ManifestFile
{
    QString path; // as it is shown (relative to the folder)
    QByteArray yaml;
    // Why the file could not be read (permissions, gone); `yaml` is then unused.
    QString readError;
};

enum class DriftStatus
{
    InSync,     // the live pool is as the manifest declares
    Differs,    // fields differ (`changes`); `replace` when the size does
    NotLive,    // the cluster has no pool of that name: applying creates it (or, with
                // `replacedBy`, a blue/green replace renamed it: rewrite the manifest)
    Unresolved, // the manifest names no live cluster (`reason`)
    Invalid,    // the document (or the file) does not read or validate (`errors`)
    LiveOnly,   // a live pool of a named cluster that no manifest describes
};

struct DriftEntry
{
    DriftStatus status = DriftStatus::InSync;
    QString file;      // empty for LiveOnly
    int document = -1; // YAML document index in the file; -1 for LiveOnly
    // Where to look: the first error (Invalid), the cluster reference
    // (Unresolved), else the pool's name in the document.
    manifest::SourcePosition position;
    QString poolName;    // empty when an invalid document names none
    QString clusterId;   // the live cluster; empty when unresolved
    QString clusterName; // the live cluster's, or the reference as written
    QString poolId;      // the live pool (InSync, Differs, LiveOnly; NotLive: `replacedBy`'s)
    // NotLive: the live pool a blue/green size change put in this pool's
    // place (it bears the name the replace proposes); `changes` then compare
    // the manifest with it, and rewriting from live makes the document name it.
    QString replacedBy;
    // Differs: live (before) against the manifest (after), as the plan sees it.
    QList<FieldChange> changes;
    bool replace = false;                  // the size differs: a new pool replaces the old
    QStringList notes;                     // e.g. a count left to the autoscaler
    QString reason;                        // Unresolved, Invalid: what is wrong, in one line
    QList<manifest::ManifestError> errors; // Invalid: every problem of the document
    manifest::PoolManifest manifest;       // as read (not for Invalid, LiveOnly)

    friend bool operator==(const DriftEntry&, const DriftEntry&) = default;
};

struct DriftReport
{
    // Manifest entries in file and document order, then LiveOnly entries in
    // the order of the live clusters and their pools.
    QList<DriftEntry> entries;

    int count(DriftStatus status) const;
};

// `options` is the plan's: with setCountOnAutoscaled false (the default) an
// autoscaled pool's live count is not drift. Automatic k8s tags never are.
// `sizes` in the options also validates size slugs. A pool declared twice
// for one cluster is Invalid the second time.
DriftReport checkDrift(const QList<ManifestFile>& files, const QList<Cluster>& live,
                       const PlanOptions& options = {});

// "in sync", "differs", "not live", "cluster unknown", "invalid", "live only".
QString driftStatusName(DriftStatus status);

// "nodeCount: 2 → 3"; an empty side shows as "(none)".
QString describeChange(const FieldChange& change);

} // namespace core
