#pragma once

#include "cluster.h"
#include "lint.h"
#include "manifest.h"
#include "size.h"

#include <QList>
#include <QString>

// Everything wrong with, or worth knowing about, a manifest text about to be
// imported: YAML and schema errors, invalid fields, clusters that do not
// exist, pools declared twice, and lint findings; each at its line and
// column. The app's import view shows these beside the highlighted text.
namespace core {

struct ManifestProblem
{
    enum class Severity
    {
        Error,   // the manifests cannot be planned
        Warning, // lint: likely to hurt
        Info,    // lint: worth knowing
    };

    Severity severity = Severity::Error;
    manifest::SourcePosition position;
    QString path; // spec.taints[0].effect; empty for file-level problems
    QString message;
    QString hint;
    QString ruleId; // lint rule id; empty for errors

    friend bool operator==(const ManifestProblem&, const ManifestProblem&) = default;
};

struct ManifestCheckContext
{
    // The live clusters; when empty, cluster references are not resolved.
    QList<Cluster> clusters;
    QList<Size> sizes;
    int dropletLimit = 25;
};

struct ManifestCheck
{
    QList<manifest::PoolManifest> manifests; // the documents that read cleanly
    QList<ManifestProblem> problems;         // by position, errors first on a line

    int count(ManifestProblem::Severity severity) const;
    bool hasErrors() const { return count(ManifestProblem::Severity::Error) > 0; }
};

ManifestCheck checkManifests(const QByteArray& yaml, const ManifestCheckContext& context);

// A lint finding placed in the manifests it was found in.
struct ManifestLintFinding
{
    qsizetype manifest = 0; // index into the linted list
    LintFinding finding;    // path without lintAll's "[i]." prefix; "cluster" for cluster-wide
    manifest::SourcePosition position; // of the path (of spec.cluster for cluster-wide)
};

// Lints manifests cluster by cluster (pools naming the same cluster, by the
// same reference, together: the cluster-wide rules need all of them), with
// the live cluster from `live` when the reference names one.
QList<ManifestLintFinding> lintManifests(const QList<manifest::PoolManifest>& manifests,
                                         const LintContext& context,
                                         const QList<Cluster>& live = {});

} // namespace core
