#pragma once

#include "app/shell/rowlistmodel.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace app {

// One line of the cost summary: a pool, or a cluster's HA control plane.
struct CostTableRow
{
    QString key; // pool id, or "cp:<cluster id>"
    QString cluster;
    QString pool;
    QString size;
    QString family;
    QString tags;
    int nodes = 0;
    QString band; // "2–6" or "-"
    qint64 minCents = 0;
    qint64 monthlyCents = 0;
    qint64 maxCents = 0;
    bool selected = false;

    friend bool operator==(const CostTableRow&, const CostTableRow&) = default;
};

// The sortable cost summary table beside the charts. Sorting moves rows
// (never a reset), so a view keeps its place.
class CostTableModel : public RowListModel<CostTableRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CostModel owns the table")
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)

public:
    enum Role
    {
        ClusterRole = Qt::UserRole + 1,
        PoolRole,
        SizeRole,
        FamilyRole,
        TagsRole,
        NodesRole,
        BandRole,
        MonthlyCentsRole,
        MonthlyTextRole,
        RangeTextRole,
        SelectedRole,
        KeyRole,
    };
    Q_ENUM(Role)

    // Columns that sort: 0 cluster, 1 pool, 2 size, 3 nodes, 4 monthly.
    enum Column
    {
        ClusterColumn,
        PoolColumn,
        SizeColumn,
        NodesColumn,
        MonthlyColumn
    };
    Q_ENUM(Column)

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<CostTableRow> rows);
    // Sorts by `column`; the same column again flips the order.
    Q_INVOKABLE void sortBy(int column);
    int sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }
    // cluster,pool,size,family,tags,nodes,autoscale,min,monthly,max (plain dollars)
    QString toCsv() const;

Q_SIGNALS:
    void sortChanged();

protected:
    QString keyOf(const CostTableRow& row) const override { return row.key; }

private:
    QList<CostTableRow> sorted(QList<CostTableRow> rows) const;
    int m_sortColumn = MonthlyColumn;
    bool m_ascending = false;
};

} // namespace app
