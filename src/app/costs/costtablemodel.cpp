#include "costtablemodel.h"

#include "app/shell/money.h"
#include "core/cost.h"
#include "core/costattribution.h"

#include <algorithm>

namespace app {

QVariant CostTableModel::data(const QModelIndex& index, int role) const
{
    const CostTableRow* row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case ClusterRole:
        return row->cluster;
    case Qt::DisplayRole:
    case PoolRole:
        return row->pool;
    case SizeRole:
        return row->size;
    case FamilyRole:
        return row->family;
    case TagsRole:
        return row->tags;
    case NodesRole:
        return row->nodes;
    case BandRole:
        return row->band;
    case MonthlyCentsRole:
        return double(row->monthlyCents);
    case MonthlyTextRole:
        return formatMoney(row->monthlyCents);
    case RangeTextRole:
        return row->minCents == row->maxCents
                   ? QString()
                   : formatMoney(row->minCents) + u'–' + formatMoney(row->maxCents);
    case SelectedRole:
        return row->selected;
    case KeyRole:
        return row->key;
    }
    return {};
}

QHash<int, QByteArray> CostTableModel::roleNames() const
{
    return {{ClusterRole, "cluster"},
            {PoolRole, "pool"},
            {SizeRole, "size"},
            {FamilyRole, "family"},
            {TagsRole, "tags"},
            {NodesRole, "nodes"},
            {BandRole, "band"},
            {MonthlyCentsRole, "monthlyCents"},
            {MonthlyTextRole, "monthlyText"},
            {RangeTextRole, "rangeText"},
            {SelectedRole, "selected"},
            {KeyRole, "key"}};
}

QList<CostTableRow> CostTableModel::sorted(QList<CostTableRow> rows) const
{
    const int column = m_sortColumn;
    const bool ascending = m_ascending;
    std::stable_sort(rows.begin(), rows.end(), [=](const CostTableRow& a, const CostTableRow& b) {
        int order = 0;
        switch (column) {
        case ClusterColumn:
            order = QString::compare(a.cluster, b.cluster, Qt::CaseInsensitive);
            break;
        case PoolColumn:
            order = QString::compare(a.pool, b.pool, Qt::CaseInsensitive);
            break;
        case SizeColumn:
            order = QString::compare(a.size, b.size, Qt::CaseInsensitive);
            break;
        case NodesColumn:
            order = a.nodes < b.nodes ? -1 : a.nodes > b.nodes ? 1 : 0;
            break;
        default:
            order = a.monthlyCents < b.monthlyCents ? -1 : a.monthlyCents > b.monthlyCents ? 1 : 0;
        }
        if (order == 0)
            return a.key < b.key;
        return ascending ? order < 0 : order > 0;
    });
    return rows;
}

void CostTableModel::setRows(QList<CostTableRow> rows)
{
    replaceRows(sorted(std::move(rows)));
}

void CostTableModel::sortBy(int column)
{
    if (column == m_sortColumn)
        m_ascending = !m_ascending;
    else {
        m_sortColumn = column;
        m_ascending = column != NodesColumn && column != MonthlyColumn;
    }
    replaceRows(sorted(rows()));
    Q_EMIT sortChanged();
}

QString CostTableModel::toCsv() const
{
    auto field = [](QString text) {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        text.replace(u'"', QStringLiteral("\"\""));
        return u'"' + text + u'"';
    };
    QString csv = QStringLiteral("cluster,pool,size,family,tags,nodes,autoscale,min_monthly,"
                                 "monthly,max_monthly\n");
    for (const CostTableRow& row : rows())
        csv += QStringList{field(row.cluster),
                           field(row.pool),
                           field(row.size),
                           field(row.family),
                           field(row.tags),
                           QString::number(row.nodes),
                           field(row.band),
                           core::plainDollars(row.minCents),
                           core::plainDollars(row.monthlyCents),
                           core::plainDollars(row.maxCents)}
                   .join(u',') +
               u'\n';
    return csv;
}

} // namespace app
