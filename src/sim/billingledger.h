#pragma once

#include "sim/tables.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What the simulated account has used, for the bill: every node and every
// highly available control plane as a span of time on the simulator's clock.
// Nodes that are gone keep their span (recorded as they disappear, at the
// instant the lifecycle says they went); live ones run up to "now".
namespace sim {

struct BilledSpan
{
    QString clusterId;
    QString clusterName;
    QString resourceUuid; // the node's id, or the cluster's for its control plane
    QString resourceId;   // the droplet id ("" for a control plane or a droplet not made yet)
    QString poolName;     // "" for a control plane
    QString nodeName;
    QString size; // droplet size slug; "" for a control plane
    bool controlPlane = false;
    QDateTime start;
    QDateTime end;
};

class BillingLedger
{
public:
    // Usage before `since` is not billed: the simulator has not seen it. Set
    // when a seed is loaded (Simulator::loadSeed) and by tests.
    void setSince(const QDateTime& since) { m_since = since; }
    QDateTime since() const { return m_since; }

    // A node left the account at `goneAt` (SimState::settle, as it removes it).
    void nodeGone(const ClusterRow& cluster, const PoolRow& pool, const NodeRow& node,
                  const QDateTime& goneAt);

    // Every span, finished ones and live ones up to `now`, each starting no
    // earlier than since().
    QList<BilledSpan> spans(const Tables& tables, const QDateTime& now) const;

private:
    BilledSpan nodeSpan(const ClusterRow& cluster, const PoolRow& pool, const NodeRow& node,
                        const QDateTime& end) const;

    QDateTime m_since;
    QList<BilledSpan> m_finished;
};

} // namespace sim
