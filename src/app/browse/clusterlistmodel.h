#pragma once

#include "app/shell/rowlistmodel.h"
#include "core/cluster.h"
#include "core/size.h"

#include <QtQml/qqmlregistration.h>

namespace app {

// The clusters of the account, one row each, for the list on the left.
class ClusterListModel : public RowListModel<core::Cluster>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Clusters come from the Workspace")

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        RegionRole,
        VersionRole,
        StateRole,
        HighlyAvailableRole,
        PoolCountRole,
        NodeCountRole,
        MonthlyRole, // "≈ $1,234.00/mo": the sum of its pools now
    };
    Q_ENUM(Role)

    explicit ClusterListModel(QObject* parent = nullptr) : RowListModel(parent)
    {
        announceInSlices(true);
    }

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setClusters(const QList<core::Cluster>& clusters) { replaceRows(clusters); }
    void setSizes(const QList<core::Size>& sizes);

protected:
    QString keyOf(const core::Cluster& cluster) const override { return cluster.id; }
    // A node's state or a pool's labels change no cluster row.
    std::optional<QList<int>> changedRoles(const core::Cluster& before,
                                           const core::Cluster& after) const override;

private:
    QList<core::Size> m_sizes;
};

} // namespace app
