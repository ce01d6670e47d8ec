#include "poollistmodel.h"

#include "app/shell/money.h"
#include "core/cost.h"

namespace app {

void PoolListModel::setSizes(const QList<core::Size>& sizes)
{
    m_sizes = sizes;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {SizeSummaryRole, MonthlyRole});
}

QString PoolListModel::sizeSummary(const QString& slug) const
{
    const auto size = core::findSize(m_sizes, slug);
    if (!size)
        return {};
    QString summary =
        tr("%1 vCPU · %2 GiB").arg(size->vcpus).arg(size->memoryMiB / 1024.0, 0, 'g', 3);
    if (size->gpu.count > 0)
        summary += tr(" · %1 GPU").arg(size->gpu.count);
    return summary;
}

QString PoolListModel::monthly(const core::NodePool& pool) const
{
    const auto size = core::findSize(m_sizes, pool.spec.size);
    if (!size)
        return {};
    const core::CostBand band = core::poolCostBand(pool.spec, *size);
    if (!pool.spec.autoScale)
        return tr("≈ %1/mo").arg(formatMoney(band.currentCents));
    return tr("≈ %1/mo (%2–%3)")
        .arg(formatMoney(band.currentCents), formatMoney(band.minCents),
             formatMoney(band.maxCents));
}

QVariant PoolListModel::data(const QModelIndex& index, int role) const
{
    const core::NodePool* pool = rowAt(index);
    if (!pool)
        return {};
    const core::NodePoolSpec& spec = pool->spec;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return spec.name;
    case IdRole:
        return pool->id;
    case SizeRole:
        return spec.size;
    case SizeSummaryRole:
        return sizeSummary(spec.size);
    case CountRole:
        return spec.count;
    case AutoScaleRole:
        return spec.autoScale;
    case MinNodesRole:
        return spec.minNodes;
    case MaxNodesRole:
        return spec.maxNodes;
    case LabelsRole: {
        QStringList labels;
        for (auto it = spec.labels.begin(); it != spec.labels.end(); ++it)
            labels << it.key() + u'=' + it.value();
        return labels;
    }
    case TaintsRole: {
        QStringList taints;
        for (const core::Taint& taint : spec.taints)
            taints << taint.key + (taint.value.isEmpty() ? QString() : u'=' + taint.value) + u':' +
                          taint.effect;
        return taints;
    }
    case TagsRole:
        return spec.tags;
    case AutomaticTagsRole:
        return pool->automaticTags;
    case MonthlyRole:
        return monthly(*pool);
    case NodeStatesRole: {
        QStringList states;
        for (const core::Node& node : pool->nodes)
            states << node.state;
        return states;
    }
    }
    return {};
}

QHash<int, QByteArray> PoolListModel::roleNames() const
{
    return {
        {IdRole, "poolId"},
        {NameRole, "name"},
        {SizeRole, "size"},
        {SizeSummaryRole, "sizeSummary"},
        {CountRole, "count"},
        {AutoScaleRole, "autoScale"},
        {MinNodesRole, "minNodes"},
        {MaxNodesRole, "maxNodes"},
        {LabelsRole, "labels"},
        {TaintsRole, "taints"},
        {TagsRole, "tags"},
        {AutomaticTagsRole, "automaticTags"},
        {NodeStatesRole, "nodeStates"},
        {MonthlyRole, "monthly"},
    };
}

} // namespace app
