#include "driftcontroller.h"

#include "core/boundedfile.h"
#include "core/manifestplan.h"
#include "core/manifestrewrite.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUrl>

namespace app {

namespace {

// A FolderDialog hands over a file: URL, a person types a path.
QString localPath(const QString& folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.startsWith(QStringLiteral("file:")))
        return QDir::cleanPath(QUrl(trimmed).toLocalFile());
    return trimmed.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(trimmed));
}

// The manifest as the live pool is now, written the way the file already
// names things: its metadata name, its cluster reference (id, name or
// valueFrom), status.outputs only when it had them.
core::manifest::PoolManifest fromLive(const core::manifest::PoolManifest& old,
                                      const core::NodePool& pool)
{
    core::manifest::PoolManifest out = core::manifest::fromPool(pool);
    if (!old.metadataName.isEmpty())
        out.metadataName = old.metadataName;
    out.spec.cluster = old.spec.cluster;
    // The autoscaler moves the live count all day; writing it would make every
    // rewrite a change in git. The declared count stays while it is in range.
    if (pool.spec.autoScale && old.spec.count >= pool.spec.minNodes &&
        old.spec.count <= pool.spec.maxNodes)
        out.spec.count = old.spec.count;
    if (old.status.isEmpty())
        out.status = {};
    return out;
}

} // namespace

DriftController::DriftController(QObject* parent) : QObject(parent) {}

void DriftController::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::refreshed, this, [this] {
            // Every refresh: the files may have changed too (a git pull).
            if (m_pending || m_checked)
                runCheck();
        });
    Q_EMIT workspaceChanged();
    if (m_pending && m_workspace && m_workspace->loaded())
        runCheck();
}

void DriftController::setFolder(const QString& folder)
{
    const QString path = localPath(folder);
    if (path == m_folder)
        return;
    m_folder = path;
    Q_EMIT folderChanged();
}

void DriftController::setShowInSync(bool show)
{
    if (show == m_showInSync)
        return;
    m_showInSync = show;
    showReport();
    Q_EMIT showInSyncChanged();
}

QString DriftController::summaryText() const
{
    if (!m_checked)
        return {};
    if (m_report.entries.isEmpty())
        return tr("No manifests in these files.");
    QStringList parts;
    if (inSyncCount() > 0)
        parts << (inSyncCount() == 1 ? tr("1 pool in sync")
                                     : tr("%1 pools in sync").arg(inSyncCount()));
    if (differsCount() > 0)
        parts << (differsCount() == 1 ? tr("1 differs") : tr("%1 differ").arg(differsCount()));
    if (notLiveCount() > 0)
        parts << tr("%1 not live").arg(notLiveCount());
    if (unresolvedCount() > 0)
        parts << tr("%1 with an unknown cluster").arg(unresolvedCount());
    if (invalidCount() > 0)
        parts << tr("%1 invalid").arg(invalidCount());
    if (liveOnlyCount() > 0)
        parts << (liveOnlyCount() == 1
                      ? tr("1 live pool without a manifest")
                      : tr("%1 live pools without a manifest").arg(liveOnlyCount()));
    return parts.join(QStringLiteral(", "));
}

bool DriftController::check(const QString& folder)
{
    if (!folder.trimmed().isEmpty())
        setFolder(folder);
    setMessage({});
    if (m_folder.isEmpty()) {
        setErrorText(tr("Choose a folder of manifests first."));
        return false;
    }
    if (!QDir(m_folder).exists()) {
        setErrorText(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(m_folder)));
        return false;
    }
    if (!m_workspace || !m_workspace->loaded()) {
        // Without the live pools every manifest would look unresolved.
        m_pending = true;
        setBusy(true);
        setErrorText({});
        return true;
    }
    runCheck();
    return m_errorText.isEmpty();
}

void DriftController::runCheck()
{
    m_pending = false;
    setBusy(false);
    const QDir dir(m_folder);
    const QStringList names =
        dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    QString error;
    if (!dir.exists())
        error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(m_folder));
    else if (names.isEmpty())
        error = tr("No .yaml or .yml files in %1.").arg(QDir::toNativeSeparators(m_folder));

    QList<core::ManifestFile> files;
    for (const QString& name : names) {
        // Size first, then a bounded read: a multi-GB file is refused unread.
        core::BoundedRead bounded =
            core::readBoundedFile(dir.filePath(name), core::manifest::ReadOptions{}.maxBytes);
        core::ManifestFile read{name, {}, {}};
        if (bounded.ok())
            read.yaml = std::move(bounded.bytes);
        else
            read.readError = tr("cannot be read: %1").arg(bounded.error);
        files << read;
    }
    m_report = error.isEmpty() ? core::checkDrift(files, m_workspace->allClusters(), planOptions())
                               : core::DriftReport{};
    m_fileCount = int(files.size());
    m_checked = error.isEmpty();
    setErrorText(error);
    showReport();
    Q_EMIT reportChanged();
}

