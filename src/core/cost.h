#pragma once

#include "cluster.h"
#include "nodepoolspec.h"
#include "size.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Monthly cost basics, in integer cents so sums never drift. DigitalOcean
// bills droplets hourly up to the monthly cap, so `price_monthly` is the
// ceiling for a node that runs all month.
namespace core {

std::optional<Size> findSize(const QList<Size>& sizes, const QString& slug);

// count × price_monthly.
qint64 poolMonthlyCents(const NodePoolSpec& spec, const Size& size);

// What a pool may cost: at its current count, and at the ends of its
// autoscaling range (all three equal when autoscaling is off).
struct CostBand
{
    qint64 minCents = 0;
    qint64 currentCents = 0;
    qint64 maxCents = 0;

    CostBand& operator+=(const CostBand& other);
    friend bool operator==(const CostBand&, const CostBand&) = default;
};

CostBand poolCostBand(const NodePoolSpec& spec, const Size& size);

struct ClusterCost
{
    CostBand band;
    QStringList unpricedSizes; // slugs not in the size list: counted as 0

    friend bool operator==(const ClusterCost&, const ClusterCost&) = default;
};

// The sum over the cluster's pools.
ClusterCost clusterCost(const Cluster& cluster, const QList<Size>& sizes);

// "$1,234.56"; negative amounts as "-$12.00".
QString formatCents(qint64 cents);

} // namespace core
