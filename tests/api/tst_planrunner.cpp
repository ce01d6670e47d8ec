// PlanRunner against the simulator, whose clock moves a second on every
// poll of a pool (no sleeps): a blue/green size change keeps capacity from
// start to end, and every failure point leaves the cluster as the summary
// says. After every answer the simulator is sampled: the running nodes of the
// workload (old pool plus replacement) never drop below what ran before.
#include "api/planrunner.h"
#include "core/journalfile.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace testing;

namespace {

const QString Api = QStringLiteral("api");                 // g-4vcpu-16gb x 2, running
const QString NewName = QStringLiteral("api-s-4vcpu-8gb"); // its proposed replacement
const QString NewSize = QStringLiteral("s-4vcpu-8gb");
const QString PoolPaths = QStringLiteral("/v2/kubernetes/clusters/*/node_pools");

} // namespace

class PlanRunnerTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        SimFixture f;
        int lowestRunning = 1'000;
        bool advanceOnPoll = true;
        std::optional<bool> ok;
        api::ApiError error;
        QTemporaryDir journalDir;

        Run()
        {
            f.simulator.setRateLimits(1'000'000, 10'000'000);
            f.client.scheduler().setLimit(1'000'000);
            QObject::connect(&f.simulator, &sim::Simulator::requestHandled,
                             [this](const QString& method, const QString& path, int) {
                                 lowestRunning = std::min(lowestRunning, runningForWorkload());
                                 if (advanceOnPoll && method == u"GET" &&
                                     path.contains(u"/node_pools/"))
                                     f.simulator.clock().advance(1);
                             });
        }

        int runningForWorkload() const
        {
            int running = 0;
            const auto cluster = f.simulator.cluster(ProdCluster);
            for (const sim::PoolRow& pool : cluster->pools)
                if (pool.name == Api || pool.name == NewName)
                    for (const sim::NodeRow& node : pool.nodes)
                        running += node.state == sim::NodeState::Running ? 1 : 0;
            return running;
        }

        core::ManifestPlan sizeChange(core::ReplaceStrategy strategy = {})
        {
            const auto [clusters, error] = await<QList<core::Cluster>>(
                [&](QObject* ctx, auto done) { f.client.fetchClusters(ctx, done); });
            if (error.isError())
                qFatal("no clusters: %s", qPrintable(error.humanText()));
            const core::Cluster cluster =
                *std::find_if(clusters.begin(), clusters.end(),
                              [](const core::Cluster& c) { return c.id == ProdCluster; });
            core::NodePoolSpec desired =
                std::find_if(cluster.pools.begin(), cluster.pools.end(), [](const auto& p) {
                    return p.spec.name == Api;
                })->spec;
            desired.size = NewSize;
            core::PlanOptions options;
            options.replaceStrategy = strategy;
            core::ManifestPlan plan;
            plan.clusters.append(
                {cluster, {desired}, core::plan({desired}, cluster.pools, options)});
            return plan;
        }

        void prepare(api::PlanRunner& runner)
        {
            runner.setWatchInterval(std::chrono::milliseconds(2));
            runner.setJournalDirectory(journalDir.path());
            QObject::connect(&runner, &api::PlanRunner::finished,
                             [this](bool good, const api::ApiError& e) {
                                 ok = good;
                                 error = e;
                             });
        }

        bool runToEnd(api::PlanRunner& runner)
        {
            prepare(runner);
            runner.start();
            return QTest::qWaitFor([&] { return ok.has_value(); }, 20'000);
        }

        std::optional<sim::PoolRow> pool(const QString& name) const
        {
            return f.simulator.poolByName(ProdCluster, name);
        }

        int running(const QString& name) const
        {
            const auto p = pool(name);
            if (!p)
                return 0;
            return int(std::count_if(p->nodes.cbegin(), p->nodes.cend(), [](const auto& n) {
                return n.state == sim::NodeState::Running;
            }));
        }
    };

