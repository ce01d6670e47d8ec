#pragma once

#include "sim/idsource.h"
#include "sim/billingledger.h"
#include "sim/poolrequest.h"
#include "sim/tables.h"

#include <optional>

namespace sim {

// The account's state and every rule DigitalOcean applies to it: validation,
// autoscaling arithmetic, the droplet limit and the node lifecycle. Time is
// passed in, so the same code runs on the real clock and on a test's clock.
class SimState
{
public:
    Tables& tables() { return m_tables; }
    const Tables& tables() const { return m_tables; }
    Settings& settings() { return m_settings; }
    const Settings& settings() const { return m_settings; }
    IdSource& ids() { return m_ids; }
    // What the account used, for the bill (billingroutes.h).
    BillingLedger& billing() { return m_billing; }
    const BillingLedger& billing() const { return m_billing; }

    // Moves every node along its lifecycle up to `now`; removes what is gone.
    void settle(const QDateTime& now);

    ClusterRow* cluster(const QString& id);
    PoolRow* pool(ClusterRow& cluster, const QString& id);
    int dropletsInUse() const;
    bool sizeExists(const QString& slug) const;

    std::optional<Failure> createPool(const QString& clusterId, const PoolPatch& patch,
                                      const QDateTime& now, QString* newPoolId);
    std::optional<Failure> updatePool(const QString& clusterId, const QString& poolId,
                                      const PoolPatch& patch, const QDateTime& now);
    std::optional<Failure> deletePool(const QString& clusterId, const QString& poolId,
                                      const QDateTime& now);
    std::optional<Failure> deleteNode(const QString& clusterId, const QString& poolId,
                                      const QString& nodeId, bool skipDrain, bool replace,
                                      const QDateTime& now);
    std::optional<Failure> recycleNodes(const QString& clusterId, const QString& poolId,
                                        const QStringList& nodeIds, const QDateTime& now);

private:
    std::optional<Failure> validate(const ClusterRow& cluster, const PoolRow& pool,
                                    const QString& excludePoolId, bool creating) const;
    NodeRow newNode(const QDateTime& now);
    void resize(PoolRow& pool, const QDateTime& now);
    void retire(NodeRow& node, bool skipDrain, const QDateTime& now);

    Tables m_tables;
    Settings m_settings;
    IdSource m_ids;
    BillingLedger m_billing;
};

Failure notFound();

} // namespace sim
