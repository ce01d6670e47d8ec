#include "costcharts.h"

#include "app/shell/money.h"
#include "core/cost.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVariantMap>
#include <algorithm>
#include <numeric>

namespace app {
namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CostModel)
};

QVariantMap groupToMap(const core::CostGroup& group, qint64 totalCents)
{
    return {{QStringLiteral("label"), group.label()},
            {QStringLiteral("cents"), double(group.band.currentCents)},
            {QStringLiteral("dollars"), double(group.band.currentCents) / 100.0},
            {QStringLiteral("text"), formatMoney(group.band.currentCents)},
            {QStringLiteral("poolIds"), group.poolIds},
            {QStringLiteral("share"),
             totalCents > 0 ? double(group.band.currentCents) / double(totalCents) : 0.0}};
}

// Indexes of `lines` by current cost, highest first (ties in account order).
QList<int> byCostDescending(const QList<core::CostLine>& lines)
{
    QList<int> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return lines.at(a).band.currentCents > lines.at(b).band.currentCents;
    });
    return order;
}

QString lineLabel(const core::CostLine& line)
{
    return line.clusterName + u'/' +
           (line.isControlPlane() ? Tr::tr("control plane") : line.poolName);
}

// The pool's name, cut to MaxLabelLength: Qt Charts gives a horizontal bar
// chart's category axis little room and shows a longer label as "..."; the
// tooltip says cluster/pool whole.
QString axisLabel(const core::CostLine& line)
{
    const QString pool = line.isControlPlane() ? Tr::tr("control plane") : line.poolName;
    return pool.size() > CostCharts::MaxLabelLength
               ? pool.left(CostCharts::MaxLabelLength - 1) + u'…'
               : pool;
}

} // namespace

