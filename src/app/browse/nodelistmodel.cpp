#include "nodelistmodel.h"

namespace app {

QString NodeListModel::age(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(minutes % 60);
    if (minutes > 0)
        return tr("%1m").arg(minutes);
    return tr("%1s").arg(seconds);
}

std::optional<QList<int>> NodeListModel::changedRoles(const core::Node& before,
                                                      const core::Node& after) const
{
    QList<int> roles;
    if (before.name != after.name)
        roles << Qt::DisplayRole << NameRole;
    if (before.state != after.state)
        roles << StateRole;
    if (before.message != after.message)
        roles << MessageRole;
    if (before.dropletId != after.dropletId)
        roles << DropletIdRole;
    if (before.createdAt != after.createdAt)
        roles << AgeRole;
    return roles;
}

QVariant NodeListModel::data(const QModelIndex& index, int role) const
{
    const core::Node* node = rowAt(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return node->name.isEmpty() ? tr("(being created)") : node->name;
    case IdRole:
        return node->id;
    case StateRole:
        return node->state;
    case MessageRole:
        return node->message;
    case DropletIdRole:
        return node->dropletId;
    case AgeRole:
        return age(node->createdAt, QDateTime::currentDateTimeUtc());
    }
    return {};
}

QHash<int, QByteArray> NodeListModel::roleNames() const
{
    return {
        {IdRole, "nodeId"},       {NameRole, "name"},           {StateRole, "state"},
        {MessageRole, "message"}, {DropletIdRole, "dropletId"}, {AgeRole, "age"},
    };
}

} // namespace app
