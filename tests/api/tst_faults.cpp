// DoClient under every fault the simulator injects: it recovers or fails with
// a clear error, retries only what may be retried, and never creates a pool
// twice. No sleeps: the backoff is a millisecond here.
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace testing;

namespace {

sim::FaultRule fault(const QString& method, const QString& path, sim::FaultKind kind,
                     int status = 503, int times = 1)
{
    sim::FaultRule rule;
    rule.method = method;
    rule.path = path;
    rule.kind = kind;
    rule.status = status;
    rule.times = times;
    return rule;
}

const QString PoolsPath = QStringLiteral("/v2/kubernetes/clusters/*/node_pools");

} // namespace

Q_DECLARE_METATYPE(sim::FaultKind)

class FaultsTest : public QObject
{
    Q_OBJECT

    // Counts what reached the simulator, by method.
    struct Traffic
    {
        QHash<QString, int> byMethod;
        explicit Traffic(sim::Simulator& simulator)
        {
            QObject::connect(&simulator, &sim::Simulator::requestHandled,
                             [this](const QString& method) { ++byMethod[method]; });
        }
    };

    static int poolsNamed(const SimFixture& f, const QString& name)
    {
        const auto cluster = f.simulator.cluster(ProdCluster);
        return int(std::count_if(cluster->pools.cbegin(), cluster->pools.cend(),
                                 [&](const sim::PoolRow& p) { return p.name == name; }));
    }

private Q_SLOTS:
    void readsRecoverFromEveryFault_data()
    {
        QTest::addColumn<sim::FaultKind>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("503") << sim::FaultKind::Status << 503;
        QTest::newRow("500") << sim::FaultKind::Status << 500;
        QTest::newRow("502") << sim::FaultKind::Status << 502;
        QTest::newRow("429") << sim::FaultKind::Status << 429;
        QTest::newRow("dropped") << sim::FaultKind::Drop << 0;
        QTest::newRow("dropped after apply") << sim::FaultKind::DropAfterApply << 0;
        QTest::newRow("truncated") << sim::FaultKind::Truncate << 0;
        QTest::newRow("malformed") << sim::FaultKind::Malformed << 0;
        QTest::newRow("html 200") << sim::FaultKind::WrongContentType << 200;
        QTest::newRow("html 502") << sim::FaultKind::WrongContentType << 502;
    }
    void readsRecoverFromEveryFault()
    {
        QFETCH(sim::FaultKind, kind);
        QFETCH(int, status);
        SimFixture f;
        sim::FaultRule rule = fault(QStringLiteral("GET"), QStringLiteral("**"), kind, status, 2);
        rule.retryAfterSecs = 0;
        f.simulator.addFault(rule);
        const auto [clusters, error] = await<QList<core::Cluster>>(
            [&](QObject* ctx, auto done) { f.client.fetchClusters(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(clusters.size(), f.simulator.clusters().size());
    }

    void aSlowAnswerTimesOutAndIsAskedAgain()
    {
        SimFixture f;
        f.client.setTransferTimeout(100);
        sim::FaultRule slow =
            fault(QStringLiteral("GET"), QStringLiteral("/v2/account"), sim::FaultKind::Latency);
        slow.latencyMs = 1000;
        f.simulator.addFault(slow);
        QSignalSpy retries(&f.client, &api::DoClient::retrying);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(retries.count(), 1);
        QVERIFY(retries.first().at(3).value<api::ApiError>().networkFailure);
    }

    void givesUpAfterFiveAttemptsWithAClearError()
    {
        SimFixture f;
        f.simulator.addFault(
            fault(QStringLiteral("GET"), QStringLiteral("**"), sim::FaultKind::Status, 503, 0));
        Traffic traffic(f.simulator);
        QSignalSpy retries(&f.client, &api::DoClient::retrying);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QCOMPARE(error.httpStatus, 503);
        QCOMPARE(error.id, u"server_error");
        QVERIFY(error.humanText().contains(u"try again"));
        QCOMPARE(traffic.byMethod.value(QStringLiteral("GET")), 5);
        QCOMPARE(retries.count(), 4);
    }

    void givesUpWhenTheTimeBudgetIsSpent()
    {
        SimFixture f;
        api::RetryPolicy policy = f.client.retryPolicy();
        policy.baseDelay = std::chrono::milliseconds(40);
        policy.maxDelay = std::chrono::milliseconds(40);
        policy.totalBudget = std::chrono::milliseconds(60);
        f.client.setRetryPolicy(policy);
        f.simulator.addFault(
            fault(QStringLiteral("GET"), QStringLiteral("**"), sim::FaultKind::Status, 500, 0));
        Traffic traffic(f.simulator);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(traffic.byMethod.value(QStringLiteral("GET")) < 5);
    }

    void neverRetries501OrClientErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("501") << 501;
        QTest::newRow("400") << 400;
    }
    void neverRetries501OrClientErrors()
    {
        QFETCH(int, status);
        SimFixture f;
        f.simulator.addFault(
            fault(QStringLiteral("GET"), QStringLiteral("**"), sim::FaultKind::Status, status, 0));
        Traffic traffic(f.simulator);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(traffic.byMethod.value(QStringLiteral("GET")), 1);
    }

    void updatesAndDeletesAreRetried()
    {
        SimFixture f;
        const auto live = f.simulator.poolByName(ProdCluster, QStringLiteral("web"));
        f.simulator.addFault(fault(QStringLiteral("PUT"), QStringLiteral("**"),
                                   sim::FaultKind::DropAfterApply, 0, 1));
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.updateNodePool(ProdCluster, live->id, {{QStringLiteral("count"), 5}}, ctx,
                                    done);
        });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(f.simulator.pool(ProdCluster, live->id)->count, 5);

        // The first DELETE lands but its answer is lost; the retry finds the
        // pool on its way out (or gone): either way it is done.
        f.simulator.addFault(fault(QStringLiteral("DELETE"), QStringLiteral("**"),
                                   sim::FaultKind::DropAfterApply, 0, 1));
        const api::ApiError deleted = awaitDone([&](QObject* ctx, auto done) {
            f.client.deleteNodePool(ProdCluster, live->id, ctx, done);
        });
        QVERIFY2(!deleted.isError(), qPrintable(deleted.humanText()));
        QVERIFY(f.simulator.pool(ProdCluster, live->id)->deleted);
    }

