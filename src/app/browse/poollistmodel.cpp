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
    const core::Size* size = core::sizeBySlug(m_sizes, slug);
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
    const core::Size* size = core::sizeBySlug(m_sizes, pool.spec.size);
    if (!size)
        return {};
    const core::CostBand band = core::poolCostBand(pool.spec, *size);
    if (!pool.spec.autoScale)
        return tr("≈ %1/mo").arg(formatMoney(band.currentCents));
    return tr("≈ %1/mo (%2–%3)")
        .arg(formatMoney(band.currentCents), formatMoney(band.minCents),
             formatMoney(band.maxCents));
}

static QStringList nodeStates(const core::NodePool& pool)
{
    QStringList states;
    states.reserve(pool.nodes.size());
    for (const core::Node& node : pool.nodes)
        states << node.state;
    return states;
}

std::optional<QList<int>> PoolListModel::changedRoles(const core::NodePool& before,
                                                      const core::NodePool& after) const
{
    const core::NodePoolSpec& a = before.spec;
    const core::NodePoolSpec& b = after.spec;
    QList<int> roles;
    if (a.name != b.name)
        roles << Qt::DisplayRole << NameRole;
    if (a.size != b.size)
        roles << SizeRole << SizeSummaryRole;
    if (a.count != b.count)
        roles << CountRole;
    if (a.autoScale != b.autoScale)
        roles << AutoScaleRole;
    if (a.minNodes != b.minNodes)
        roles << MinNodesRole;
    if (a.maxNodes != b.maxNodes)
        roles << MaxNodesRole;
    if (a.labels != b.labels)
        roles << LabelsRole;
    if (!(a.taints == b.taints))
        roles << TaintsRole;
    if (a.tags != b.tags)
        roles << TagsRole;
    if (before.automaticTags != after.automaticTags)
        roles << AutomaticTagsRole;
    if (before.nodes.size() != after.nodes.size() || nodeStates(before) != nodeStates(after))
        roles << NodeStatesRole;
    if (a.size != b.size || a.count != b.count || a.autoScale != b.autoScale ||
        a.minNodes != b.minNodes || a.maxNodes != b.maxNodes)
        roles << MonthlyRole;
    // Anything else of the spec (the cluster, fields no role shows) changes no
    // visible cell; a view reading other fields reads the workspace's pool.
    return roles;
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
    case NodeStatesRole:
        return nodeStates(*pool);
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
