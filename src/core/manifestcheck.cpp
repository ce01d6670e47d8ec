#include "manifestcheck.h"

#include "manifestplan.h"

#include <QSet>
#include <algorithm>

namespace core {

namespace {

using Severity = ManifestProblem::Severity;

ManifestProblem fromError(const manifest::ManifestError& error)
{
    return {Severity::Error, error.position, error.path, error.message, error.hint, {}};
}

} // namespace

int ManifestCheck::count(ManifestProblem::Severity severity) const
{
    return int(
        std::count_if(problems.begin(), problems.end(),
                      [severity](const ManifestProblem& p) { return p.severity == severity; }));
}

ManifestCheck checkManifests(const QByteArray& yaml, const ManifestCheckContext& context)
{
    ManifestCheck check;
    manifest::ReadOptions options;
    // An import may hold a whole fleet, as poolctl allows.
    options.maxDocuments = 10000;
    options.maxBytes = 16 * 1024 * 1024;
    const manifest::ReadResult read = manifest::read(yaml, options);
    for (const manifest::ManifestError& error : read.errors)
        check.problems << fromError(error);
    ValidationOptions validation;
    validation.sizes = context.sizes;
    // Only what validates is planned and linted; the rest waits for a fix.
    QSet<int> invalidDocuments;
    for (const manifest::ManifestError& error : manifest::validate(read.manifests, validation)) {
        check.problems << fromError(error);
        invalidDocuments.insert(error.document);
    }
    for (const manifest::PoolManifest& m : read.manifests)
        if (!invalidDocuments.contains(m.document))
            check.manifests << m;

    if (!context.clusters.isEmpty()) {
        const ManifestPlan grouped = planManifests(check.manifests, context.clusters, {});
        for (const ManifestPlanError& error : grouped.errors)
            check.problems << fromError(error.error);
    }
    LintContext lintContext;
    lintContext.sizes = context.sizes;
    lintContext.dropletLimit = context.dropletLimit;
    for (const ManifestLintFinding& found :
         lintManifests(check.manifests, lintContext, context.clusters)) {
        const Severity severity = lintSeverity(found.finding.ruleId) == LintSeverity::Warning
                                      ? Severity::Warning
                                      : Severity::Info;
        check.problems.append({severity, found.position, found.finding.path, found.finding.message,
                               found.finding.hint, found.finding.ruleId});
    }

    std::stable_sort(check.problems.begin(), check.problems.end(),
                     [](const ManifestProblem& a, const ManifestProblem& b) {
                         if (a.position.line != b.position.line)
                             return a.position.line < b.position.line;
                         return a.severity < b.severity;
                     });
    return check;
}

QList<ManifestLintFinding> lintManifests(const QList<manifest::PoolManifest>& manifests,
                                         const LintContext& context, const QList<Cluster>& live)
{
    QStringList keys;
    QList<QList<qsizetype>> groups; // indexes into manifests, by cluster reference
    for (qsizetype i = 0; i < manifests.size(); ++i) {
        const ClusterRef& ref = manifests.at(i).spec.cluster;
        const QString key =
            ref.value.isEmpty() ? QStringLiteral("from:") + ref.fromName : ref.value;
        qsizetype at = keys.indexOf(key);
        if (at < 0) {
            keys << key;
            groups.append(QList<qsizetype>());
            at = groups.size() - 1;
        }
        groups[at].append(i);
    }
    QList<ManifestLintFinding> out;
    for (const QList<qsizetype>& group : groups) {
        LintContext groupContext = context;
        QString unused;
        groupContext.cluster =
            resolveManifestCluster(manifests.at(group.first()).spec.cluster, live, &unused);
        QList<NodePoolSpec> specs;
        for (qsizetype index : group)
            specs << manifests.at(index).spec;
        for (const LintFinding& found : lintAll(specs, groupContext)) {
            ManifestLintFinding placed{group.first(), found, {}};
            QString where = QStringLiteral("spec.cluster");
            if (found.path.startsWith(u'[')) {
                const qsizetype close = found.path.indexOf(u']');
                placed.manifest = group.at(found.path.mid(1, close - 1).toInt());
                placed.finding.path = found.path.mid(close + 2);
                where = placed.finding.path;
            }
            placed.position = manifest::positionOf(manifests.at(placed.manifest), where);
            out.append(placed);
        }
    }
    return out;
}

} // namespace core
