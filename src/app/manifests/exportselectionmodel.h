#pragma once

#include "app/shell/rowlistmodel.h"
#include "core/cluster.h"

#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace app {

struct ExportRow
{
    QString clusterId;
    QString clusterName;
    QString poolId;
    QString poolName;
    bool firstOfCluster = false; // the view starts a cluster heading here

    friend bool operator==(const ExportRow&, const ExportRow&) = default;
};

// Every pool of the account with a check box, grouped by cluster: what the
// export view writes. Checks are kept by pool id across refreshes.
class ExportSelectionModel : public RowListModel<ExportRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The ManifestExportController owns the export selection")

    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY selectionChanged)

public:
    enum Role
    {
        ClusterIdRole = Qt::UserRole + 1,
        ClusterNameRole,
        PoolIdRole,
        PoolNameRole,
        CheckedRole,
        FirstOfClusterRole,
    };

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setClusters(const QList<core::Cluster>& clusters);

    Q_INVOKABLE void setChecked(const QString& poolId, bool checked);
    // Checks exactly these pools (none when empty).
    void checkOnly(const QSet<QString>& poolIds);
    Q_INVOKABLE void checkCluster(const QString& clusterId);
    Q_INVOKABLE void checkAll(bool checked);

    int checkedCount() const { return int(m_checked.size()); }
    bool isChecked(const QString& poolId) const { return m_checked.contains(poolId); }

Q_SIGNALS:
    void selectionChanged();

protected:
    QString keyOf(const ExportRow& row) const override { return row.poolId; }

private:
    void emitCheckedChanged();

    QSet<QString> m_checked;
};

} // namespace app
