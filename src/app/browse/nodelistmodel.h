#pragma once

#include "app/shell/rowlistmodel.h"
#include "core/node.h"

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

    explicit NodeListModel(QObject* parent = nullptr) : RowListModel(parent)
    {
        announceInSlices(true);
    }

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setNodes(const QList<core::Node>& nodes) { replaceRows(nodes); }

    // A short age such as "45s", "12m", "3h 5m" or "4d 2h".
    static QString age(const QDateTime& since, const QDateTime& now);

protected:
    QString keyOf(const core::Node& node) const override { return node.id; }
    // updated_at alone changes no row.
    std::optional<QList<int>> changedRoles(const core::Node& before,
                                           const core::Node& after) const override;
};

} // namespace app
