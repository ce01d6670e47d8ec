// The droplet-limit pre-flight: every pool's count or autoscaling maximum,
// across clusters, walked through the plan's steps in order.
#include "core/autoscalerplan.h"
#include "core/manifestplan.h"
#include "core/plan.h"
#include "core/preflight.h"

#include <QtTest>

using namespace core;

namespace {

NodePool pool(const QString& id, const QString& name, int count, int maxNodes = 0)
{
    NodePool out;
    out.id = id;
    out.spec.name = name;
    out.spec.size = QStringLiteral("s-2vcpu-4gb");
    out.spec.count = count;
    out.spec.autoScale = maxNodes > 0;
    out.spec.minNodes = maxNodes > 0 ? 1 : 0;
    out.spec.maxNodes = maxNodes;
    return out;
}

Cluster cluster(const QString& id, const QString& name, QList<NodePool> pools)
{
    Cluster out;
    out.id = id;
    out.name = name;
    out.pools = std::move(pools);
    return out;
}

ManifestPlan planFor(const Cluster& live, const QList<NodePoolSpec>& desired)
{
    ManifestPlan out;
    out.clusters << ClusterPlan{live, desired, plan(desired, live.pools)};
    return out;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsNodesAndMaximaAcrossClusters()
    {
        const Cluster prod = cluster("p", "prod", {pool("p1", "web", 3), pool("p2", "api", 2, 6)});
        const Cluster staging = cluster("s", "staging", {pool("s1", "batch", 1, 3)});
        QCOMPARE(dropletRoom(prod.pools.at(1).spec), 6);
        const DropletPreflight room = checkDropletRoom(ManifestPlan{}, {prod, staging}, 25);
        QCOMPARE(room.nodes.current, 6);     // 3 + 2 + 1
        QCOMPARE(room.atMaxima.current, 12); // 3 + 6 + 3
        QCOMPARE(room.nodes.peak, 6);
        QVERIFY(room.fits());
        QVERIFY(room.warning.isEmpty());
    }

    void refusesAPlanWhoseNodesPassTheLimitAndNamesThePools()
    {
        const Cluster prod = cluster("p", "prod", {pool("p1", "web", 3), pool("p2", "api", 2, 6)});
        const Cluster staging = cluster("s", "staging", {pool("s1", "batch", 1, 8)});
        NodePoolSpec web = prod.pools.at(0).spec;
        web.count = 5; // 3 -> 5
        NodePoolSpec api = prod.pools.at(1).spec;
        api.maxNodes = 12; // up to 6 -> up to 12; its 2 nodes stay
        NodePoolSpec gpu = pool({}, "gpu", 2).spec;
        const DropletPreflight room =
            checkDropletRoom(planFor(prod, {web, api, gpu}), {prod, staging}, 8);
        QCOMPARE(room.nodes.current, 6);
        QCOMPARE(room.nodes.peak, 10); // + 2 new, + 2 on web
        QVERIFY(!room.fits());
        QCOMPARE(room.nodes.growingPools, (QStringList{"prod/gpu (new): 2", "prod/web: 3 → 5"}));
        QVERIFY2(room.refusal.contains(u"room for 10 droplets") &&
                     room.refusal.contains(u"droplet limit is 8") &&
                     room.refusal.contains(u"prod/gpu (new): 2; prod/web: 3 → 5"),
                 qPrintable(room.refusal));
    }

    void warnsWhenOnlyTheMaximaPassTheLimit()
    {
        const Cluster prod = cluster("p", "prod", {pool("p1", "web", 3), pool("p2", "api", 2, 6)});
        const Cluster staging = cluster("s", "staging", {pool("s1", "batch", 1, 8)});
        NodePoolSpec api = prod.pools.at(1).spec;
        api.maxNodes = 12;
        const DropletPreflight room = checkDropletRoom(planFor(prod, {api}), {prod, staging}, 20);
        QVERIFY(room.fits()); // 6 nodes now, 6 after: the apply itself needs no room
        QCOMPARE(room.atMaxima.current, 17);
        QCOMPARE(room.atMaxima.peak, 23);
        QCOMPARE(room.atMaxima.growingPools, QStringList{"prod/api: 6 → 12"});
        QVERIFY2(room.warning.contains(u"would need 23 droplets") &&
                     room.warning.contains(u"limit of 20") &&
                     room.warning.contains(u"prod/api: 6 → 12"),
                 qPrintable(room.warning));
    }

    void anAutoscaledCountOutsideItsNewBandBecomesTheMinimum()
    {
        // DigitalOcean moves a count outside the band to min_nodes: 2 -> 7.
        const Cluster prod = cluster("p", "prod", {pool("p1", "api", 2, 6)});
        NodePoolSpec api = prod.pools.at(0).spec;
        api.minNodes = 7;
        api.maxNodes = 9;
        const DropletPreflight room = checkDropletRoom(planFor(prod, {api}), {prod}, 6);
        QCOMPARE(room.nodes.peak, 7);
        QVERIFY(!room.fits());
        QCOMPARE(room.nodes.growingPools, QStringList{"prod/api: 2 → 7"});
    }

    void aPlanThatGrowsNothingIsNeverRefusedOrWarned()
    {
        // Already past the limit; a label change adds nothing.
        const Cluster prod = cluster("p", "prod", {pool("p1", "web", 30, 40)});
        NodePoolSpec web = prod.pools.at(0).spec;
        web.labels.insert(QStringLiteral("tier"), QStringLiteral("frontend"));
        const DropletPreflight room = checkDropletRoom(planFor(prod, {web}), {prod}, 25);
        QCOMPARE(room.nodes.peak, 30);
        QVERIFY(room.fits());
        QVERIFY(room.warning.isEmpty());
    }

    void blueGreenHoldsBothPoolsAtOnce()
    {
        const Cluster prod = cluster("p", "prod", {pool("p1", "web", 8), pool("p2", "base", 2)});
        NodePoolSpec web = prod.pools.at(0).spec;
        web.size = QStringLiteral("s-4vcpu-8gb");
        // 10 now; while the new web comes up, 18; afterwards 10 again.
        QVERIFY(!checkDropletRoom(planFor(prod, {web}), {prod}, 15).fits());
        QCOMPARE(checkDropletRoom(planFor(prod, {web}), {prod}, 18).nodes.peak, 18);
        QVERIFY(checkDropletRoom(planFor(prod, {web}), {prod}, 18).fits());

        // In place, the old pool goes first: never more than now.
        ManifestPlan inPlace;
        PlanOptions options;
        options.replaceStrategy = ReplaceStrategy::InPlace;
        inPlace.clusters << ClusterPlan{prod, {web}, plan({web}, prod.pools, options)};
        QCOMPARE(checkDropletRoom(inPlace, {prod}, 15).nodes.peak, 10);
        QVERIFY(checkDropletRoom(inPlace, {prod}, 15).fits());
    }

    void deletesFreeRoomOnlyAfterEarlierSteps()
    {
        // Creates come before deletes: the new pool needs room while the old one still runs.
        const Cluster prod = cluster("p", "prod", {pool("p1", "old", 4), pool("p2", "base", 2)});
        ManifestPlan swap;
        PlanOptions prune;
        prune.prune = true;
        const QList<NodePoolSpec> desired{prod.pools.at(1).spec, pool({}, "new", 4).spec};
        swap.clusters << ClusterPlan{prod, desired, plan(desired, prod.pools, prune)};
        const DropletPreflight room = checkDropletRoom(swap, {prod}, 8);
        QCOMPARE(room.nodes.peak, 10);
        QVERIFY(!room.fits());
    }

    void theAutoscalerStepNeedsNoRoom()
    {
        const Cluster prod = cluster("p", "prod", {pool("p1", "web", 30)});
        ClusterAutoscalerConfig want;
        want.scaleDownUtilizationThreshold = 0.7;
        ManifestPlan configure;
        configure.clusters << ClusterPlan{prod, {}, planClusterAutoscaler(prod, want)};
        QVERIFY(checkDropletRoom(configure, {prod}, 25).fits());
    }

    void anUnknownLimitIsNotChecked()
    {
        const Cluster prod = cluster("p", "prod", {pool("p1", "web", 3)});
        NodePoolSpec web = prod.pools.at(0).spec;
        web.count = 500;
        QVERIFY(checkDropletRoom(planFor(prod, {web}), {prod}, 0).fits());
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
