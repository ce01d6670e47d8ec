// The cost history against what issue 17 found: retention read unclamped
// (0 pruned everything), account B writing "count 0" rows for account A's
// pools, a corrupt file, and two app instances writing at once.
#include "app/costs/historystore.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

core::Cluster clusterWith(const QString& id, const QList<std::pair<QString, int>>& pools)
{
    core::Cluster cluster;
    cluster.id = id;
    for (const auto& [name, count] : pools) {
        core::NodePool pool;
        pool.id = id + u'/' + name;
        pool.spec.name = name;
        pool.spec.size = QStringLiteral("s-1vcpu-2gb");
        pool.spec.count = count;
        cluster.pools << pool;
    }
    return cluster;
}

QDateTime hours(int h)
{
    return QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).addSecs(h * 3600);
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestHistorySafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void retentionIsClampedWhereItIsRead()
    {
        using app::HistoryStore;
        QCOMPARE(HistoryStore::clampRetentionDays(QVariant()), HistoryStore::DefaultRetentionDays);
        QCOMPARE(HistoryStore::clampRetentionDays(QStringLiteral("garbage")), 400);
        QCOMPARE(HistoryStore::clampRetentionDays(0), 400); // would prune every row
        QCOMPARE(HistoryStore::clampRetentionDays(-30), 400);
        QCOMPARE(HistoryStore::clampRetentionDays(QStringLiteral("45")), 45);
        QCOMPARE(HistoryStore::clampRetentionDays(1), 1);
        QCOMPARE(HistoryStore::clampRetentionDays(99999), HistoryStore::MaxRetentionDays);
        QCOMPARE(HistoryStore::clampRetentionDays(QStringLiteral("1e9")), 400);
    }

    void anotherAccountNeverWritesRowsForTheFirstAccountsPools()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        {
            app::HistoryStore a(path, QStringLiteral("uuid-a"));
            QVERIFY2(a.isOpen(), qPrintable(a.errorText()));
            QCOMPARE(a.record({clusterWith("ca", {{"web", 3}, {"db", 2}})}, {}, hours(0)), 2);
        }
        // Account B on the same file (an environment token on the default path).
        app::HistoryStore b(path, QStringLiteral("uuid-b"));
        QVERIFY(b.isOpen());
        QCOMPARE(b.record({clusterWith("cb", {{"api", 1}})}, {}, hours(1)), 1);
        QCOMPARE(b.record({clusterWith("cb", {{"api", 1}})}, {}, hours(2)), 0);
        QCOMPARE(b.rowCount(), 1);
        QCOMPARE(b.prune(hours(100)), 0); // B's retention leaves A's rows alone
        app::HistoryStore a(path, QStringLiteral("uuid-a"));
        QCOMPARE(a.rowCount(), 2);
        const QList<core::PoolSample> samples = a.samples(hours(-1), hours(10));
        QCOMPARE(samples.size(), 2);
        for (const core::PoolSample& sample : samples)
            QVERIFY2(sample.count > 0 && sample.clusterId == u"ca", qPrintable(sample.poolId));
    }

    void rowsFromBeforeAccountsBelongToTheFirstAccount()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            // The schema before issue 17: no account column.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE pool_samples (id INTEGER PRIMARY KEY, at_ms INTEGER "
                               "NOT NULL, cluster_id TEXT NOT NULL, pool_id TEXT NOT NULL, "
                               "pool_name TEXT NOT NULL, size TEXT NOT NULL, count INTEGER NOT "
                               "NULL, price_cents INTEGER NOT NULL)"_s));
            QVERIFY(query.exec(u"INSERT INTO pool_samples VALUES (1, %1, 'c', 'c/web', 'web', "
                               "'s-1vcpu-2gb', 4, 1200)"_s.arg(hours(0).toMSecsSinceEpoch())));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        {
            app::HistoryStore first(path, QStringLiteral("uuid-a"));
            QVERIFY2(first.isOpen(), qPrintable(first.errorText()));
            QCOMPARE(first.rowCount(), 1);
            // The adopted row is its latest: the same count (and, without a
            // price list, the price kept) is no new row.
            QCOMPARE(first.record({clusterWith("c", {{"web", 4}})}, {}, hours(1)), 0);
        }
        app::HistoryStore second(path, QStringLiteral("uuid-b"));
        QCOMPARE(second.rowCount(), 0);
    }

    void aCorruptFileIsMovedAsideAndAFreshOneStarted()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt/history.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(5000, '\x7f');
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        QFile earlier(path + QStringLiteral(".corrupt-1"));
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier backup");
        earlier.close();

        app::HistoryStore store(path, QStringLiteral("uuid-a"));
        QVERIFY2(store.isOpen(), qPrintable(store.errorText()));
        QCOMPARE(store.movedAsideTo(), path + QStringLiteral(".corrupt-2"));
        QCOMPARE(contentsOf(path + QStringLiteral(".corrupt-2")), garbage); // never deleted
        QCOMPARE(contentsOf(path + QStringLiteral(".corrupt-1")), QByteArray("an earlier backup"));
        QCOMPARE(store.rowCount(), 0);
        QCOMPARE(store.record({clusterWith("c", {{"web", 2}})}, {}, hours(0)), 1);
        // A healthy file is left where it is on the next start.
        app::HistoryStore next(path, QStringLiteral("uuid-a"));
        QVERIFY(next.movedAsideTo().isEmpty());
        QCOMPARE(next.rowCount(), 1);
    }

    void twoConnectionsOfOneAccountDoNotRepeatEachOther()
    {
        const QString path = m_dir.filePath(QStringLiteral("two.sqlite"));
        app::HistoryStore first(path, QStringLiteral("uuid-a"));
        app::HistoryStore second(path, QStringLiteral("uuid-a"));
        QCOMPARE(first.record({clusterWith("c", {{"web", 2}})}, {}, hours(0)), 1);
        // The second instance last looked before that row: it compares with
        // what is on disk inside its own transaction, so it adds nothing.
        QCOMPARE(second.record({clusterWith("c", {{"web", 2}})}, {}, hours(1)), 0);
        QCOMPARE(second.record({clusterWith("c", {{"web", 5}})}, {}, hours(2)), 1);
        QCOMPARE(first.record({clusterWith("c", {{"web", 5}})}, {}, hours(3)), 0);
        QCOMPARE(first.rowCount(), 2);
    }

    void twoProcessesWriteAtOnceWithoutLosingARow()
    {
        const QString path = m_dir.filePath(QStringLiteral("processes.sqlite"));
        constexpr int Rounds = 300;
        QProcess one, two;
        for (auto [process, account] : {std::pair{&one, "uuid-one"}, std::pair{&two, "uuid-two"}})
            process->start(QStringLiteral(APPWRITER_PATH),
                           {QStringLiteral("history-rounds"), path, QString::fromLatin1(account),
                            QString::number(Rounds)});
        for (QProcess* process : {&one, &two}) {
            QVERIFY(process->waitForFinished(120'000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     process->readAllStandardError().constData());
        }
        QCOMPARE(app::HistoryStore(path, QStringLiteral("uuid-one")).rowCount(), Rounds);
        QCOMPARE(app::HistoryStore(path, QStringLiteral("uuid-two")).rowCount(), Rounds);
    }
};

QTEST_GUILESS_MAIN(TestHistorySafety)
#include "tst_historysafety.moc"
