#include "costattribution.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace core {

qint64 controlPlaneMonthlyCents(const Cluster& cluster)
{
    return cluster.highlyAvailable ? HaControlPlaneMonthlyCents : 0;
}

QList<CostLine> costLines(const QList<Cluster>& clusters, const QList<Size>& sizes)
{
    QList<CostLine> lines;
    const SizeIndex sizeOf(sizes);
    for (const Cluster& cluster : clusters) {
        for (const NodePool& pool : cluster.pools) {
            CostLine line;
            line.clusterId = cluster.id;
            line.clusterName = cluster.name;
            line.poolId = pool.id;
            line.poolName = pool.spec.name;
            line.size = pool.spec.size;
            line.tags = pool.spec.tags;
            line.count = pool.spec.count;
            line.autoScale = pool.spec.autoScale;
            line.minNodes = pool.spec.minNodes;
            line.maxNodes = pool.spec.maxNodes;
            if (const Size* size = sizeOf.find(pool.spec.size)) {
                line.unitMonthlyCents = size->priceMonthlyCents;
                line.band = poolCostBand(pool.spec, *size);
            } else {
                line.priced = false;
            }
            lines << line;
        }
        if (const qint64 cents = controlPlaneMonthlyCents(cluster); cents > 0) {
            CostLine line;
            line.kind = CostLine::Kind::ControlPlane;
            line.clusterId = cluster.id;
            line.clusterName = cluster.name;
            line.poolName = QStringLiteral("control plane");
            line.count = 1;
            line.unitMonthlyCents = cents;
            line.band = {cents, cents, cents};
            lines << line;
        }
    }
    return lines;
}

CostBand totalBand(const QList<CostLine>& lines)
{
    CostBand total;
    for (const CostLine& line : lines)
        total += line.band;
    return total;
}

QStringList tagValues(const QStringList& tags, const QString& key)
{
    QStringList values;
    for (const QString& tag : tags) {
        const qsizetype colon = tag.indexOf(u':');
        if (colon <= 0 || tag.left(colon).trimmed() != key)
            continue;
        const QString value = tag.mid(colon + 1).trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
    }
    values.sort();
    return values;
}

QStringList tagKeys(const QList<CostLine>& lines)
{
    QStringList keys;
    for (const CostLine& line : lines)
        for (const QString& tag : line.tags) {
            const qsizetype colon = tag.indexOf(u':');
            if (colon <= 0 || colon == tag.size() - 1)
                continue;
            const QString key = tag.left(colon).trimmed();
            if (!keys.contains(key))
                keys << key;
        }
    keys.sort();
    return keys;
}

QList<qint64> splitEvenly(qint64 total, int parts)
{
    QList<qint64> shares;
    if (parts <= 0)
        return shares;
    const qint64 base = total / parts;
    qint64 rest = total % parts; // same sign as total
    for (int i = 0; i < parts; ++i) {
        qint64 share = base;
        if (rest > 0) {
            ++share;
            --rest;
        } else if (rest < 0) {
            --share;
            ++rest;
        }
        shares << share;
    }
    return shares;
}

QString CostGroup::label() const
{
    switch (kind) {
    case Kind::Untagged:
        return QStringLiteral("untagged");
    case Kind::ControlPlane:
        return QStringLiteral("control plane");
    case Kind::Value:
        break;
    }
    return key;
}

