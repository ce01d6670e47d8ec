#pragma once

#include "core/costattribution.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace app {

// The cost page's chart series, built once per refresh from the cost lines
// (CostModel keeps them; QML reads each once per redraw). A chart stays
// readable however large the account: it draws the largest few and says how
// many it leaves to the table, which holds every line.
struct CostCharts
{
    // How many each chart draws at most.
    static constexpr int MaxClusters = 8; // categories of the by-cluster chart
    static constexpr int MaxStacks = 12;  // pool segments; the rest is "other pools"
    static constexpr int MaxSlices = 10;  // tag values; the rest is one "other" slice
    static constexpr int MaxBands = 10;   // pools in the band chart, a row each
    // Band chart rows are labelled by pool name, cut to this.
    static constexpr int MaxLabelLength = 14;
    static constexpr int MaxCategoryLength = 14; // cluster names under the bars

    QStringList clusterCategories; // cluster names, the largest, in account order
    // {label, values: [dollars per category], text, poolIds, other}
    QVariantList clusterStacks;
    QVariantList familyBars; // {label, shortLabel, cents, dollars, text, poolIds, share}
    // {label, poolId, min, current, max (nodes), autoScale, rangeText}, largest first
    QVariantList bands;
    int maxBandNodes = 1;
    int clusterCount = 0;
    int poolCount = 0;
    // "Charts: the 12 largest of 100 clusters ...", empty when everything is drawn.
    QString note;

    // `familyOf` names a size slug's family ("General Purpose").
    static CostCharts build(const QList<core::CostLine>& lines,
                            const std::function<QString(const QString&)>& familyOf);
    // {label, cents, dollars, text, poolIds, share}; past MaxSlices the smallest
    // values become one slice "other (N values)" with their pools.
    static QVariantList tagSlices(const QList<core::CostGroup>& groups, qint64 totalCents);
};

} // namespace app
