#include "manifestcontroller.h"

#include "core/doctlexport.h"
#include "core/manifest.h"
#include "core/manifestplan.h"
#include "core/terraformexport.h"
#include "importsources.h"
#include "app/plan/plancontroller.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

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

bool writeFile(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// A file name made of a pool's (or cluster's) name: names are DNS labels,
// but a pool that exists with an odd name must not escape the folder.
QString safeFileName(QString name)
{
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    return name.startsWith(u'.') ? u'_' + name : name;
}

// A file dialog's URL as a path (a plain path passes through).
QString pathOf(const QUrl& url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

ManifestController::ManifestController(QObject* parent) : QObject(parent)
{
    connect(&m_exportPools, &ExportSelectionModel::selectionChanged, this,
            &ManifestController::exportChanged);
}

void ManifestController::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::loadingChanged, this, [this] {
            if (!m_workspace->loading())
                onWorkspaceLoaded();
        });
    onWorkspaceLoaded();
    Q_EMIT workspaceChanged();
}

void ManifestController::onWorkspaceLoaded()
{
    m_exportPools.setClusters(m_workspace ? m_workspace->allClusters() : QList<core::Cluster>());
    Q_EMIT exportChanged();
    recheckImport();
}

// Export ----------------------------------------------------------------

void ManifestController::setExportFormat(const QString& format)
{
    if (format == m_exportFormat)
        return;
    m_exportFormat = format;
    Q_EMIT exportChanged();
}

void ManifestController::setIncludeStatus(bool include)
{
    if (include == m_includeStatus)
        return;
    m_includeStatus = include;
    Q_EMIT exportChanged();
}

void ManifestController::selectForExport(const QString& scope)
{
    if (!m_workspace)
        return;
    if (scope == u"all") {
        m_exportPools.checkAll(true);
    } else if (scope == u"cluster") {
        if (const core::Cluster* cluster = m_workspace->currentCluster())
            m_exportPools.checkCluster(cluster->id);
    } else if (scope == u"pool") {
        const core::NodePool* pool = m_workspace->currentPool();
        m_exportPools.checkOnly(pool ? QSet<QString>{pool->id} : QSet<QString>());
    } else {
        m_exportPools.checkAll(false);
    }
}

QList<ManifestController::CheckedPool> ManifestController::checkedPools() const
{
    QList<CheckedPool> out;
    if (!m_workspace)
        return out;
    for (const core::Cluster& cluster : m_workspace->allClusters())
        for (const core::NodePool& pool : cluster.pools)
            if (m_exportPools.isChecked(pool.id))
                out.append({&cluster, &pool});
    return out;
}

QString ManifestController::render(const core::Cluster& cluster, const core::NodePool& pool) const
{
    if (m_exportFormat == u"terraform")
        return core::terraform::nodePoolResource(pool.spec, cluster.id, cluster.name);
    if (m_exportFormat == u"doctl")
        return core::doctl::createCommand(pool.spec, cluster.id);
    core::manifest::WriteOptions options;
    options.includeStatus = m_includeStatus;
    options.clusterNames.insert(cluster.id, cluster.name);
    return QString::fromUtf8(core::manifest::write(core::manifest::fromPool(pool), options));
}

QString ManifestController::exportText() const
{
    const auto pools = checkedPools();
    if (m_exportFormat != u"terraform" && m_exportFormat != u"doctl") {
        // One multi-document YAML file, with every cluster's name known.
        QList<core::manifest::PoolManifest> manifests;
        core::manifest::WriteOptions options;
        options.includeStatus = m_includeStatus;
        for (const auto& [cluster, pool] : pools) {
            manifests << core::manifest::fromPool(*pool);
            options.clusterNames.insert(cluster->id, cluster->name);
        }
        return QString::fromUtf8(core::manifest::writeAll(manifests, options));
    }
    QStringList parts;
    for (const auto& [cluster, pool] : pools)
        parts << render(*cluster, *pool);
    return parts.join(u'\n');
}

QString ManifestController::fileExtension() const
{
    if (m_exportFormat == u"terraform")
        return QStringLiteral(".tf");
    if (m_exportFormat == u"doctl")
        return QStringLiteral(".sh");
    return QStringLiteral(".yaml");
}

void ManifestController::setExportMessage(const QString& message)
{
    m_exportMessage = message;
    Q_EMIT exportMessageChanged();
}

void ManifestController::copyExport()
{
    const int count = m_exportPools.checkedCount();
    if (count == 0) {
        setExportMessage(tr("Choose at least one pool to export."));
        return;
    }
    QGuiApplication::clipboard()->setText(exportText());
    setExportMessage(tr("Copied %n pool(s) to the clipboard.", nullptr, count));
}

