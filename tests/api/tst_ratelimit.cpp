// DoClient shares DigitalOcean's limits with every other tool on the token:
// a 429 pauses the whole client and one request probes before the rest go;
// the server's own ratelimit-remaining spaces requests before it runs out;
// a create refused by a same-named pool of another shape is a conflict.
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace testing;

class RateLimitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void a429PausesEveryRequestAndOneProbesFirst()
    {
        SimFixture f;
        sim::FaultRule limited = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Status,
                                                    QStringLiteral("/v2/account"));
        limited.status = 429;
        limited.retryAfterSecs = 1;
        limited.times = 3; // three of the ten in flight are refused
        f.simulator.addFault(limited);

        int handled = 0;
        int queuedWhileProbing = -1;
        connect(&f.simulator, &sim::Simulator::requestHandled, this, [&] {
            if (++handled == 11) // the first request after the pause
                queuedWhileProbing = f.client.scheduler().waiting();
        });
        QSignalSpy held(&f.client.scheduler(), &api::RequestScheduler::held);

        QObject context;
        int answered = 0;
        int failed = 0;
        for (int i = 0; i < 10; ++i)
            f.client.fetchAccount(&context, [&](const api::Account&, const api::ApiError& e) {
                ++answered;
                failed += e.isError() ? 1 : 0;
            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 10, 10'000);
        QCOMPARE(failed, 0);
        QCOMPARE(handled, 13);
        // The probe went alone: the other two refused ones waited in the
        // queue for its answer instead of going on their own timers.
        QCOMPARE(queuedWhileProbing, 2);
        QVERIFY(held.count() >= 1);
        QVERIFY(held.first().at(0).toInt() >= 900); // the second the server asked for
        QVERIFY(!f.client.scheduler().isHeld());
    }

    void theServersRemainingCountSpacesWhatFollows()
    {
        SimFixture f;
        sim::FaultRule low = sim::FaultRule::on(QStringLiteral("*"), sim::FaultKind::Headers);
        low.ratelimitRemaining = 3;
        low.ratelimitResetAfterSecs = 40; // another tool has used the hour up
        f.simulator.addFault(low);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(f.client.rateLimitRemaining(), 3);
        // Three left for about 40 s: one every 10 s or so, not all at once.
        QVERIFY2(f.client.scheduler().spacingMs() >= 9'000 &&
                     f.client.scheduler().spacingMs() <= 10'000,
                 qPrintable(QString::number(f.client.scheduler().spacingMs())));
    }

    void aSameNamedPoolOfAnotherShapeIsAConflictNotOurs()
    {
        SimFixture f;
        // Someone else's pool "web" (3 × s-4vcpu-8gb in the seed) is there
        // already; our create of "web" with 2 × s-2vcpu-4gb loses its answer.
        f.simulator.addFault(sim::FaultRule::on(QStringLiteral("POST"), sim::FaultKind::Drop));
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.createNodePool(ProdCluster, newPoolSpec(QStringLiteral("web")), ctx, done);
        });
        QCOMPARE(error.id, u"conflicting_pool");
        QVERIFY(error.message.contains(u"\"web\""));
        QVERIFY(error.message.contains(u"s-4vcpu-8gb"));
        QVERIFY(pool.id.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RateLimitTest)
#include "tst_ratelimit.moc"
