// poolctl cost against the simulator's demo seed: the numbers by hand, every
// grouping adds up to the same total, and every format says the same.
#include "poolctlrun.h"
#include "sim/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString Token = QStringLiteral("dop_v1_e2e_cost_0123456789");

using Run = PoolctlRun;

// Hand-computed from resources/seed/demo.json and the sizes catalogue:
// prod-tor1 (HA): 2×$24 + 3×$48 + 2×$126 (2..6) + 1×$4,529.30 + $40 control plane
// staging-fra1: 1×$18 + 2×$24 + 1×$84 (0..3)
// apac-sgp1: 2×$24 + 2×$24 + 1×$84
constexpr qint64 TotalCents = 534330;
constexpr qint64 TotalMinCents = 525930;
constexpr qint64 TotalMaxCents = 601530;

} // namespace

class PoolctlCostTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_dir;

    Run poolctl(const QStringList& arguments)
    {
        return runPoolctl(QStringList{QStringLiteral("cost")} + arguments,
                          {.apiUrl = m_simulator->baseUrl(),
                           .token = Token,
                           .environment = {{QStringLiteral("XDG_CACHE_HOME"),
                                            m_dir.filePath(QStringLiteral("cache"))}}});
    }

    QJsonObject json(const QStringList& arguments)
    {
        const Run run =
            poolctl(arguments + QStringList{QStringLiteral("-o"), QStringLiteral("json")});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static QMap<QString, qint64> monthly(const QJsonObject& answer)
    {
        QMap<QString, qint64> out;
        for (const QJsonValue& group : answer.value(u"groups").toArray())
            out.insert(group[u"group"].toString(), qint64(group[u"monthly_cents"].toDouble()));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        m_simulator->loadDemoSeed();
        m_simulator->setToken(Token);
        QVERIFY(m_simulator->listen(0) != 0);
    }

    void everyGroupingAddsUpToTheHandComputedTotal_data()
    {
        QTest::addColumn<QString>("by");
        for (const char* by : {"pool", "cluster", "size", "tag:team", "tag:env", "tag:nothing"})
            QTest::newRow(by) << QString::fromLatin1(by);
    }
    void everyGroupingAddsUpToTheHandComputedTotal()
    {
        QFETCH(QString, by);
        const QJsonObject answer = json({QStringLiteral("--by"), by});
        QCOMPARE(answer.value(u"estimate").toBool(), true);
        QCOMPARE(answer.value(u"by").toString(), by);
        const QJsonObject total = answer.value(u"total").toObject();
        QCOMPARE(qint64(total.value(u"monthly_cents").toDouble()), TotalCents);
        QCOMPARE(qint64(total.value(u"min_monthly_cents").toDouble()), TotalMinCents);
        QCOMPARE(qint64(total.value(u"max_monthly_cents").toDouble()), TotalMaxCents);
        qint64 sum = 0;
        for (qint64 cents : monthly(answer))
            sum += cents;
        QCOMPARE(sum, TotalCents);
    }

    void byClusterAddsTheHaControlPlane()
    {
        const QMap<QString, qint64> byCluster = monthly(json({"--by", "cluster"}));
        QCOMPARE(byCluster.value("prod-tor1"), 4800 + 14400 + 25200 + 452930 + 4000);
        QCOMPARE(byCluster.value("staging-fra1"), 1800 + 4800 + 8400);
        QCOMPARE(byCluster.value("apac-sgp1"), 4800 + 4800 + 8400);
    }

    void byTeamSplitsSharedPoolsAndKeepsUntagged()
    {
        const QMap<QString, qint64> byTeam = monthly(json({"--by", "tag:team"}));
        // workers (team:web + team:platform, $48) splits $24 / $24.
        QCOMPARE(byTeam.value("web"), 14400 + 2400 + 4800);
        QCOMPARE(byTeam.value("platform"), 25200 + 2400);
        QCOMPARE(byTeam.value("ml"), 452930);
        QCOMPARE(byTeam.value("untagged"), 4800 + 1800 + 4800 + 8400 + 8400);
        QCOMPARE(byTeam.value("control plane"), 4000);
        const QMap<QString, qint64> byCenter = monthly(json({"--by", "tag:cost-center"}));
        QCOMPARE(byCenter.value("cc-1001"), 14400 + 25200 + 2400);
        QCOMPARE(byCenter.value("cc-2040"), 452930 + 2400);
        QCOMPARE(byCenter.value("cc-3100"), 8400);
    }

    void csvAndTableSayTheSame()
    {
        const Run csv = poolctl({"--by", "cluster", "-o", "csv"});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(u'\n');
        QCOMPARE(lines.first(),
                 QStringLiteral("group,pools,nodes,min_monthly,monthly,max_monthly"));
        QVERIFY(lines.contains(QStringLiteral("prod-tor1,4,8,5013.30,5013.30,5517.30")));
        QCOMPARE(lines.last(), QStringLiteral("total,10,,5259.30,5343.30,6015.30"));
        QVERIFY(csv.err.contains(QStringLiteral("estimate")));

        const Run table = poolctl({"--by", "size"});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("SIZE")));
        QVERIFY(table.out.contains(QStringLiteral("$5343.30")));
        QVERIFY(table.out.contains(QStringLiteral("TOTAL")));
    }

    void refusesUnknownGroupingsAndCsvElsewhere()
    {
        QCOMPARE(poolctl({"--by", "colour"}).exitCode, 2);
        QCOMPARE(poolctl({"--by", "tag:"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(PoolctlCostTest)
#include "tst_poolctl_cost.moc"