bool ManifestController::saveExportFile(const QUrl& url)
{
    const int count = m_exportPools.checkedCount();
    if (count == 0) {
        setExportMessage(tr("Choose at least one pool to export."));
        return false;
    }
    const QString path = pathOf(url);
    QString error;
    if (!writeFile(path, exportText(), &error)) {
        setExportMessage(tr("Could not save %1: %2").arg(path, error));
        return false;
    }
    setExportMessage(tr("Saved %n pool(s) to %1.", nullptr, count).arg(path));
    return true;
}

QStringList ManifestController::exportFileNames(const QList<CheckedPool>& pools) const
{
    QSet<QString> clusters;
    for (const auto& entry : pools)
        clusters.insert(entry.first->id);
    QStringList names;
    for (const auto& [cluster, pool] : pools) {
        QString name = safeFileName(pool->spec.name);
        if (clusters.size() > 1)
            name = safeFileName(cluster->name) + u'_' + name;
        names << name + fileExtension();
    }
    return names;
}

QStringList ManifestController::exportFilesThatExist(const QUrl& url) const
{
    const QDir folder(pathOf(url));
    QStringList existing;
    for (const QString& name : exportFileNames(checkedPools()))
        if (QFileInfo::exists(folder.filePath(name)))
            existing << name;
    return existing;
}

bool ManifestController::saveExportFolder(const QUrl& url)
{
    const QString path = pathOf(url);
    const auto pools = checkedPools();
    if (pools.isEmpty()) {
        setExportMessage(tr("Choose at least one pool to export."));
        return false;
    }
    QDir folder(path);
    if (!folder.mkpath(QStringLiteral("."))) {
        setExportMessage(tr("Could not create the folder %1.").arg(path));
        return false;
    }
    const QStringList names = exportFileNames(pools);
    int written = 0;
    for (const auto& [cluster, pool] : pools) {
        const QString& name = names.at(written);
        QString error;
        if (!writeFile(folder.filePath(name), render(*cluster, *pool), &error)) {
            setExportMessage(tr("Saved %1 of %2 files; %3 failed: %4")
                                 .arg(written)
                                 .arg(pools.size())
                                 .arg(name, error));
            return false;
        }
        ++written;
    }
    setExportMessage(tr("Saved %n file(s) to %1.", nullptr, written).arg(path));
    return true;
}

// Import ----------------------------------------------------------------

void ManifestController::setImportText(const QString& text)
{
    if (text == m_importText)
        return;
    m_importText = text;
    m_loadErrors.clear();
    recheckImport();
}

void ManifestController::recheckImport()
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

QVariantList ManifestController::importProblems() const
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

QVariantList ManifestController::errorMarks() const
{
    QVariantList out;
    for (const core::ManifestProblem& p : m_check.problems)
        if (p.severity == Severity::Error && p.position.line > 0)
            out << QVariantMap{{QStringLiteral("line"), p.position.line},
                               {QStringLiteral("column"), std::max(1, p.position.column)},
                               {QStringLiteral("message"), p.message}};
    return out;
}

int ManifestController::importWarningCount() const
{
    return m_check.count(Severity::Warning) + m_check.count(Severity::Info);
}

QString ManifestController::importSummary() const
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

void ManifestController::setPrune(bool prune)
{
    if (prune == m_prune)
        return;
    m_prune = prune;
    Q_EMIT importOptionsChanged();
}

void ManifestController::setSetCountOnAutoscaled(bool set)
{
    if (set == m_setCount)
        return;
    m_setCount = set;
    Q_EMIT importOptionsChanged();
}

bool ManifestController::loadImportFiles(const QList<QUrl>& urls)
{
    QList<SourceFile> files;
    QStringList errors;
    for (const QUrl& url : urls) {
        const QString path = pathOf(url);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors << tr("Cannot read %1: %2").arg(path, file.errorString());
            continue;
        }
        files.append({path, file.readAll()});
    }
    m_importText = joinSources(files);
    m_loadErrors = errors;
    recheckImport();
    return errors.isEmpty();
}

bool ManifestController::loadImportFolder(const QUrl& url)
{
    const QDir folder(pathOf(url));
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

void ManifestController::pasteImport()
{
    setImportText(QGuiApplication::clipboard()->text());
}

int ManifestController::importOffset(int line, int column) const
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

bool ManifestController::planImport(PlanController* target)
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
