#pragma once

#include "core/node.h"
#include "app/shell/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace app {

// The nodes of the selected pool: name, state, droplet id and age.
class NodeListModel : public RowListModel<core::Node>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Nodes come from the Workspace")

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StateRole,
        MessageRole,
        DropletIdRole,
        AgeRole, // "3d 4h", from created_at to now
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setNodes(const QList<core::Node>& nodes) { replaceRows(nodes); }

    // A short age such as "45s", "12m", "3h 5m" or "4d 2h".
    static QString age(const QDateTime& since, const QDateTime& now);

protected:
    QString keyOf(const core::Node& node) const override { return node.id; }
};

} // namespace app
