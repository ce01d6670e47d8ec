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

// Whether the pools' monthly cost can differ: their sizes or counts.
static bool samePoolCosts(const core::Cluster& a, const core::Cluster& b)
{
    if (a.pools.size() != b.pools.size())
        return false;
    for (qsizetype i = 0; i < a.pools.size(); ++i) {
        const core::NodePoolSpec& x = a.pools.at(i).spec;
        const core::NodePoolSpec& y = b.pools.at(i).spec;
        if (x.size != y.size || x.count != y.count)
            return false;
    }
    return true;
}

std::optional<QList<int>> ClusterListModel::changedRoles(const core::Cluster& before,
                                                         const core::Cluster& after) const
{
    QList<int> roles;
    if (before.name != after.name)
        roles << Qt::DisplayRole << NameRole;
    if (before.region != after.region)
        roles << RegionRole;
    if (before.version != after.version)
        roles << VersionRole;
    if (before.state != after.state)
        roles << StateRole;
    if (before.highlyAvailable != after.highlyAvailable)
        roles << HighlyAvailableRole << MonthlyRole;
    if (before.pools.size() != after.pools.size())
        roles << PoolCountRole;
    if (nodeCount(before) != nodeCount(after))
        roles << NodeCountRole;
    if (!samePoolCosts(before, after) && !roles.contains(MonthlyRole))
        roles << MonthlyRole;
    return roles;
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
