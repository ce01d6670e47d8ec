#pragma once

#include "app/shell/rowlistmodel.h"
#include "core/nodepool.h"
#include "core/size.h"

#include <QtQml/qqmlregistration.h>

namespace app {

// The pools of the selected cluster, one row each, for the middle column.
class PoolListModel : public RowListModel<core::NodePool>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Pools come from the Workspace")

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SizeRole,
        SizeSummaryRole, // "2 vCPU · 4 GiB"
        CountRole,
        AutoScaleRole,
        MinNodesRole,
        MaxNodesRole,
        LabelsRole, // ["key=value", ...]
        TaintsRole, // ["key=value:Effect", ...]
        TagsRole,   // the user's tags
        AutomaticTagsRole,
        NodeStatesRole, // one state per node, in node order
        MonthlyRole,    // "≈ $72.00/mo", or the band "$48.00–$144.00/mo" when autoscaled
    };
    Q_ENUM(Role)

    explicit PoolListModel(QObject* parent = nullptr) : RowListModel(parent)
    {
        announceInSlices(true);
    }

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPools(const QList<core::NodePool>& pools) { replaceRows(pools); }
    void setSizes(const QList<core::Size>& sizes);

protected:
    QString keyOf(const core::NodePool& pool) const override { return pool.id; }
    std::optional<QList<int>> changedRoles(const core::NodePool& before,
                                           const core::NodePool& after) const override;

private:
    QString sizeSummary(const QString& slug) const;

    QString monthly(const core::NodePool& pool) const;

    QList<core::Size> m_sizes;
};

} // namespace app
