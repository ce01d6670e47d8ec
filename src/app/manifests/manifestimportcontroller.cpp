#include "manifestimportcontroller.h"

#include "app/plan/plancontroller.h"
#include "core/boundedfile.h"
#include "core/manifest.h"
#include "core/manifestplan.h"
#include "importsources.h"
#include "localpath.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace app {

namespace {

using Severity = core::ManifestProblem::Severity;

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

} // namespace

ManifestImportController::ManifestImportController(QObject* parent) : QObject(parent) {}

void ManifestImportController::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::refreshed, this, &ManifestImportController::recheckImport);
    recheckImport();
    Q_EMIT workspaceChanged();
}

// Import ----------------------------------------------------------------

void ManifestImportController::setImportText(const QString& text)
{
    if (text == m_importText)
        return;
    m_importText = text;
    m_loadErrors.clear();
    recheckImport();
}

void ManifestImportController::recheckImport()
{
    core::ManifestCheckContext context;
    if (m_workspace) {
        context.clusters = m_workspace->allClusters();
        context.sizes = m_workspace->sizes();
        if (m_workspace->dropletLimit() > 0)
            context.dropletLimit = m_workspace->dropletLimit();
    }
    m_check = m_importText.trimmed().isEmpty()
                  ? core::ManifestCheck()
                  : core::checkManifests(m_importText.toUtf8(), context);
    Q_EMIT importChanged();
}

QVariantList ManifestImportController::importProblems() const
{
    QVariantList out;
    for (const QString& error : m_loadErrors)
        out << QVariantMap{{QStringLiteral("severity"), QStringLiteral("error")},
                           {QStringLiteral("line"), 0},
                           {QStringLiteral("column"), 0},
                           {QStringLiteral("where"), QString()},
                           {QStringLiteral("path"), QString()},
                           {QStringLiteral("message"), error},
                           {QStringLiteral("hint"), QString()}};
    const SourceMap sources(m_importText);
    for (const core::ManifestProblem& p : m_check.problems) {
        const int line = p.position.line;
        const int column = p.position.column;
        out << QVariantMap{
            {QStringLiteral("severity"), severityName(p.severity)},
            {QStringLiteral("line"), line},
            {QStringLiteral("column"), column},
            {QStringLiteral("where"), line > 0 ? sources.describe(line, column) : QString()},
            {QStringLiteral("path"), p.path},
            {QStringLiteral("message"), p.message},
            {QStringLiteral("hint"), p.hint},
            {QStringLiteral("rule"), p.ruleId}};
    }
    return out;
}

QVariantList ManifestImportController::errorMarks() const
{
    QVariantList out;
    for (const core::ManifestProblem& p : m_check.problems)
        if (p.severity == Severity::Error && p.position.line > 0)
            out << QVariantMap{{QStringLiteral("line"), p.position.line},
                               {QStringLiteral("column"), std::max(1, p.position.column)},
                               {QStringLiteral("message"), p.message}};
    return out;
}

int ManifestImportController::importWarningCount() const
{
    return m_check.count(Severity::Warning) + m_check.count(Severity::Info);
}

QString ManifestImportController::importSummary() const
{
    if (m_importText.trimmed().isEmpty())
        return tr("Open manifest files or a folder, or paste YAML.");
    const int errors = importErrorCount() + int(m_loadErrors.size());
    const QString pools = tr("%n pool(s) ready", nullptr, importPoolCount());
    if (errors > 0)
        return tr("%n error(s) to fix before planning", nullptr, errors) + QStringLiteral("; ") +
               pools;
    if (importWarningCount() > 0)
        return tr("%1; %n finding(s) worth a look", nullptr, importWarningCount()).arg(pools);
    return tr("%1; no problems found").arg(pools);
}

void ManifestImportController::setPrune(bool prune)
{
    if (prune == m_prune)
        return;
    m_prune = prune;
    Q_EMIT importOptionsChanged();
}

void ManifestImportController::setSetCountOnAutoscaled(bool set)
{
    if (set == m_setCount)
        return;
    m_setCount = set;
    Q_EMIT importOptionsChanged();
}

bool ManifestImportController::loadImportFiles(const QList<QUrl>& urls)
{
    QList<SourceFile> files;
    QStringList errors;
    for (const QUrl& url : urls) {
        const QString path = localPathOf(url);
        // Size first, then a bounded read: a multi-GB file is refused unread.
        core::BoundedRead read =
            core::readBoundedFile(path, core::manifest::ReadOptions{}.maxBytes);
        if (!read.ok()) {
            errors << tr("Cannot read %1: %2").arg(path, read.error);
            continue;
        }
        files.append({path, std::move(read.bytes)});
    }
    m_importText = joinSources(files);
    m_loadErrors = errors;
    recheckImport();
    return errors.isEmpty();
}

bool ManifestImportController::loadImportFolder(const QUrl& url)
{
    const QDir folder(localPathOf(url));
    if (!folder.exists()) {
        m_importText.clear();
        m_loadErrors = {tr("The folder %1 does not exist.").arg(folder.path())};
        recheckImport();
        return false;
    }
    QList<QUrl> files;
    const QStringList names = folder.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                               QDir::Files, QDir::Name);
    for (const QString& name : names)
        files << QUrl::fromLocalFile(folder.filePath(name));
    if (files.isEmpty()) {
        m_importText.clear();
        m_loadErrors = {tr("No .yaml or .yml files in %1.").arg(folder.path())};
        recheckImport();
        return false;
    }
    return loadImportFiles(files);
}

void ManifestImportController::pasteImport()
{
    setImportText(QGuiApplication::clipboard()->text());
}

int ManifestImportController::importOffset(int line, int column) const
{
    qsizetype offset = 0;
    for (int current = 1; current < line; ++current) {
        const qsizetype next = m_importText.indexOf(u'\n', offset);
        if (next < 0)
            return int(m_importText.size());
        offset = next + 1;
    }
    return int(std::min(offset + std::max(column - 1, 0), m_importText.size()));
}

bool ManifestImportController::planImport(PlanController* target)
{
    if (!target || !m_workspace || m_check.hasErrors() || !m_loadErrors.isEmpty() ||
        m_check.manifests.isEmpty())
        return false;
    core::PlanOptions options;
    options.prune = m_prune;
    options.setCountOnAutoscaled = m_setCount;
    options.sizes = m_workspace->sizes();
    const core::ManifestPlan plan =
        core::planManifests(m_check.manifests, m_workspace->allClusters(), options);
    if (!plan.errors.isEmpty())
        return false;
    QStringList clusters;
    for (const core::ClusterPlan& p : plan.clusters)
        clusters << p.cluster.name;
    target->setManifestPlan(plan, tr("Apply %n manifest(s) to %1", nullptr, importPoolCount())
                                      .arg(clusters.join(QStringLiteral(", "))));
    return true;
}

} // namespace app
