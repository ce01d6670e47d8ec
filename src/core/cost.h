#pragma once

#include "cluster.h"
#include "nodepoolspec.h"
#include "size.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Monthly cost basics, in integer cents so sums never drift. DigitalOcean
// bills droplets hourly up to the monthly cap, so `price_monthly` is the
// ceiling for a node that runs all month.
namespace core {

std::optional<Size> findSize(const QList<Size>& sizes, const QString& slug);

// The size named `slug` in `sizes`, or nullptr; no copy of it (a Size holds
// strings and its region list, and the cost passes look one up per pool).
const Size* sizeBySlug(const QList<Size>& sizes, const QString& slug);

// slug → size for a pass over many pools (1,000 pools × a linear search of the
// catalogue was most of core::costLines). Points into `sizes`, which must stay
// alive and unchanged while the index is used.
class SizeIndex
{
public:
    explicit SizeIndex(const QList<Size>& sizes);
    const Size* find(const QString& slug) const { return m_bySlug.value(slug, nullptr); }

private:
    QHash<QString, const Size*> m_bySlug;
};

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
