// The operation watcher against the simulator, whose clock the test moves:
// a create, a scale-up and a delete followed until they settle, node by node.
#include "api/operationwatcher.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace testing;
using Outcome = api::OperationWatcher::Outcome;

Q_DECLARE_METATYPE(api::OperationWatcher::Outcome)

class OperationWatcherTest : public QObject
{
    Q_OBJECT

    struct Watched
    {
        SimFixture f;
        QStringList moves; // "id: from -> to"
        std::optional<Outcome> outcome;
        api::ApiError error;

        Watched()
        {
            f.simulator.setRateLimits(1'000'000, 10'000'000); // the test polls fast
            f.client.scheduler().setLimit(1'000'000);
        }

        void follow(api::OperationWatcher& watcher)
        {
            watcher.setInterval(std::chrono::milliseconds(2));
            QObject::connect(
                &watcher, &api::OperationWatcher::nodeStateChanged,
                [this](const QString& id, const QString&, const QString& from, const QString& to) {
                    moves << id + QLatin1String(": ") + from + QLatin1String(" -> ") + to;
                });
            QObject::connect(&watcher, &api::OperationWatcher::finished,
                             [this](Outcome o, const api::ApiError& e) {
                                 outcome = o;
                                 error = e;
                             });
        }

        // Lets the watcher see the present, then moves the simulator's clock.
        void advanceAfterPolls(api::OperationWatcher& watcher, int seconds)
        {
            const int seen = watcher.polls();
            QTRY_VERIFY_WITH_TIMEOUT(watcher.polls() >= seen + 2 || outcome, 5000);
            f.simulator.clock().advance(seconds);
        }
    };

private Q_SLOTS:
    void followsACreateUntilEveryNodeRuns()
    {
        Watched w;
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            w.f.client.createNodePool(ProdCluster, newPoolSpec(QStringLiteral("watched"), 2), ctx,
                                      done);
        });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        api::OperationWatcher watcher(&w.f.client, ProdCluster, pool.id,
                                      api::OperationWatcher::Goal::Settled);
        w.follow(watcher);
        QSignalSpy progress(&watcher, &api::OperationWatcher::progress);
        watcher.start();
        QVERIFY(watcher.isRunning());
        w.advanceAfterPolls(watcher, 2); // droplets exist, still provisioning
        QVERIFY(!w.outcome);
        w.advanceAfterPolls(watcher, 2); // running
        QTRY_VERIFY_WITH_TIMEOUT(w.outcome.has_value(), 5000);
        QCOMPARE(*w.outcome, Outcome::Settled);
        QVERIFY(!watcher.isRunning());

        QCOMPARE(watcher.pool().nodes.size(), 2);
        for (const core::Node& node : watcher.pool().nodes) {
            QCOMPARE(node.state, u"running");
            QVERIFY(!node.name.isEmpty());
            QVERIFY(w.moves.contains(node.id + QLatin1String(":  -> provisioning")));
            QVERIFY(w.moves.contains(node.id + QLatin1String(": provisioning -> running")));
        }
        QCOMPARE(progress.last().at(0).toInt(), 2);
        QCOMPARE(progress.last().at(1).toInt(), 2);
    }

    void followsAScaleUpOfALivePool()
    {
        Watched w;
        const auto live = w.f.simulator.poolByName(ProdCluster, QStringLiteral("web"));
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            w.f.client.updateNodePool(ProdCluster, live->id,
                                      {{QStringLiteral("count"), live->count + 1}}, ctx, done);
        });
        QVERIFY(!error.isError());
        api::OperationWatcher watcher(&w.f.client, ProdCluster, live->id,
                                      api::OperationWatcher::Goal::Settled);
        w.follow(watcher);
        watcher.start();
        w.advanceAfterPolls(watcher, 5);
        QTRY_VERIFY_WITH_TIMEOUT(w.outcome.has_value(), 5000);
        QCOMPARE(*w.outcome, Outcome::Settled);
        QCOMPARE(watcher.pool().nodes.size(), live->count + 1);
        // Running nodes stay as they are: only the new one and any the seed had
        // still provisioning move.
        const auto starting =
            std::count_if(live->nodes.cbegin(), live->nodes.cend(), [](const sim::NodeRow& n) {
                return n.state == sim::NodeState::Provisioning;
            });
        QCOMPARE(w.moves.filter(u"provisioning -> running").size(), starting + 1);
    }

    void followsADeleteUntilThePoolIsGone()
    {
        Watched w;
        const auto live = w.f.simulator.poolByName(ProdCluster, QStringLiteral("web"));
        const api::ApiError error = awaitDone([&](QObject* ctx, auto done) {
            w.f.client.deleteNodePool(ProdCluster, live->id, ctx, done);
        });
        QVERIFY(!error.isError());
        api::OperationWatcher watcher(&w.f.client, ProdCluster, live->id,
                                      api::OperationWatcher::Goal::Gone);
        w.follow(watcher);
        watcher.start();
        w.advanceAfterPolls(watcher, 3); // drained: deleting
        QVERIFY(!w.outcome);
        w.advanceAfterPolls(watcher, 2); // gone
        QTRY_VERIFY_WITH_TIMEOUT(w.outcome.has_value(), 5000);
        QCOMPARE(*w.outcome, Outcome::Gone);
        for (const sim::NodeRow& node : live->nodes) {
            // A node with a droplet is drained first; one without has nothing to drain.
            if (!node.dropletId.isEmpty())
                QVERIFY2(w.moves.contains(node.id + QLatin1String(": draining -> deleting")),
                         qPrintable(w.moves.join(u'\n')));
            QVERIFY(w.moves.contains(node.id + QLatin1String(": deleting -> ")));
        }
    }

    void timesOutWhenNothingSettles()
    {
        Watched w;
        const auto live = w.f.simulator.poolByName(ProdCluster, QStringLiteral("web"));
        await<core::NodePool>([&](QObject* ctx, auto done) {
            w.f.client.updateNodePool(ProdCluster, live->id, {{QStringLiteral("count"), 6}}, ctx,
                                      done);
        });
        api::OperationWatcher watcher(&w.f.client, ProdCluster, live->id,
                                      api::OperationWatcher::Goal::Settled);
        w.follow(watcher);
        watcher.setTimeout(std::chrono::milliseconds(150));
        watcher.start(); // the clock never moves
        QTRY_VERIFY_WITH_TIMEOUT(w.outcome.has_value(), 5000);
        QCOMPARE(*w.outcome, Outcome::TimedOut);
        QVERIFY(w.error.humanText().contains(u"goes on"));
    }

    void cancellingStopsWatchingButNotTheChange()
    {
        Watched w;
        const auto live = w.f.simulator.poolByName(ProdCluster, QStringLiteral("web"));
        await<core::NodePool>([&](QObject* ctx, auto done) {
            w.f.client.updateNodePool(ProdCluster, live->id, {{QStringLiteral("count"), 5}}, ctx,
                                      done);
        });
        api::OperationWatcher watcher(&w.f.client, ProdCluster, live->id,
                                      api::OperationWatcher::Goal::Settled);
        w.follow(watcher);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.polls() >= 2, 5000);
        watcher.cancel();
        QCOMPARE(*w.outcome, Outcome::Cancelled);
        const int polls = watcher.polls();
        QVERIFY(!watcher.isRunning());
        // Every request still on its way is answered, and none follows.
        int requests = 0;
        connect(&w.f.simulator, &sim::Simulator::requestHandled, this, [&] { ++requests; });
        QVERIFY(QTest::qWaitFor([&] { return w.f.client.scheduler().waiting() == 0; }));
        QCoreApplication::processEvents();
        QCOMPARE(watcher.polls(), polls);
        QVERIFY(requests <= 1); // at most the poll in flight at the cancel

        w.f.simulator.clock().advance(10);
        const auto after = w.f.simulator.pool(ProdCluster, live->id);
        QCOMPARE(after->nodes.size(), 5);
        QVERIFY(std::all_of(after->nodes.cbegin(), after->nodes.cend(),
                            [](const auto& n) { return n.state == sim::NodeState::Running; }));
    }

    void aPoolThatVanishesWhileAwaitedIsAFailure()
    {
        Watched w;
        api::OperationWatcher watcher(&w.f.client, ProdCluster,
                                      QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                      api::OperationWatcher::Goal::Settled);
        w.follow(watcher);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(w.outcome.has_value(), 5000);
        QCOMPARE(*w.outcome, Outcome::Failed);
        QCOMPARE(w.error.httpStatus, 404);
    }

    void settledMeansCountNodesAllRunning()
    {
        core::NodePool pool;
        pool.spec.count = 2;
        QVERIFY(!api::OperationWatcher::isSettled(pool));
        core::Node running;
        running.state = QStringLiteral("running");
        pool.nodes = {running, running};
        QVERIFY(api::OperationWatcher::isSettled(pool));
        pool.nodes[1].state = QStringLiteral("draining");
        QVERIFY(!api::OperationWatcher::isSettled(pool));
        pool.spec.count = 0;
        pool.nodes.clear();
        QVERIFY(api::OperationWatcher::isSettled(pool));
    }
};

QTEST_GUILESS_MAIN(OperationWatcherTest)
#include "tst_operationwatcher.moc"
