// The cluster autoscaler step and the droplet-limit pre-flight of PlanRunner,
// against the simulator over a real socket: the step PUTs the cluster and the
// simulator holds the new settings; a plan that would pass the account's
// droplet limit is refused before any write, the simulator's request log
// showing only reads; without the pre-flight the simulator (like
// DigitalOcean) answers 422 half way.
#include "api/planrunner.h"
#include "core/autoscalerplan.h"
#include "core/journalfile.h"
#include "simfixture.h"

#include <QTest>

using namespace testing;

namespace {

struct Logged
{
    QString method;
    QString path;
    int status = 0;
};

} // namespace

class AutoscalerApplyTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        SimFixture f;
        QList<Logged> log;
        std::optional<bool> ok;
        api::ApiError error;
        QTemporaryDir journalDir;

        Run()
        {
            f.simulator.setRateLimits(1'000'000, 10'000'000);
            f.client.scheduler().setLimit(1'000'000);
            QObject::connect(&f.simulator, &sim::Simulator::requestHandled,
                             [this](const QString& method, const QString& path, int status) {
                                 log.append({method, path, status});
                             });
        }

        core::Cluster prod()
        {
            const auto [clusters, error] = await<QList<core::Cluster>>(
                [&](QObject* ctx, auto done) { f.client.fetchClusters(ctx, done); });
            if (error.isError())
                qFatal("no clusters: %s", qPrintable(error.humanText()));
            return *std::find_if(clusters.begin(), clusters.end(),
                                 [](const core::Cluster& c) { return c.id == ProdCluster; });
        }

        // web (3 nodes, fixed) scaled to `count`.
        core::ManifestPlan resizeWeb(int count)
        {
            const core::Cluster cluster = prod();
            core::NodePoolSpec web =
                std::find_if(cluster.pools.begin(), cluster.pools.end(), [](const auto& p) {
                    return p.spec.name == u"web";
                })->spec;
            web.count = count;
            core::ManifestPlan plan;
            plan.clusters.append({cluster, {web}, core::plan({web}, cluster.pools)});
            return plan;
        }

        bool runToEnd(api::PlanRunner& runner)
        {
            runner.setWatchInterval(std::chrono::milliseconds(2));
            runner.setWaitForSettle(false);
            runner.setJournalDirectory(journalDir.path());
            QObject::connect(&runner, &api::PlanRunner::finished,
                             [this](bool good, const api::ApiError& e) {
                                 ok = good;
                                 error = e;
                             });
            log.clear();
            runner.start();
            return QTest::qWaitFor([&] { return ok.has_value(); }, 20'000);
        }

        QStringList writes() const
        {
            QStringList out;
            for (const Logged& entry : log)
                if (entry.method != u"GET")
                    out << entry.method + u' ' + entry.path;
            return out;
        }
    };