QList<CostGroup> groupCost(const QList<CostLine>& lines,
                           const std::function<QStringList(const CostLine&)>& keysOf)
{
    QList<CostGroup> groups;
    QHash<QString, qsizetype> valueIndex;
    qsizetype untagged = -1;
    qsizetype controlPlane = -1;
    auto groupFor = [&](CostGroup::Kind kind, const QString& key) -> CostGroup& {
        qsizetype* slot = nullptr;
        if (kind == CostGroup::Kind::Untagged)
            slot = &untagged;
        else if (kind == CostGroup::Kind::ControlPlane)
            slot = &controlPlane;
        else if (auto it = valueIndex.find(key); it != valueIndex.end())
            return groups[*it];
        if (slot && *slot >= 0)
            return groups[*slot];
        CostGroup group;
        group.kind = kind;
        group.key = key;
        groups << group;
        if (slot)
            *slot = groups.size() - 1;
        else
            valueIndex.insert(key, groups.size() - 1);
        return groups.last();
    };
    auto addTo = [](CostGroup& group, const CostLine& line, const CostBand& share) {
        group.band += share;
        if (!line.isControlPlane()) {
            if (!group.poolIds.contains(line.poolId))
                group.poolIds << line.poolId;
            group.nodes += std::max(line.count, 0);
        }
    };

    for (const CostLine& line : lines) {
        const QStringList keys = keysOf(line);
        if (keys.isEmpty()) {
            addTo(groupFor(line.isControlPlane() ? CostGroup::Kind::ControlPlane
                                                 : CostGroup::Kind::Untagged,
                           QString()),
                  line, line.band);
            continue;
        }
        const int parts = int(keys.size());
        const QList<qint64> mins = splitEvenly(line.band.minCents, parts);
        const QList<qint64> currents = splitEvenly(line.band.currentCents, parts);
        const QList<qint64> maxes = splitEvenly(line.band.maxCents, parts);
        for (int i = 0; i < parts; ++i)
            addTo(groupFor(CostGroup::Kind::Value, keys[i]), line,
                  {mins[i], currents[i], maxes[i]});
    }

    std::stable_sort(groups.begin(), groups.end(), [](const CostGroup& a, const CostGroup& b) {
        const bool aLast = a.kind != CostGroup::Kind::Value;
        const bool bLast = b.kind != CostGroup::Kind::Value;
        if (aLast != bLast)
            return bLast;
        if (aLast) // untagged before control plane
            return a.kind == CostGroup::Kind::Untagged && b.kind == CostGroup::Kind::ControlPlane;
        if (a.band.currentCents != b.band.currentCents)
            return a.band.currentCents > b.band.currentCents;
        return a.key < b.key;
    });
    return groups;
}

QList<CostGroup> costByPool(const QList<CostLine>& lines)
{
    return groupCost(lines, [](const CostLine& line) {
        return line.isControlPlane() ? QStringList()
                                     : QStringList{line.clusterName + u'/' + line.poolName};
    });
}

QList<CostGroup> costByCluster(const QList<CostLine>& lines)
{
    return groupCost(lines, [](const CostLine& line) { return QStringList{line.clusterName}; });
}

QList<CostGroup> costBySize(const QList<CostLine>& lines)
{
    return groupCost(lines, [](const CostLine& line) {
        return line.isControlPlane() ? QStringList() : QStringList{line.size};
    });
}

QList<CostGroup> costByTag(const QList<CostLine>& lines, const QString& tagKey)
{
    return groupCost(lines, [tagKey](const CostLine& line) {
        return line.isControlPlane() ? QStringList() : tagValues(line.tags, tagKey);
    });
}

} // namespace core

namespace core {

std::optional<QList<CostGroup>> costBy(const QList<CostLine>& lines, const QString& by)
{
    if (by == u"pool")
        return costByPool(lines);
    if (by == u"cluster")
        return costByCluster(lines);
    if (by == u"size")
        return costBySize(lines);
    if (by.startsWith(u"tag:") && by.size() > 4)
        return costByTag(lines, by.mid(4));
    return std::nullopt;
}

QString plainDollars(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString costCsv(const QList<CostGroup>& groups)
{
    QString csv = QStringLiteral("group,pools,nodes,min_monthly,monthly,max_monthly\n");
    CostBand total;
    for (const CostGroup& group : groups) {
        csv += QStringList{csvField(group.label()), QString::number(group.poolIds.size()),
                           QString::number(group.nodes), plainDollars(group.band.minCents),
                           plainDollars(group.band.currentCents),
                           plainDollars(group.band.maxCents)}
                   .join(u',') +
               u'\n';
        total += group.band;
    }
    QStringList seen;
    for (const CostGroup& group : groups)
        for (const QString& id : group.poolIds)
            if (!seen.contains(id))
                seen << id;
    csv += QStringLiteral("total,%1,,%2,%3,%4\n")
               .arg(seen.size())
               .arg(plainDollars(total.minCents), plainDollars(total.currentCents),
                    plainDollars(total.maxCents));
    return csv;
}

} // namespace core