private Q_SLOTS:
    void aBlueGreenReplaceCreatesFirstAndNeverDropsCapacity()
    {
        Run r;
        const core::ManifestPlan plan = r.sizeChange();
        QCOMPARE(plan.clusters.first().plan.operations.first().replacementName, NewName);
        api::PlanRunner runner(&r.f.client, plan);
        QSignalSpy journal(&runner, &api::PlanRunner::journalChanged);
        QVERIFY(r.runToEnd(runner));
        QVERIFY2(*r.ok, qPrintable(r.error.humanText() + runner.summary().join(u'\n')));
        QVERIFY(!r.pool(Api));
        QCOMPARE(r.pool(NewName)->size, NewSize);
        QCOMPARE(r.running(NewName), 2);
        const core::PlanOperation& op = plan.clusters.first().plan.operations.first();
        QCOMPARE(r.pool(NewName)->labels, op.before.labels); // the same labels, taints, tags
        QCOMPARE(r.pool(NewName)->tags, op.before.tags);
        QCOMPARE(r.pool(NewName)->taints.size(), op.before.taints.size());
        QCOMPARE(r.lowestRunning, 2);
        QCOMPARE(runner.stepState(0), core::StepState::Applied);
        QVERIFY(runner.summary().first().startsWith(u"✓ replace api with api-s-4vcpu-8gb"));
        QVERIFY(journal.count() >= 4); // sent, accepted, settled; then the delete's
        QVERIFY(!core::JournalFile(r.journalDir.path()).exists()); // done: nothing to resume
    }

    void aFailedCreateDeletesNothing()
    {
        Run r;
        sim::FaultRule refuse =
            sim::FaultRule::on(QStringLiteral("POST"), sim::FaultKind::Status, PoolPaths);
        refuse.status = 422;
        refuse.times = 0;
        r.f.simulator.addFault(refuse);
        api::PlanRunner runner(&r.f.client, r.sizeChange());
        QVERIFY(r.runToEnd(runner));
        QVERIFY(!*r.ok);
        QCOMPARE(r.error.httpStatus, 422);
        QCOMPARE(r.running(Api), 2);
        QVERIFY(!r.pool(NewName));
        QCOMPARE(runner.stepState(0), core::StepState::Failed);
        QVERIFY2(runner.summary().first().contains(u"nothing was deleted: api runs as before"),
                 qPrintable(runner.summary().first()));
        // Nothing was created, so there is nothing to resume.
        QVERIFY(!core::JournalFile(r.journalDir.path()).exists());
    }

    void newNodesThatNeverRunTimeOutAndTheOldPoolStays()
    {
        Run r;
        r.advanceOnPoll = false; // the clock never moves: the new droplets never boot
        api::PlanRunner runner(&r.f.client, r.sizeChange());
        runner.setSettleTimeout(std::chrono::milliseconds(300));
        QVERIFY(r.runToEnd(runner));
        QVERIFY(!*r.ok);
        QCOMPARE(r.running(Api), 2);
        QVERIFY(r.pool(NewName)); // created, still provisioning
        QVERIFY(!r.pool(Api)->deleted);
        const QString line = runner.summary().first();
        QVERIFY2(line.contains(u"api was not deleted") && line.contains(u"roll back"),
                 qPrintable(line));
        // Something was created and not finished: the journal stays for resume.
        const auto journal = core::JournalFile(r.journalDir.path()).load();
        QVERIFY(journal && !journal->isComplete());

        // Resumed once the nodes can boot: the old pool goes, one new pool stays.
        r.advanceOnPoll = true;
        r.ok.reset();
        api::PlanRunner resumed(&r.f.client, *journal);
        QVERIFY(r.runToEnd(resumed));
        QVERIFY2(*r.ok, qPrintable(resumed.summary().join(u'\n')));
        QVERIFY(!r.pool(Api));
        QCOMPARE(r.running(NewName), 2);
        QCOMPARE(r.lowestRunning, 2);
    }

    void aFailedDeleteOfTheOldPoolLeavesBothAndSaysSo()
    {
        Run r;
        sim::FaultRule refuse = sim::FaultRule::on(QStringLiteral("DELETE"), sim::FaultKind::Status,
                                                   PoolPaths + QStringLiteral("/*"));
        refuse.status = 422;
        refuse.times = 0;
        r.f.simulator.addFault(refuse);
        api::PlanRunner runner(&r.f.client, r.sizeChange());
        QVERIFY(r.runToEnd(runner));
        QVERIFY(!*r.ok);
        QCOMPARE(r.running(Api), 2);
        QCOMPARE(r.running(NewName), 2);
        const QString line = runner.summary().first();
        QVERIFY2(line.startsWith(u"✗") && line.contains(u"api-s-4vcpu-8gb runs") &&
                     line.contains(u"both pools remain"),
                 qPrintable(line));
        QCOMPARE(r.lowestRunning, 2);
    }

    void rateLimitsAndADroppedConnectionInBetweenMakeOnePool()
    {
        Run r;
        sim::FaultRule limited =
            sim::FaultRule::on(QStringLiteral("POST"), sim::FaultKind::Status, PoolPaths);
        limited.status = 429;
        limited.retryAfterSecs = 0;
        r.f.simulator.addFault(limited);
        // The create's answer is lost after it was applied: no second pool.
        sim::FaultRule lost =
            sim::FaultRule::on(QStringLiteral("POST"), sim::FaultKind::DropAfterApply, PoolPaths);
        lost.nth = 2;
        r.f.simulator.addFault(lost);
        // A poll dropped, and the delete's answer lost after it was applied.
        sim::FaultRule poll = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Drop,
                                                 PoolPaths + QStringLiteral("/*"));
        poll.nth = 2;
        r.f.simulator.addFault(poll);
        r.f.simulator.addFault(sim::FaultRule::on(QStringLiteral("DELETE"),
                                                  sim::FaultKind::DropAfterApply,
                                                  PoolPaths + QStringLiteral("/*")));
        api::PlanRunner runner(&r.f.client, r.sizeChange());
        QVERIFY(r.runToEnd(runner));
        QVERIFY2(*r.ok, qPrintable(r.error.humanText() + u'\n' + runner.summary().join(u'\n')));
        const auto cluster = r.f.simulator.cluster(ProdCluster);
        const auto named = std::count_if(cluster->pools.cbegin(), cluster->pools.cend(),
                                         [](const auto& p) { return p.name == NewName; });
        QCOMPARE(named, 1);
        QVERIFY(!r.pool(Api) || r.pool(Api)->deleted);
        QCOMPARE(r.lowestRunning, 2);
    }

    void inPlaceDeletesFirstAndKeepsTheName()
    {
        Run r;
        const core::ManifestPlan plan = r.sizeChange(core::ReplaceStrategy::InPlace);
        const core::PlanOperation& op = plan.clusters.first().plan.operations.first();
        QCOMPARE(op.replacementName, Api);
        QCOMPARE(op.capacityDip, 2);
        api::PlanRunner runner(&r.f.client, plan);
        QVERIFY(r.runToEnd(runner));
        QVERIFY2(*r.ok, qPrintable(runner.summary().join(u'\n')));
        QCOMPARE(r.pool(Api)->size, NewSize);
        QCOMPARE(r.running(Api), 2);
        QCOMPARE(r.lowestRunning, 0); // the dip the plan shows
    }

    void createUpdateAndDeleteStepsRunAndSettle()
    {
        Run r;
        const auto [clusters, error] = await<QList<core::Cluster>>(
            [&](QObject* ctx, auto done) { r.f.client.fetchClusters(ctx, done); });
        QVERIFY(!error.isError());
        const core::Cluster cluster = *std::find_if(
            clusters.begin(), clusters.end(), [](const auto& c) { return c.id == ProdCluster; });
        QList<core::NodePoolSpec> desired;
        for (const core::NodePool& pool : cluster.pools)
            if (pool.spec.name != u"gpu-inference") // pruned: deleted
                desired << pool.spec;
        desired[1].count += 1;                              // web: an update
        desired << newPoolSpec(QStringLiteral("fresh"), 1); // a create
        core::PlanOptions options;
        options.prune = true;
        core::ManifestPlan plan;
        plan.clusters.append({cluster, desired, core::plan(desired, cluster.pools, options)});
        QCOMPARE(plan.operationCount(), 3);
        api::PlanRunner runner(&r.f.client, plan);
        QVERIFY(r.runToEnd(runner));
        QVERIFY2(*r.ok, qPrintable(runner.summary().join(u'\n')));
        QCOMPARE(r.running(QStringLiteral("fresh")), 1);
        QCOMPARE(r.running(QStringLiteral("web")), 4);
        QVERIFY(!r.pool(QStringLiteral("gpu-inference")));
        for (int i = 0; i < runner.stepCount(); ++i)
            QCOMPARE(runner.stepState(i), core::StepState::Applied);
    }

    void aRollbackDeletesWhatTheApplyCreated()
    {
        Run r;
        r.advanceOnPoll = false;
        api::PlanRunner runner(&r.f.client, r.sizeChange());
        runner.setSettleTimeout(std::chrono::milliseconds(200));
        QVERIFY(r.runToEnd(runner));
        QVERIFY(!*r.ok);
        QString refusal;
        const auto undo = core::rollbackJournal(runner.journal(), &refusal);
        QVERIFY2(undo, qPrintable(refusal));
        r.advanceOnPoll = true;
        r.ok.reset();
        api::PlanRunner rollback(&r.f.client, *undo);
        QVERIFY(r.runToEnd(rollback));
        QVERIFY2(*r.ok, qPrintable(rollback.summary().join(u'\n')));
        QVERIFY(!r.pool(NewName) || r.pool(NewName)->deleted);
        QCOMPARE(r.running(Api), 2);
    }
};

QTEST_GUILESS_MAIN(PlanRunnerTest)
#include "tst_planrunner.moc"
