#include "clusterlistmodel.h"

#include "app/shell/money.h"
#include "core/cost.h"

#include <numeric>

namespace app {

static int nodeCount(const core::Cluster& cluster)
{
    return std::accumulate(
        cluster.pools.begin(), cluster.pools.end(), 0,
        [](int sum, const core::NodePool& pool) { return sum + int(pool.nodes.size()); });
}

void ClusterListModel::setSizes(const QList<core::Size>& sizes)
{
    m_sizes = sizes;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {MonthlyRole});
}

QVariant ClusterListModel::data(const QModelIndex& index, int role) const
{
    const core::Cluster* cluster = rowAt(index);
    if (!cluster)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return cluster->name;
    case IdRole:
        return cluster->id;
    case RegionRole:
        return cluster->region;
    case VersionRole:
        return cluster->version;
    case StateRole:
        return cluster->state;
    case HighlyAvailableRole:
        return cluster->highlyAvailable;
    case PoolCountRole:
        return int(cluster->pools.size());
    case NodeCountRole:
        return nodeCount(*cluster);
    case MonthlyRole:
        return m_sizes.isEmpty() ? QString()
                                 : tr("≈ %1/mo").arg(formatMoney(
                                       core::clusterCost(*cluster, m_sizes).band.currentCents));
    }
    return {};
}

QHash<int, QByteArray> ClusterListModel::roleNames() const
{
    return {
        {IdRole, "clusterId"},        {NameRole, "name"},
        {RegionRole, "region"},       {VersionRole, "version"},
        {StateRole, "state"},         {HighlyAvailableRole, "highlyAvailable"},
        {PoolCountRole, "poolCount"}, {MonthlyRole, "monthly"},
        {NodeCountRole, "nodeCount"},
    };
}

} // namespace app
