#include "cost.h"

#include <algorithm>

namespace core {

const Size* sizeBySlug(const QList<Size>& sizes, const QString& slug)
{
    const auto it = std::find_if(sizes.begin(), sizes.end(),
                                 [&](const Size& size) { return size.slug == slug; });
    return it == sizes.end() ? nullptr : &*it;
}

std::optional<Size> findSize(const QList<Size>& sizes, const QString& slug)
{
    if (const Size* size = sizeBySlug(sizes, slug))
        return *size;
    return std::nullopt;
}

SizeIndex::SizeIndex(const QList<Size>& sizes)
{
    m_bySlug.reserve(sizes.size());
    for (const Size& size : sizes)
        if (!m_bySlug.contains(size.slug)) // the first of a slug wins, as in sizeBySlug
            m_bySlug.insert(size.slug, &size);
}

qint64 poolMonthlyCents(const NodePoolSpec& spec, const Size& size)
{
    return qint64(std::max(spec.count, 0)) * size.priceMonthlyCents;
}

CostBand& CostBand::operator+=(const CostBand& other)
{
    minCents += other.minCents;
    currentCents += other.currentCents;
    maxCents += other.maxCents;
    return *this;
}

CostBand poolCostBand(const NodePoolSpec& spec, const Size& size)
{
    const qint64 current = poolMonthlyCents(spec, size);
    if (!spec.autoScale)
        return {current, current, current};
    return {qint64(std::max(spec.minNodes, 0)) * size.priceMonthlyCents, current,
            qint64(std::max(spec.maxNodes, 0)) * size.priceMonthlyCents};
}

ClusterCost clusterCost(const Cluster& cluster, const QList<Size>& sizes)
{
    ClusterCost out;
    for (const NodePool& pool : cluster.pools) {
        const Size* size = sizeBySlug(sizes, pool.spec.size);
        if (!size) {
            if (!out.unpricedSizes.contains(pool.spec.size))
                out.unpricedSizes << pool.spec.size;
            continue;
        }
        out.band += poolCostBand(pool.spec, *size);
    }
    return out;
}

QString formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString dollars = QString::number(magnitude / 100);
    for (qsizetype i = dollars.size() - 3; i > 0; i -= 3)
        dollars.insert(i, u',');
    return QStringLiteral("%1$%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), dollars)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace core