    void aLostCreateAnswerNeverMakesASecondPool_data()
    {
        QTest::addColumn<sim::FaultKind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expectedPosts");
        // Applied, answer lost: the pool is found by listing; no second POST.
        QTest::newRow("dropped after apply") << sim::FaultKind::DropAfterApply << 0 << 1;
        QTest::newRow("truncated") << sim::FaultKind::Truncate << 0 << 1;
        QTest::newRow("malformed") << sim::FaultKind::Malformed << 0 << 1;
        // Not applied: the listing finds nothing, so it is sent again, once.
        QTest::newRow("dropped") << sim::FaultKind::Drop << 0 << 2;
        QTest::newRow("500") << sim::FaultKind::Status << 500 << 2;
        QTest::newRow("503") << sim::FaultKind::Status << 503 << 2;
        QTest::newRow("html 502") << sim::FaultKind::WrongContentType << 502 << 2;
        // Refused before anything happened: repeated after retry-after.
        QTest::newRow("429") << sim::FaultKind::Status << 429 << 2;
    }
    void aLostCreateAnswerNeverMakesASecondPool()
    {
        QFETCH(sim::FaultKind, kind);
        QFETCH(int, status);
        QFETCH(int, expectedPosts);
        SimFixture f;
        // A kept-alive connection first, so a drop hits a reused connection,
        // where Qt would otherwise resend the POST by itself.
        await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        sim::FaultRule rule = fault(QStringLiteral("POST"), PoolsPath, kind, status, 1);
        rule.retryAfterSecs = 0;
        f.simulator.addFault(rule);
        Traffic traffic(f.simulator);
        const QString name = QStringLiteral("once-only");
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.createNodePool(ProdCluster, newPoolSpec(name), ctx, done);
        });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(poolsNamed(f, name), 1);
        QCOMPARE(pool.id, f.poolId(ProdCluster, name));
        QCOMPARE(pool.spec.name, name);
        QCOMPARE(traffic.byMethod.value(QStringLiteral("POST")), expectedPosts);
    }

    void aCreateWhoseOutcomeCannotBeLearnedSaysSo()
    {
        SimFixture f;
        f.simulator.addFault(
            fault(QStringLiteral("POST"), PoolsPath, sim::FaultKind::DropAfterApply, 0, 1));
        f.simulator.addFault(
            fault(QStringLiteral("GET"), PoolsPath, sim::FaultKind::Status, 503, 0));
        const QString name = QStringLiteral("unknown-fate");
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.createNodePool(ProdCluster, newPoolSpec(name), ctx, done);
        });
        QVERIFY(error.isError());
        QVERIFY2(error.humanText().contains(u"unknown"), qPrintable(error.humanText()));
        QCOMPARE(poolsNamed(f, name), 1); // it did land; nothing was sent twice
    }

    void aCreateThatKeepsFailingStopsAtTheAttemptBound()
    {
        SimFixture f;
        f.simulator.addFault(
            fault(QStringLiteral("POST"), PoolsPath, sim::FaultKind::Status, 500, 0));
        Traffic traffic(f.simulator);
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.createNodePool(ProdCluster, newPoolSpec(QStringLiteral("never")), ctx, done);
        });
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(traffic.byMethod.value(QStringLiteral("POST")), 5);
        QCOMPARE(poolsNamed(f, QStringLiteral("never")), 0);
    }

    void honoursRetryAfterOn429()
    {
        SimFixture f;
        sim::FaultRule limited = fault(QStringLiteral("GET"), QStringLiteral("/v2/account"),
                                       sim::FaultKind::Status, 429, 1);
        limited.retryAfterSecs = 1;
        f.simulator.addFault(limited);
        QSignalSpy retries(&f.client, &api::DoClient::retrying);
        QSignalSpy held(&f.client.scheduler(), &api::RequestScheduler::held);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries.first().at(2).toInt(), 1000); // not the 1 ms backoff
        // The wait is the scheduler's hold, for every request of the client.
        QCOMPARE(held.count(), 1);
        QCOMPARE(held.first().at(0).toInt(), 1000);
        QCOMPARE(retries.first().at(3).value<api::ApiError>().httpStatus, 429);
    }

    void theSimulatorsOwnRateLimitIsReportedWhenItsWaitExceedsTheBudget()
    {
        SimFixture f;
        f.simulator.setRateLimits(3, 5000); // a minute of the simulator's frozen clock
        for (int i = 0; i < 3; ++i) {
            const auto [a, e] = await<api::Account>(
                [&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
            QVERIFY2(!e.isError(), qPrintable(e.humanText()));
        }
        QSignalSpy retries(&f.client, &api::DoClient::retrying);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QCOMPARE(error.httpStatus, 429);
        QCOMPARE(error.id, u"too_many_requests");
        QVERIFY(error.humanText().contains(u"slow down"));
        QCOMPARE(retries.count(), 0); // retry-after is beyond the 5 s budget: said at once
        QCOMPARE(f.client.rateLimitRemaining(), f.client.rateLimitLimit() - 3);

        // Once the simulator's minute has passed, the next call goes through.
        f.simulator.clock().advance(61);
        const auto [later, laterError] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QVERIFY2(!laterError.isError(), qPrintable(laterError.humanText()));
    }

    void spacesRequestsToStayUnderTheLimit()
    {
        SimFixture f;
        f.client.scheduler().setLimit(2, std::chrono::milliseconds(300));
        QSignalSpy throttled(&f.client.scheduler(), &api::RequestScheduler::throttled);
        // Whenever a request reaches the server, no more than two started in
        // the window: the invariant itself, not a stopwatch.
        int mostInWindow = 0;
        connect(&f.simulator, &sim::Simulator::requestHandled, this, [&] {
            mostInWindow = std::max(mostInWindow, f.client.scheduler().recentStarts());
        });
        int answered = 0;
        QObject context;
        for (int i = 0; i < 5; ++i)
            f.client.fetchAccount(&context, [&](const api::Account&, const api::ApiError& error) {
                QVERIFY(!error.isError());
                ++answered;
            });
        QCOMPARE(f.client.scheduler().waiting(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 10'000);
        QCOMPARE(mostInWindow, 2); // 2 + 2 + 1 over three windows
        QVERIFY(throttled.count() >= 2);
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
