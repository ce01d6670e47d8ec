#include "sim/billingledger.h"

#include <algorithm>

namespace sim {

BilledSpan BillingLedger::nodeSpan(const ClusterRow& cluster, const PoolRow& pool,
                                   const NodeRow& node, const QDateTime& end) const
{
    BilledSpan span;
    span.clusterId = cluster.id;
    span.clusterName = cluster.name;
    span.resourceUuid = node.id;
    span.resourceId = node.dropletId;
    span.poolName = pool.name;
    span.nodeName = node.name;
    span.size = pool.size;
    span.start = m_since.isValid() ? std::max(node.createdAt, m_since) : node.createdAt;
    span.end = end;
    return span;
}

void BillingLedger::nodeGone(const ClusterRow& cluster, const PoolRow& pool, const NodeRow& node,
                             const QDateTime& goneAt)
{
    BilledSpan span = nodeSpan(cluster, pool, node, goneAt);
    if (span.end > span.start)
        m_finished.append(span);
}

QList<BilledSpan> BillingLedger::spans(const Tables& tables, const QDateTime& now) const
{
    QList<BilledSpan> all = m_finished;
    for (const ClusterRow& c : tables.clusters) {
        if (c.ha) {
            BilledSpan plane;
            plane.clusterId = c.id;
            plane.clusterName = c.name;
            plane.resourceUuid = c.id;
            plane.controlPlane = true;
            plane.start = c.createdAt.isValid() && (!m_since.isValid() || c.createdAt > m_since)
                              ? c.createdAt
                              : m_since;
            plane.end = now;
            if (plane.start.isValid() && plane.end > plane.start)
                all.append(plane);
        }
        for (const PoolRow& p : c.pools)
            for (const NodeRow& n : p.nodes) {
                BilledSpan span = nodeSpan(c, p, n, now);
                if (span.end > span.start)
                    all.append(span);
            }
    }
    return all;
}

} // namespace sim
