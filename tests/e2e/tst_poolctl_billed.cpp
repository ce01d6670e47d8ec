// poolctl cost --billed against poolsim's bill, as a script runs it: a June
// in which a pool was created, resized and deleted, billed to the cent and
// set beside poolctl's estimate (the nodes the API shows now); this month's
// preview with its updated_at; every output format; a token without
// billing:read; a month with no invoice.
#include "poolctlrun.h"
#include "sim/simulator.h"
#include "simclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

namespace {

const QString Token = QStringLiteral("dop_v1_e2e_billed_0123456789");
const QString NoBilling = QStringLiteral("dop_v1_e2e_kubernetes_only_0123");
const QString LabId = QStringLiteral("b1f3c0de-0000-4000-8000-0000000c1a51");
constexpr int Day = 24 * 3600;

using Run = PoolctlRun;

} // namespace

class PoolctlBilledTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_dir;

    Run poolctl(const QStringList& arguments, const QString& token = Token)
    {
        return runPoolctl(arguments, {.apiUrl = m_simulator->baseUrl(),
                                      .token = token,
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

    static QJsonObject row(const QJsonObject& answer, const QString& cluster)
    {
        for (const QJsonValue& v : answer.value(u"clusters").toArray())
            if (v[u"cluster"].toString() == cluster)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    // June 2025 (720 h), then the clock moves to 07-02 00:00.
    void initTestCase()
    {
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual(QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc()));
        QString error;
        QVERIFY2(m_simulator->loadSeedFile(
                     QStringLiteral(POOLSTUDIO_TEST_DATA "/billing/billing-lab-seed.json"), &error),
                 qPrintable(error));
        m_simulator->setToken(Token);
        m_simulator->setTokenWithoutBilling(NoBilling);
        QVERIFY(m_simulator->listen(0) != 0);
        SimClient api(m_simulator->baseUrl(), Token);
        const QString pools = QStringLiteral("/v2/kubernetes/clusters/%1/node_pools").arg(LabId);
        m_simulator->clock().advance(7 * Day); // 06-08: batch, c-4 ($84), 2 nodes
        QCOMPARE(api.post(pools, {{QStringLiteral("name"), QStringLiteral("batch")},
                                  {QStringLiteral("size"), QStringLiteral("c-4")},
                                  {QStringLiteral("count"), 2}})
                     .status,
                 201);
        const QString batch = m_simulator->poolByName(LabId, QStringLiteral("batch"))->id;
        m_simulator->clock().advance(7 * Day); // 06-15: resized to 1
        QCOMPARE(api.put(pools + u'/' + batch, {{QStringLiteral("count"), 1}}).status, 202);
        m_simulator->clock().advance(7 * Day); // 06-22: deleted
        QCOMPARE(api.del(pools + u'/' + batch).status, 204);
        m_simulator->clock().advance(10 * Day); // 07-02 00:00
    }

    // Billed, by DigitalOcean's rules (price_monthly / 672 an hour, at most
    // 672 h a node a month):
    //   billing-lab: plane 4000 + base 2400 + batch 168 h × 8400/672 = 2100
    //                + batch 336 h × 8400/672 = 4200                  = 12700
    //   side-lab: 720 h → 672 h × 600/672                              =   600
    // Estimated by poolctl from the nodes live now (batch is gone):
    //   billing-lab: plane 4000 + base 2400 = 6400; side-lab 600
    void setsJunesBillBesideTheEstimateToTheCent()
    {
        const QJsonObject answer = json({QStringLiteral("cost"), QStringLiteral("--billed"),
                                         QStringLiteral("--month"), QStringLiteral("2025-06")});
        QCOMPARE(answer[u"period"].toString(), QStringLiteral("2025-06"));
        QCOMPARE(answer[u"preview"].toBool(), false);
        QVERIFY(answer[u"updated_at"].isNull()); // only a preview has one
        QCOMPARE(answer[u"from"].toString(), QStringLiteral("2025-06-01T00:00:00Z"));
        QCOMPARE(answer[u"to"].toString(), QStringLiteral("2025-07-01T00:00:00Z"));
        const QJsonObject lab = row(answer, QStringLiteral("billing-lab"));
        QCOMPARE(lab[u"billed_cents"].toInteger(), 12700);
        QCOMPARE(lab[u"estimated_cents"].toInteger(), 6400);
        QCOMPARE(lab[u"difference_cents"].toInteger(), 6300);
        const QString why = lab[u"explanations"].toVariant().toStringList().join(u' ');
        QVERIFY2(why.contains(u"3 nodes billed, 1 in the estimate"), qPrintable(why));
        QVERIFY2(why.contains(u"2 node(s) ran for part of the period"), qPrintable(why));
        const QJsonObject side = row(answer, QStringLiteral("side-lab"));
        QCOMPARE(side[u"billed_cents"].toInteger(), 600);
        QCOMPARE(side[u"estimated_cents"].toInteger(), 600);
        QCOMPARE(answer[u"total"][u"billed_cents"].toInteger(), 13300);
        QCOMPARE(answer[u"total"][u"estimated_cents"].toInteger(), 7000);
    }

    // This month so far, as of the preview's updated_at (07-02 00:00, 24 h):
    //   plane 24 × 4000/672 = 142.86 → 143; base 24 × 2400/672 = 85.71 → 86
    //   side  24 × 600/672 = 21.43 → 21; billed and estimated alike.
    void showsThePreviewWithItsUpdatedAt()
    {
        const QJsonObject answer = json({QStringLiteral("cost"), QStringLiteral("--billed")});
        QCOMPARE(answer[u"period"].toString(), QStringLiteral("2025-07"));
        QCOMPARE(answer[u"preview"].toBool(), true);
        QCOMPARE(answer[u"updated_at"].toString(), QStringLiteral("2025-07-02T00:00:00Z"));
        QCOMPARE(row(answer, QStringLiteral("billing-lab"))[u"billed_cents"].toInteger(), 229);
        QCOMPARE(row(answer, QStringLiteral("billing-lab"))[u"estimated_cents"].toInteger(), 229);
        QCOMPARE(row(answer, QStringLiteral("side-lab"))[u"billed_cents"].toInteger(), 21);
        QCOMPARE(answer[u"total"][u"difference_cents"].toInteger(), 0);
    }

    void printsTheSameAsATableAndAsCsv()
    {
        const Run table = poolctl({QStringLiteral("cost"), QStringLiteral("--billed"),
                                   QStringLiteral("--month"), QStringLiteral("2025-06")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(
            table.out.startsWith(u"invoice 2025-06 (2025-06-01T00:00:00Z to 2025-07-01T00:00:00Z)"),
            qPrintable(table.out));
        QVERIFY(table.out.contains(u"billing-lab"));
        QVERIFY(table.out.contains(u"$127.00"));
        QVERIFY(table.out.contains(u"$64.00"));
        QVERIFY(table.out.contains(u"$133.00"));
        QVERIFY(table.err.contains(u"created_at"));
        const Run csv =
            poolctl({QStringLiteral("cost"), QStringLiteral("--billed"), QStringLiteral("--month"),
                     QStringLiteral("2025-06"), QStringLiteral("-o"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("period,updated_at,cluster,exists,billed_cents,"
                                               "estimated_cents,difference_cents,explanations"));
        QVERIFY2(lines.at(1).startsWith(u"2025-06,,billing-lab,true,12700,6400,6300,"),
                 qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("2025-06,,side-lab,true,600,600,0,"));
        QCOMPARE(lines.last(), QStringLiteral("2025-06,,TOTAL,,13300,7000,6300,"));
    }

    void aTokenWithoutBillingReadIsToldWhatToDo()
    {
        const Run refused =
            poolctl({QStringLiteral("cost"), QStringLiteral("--billed")}, NoBilling);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"billing:read"), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"403"));
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!refused.err.contains(NoBilling)); // the token never shows
        // The same token still does everything else.
        QCOMPARE(poolctl({QStringLiteral("clusters")}, NoBilling).exitCode, 0);
        QCOMPARE(poolctl({QStringLiteral("cost")}, NoBilling).exitCode, 0);
    }

    void refusesAMonthWithoutAnInvoiceAndABadMonth()
    {
        const Run none = poolctl({QStringLiteral("cost"), QStringLiteral("--billed"),
                                  QStringLiteral("--month"), QStringLiteral("2024-01")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(
            none.err.contains(u"no invoice for 2024-01; invoices: 2025-06; this month: 2025-07"),
            qPrintable(none.err));
        QCOMPARE(poolctl({QStringLiteral("cost"), QStringLiteral("--billed"),
                          QStringLiteral("--month"), QStringLiteral("June")})
                     .exitCode,
                 2);
        QCOMPARE(
            poolctl({QStringLiteral("cost"), QStringLiteral("--month"), QStringLiteral("2025-06")})
                .exitCode,
            2);
        QCOMPARE(poolctl({QStringLiteral("clusters"), QStringLiteral("--billed")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(PoolctlBilledTest)
#include "tst_poolctl_billed.moc"
