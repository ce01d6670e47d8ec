#include "exportselectionmodel.h"

namespace app {

QVariant ExportSelectionModel::data(const QModelIndex& index, int role) const
{
    const ExportRow* row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case ClusterIdRole:
        return row->clusterId;
    case ClusterNameRole:
        return row->clusterName;
    case PoolIdRole:
        return row->poolId;
    case Qt::DisplayRole:
    case PoolNameRole:
        return row->poolName;
    case CheckedRole:
        return m_checked.contains(row->poolId);
    case FirstOfClusterRole:
        return row->firstOfCluster;
    }
    return {};
}

QHash<int, QByteArray> ExportSelectionModel::roleNames() const
{
    return {{ClusterIdRole, "clusterId"}, {ClusterNameRole, "clusterName"},
            {PoolIdRole, "poolId"},       {PoolNameRole, "poolName"},
            {CheckedRole, "checked"},     {FirstOfClusterRole, "firstOfCluster"}};
}

void ExportSelectionModel::setClusters(const QList<core::Cluster>& clusters)
{
    QList<ExportRow> rows;
    QSet<QString> live;
    for (const core::Cluster& cluster : clusters) {
        bool first = true;
        for (const core::NodePool& pool : cluster.pools) {
            rows.append({cluster.id, cluster.name, pool.id, pool.spec.name, first});
            live.insert(pool.id);
            first = false;
        }
    }
    replaceRows(rows);
    // A deleted pool cannot stay checked.
    const qsizetype before = m_checked.size();
    m_checked.intersect(live);
    if (m_checked.size() != before)
        Q_EMIT selectionChanged();
}

void ExportSelectionModel::setChecked(const QString& poolId, bool checked)
{
    if (checked == m_checked.contains(poolId) || indexOfKey(poolId) < 0)
        return;
    if (checked)
        m_checked.insert(poolId);
    else
        m_checked.remove(poolId);
    emitCheckedChanged();
}

void ExportSelectionModel::checkOnly(const QSet<QString>& poolIds)
{
    m_checked.clear();
    for (const ExportRow& row : rows())
        if (poolIds.contains(row.poolId))
            m_checked.insert(row.poolId);
    emitCheckedChanged();
}

void ExportSelectionModel::checkCluster(const QString& clusterId)
{
    QSet<QString> ids;
    for (const ExportRow& row : rows())
        if (row.clusterId == clusterId)
            ids.insert(row.poolId);
    checkOnly(ids);
}

void ExportSelectionModel::checkAll(bool checked)
{
    QSet<QString> ids;
    if (checked)
        for (const ExportRow& row : rows())
            ids.insert(row.poolId);
    checkOnly(ids);
}

void ExportSelectionModel::emitCheckedChanged()
{
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0), index(int(rows().size()) - 1), {CheckedRole});
    Q_EMIT selectionChanged();
}

} // namespace app
