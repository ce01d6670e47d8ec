#include "manifestexportcontroller.h"

#include "core/doctlexport.h"
#include "core/manifest.h"
#include "core/terraformexport.h"
#include "localpath.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace app {

namespace {

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

} // namespace

ManifestExportController::ManifestExportController(QObject* parent) : QObject(parent)
{
    connect(&m_exportPools, &ExportSelectionModel::selectionChanged, this,
            &ManifestExportController::exportChanged);
}

void ManifestExportController::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::refreshed, this,
                &ManifestExportController::onWorkspaceLoaded);
    onWorkspaceLoaded();
    Q_EMIT workspaceChanged();
}

void ManifestExportController::onWorkspaceLoaded()
{
    m_exportPools.setClusters(m_workspace ? m_workspace->allClusters() : QList<core::Cluster>());
    Q_EMIT exportChanged();
}

// Export ----------------------------------------------------------------

void ManifestExportController::setExportFormat(Format format)
{
    if (format == m_exportFormat)
        return;
    m_exportFormat = format;
    Q_EMIT exportChanged();
}

void ManifestExportController::setIncludeStatus(bool include)
{
    if (include == m_includeStatus)
        return;
    m_includeStatus = include;
    Q_EMIT exportChanged();
}

void ManifestExportController::selectForExport(const QString& scope)
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

QList<ManifestExportController::CheckedPool> ManifestExportController::checkedPools() const
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

QString ManifestExportController::render(const core::Cluster& cluster,
                                         const core::NodePool& pool) const
{
    if (m_exportFormat == Terraform)
        return core::terraform::nodePoolResource(pool.spec, cluster.id, cluster.name);
    if (m_exportFormat == Doctl)
        return core::doctl::createCommand(pool.spec, cluster.id);
    core::manifest::WriteOptions options;
    options.includeStatus = m_includeStatus;
    options.clusterNames.insert(cluster.id, cluster.name);
    return QString::fromUtf8(core::manifest::write(core::manifest::fromPool(pool), options));
}

QString ManifestExportController::exportText() const
{
    const auto pools = checkedPools();
    if (m_exportFormat == Yaml) {
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

QString ManifestExportController::exportLanguage() const
{
    switch (m_exportFormat) {
    case Terraform:
        return QStringLiteral("terraform");
    case Doctl:
        return QStringLiteral("bash");
    case Yaml:
        break;
    }
    return QStringLiteral("yaml");
}

QString ManifestExportController::exportSuffix() const
{
    switch (m_exportFormat) {
    case Terraform:
        return QStringLiteral("tf");
    case Doctl:
        return QStringLiteral("sh");
    case Yaml:
        break;
    }
    return QStringLiteral("yaml");
}

void ManifestExportController::setExportMessage(const QString& message)
{
    m_exportMessage = message;
    Q_EMIT exportMessageChanged();
}

void ManifestExportController::copyExport()
{
    const int count = m_exportPools.checkedCount();
    if (count == 0) {
        setExportMessage(tr("Choose at least one pool to export."));
        return;
    }
    QGuiApplication::clipboard()->setText(exportText());
    setExportMessage(tr("Copied %n pool(s) to the clipboard.", nullptr, count));
}

bool ManifestExportController::saveExportFile(const QUrl& url)
{
    const int count = m_exportPools.checkedCount();
    if (count == 0) {
        setExportMessage(tr("Choose at least one pool to export."));
        return false;
    }
    const QString path = localPathOf(url);
    // A dialog closed on no name gives "" or ".yaml": never write beside
    // wherever the program happened to start.
    if (QDir::isRelativePath(path) || QFileInfo(path).completeBaseName().isEmpty()) {
        setExportMessage(tr("Choose a file name to save to."));
        return false;
    }
    QString error;
    if (!writeFile(path, exportText(), &error)) {
        setExportMessage(tr("Could not save %1: %2").arg(path, error));
        return false;
    }
    setExportMessage(tr("Saved %n pool(s) to %1.", nullptr, count).arg(path));
    return true;
}

QStringList ManifestExportController::exportFileNames(const QList<CheckedPool>& pools) const
{
    QSet<QString> clusters;
    for (const auto& entry : pools)
        clusters.insert(entry.first->id);
    QStringList names;
    for (const auto& [cluster, pool] : pools) {
        QString name = safeFileName(pool->spec.name);
        if (clusters.size() > 1)
            name = safeFileName(cluster->name) + u'_' + name;
        names << name + u'.' + exportSuffix();
    }
    return names;
}

QStringList ManifestExportController::exportFilesThatExist(const QUrl& url) const
{
    const QDir folder(localPathOf(url));
    QStringList existing;
    for (const QString& name : exportFileNames(checkedPools()))
        if (QFileInfo::exists(folder.filePath(name)))
            existing << name;
    return existing;
}

bool ManifestExportController::saveExportFolder(const QUrl& url)
{
    const QString path = localPathOf(url);
    const auto pools = checkedPools();
    if (pools.isEmpty()) {
        setExportMessage(tr("Choose at least one pool to export."));
        return false;
    }
    if (QDir::isRelativePath(path)) {
        setExportMessage(tr("Choose a folder to save into."));
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

} // namespace app
