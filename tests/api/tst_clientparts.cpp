// The pure pieces behind DoClient: backoff, spacing, the catalog cache, the
// one-shot request body.
#include "api/catalogcache.h"
#include "api/oneshotbody.h"
#include "api/requestscheduler.h"
#include "api/retrypolicy.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

class ClientPartsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToTheCeiling()
    {
        api::RetryPolicy policy; // 1 s base, 30 s ceiling
        QCOMPARE(api::retryDelay(policy, 1, 0ms, 1.0), 1000ms);
        QCOMPARE(api::retryDelay(policy, 2, 0ms, 1.0), 2000ms);
        QCOMPARE(api::retryDelay(policy, 3, 0ms, 1.0), 4000ms);
        QCOMPARE(api::retryDelay(policy, 10, 0ms, 1.0), 30000ms);
        QCOMPARE(api::retryDelay(policy, 100, 0ms, 1.0), 30000ms);
    }

    void jitterSpreadsOverTheUpperHalf()
    {
        api::RetryPolicy policy;
        QCOMPARE(api::retryDelay(policy, 3, 0ms, 0.0), 2000ms);
        QCOMPARE(api::retryDelay(policy, 3, 0ms, 0.5), 3000ms);
        QVERIFY(api::retryDelay(policy, 3, 0ms, 0.999) <= 4000ms);
    }

    void retryAfterWinsOverAShorterBackoff()
    {
        api::RetryPolicy policy;
        policy.baseDelay = 1ms;
        QCOMPARE(api::retryDelay(policy, 1, 2000ms, 0.3), 2000ms);
        QCOMPARE(api::retryDelay(policy, 1, 0ms, 1.0), 1ms);
    }

    void theWindowHoldsTheNextStartUntilTheOldestLeaves()
    {
        const std::deque<qint64> started{0, 100, 200};
        QCOMPARE(api::RequestScheduler::waitBeforeNext(started, 250, 4, 1000), 0);
        QCOMPARE(api::RequestScheduler::waitBeforeNext(started, 250, 3, 1000), 750);
        QCOMPARE(api::RequestScheduler::waitBeforeNext(started, 250, 2, 1000), 850);
        QCOMPARE(api::RequestScheduler::waitBeforeNext(started, 1200, 3, 1000), 0);
        QCOMPARE(api::RequestScheduler::waitBeforeNext({}, 0, 1, 1000), 0);
    }

    void theSchedulerRunsInOrderAndQueuesTheRest()
    {
        api::RequestScheduler scheduler;
        scheduler.setLimit(2, 200ms);
        QList<int> ran;
        for (int i = 0; i < 4; ++i)
            scheduler.submit([&ran, i] { ran << i; });
        QCOMPARE(ran, (QList<int>{0, 1}));
        QCOMPARE(scheduler.waiting(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(ran, (QList<int>{0, 1, 2, 3}), 5000);
    }

    void theCacheKeepsADayAndKnowsItsAge()
    {
        QTemporaryDir dir;
        api::CatalogCache cache(dir.path());
        const QString key = QStringLiteral("http://127.0.0.1:1/v2/sizes");
        const QDateTime fetched = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
        QVERIFY(!cache.load(key, fetched));
        QVERIFY(cache.store(key, {QJsonArray{1, 2}, fetched}));

        const auto hourLater = cache.load(key, fetched.addSecs(3600));
        QVERIFY(hourLater);
        QCOMPARE(hourLater->data.toArray(), (QJsonArray{1, 2}));
        QCOMPARE(hourLater->fetchedAt, fetched);
        QVERIFY(!cache.load(key, fetched.addSecs(24 * 3600)));
        QVERIFY(!cache.load(QStringLiteral("https://api.digitalocean.com/v2/sizes"),
                            fetched.addSecs(1)));
        cache.remove(key);
        QVERIFY(!cache.load(key, fetched.addSecs(1)));

        QCOMPARE(api::describeAge(fetched, fetched.addSecs(5)), u"just now");
        QCOMPARE(api::describeAge(fetched, fetched.addSecs(600)), u"10 min ago");
        QCOMPARE(api::describeAge(fetched, fetched.addSecs(3 * 3600 + 5)), u"3 h ago");
    }

    void aOneShotBodyReadsOnceAndCannotRewind()
    {
        api::OneShotBody body(QByteArrayLiteral("{\"name\":\"x\"}"));
        QVERIFY(body.isSequential());
        QCOMPARE(body.size(), 12);
        QCOMPARE(body.readAll(), QByteArrayLiteral("{\"name\":\"x\"}"));
        QVERIFY(body.atEnd());
        QVERIFY(!body.reset());
        QVERIFY(body.readAll().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ClientPartsTest)
#include "tst_clientparts.moc"