void DriftController::showReport()
{
    QList<core::DriftEntry> shown;
    for (const core::DriftEntry& entry : m_report.entries)
        if (m_showInSync || entry.status != core::DriftStatus::InSync)
            shown << entry;
    m_entries.setEntries(shown);
}

core::PlanOptions DriftController::planOptions() const
{
    core::PlanOptions options;
    if (m_workspace)
        options.sizes = m_workspace->sizes();
    // The autoscaler's count is not drift, and applying leaves it alone.
    options.setCountOnAutoscaled = false;
    options.prune = false;
    return options;
}

bool DriftController::putPlan(const QList<core::manifest::PoolManifest>& manifests,
                              PlanController* target, const QString& title)
{
    if (!target || !m_workspace || manifests.isEmpty())
        return false;
    const core::ManifestPlan plan =
        core::planManifests(manifests, m_workspace->allClusters(), planOptions());
    if (!plan.errors.isEmpty()) {
        setErrorText(plan.errors.first().error.message);
        return false;
    }
    setErrorText({});
    target->setManifestPlan(plan, title);
    return true;
}

bool DriftController::planApply(int row, PlanController* target)
{
    const core::DriftEntry* entry = m_entries.entryAt(row);
    if (!entry || !DriftListModel::canApply(*entry))
        return false;
    return putPlan(
        {entry->manifest}, target,
        tr("Apply %1 to pool %2 in %3").arg(entry->file, entry->poolName, entry->clusterName));
}

bool DriftController::planApplyAll(PlanController* target)
{
    QList<core::manifest::PoolManifest> manifests;
    for (const core::DriftEntry& entry : m_report.entries)
        if (DriftListModel::canApply(entry))
            manifests << entry.manifest;
    return putPlan(manifests, target,
                   manifests.size() == 1 ? tr("Apply 1 manifest")
                                         : tr("Apply %1 manifests").arg(manifests.size()));
}

bool DriftController::rewriteFromLive(int row)
{
    const core::DriftEntry* found = m_entries.entryAt(row);
    if (!found || !DriftListModel::canRewrite(*found) || !m_workspace)
        return false;
    const core::DriftEntry entry = *found; // the re-check below replaces the rows
    const core::NodePool* pool = nullptr;
    QHash<QString, QString> clusterNames;
    for (const core::Cluster& cluster : m_workspace->allClusters()) {
        clusterNames.insert(cluster.id, cluster.name);
        if (cluster.id == entry.clusterId)
            for (const core::NodePool& p : cluster.pools)
                if (p.id == entry.poolId)
                    pool = &p;
    }
    if (!pool) {
        setErrorText(tr("Pool %1 is no longer live; check again.").arg(entry.poolName));
        return false;
    }

    const QString path = QDir(m_folder).filePath(entry.file);
    const core::BoundedRead in =
        core::readBoundedFile(path, core::manifest::ReadOptions{}.maxBytes);
    if (!in.ok()) {
        setErrorText(tr("%1 cannot be read: %2").arg(entry.file, in.error));
        return false;
    }
    const QByteArray before = in.bytes;

    core::manifest::WriteOptions options;
    options.clusterNames = clusterNames;
    options.includeStatus = !entry.manifest.status.isEmpty();
    QString error;
    const std::optional<QByteArray> after = core::manifest::replaceDocument(
        before, entry.manifest, fromLive(entry.manifest, *pool), options, &error);
    if (!after) {
        setErrorText(tr("%1 was not rewritten: %2").arg(entry.file, error));
        return false;
    }

    // Written beside the file and renamed over it: a failure leaves the old
    // file as it was.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*after) != after->size() || !out.commit()) {
        setErrorText(tr("%1 was not rewritten: %2").arg(entry.file, out.errorString()));
        return false;
    }
    runCheck();
    setMessage(tr("Rewrote %1 from the live pool %2. Comments inside that manifest were not "
                  "kept.")
                   .arg(entry.file, entry.poolName));
    return true;
}

void DriftController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void DriftController::setErrorText(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void DriftController::setMessage(const QString& text)
{
    if (text == m_message)
        return;
    m_message = text;
    Q_EMIT messageChanged();
}

} // namespace app