private Q_SLOTS:
    void theStepPutsOnlyTheConfigurationAndTheSimulatorHoldsIt()
    {
        Run r;
        core::ClusterAutoscalerConfig want;
        want.scaleDownUtilizationThreshold = 0.65;
        want.scaleDownUnneededTime = QStringLiteral("5m");
        want.expanders = QStringList{QStringLiteral("least_waste"), QStringLiteral("random")};
        const core::Cluster cluster = r.prod();
        core::ManifestPlan plan;
        plan.clusters.append({cluster, {}, core::planClusterAutoscaler(cluster, want)});
        QCOMPARE(plan.operationCount(), 1);
        QCOMPARE(plan.clusters.first().plan.operations.first().body.keys(),
                 QStringList{"cluster_autoscaler_configuration"});

        api::PlanRunner runner(&r.f.client, plan);
        QVERIFY(r.runToEnd(runner));
        QVERIFY2(*r.ok, qPrintable(r.error.humanText()));
        QCOMPARE(r.writes(), QStringList{"PUT /v2/kubernetes/clusters/" + ProdCluster});
        const sim::ClusterRow row = *r.f.simulator.cluster(ProdCluster);
        QCOMPARE(row.scaleDownUtilizationThreshold, 0.65);
        QCOMPARE(row.scaleDownUnneededTime, QStringLiteral("5m"));
        QCOMPARE(row.expanders, (QStringList{"least_waste", "random"}));
        QCOMPARE(row.name, cluster.name);
        QCOMPARE(runner.summary(), QStringList{"✓ configure cluster-autoscaler: applied"});
        QVERIFY(!core::JournalFile(r.journalDir.path()).exists());

        // Read back through the client: what the window and poolctl show.
        const core::Cluster after = r.prod();
        QVERIFY(after.autoscalerConfig);
        QCOMPARE(after.autoscalerConfig->expanders, want.expanders);
        QVERIFY(core::planClusterAutoscaler(after, want).isEmpty());
    }

    void aRefusedValueFailsTheStepWithDigitalOceansMessage()
    {
        Run r;
        const core::Cluster cluster = r.prod();
        core::Plan plan;
        core::PlanOperation op;
        op.kind = core::OperationKind::UpdateClusterAutoscaler;
        op.poolName = QString::fromLatin1(core::ClusterAutoscalerStepName);
        // What an older client might send: a value the enum does not hold.
        op.body = {{"cluster_autoscaler_configuration",
                    QJsonObject{{"expanders", QJsonArray{"most-pods"}}}}};
        op.changes = {{"expanders", "", "most-pods"}};
        plan.operations << op;
        core::ManifestPlan manifestPlan;
        manifestPlan.clusters.append({cluster, {}, plan});
        api::PlanRunner runner(&r.f.client, manifestPlan);
        QVERIFY(r.runToEnd(runner));
        QVERIFY(!*r.ok);
        QCOMPARE(r.error.httpStatus, 422);
        QVERIFY(!r.error.requestId.isEmpty());
        QVERIFY2(r.error.humanText().contains(u"cluster_autoscaler_configuration.expanders[0]"),
                 qPrintable(r.error.humanText()));
        QVERIFY(runner.summary().first().startsWith(u"✗ configure cluster-autoscaler: failed"));
        QVERIFY(r.f.simulator.cluster(ProdCluster)->expanders.isEmpty());
    }

    void thePreflightRefusesAPlanPastTheLimitBeforeAnyWrite()
    {
        Run r;
        r.f.simulator.setDropletLimit(25); // the demo account: its pools hold 17 nodes
        const QString webId = r.f.poolId(ProdCluster, QStringLiteral("web"));
        api::PlanRunner runner(&r.f.client, r.resizeWeb(12)); // 17 + 9 = 26
        QVERIFY(r.runToEnd(runner));
        QVERIFY(!*r.ok);
        QCOMPARE(r.error.id, QString::fromLatin1(api::PlanRunner::PreflightErrorId));
        const QString text = r.error.humanText();
        QVERIFY2(text.contains(u"nothing was sent") && text.contains(u"room for 26 droplets") &&
                     text.contains(u"droplet limit is 25") &&
                     text.contains(u"prod-tor1/web: 3 → 12"),
                 qPrintable(text));
        // The log: the account and the clusters were read; nothing was written.
        QVERIFY(r.writes().isEmpty());
        QCOMPARE(r.log.first().path, QStringLiteral("/v2/account"));
        QCOMPARE(r.f.simulator.pool(ProdCluster, webId)->count, 3);
        QCOMPARE(runner.stepState(0), core::StepState::NotSent);
        QVERIFY(!core::JournalFile(r.journalDir.path()).exists());
    }

    void aPlanWithinTheLimitPassesThePreflight()
    {
        Run r;
        r.f.simulator.setDropletLimit(25);
        // 17 + 7 = 24 nodes: room enough. (The simulator, like DigitalOcean, counts the
        // droplets that exist, a node still draining too: one spare.)
        api::PlanRunner runner(&r.f.client, r.resizeWeb(10));
        QVERIFY(r.runToEnd(runner));
        QVERIFY2(*r.ok, qPrintable(r.error.humanText()));
        QCOMPARE(r.writes().size(), 1);
        QCOMPARE(r.f.simulator.poolByName(ProdCluster, QStringLiteral("web"))->count, 10);
    }

    // Maxima past the limit do not stop the apply; they are said.
    void maximaPastTheLimitAreAWarningNotARefusal()
    {
        Run r;
        r.f.simulator.setDropletLimit(25);
        const core::Cluster cluster = r.prod();
        core::NodePoolSpec burst;
        burst.name = QStringLiteral("burst");
        burst.size = QStringLiteral("s-2vcpu-4gb");
        burst.count = 1;
        burst.autoScale = true;
        burst.minNodes = 1;
        burst.maxNodes = 8; // 17 + 1 nodes; at the maxima 23 + 8
        core::ManifestPlan plan;
        plan.clusters.append({cluster, {burst}, core::plan({burst}, cluster.pools)});
        api::PlanRunner runner(&r.f.client, plan);
        QString warning;
        QObject::connect(&runner, &api::PlanRunner::preflightWarning,
                         [&](const QString& text) { warning = text; });
        QVERIFY(r.runToEnd(runner));
        QVERIFY2(*r.ok, qPrintable(r.error.humanText()));
        QVERIFY2(warning.contains(u"would need 31 droplets") &&
                     warning.contains(u"prod-tor1/burst (new): 8"),
                 qPrintable(warning));
        QVERIFY(r.f.simulator.poolByName(ProdCluster, QStringLiteral("burst")));
    }

    // What happens without the pre-flight, and what DigitalOcean does today.
    void withoutThePreflightTheSimulatorAnswers422HalfWay()
    {
        Run r;
        r.f.simulator.setDropletLimit(25);
        const core::Cluster cluster = r.prod();
        // Two steps: a new pool that fits, then web past the limit.
        core::NodePoolSpec extra;
        extra.name = QStringLiteral("extra");
        extra.size = QStringLiteral("s-2vcpu-4gb");
        extra.count = 2;
        core::NodePoolSpec web =
            std::find_if(cluster.pools.begin(), cluster.pools.end(), [](const auto& p) {
                return p.spec.name == u"web";
            })->spec;
        web.count = 12;
        core::ManifestPlan plan;
        plan.clusters.append({cluster, {extra, web}, core::plan({extra, web}, cluster.pools)});
        api::PlanRunner runner(&r.f.client, plan);
        runner.setDropletPreflight(false);
        QVERIFY(r.runToEnd(runner));
        QVERIFY(!*r.ok);
        QCOMPARE(r.error.httpStatus, 422);
        QVERIFY2(r.error.message.contains(u"droplet limit of 25"), qPrintable(r.error.message));
        QCOMPARE(r.writes().size(), 2); // the create went through, the resize did not
        QVERIFY(r.f.simulator.poolByName(ProdCluster, QStringLiteral("extra")));
        QCOMPARE(runner.stepState(0), core::StepState::Settling); // accepted, nodes coming up
        QCOMPARE(runner.stepState(1), core::StepState::Failed);

        // The same plan with the pre-flight: refused whole, nothing sent.
        Run fresh;
        fresh.f.simulator.setDropletLimit(25);
        const core::Cluster again = fresh.prod();
        core::ManifestPlan same;
        same.clusters.append({again, {extra, web}, core::plan({extra, web}, again.pools)});
        api::PlanRunner checked(&fresh.f.client, same);
        QVERIFY(fresh.runToEnd(checked));
        QVERIFY(!*fresh.ok);
        QVERIFY(fresh.writes().isEmpty());
        QVERIFY2(fresh.error.message.contains(u"prod-tor1/extra (new): 2") &&
                     fresh.error.message.contains(u"prod-tor1/web: 3 → 12"),
                 qPrintable(fresh.error.message));
        QVERIFY(!fresh.f.simulator.poolByName(ProdCluster, QStringLiteral("extra")));
    }
};

QTEST_GUILESS_MAIN(AutoscalerApplyTest)
#include "tst_autoscalerapply.moc"