CostCharts CostCharts::build(const QList<core::CostLine>& lines,
                             const std::function<QString(const QString&)>& familyOf)
{
    CostCharts charts;
    const qint64 total = core::totalBand(lines).currentCents;

    // By cluster: the largest clusters, kept in account order.
    QStringList clusterOrder;
    QHash<QString, qint64> clusterCents;
    for (const core::CostLine& line : lines) {
        if (!clusterCents.contains(line.clusterId))
            clusterOrder << line.clusterId;
        clusterCents[line.clusterId] += line.band.currentCents;
        if (!line.isControlPlane())
            ++charts.poolCount;
    }
    charts.clusterCount = int(clusterOrder.size());
    QStringList largest = clusterOrder;
    std::stable_sort(largest.begin(), largest.end(), [&](const QString& a, const QString& b) {
        return clusterCents.value(a) > clusterCents.value(b);
    });
    const QSet<QString> shown(largest.begin(),
                              largest.begin() + std::min<qsizetype>(largest.size(), MaxClusters));
    QHash<QString, int> category; // cluster id → column
    for (const core::CostLine& line : lines)
        if (shown.contains(line.clusterId) && !category.contains(line.clusterId)) {
            category.insert(line.clusterId, int(charts.clusterCategories.size()));
            // Slanted under narrow columns: a long name is cut (once per axis).
            QString name = line.clusterName.size() > MaxCategoryLength
                               ? line.clusterName.left(MaxCategoryLength - 1) + u'…'
                               : line.clusterName;
            for (int n = 2; charts.clusterCategories.contains(name); ++n)
                name = line.clusterName.left(MaxCategoryLength - 3) + QStringLiteral("…%1").arg(n);
            charts.clusterCategories << name;
        }

    // Its segments: the largest lines of the shown clusters, then "other pools".
    const QList<int> order = byCostDescending(lines);
    const int columns = int(charts.clusterCategories.size());
    QVariantList otherValues(columns, 0.0);
    QStringList otherPools;
    qint64 otherCents = 0;
    int stacks = 0;
    for (int index : order) {
        const core::CostLine& line = lines.at(index);
        const int column = category.value(line.clusterId, -1);
        if (column < 0)
            continue;
        const double dollars = double(line.band.currentCents) / 100.0;
        if (stacks < MaxStacks) {
            ++stacks;
            QVariantList values(columns, 0.0);
            values[column] = dollars;
            charts.clusterStacks << QVariantMap{
                {QStringLiteral("label"), lineLabel(line)},
                {QStringLiteral("values"), values},
                {QStringLiteral("text"), formatMoney(line.band.currentCents)},
                {QStringLiteral("poolIds"),
                 line.isControlPlane() ? QStringList() : QStringList{line.poolId}},
                {QStringLiteral("other"), false}};
        } else {
            otherValues[column] = otherValues.at(column).toDouble() + dollars;
            otherCents += line.band.currentCents;
            if (!line.isControlPlane())
                otherPools << line.poolId;
        }
    }
    if (stacks == MaxStacks && otherCents > 0)
        charts.clusterStacks << QVariantMap{{QStringLiteral("label"), Tr::tr("other pools")},
                                            {QStringLiteral("values"), otherValues},
                                            {QStringLiteral("text"), formatMoney(otherCents)},
                                            {QStringLiteral("poolIds"), otherPools},
                                            {QStringLiteral("other"), true}};

    // By size family: a handful of bars whatever the account's size.
    static const QHash<QString, QString> abbreviations = {
        {QStringLiteral("General Purpose"), QStringLiteral("GP")},
        {QStringLiteral("CPU-Optimized"), QStringLiteral("CPU")},
        {QStringLiteral("Memory-Optimized"), QStringLiteral("Mem")},
        {QStringLiteral("Storage-Optimized"), QStringLiteral("Stor")},
    };
    for (const core::CostGroup& group : core::groupCost(lines, [&](const core::CostLine& line) {
             return line.isControlPlane() ? QStringList() : QStringList{familyOf(line.size)};
         })) {
        QVariantMap bar = groupToMap(group, total);
        // The axis has a column of about five letters per family; the full
        // name is in the tooltip and the CSV.
        const QString label = group.label();
        bar[QStringLiteral("shortLabel")] =
            abbreviations.value(label, label.startsWith(u"control") ? QStringLiteral("HA") : label);
        charts.familyBars << bar;
    }

    // Autoscaling bands: the dearest pools. A category axis needs each
    // label once: a shortened one that repeats gets a number.
    QSet<QString> axisLabels;
    for (int index : order) {
        const core::CostLine& line = lines.at(index);
        if (line.isControlPlane())
            continue;
        if (charts.bands.size() == MaxBands)
            break;
        const int min = line.autoScale ? line.minNodes : line.count;
        const int max = line.autoScale ? line.maxNodes : line.count;
        charts.maxBandNodes = std::max({charts.maxBandNodes, line.count, max});
        QString shortLabel = axisLabel(line);
        for (int n = 2; axisLabels.contains(shortLabel); ++n)
            shortLabel = axisLabel(line) + QStringLiteral(" %1").arg(n);
        axisLabels.insert(shortLabel);
        charts.bands << QVariantMap{
            {QStringLiteral("label"), lineLabel(line)},
            {QStringLiteral("axisLabel"), shortLabel},
            {QStringLiteral("poolId"), line.poolId},
            {QStringLiteral("min"), min},
            {QStringLiteral("current"), line.count},
            {QStringLiteral("max"), max},
            {QStringLiteral("autoScale"), line.autoScale},
            {QStringLiteral("rangeText"),
             line.autoScale
                 ? QCoreApplication::translate("CostModel", "%1–%2 nodes, now %3: %4–%5")
                       .arg(min)
                       .arg(max)
                       .arg(line.count)
                       .arg(formatMoney(line.band.minCents), formatMoney(line.band.maxCents))
                 : Tr::tr("%n node(s): %1", nullptr, line.count)
                       .arg(formatMoney(line.band.currentCents))}};
    }

    if (charts.clusterCount > MaxClusters || charts.poolCount > MaxBands)
        charts.note = QCoreApplication::translate(
                          "CostModel", "Charts show the largest %1 of %2 clusters and %3 of %4 "
                                       "pools; the summary table holds every pool.")
                          .arg(std::min(charts.clusterCount, int(MaxClusters)))
                          .arg(charts.clusterCount)
                          .arg(std::min(charts.poolCount, int(MaxBands)))
                          .arg(charts.poolCount);
    return charts;
}

QVariantList CostCharts::tagSlices(const QList<core::CostGroup>& groups, qint64 totalCents)
{
    QVariantList slices;
    if (groups.size() <= MaxSlices) {
        for (const core::CostGroup& group : groups)
            slices << groupToMap(group, totalCents);
        return slices;
    }
    // groupCost orders values by cost with "untagged" and "control plane"
    // last: keep the largest values and those two, fold the rest.
    core::CostGroup other;
    int otherCount = 0;
    QList<core::CostGroup> kept;
    for (const core::CostGroup& group : groups) {
        const bool special = group.kind != core::CostGroup::Kind::Value;
        if (special || kept.size() < MaxSlices - 3) {
            kept << group;
            continue;
        }
        ++otherCount;
        other.band.currentCents += group.band.currentCents;
        other.band.minCents += group.band.minCents;
        other.band.maxCents += group.band.maxCents;
        other.poolIds += group.poolIds;
        other.nodes += group.nodes;
    }
    other.key = Tr::tr("other (%n value(s))", nullptr, otherCount);
    for (const core::CostGroup& group : std::as_const(kept))
        if (group.kind == core::CostGroup::Kind::Value)
            slices << groupToMap(group, totalCents);
    if (otherCount > 0)
        slices << groupToMap(other, totalCents);
    for (const core::CostGroup& group : std::as_const(kept))
        if (group.kind != core::CostGroup::Kind::Value)
            slices << groupToMap(group, totalCents);
    return slices;
}

} // namespace app
