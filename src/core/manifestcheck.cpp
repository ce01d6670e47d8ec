#include "manifestcheck.h"

#include "lint.h"
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

// Lint per cluster, with the live cluster when there is one, so that
// cluster-wide rules (a single pool, the droplet limit) see the whole picture.
void lintByCluster(const ManifestCheck& check, const ManifestCheckContext& context,
                   QList<ManifestProblem>* out)
{
    QStringList keys;
    QList<QList<const manifest::PoolManifest*>> groups;
    for (const manifest::PoolManifest& m : check.manifests) {
        const ClusterRef& ref = m.spec.cluster;
        const QString key =
            ref.value.isEmpty() ? QStringLiteral("from:") + ref.fromName : ref.value;
        qsizetype at = keys.indexOf(key);
        if (at < 0) {
            keys << key;
            groups.append(QList<const manifest::PoolManifest*>());
            at = groups.size() - 1;
        }
        groups[at].append(&m);
    }
    for (const auto& group : groups) {
        LintContext lintContext;
        lintContext.sizes = context.sizes;
        lintContext.dropletLimit = context.dropletLimit;
        QString unused;
        lintContext.cluster =
            resolveManifestCluster(group.first()->spec.cluster, context.clusters, &unused);
        QList<NodePoolSpec> specs;
        for (const manifest::PoolManifest* m : group)
            specs << m->spec;
        for (const LintFinding& found : lintAll(specs, lintContext)) {
            const manifest::PoolManifest* m = group.first();
            QString path = found.path;
            if (path.startsWith(u'[')) {
                const qsizetype close = path.indexOf(u']');
                m = group.at(path.mid(1, close - 1).toInt());
                path = path.mid(close + 2);
            }
            const Severity severity = lintSeverity(found.ruleId) == LintSeverity::Warning
                                          ? Severity::Warning
                                          : Severity::Info;
            const QString where = path == u"cluster" ? QStringLiteral("spec.cluster") : path;
            out->append({severity, manifest::positionOf(*m, where), path, found.message, found.hint,
                         found.ruleId});
        }
    }
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
    lintByCluster(check, context, &check.problems);

    std::stable_sort(check.problems.begin(), check.problems.end(),
                     [](const ManifestProblem& a, const ManifestProblem& b) {
                         if (a.position.line != b.position.line)
                             return a.position.line < b.position.line;
                         return a.severity < b.severity;
                     });
    return check;
}

} // namespace core
