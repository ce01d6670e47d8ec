// The history of node counts: written only on change, read back per period,
// integrated into node-hours and spend at known times (no sleeps), pruned.
#include "app/costs/historystore.h"
#include "core/nodehours.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace core;

namespace {

const QDateTime T0(QDate(2024, 3, 10), QTime(0, 0), QTimeZone::utc());

QDateTime hours(double h)
{
    return T0.addMSecs(qint64(h * 3'600'000));
}

// $672.00 a month: one node-hour costs exactly $1.00.
Size dollarAnHour()
{
    Size size;
    size.slug = QStringLiteral("hourly");
    size.priceMonthlyCents = 67200;
    return size;
}

Cluster clusterWith(QList<std::pair<QString, int>> pools)
{
    Cluster cluster;
    cluster.id = QStringLiteral("c1");
    cluster.name = QStringLiteral("one");
    for (const auto& [id, count] : pools) {
        NodePool pool;
        pool.id = id;
        pool.spec.name = id;
        pool.spec.size = QStringLiteral("hourly");
        pool.spec.count = count;
        cluster.pools << pool;
    }
    return cluster;
}

PoolSample sample(double at, const QString& pool, int count, qint64 price = 67200)
{
    PoolSample s;
    s.at = hours(at);
    s.poolId = pool;
    s.poolName = pool;
    s.count = count;
    s.priceMonthlyCents = price;
    return s;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void integratesAStepFunctionOverAPeriod()
    {
        // a: 2 nodes for 10 h, 4 for 10 h, then gone. b: 1 node from hour 5 on.
        const QList<PoolSample> samples{sample(0, "a", 2), sample(10, "a", 4), sample(20, "a", 0),
                                        sample(5, "b", 1, 134400)};
        const QList<PoolUsage> all = usageBetween(samples, hours(0), hours(30));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].poolId, QStringLiteral("a"));
        QCOMPARE(all[0].nodeHours, 60.0);
        QCOMPARE(all[0].spendCents, 6000);
        QCOMPARE(all[1].nodeHours, 25.0);
        QCOMPARE(all[1].spendCents, 5000); // $2.00 an hour

        // A window that starts and ends inside steps.
        const QList<PoolUsage> part = usageBetween(samples, hours(8), hours(12.5));
        QCOMPARE(part[0].nodeHours, 2 * 2 + 2.5 * 4);
        QCOMPARE(part[1].nodeHours, 4.5);
        // Before anything was recorded nothing is counted.
        QCOMPARE(usageBetween(samples, hours(-10), hours(0))[0].nodeHours, 0.0);
    }

    void periodsAreThisMonthAndTheLastThirtyDays()
    {
        const QDateTime now(QDate(2024, 3, 10), QTime(15, 30), QTimeZone::utc());
        QCOMPARE(monthStart(now), QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(thirtyDaysBefore(now),
                 QDateTime(QDate(2024, 2, 9), QTime(15, 30), QTimeZone::utc()));
        const QList<PoolSample> samples{sample(-24 * 20, "a", 3)}; // since Feb 19
        QCOMPARE(usageBetween(samples, monthStart(hours(0)), hours(0))[0].nodeHours, 3 * 24 * 9.0);
        QCOMPARE(usageBetween(samples, thirtyDaysBefore(hours(0)), hours(0))[0].nodeHours,
                 3 * 24 * 20.0);
    }

    void recordsOnlyWhatChangedAndReadsPeriodsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("h1.sqlite"));
        {
            app::HistoryStore store(path);
            QVERIFY2(store.isOpen(), qPrintable(store.errorText()));
            const QList<Size> sizes{dollarAnHour()};
            QCOMPARE(store.record({clusterWith({{"a", 2}, {"b", 1}})}, sizes, hours(0)), 2);
            QCOMPARE(store.record({clusterWith({{"a", 2}, {"b", 1}})}, sizes, hours(1)), 0);
            QCOMPARE(store.record({clusterWith({{"a", 4}, {"b", 1}})}, sizes, hours(10)), 1);
            QCOMPARE(store.record({clusterWith({{"b", 1}})}, sizes, hours(20)), 1); // a is gone
            QCOMPARE(store.rowCount(), 4);

            const QList<PoolUsage> usage =
                usageBetween(store.samples(hours(0), hours(30)), hours(0), hours(30));
            QCOMPARE(usage[0].nodeHours, 60.0);
            QCOMPARE(usage[0].spendCents, 6000);
            QCOMPARE(usage[1].nodeHours, 30.0);

            // A period that starts later still knows the count in force.
            const QList<PoolSample> late = store.samples(hours(15), hours(30));
            QCOMPARE(late.size(), 3); // a@10 (4), b@0 (1), a@20 (0)
            const QList<PoolUsage> lateUsage = usageBetween(late, hours(15), hours(30));
            QCOMPARE(lateUsage[0].poolId, QStringLiteral("b")); // first in time
            QCOMPARE(lateUsage[0].nodeHours, 15.0);
            QCOMPARE(lateUsage[1].nodeHours, 20.0); // a: 4 nodes from hour 15 to 20
        }
        // Reopened, it remembers the last state: no duplicate rows.
        app::HistoryStore again(path);
        QCOMPARE(again.record({clusterWith({{"b", 1}})}, {dollarAnHour()}, hours(40)), 0);
        QCOMPARE(again.rowCount(), 4);
    }

    void retentionKeepsTheCountInForceAtTheCutoff()
    {
        app::HistoryStore store(m_dir.filePath(QStringLiteral("h2.sqlite")));
        const QList<Size> sizes{dollarAnHour()};
        store.record({clusterWith({{"a", 1}})}, sizes, hours(0));
        store.record({clusterWith({{"a", 2}})}, sizes, hours(10));
        store.record({clusterWith({{"a", 3}})}, sizes, hours(20));
        const double before =
            usageBetween(store.samples(hours(15), hours(30)), hours(15), hours(30))[0].nodeHours;
        QCOMPARE(before, 2 * 5 + 3 * 10.0);
        QCOMPARE(store.prune(hours(15)), 1); // the 1-node row goes, the 2-node row moves
        QCOMPARE(store.rowCount(), 2);
        QCOMPARE(
            usageBetween(store.samples(hours(15), hours(30)), hours(15), hours(30))[0].nodeHours,
            before);
    }

    void usesWriteAheadLogging()
    {
        const QString path = m_dir.filePath(QStringLiteral("h3.sqlite"));
        app::HistoryStore store(path);
        QVERIFY(store.isOpen());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "probe");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
