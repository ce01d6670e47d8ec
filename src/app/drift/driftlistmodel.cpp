#include "driftlistmodel.h"

namespace app {

namespace {

QString where(const core::DriftEntry& entry)
{
    if (entry.file.isEmpty() || entry.position.line <= 0)
        return entry.file;
    if (entry.position.column <= 0)
        return QStringLiteral("%1:%2").arg(entry.file).arg(entry.position.line);
    return QStringLiteral("%1:%2:%3")
        .arg(entry.file)
        .arg(entry.position.line)
        .arg(entry.position.column);
}

QStringList changes(const core::DriftEntry& entry)
{
    QStringList out;
    for (const core::FieldChange& change : entry.changes)
        out << core::describeChange(change);
    return out;
}

} // namespace

DriftListModel::Status DriftListModel::statusOf(core::DriftStatus status)
{
    switch (status) {
    case core::DriftStatus::InSync:
        return InSync;
    case core::DriftStatus::Differs:
        return Differs;
    case core::DriftStatus::NotLive:
        return NotLive;
    case core::DriftStatus::Unresolved:
        return Unresolved;
    case core::DriftStatus::Invalid:
        return Invalid;
    case core::DriftStatus::LiveOnly:
        return LiveOnly;
    }
    return Invalid;
}

bool DriftListModel::canApply(const core::DriftEntry& entry)
{
    // A manifest whose pool a blue/green replace renamed would create the old
    // pool again: it is rewritten from its replacement instead.
    return entry.status == core::DriftStatus::Differs ||
           (entry.status == core::DriftStatus::NotLive && entry.replacedBy.isEmpty());
}

bool DriftListModel::canRewrite(const core::DriftEntry& entry)
{
    return entry.status == core::DriftStatus::Differs ||
           (entry.status == core::DriftStatus::NotLive && !entry.replacedBy.isEmpty());
}

QVariant DriftListModel::data(const QModelIndex& index, int role) const
{
    const DriftRow* row = rowAt(index);
    if (!row)
        return {};
    const core::DriftEntry& entry = row->entry;
    switch (role) {
    case KeyRole:
        return row->key;
    case Qt::DisplayRole:
    case PoolNameRole:
        return entry.poolName;
    case ClusterNameRole:
        return entry.clusterName;
    case FileRole:
        return entry.file;
    case WhereRole:
        return where(entry);
    case StatusRole:
        return int(statusOf(entry.status));
    case StatusTextRole:
        if (!entry.replacedBy.isEmpty())
            return tr("replaced by %1").arg(entry.replacedBy);
        return entry.replace ? tr("differs (replace)") : core::driftStatusName(entry.status);
    case ChangesRole:
        return changes(entry);
    case NotesRole:
        return entry.notes;
    case ReasonRole:
        return entry.reason;
    case ReplaceRole:
        return entry.replace;
    case CanApplyRole:
        return canApply(entry);
    case CanRewriteRole:
        return canRewrite(entry);
    }
    return {};
}

QHash<int, QByteArray> DriftListModel::roleNames() const
{
    return {{KeyRole, "key"},
            {PoolNameRole, "poolName"},
            {ClusterNameRole, "clusterName"},
            {FileRole, "file"},
            {WhereRole, "where"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {ChangesRole, "changes"},
            {NotesRole, "notes"},
            {ReasonRole, "reason"},
            {ReplaceRole, "replace"},
            {CanApplyRole, "canApply"},
            {CanRewriteRole, "canRewrite"}};
}

void DriftListModel::setEntries(const QList<core::DriftEntry>& entries)
{
    QList<DriftRow> rows;
    for (const core::DriftEntry& entry : entries) {
        const QString key = entry.status == core::DriftStatus::LiveOnly
                                ? QStringLiteral("live:%1/%2").arg(entry.clusterId, entry.poolId)
                                : QStringLiteral("%1#%2").arg(entry.file).arg(entry.document);
        rows.append({key, entry});
    }
    replaceRows(rows);
}

const core::DriftEntry* DriftListModel::entryAt(int row) const
{
    const DriftRow* found = rowAt(index(row));
    return found ? &found->entry : nullptr;
}

} // namespace app
