// "Billed vs estimated" as a user sees it: the real Main.qml offscreen on
// poolsim (the billing-lab seed, its clock in the test's hand). A June of
// creates, a resize, a delete and a replaced node, the history written by the
// app's HistoryStore at those instants; the cost page's button opens the view,
// the month is chosen with the mouse and keys, the rows checked to the cent.
// A token without billing:read gets the message, and the cost page still works.
#include "app/costs/billedcostmodel.h"
#include "app/costs/costmodel.h"
#include "app/costs/historystore.h"
#include "app/shell/workspace.h"
#include "demoapp.h"
#include "modeltester.h"
#include "sim/simulator.h"
#include "simclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

const QString NoBilling = QStringLiteral("kubernetes-only-token");
const QString LabId = QStringLiteral("b1f3c0de-0000-4000-8000-0000000c1a51");
constexpr int Day = 24 * 3600;

} // namespace

class BilledViewTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;
    QQuickWindow* m_window = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<SimClient> m_api;

    sim::Simulator& simulator() { return m_app.simulator(); }
    QString historyPath() const { return m_dir.filePath(QStringLiteral("billed-history.sqlite")); }

    // Refreshes the window and writes what it then shows into the history,
    // at the simulator's "now", as the app does after every refresh.
    void refreshAndRecord()
    {
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        m_workspace->refresh();
        QVERIFY(refreshed.wait(10'000));
        app::HistoryStore store(historyPath(), m_workspace->accountUuid());
        QVERIFY(store.record(m_workspace->allClusters(), m_workspace->sizes(),
                             simulator().clock().now()) >= 0);
    }

    app::BilledCostModel* billed() const { return m_window->findChild<app::BilledCostModel*>(); }

    QString text(const QString& objectName) const
    {
        QObject* item = m_app.driver.find<QObject>(objectName);
        return item ? item->property("text").toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.prepare = [](sim::Simulator& s) {
            s.clock().setManual(QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc()));
            QString error;
            if (!s.loadSeedFile(
                    QStringLiteral(POOLSTUDIO_TEST_DATA "/billing/billing-lab-seed.json"), &error))
                qFatal("seed: %s", qPrintable(error));
            s.setTokenWithoutBilling(NoBilling);
        };
        m_app.start();
        m_workspace = m_app.workspace.get();
        m_window = m_app.window;
        m_window->resize(1500, 900);
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->loaded() && !m_workspace->loading(), 10'000);
        m_api = std::make_unique<SimClient>(simulator().baseUrl(), m_app.demo.token());
    }

    // June 2025, by hand (price_monthly / 672 an hour, at most 672 h a node a
    // month; June has 720 h):
    //   billed billing-lab: plane 4000 + base 216 h × 2400/672 = 771.43 → 771
    //     + base (replacement) 504 h × 2400/672 = 1800 + batch 168 h × 8400/672
    //     = 2100 + batch 336 h × 8400/672 = 4200                     = 12871
    //   estimated (history): plane 4000 + base 720 → 672 h 2400
    //     + batch 4200 + 2100                                         = 12700
    //   side-lab 600 both ways. Totals 13471 and 13300.
    void showsJunesBillBesideTheHistoryToTheCent()
    {
        refreshAndRecord(); // 06-01: base 1, small 1
        const QString pools = QStringLiteral("/v2/kubernetes/clusters/%1/node_pools").arg(LabId);
        simulator().clock().advance(7 * Day); // 06-08
        QCOMPARE(m_api
                     ->post(pools, {{QStringLiteral("name"), QStringLiteral("batch")},
                                    {QStringLiteral("size"), QStringLiteral("c-4")},
                                    {QStringLiteral("count"), 2}})
                     .status,
                 201);
        refreshAndRecord();
        const QString batch = simulator().poolByName(LabId, QStringLiteral("batch"))->id;
        simulator().clock().advance(2 * Day); // 06-10: base's node replaced
        const sim::PoolRow base = *simulator().poolByName(LabId, QStringLiteral("base"));
        QCOMPARE(
            m_api
                ->del(pools +
                      QStringLiteral("/%1/nodes/%2?replace=1").arg(base.id, base.nodes.first().id))
                .status,
            202);
        refreshAndRecord();
        simulator().clock().advance(5 * Day); // 06-15
        QCOMPARE(m_api->put(pools + u'/' + batch, {{QStringLiteral("count"), 1}}).status, 202);
        refreshAndRecord();
        simulator().clock().advance(7 * Day); // 06-22
        QCOMPARE(m_api->del(pools + u'/' + batch).status, 204);
        refreshAndRecord();
        simulator().clock().advance(10 * Day); // 07-02 00:00
        refreshAndRecord();

        QVERIFY(m_app.driver.click(QStringLiteral("costsButton")));
        auto* drawer = m_window->findChild<QObject*>(QStringLiteral("costDrawer"));
        QVERIFY(drawer);
        QTRY_COMPARE(drawer->property("position").toDouble(), 1.0); // slid in
        m_window->findChild<app::CostModel*>()->setHistoryPath(historyPath());
        QVERIFY(m_app.driver.click(QStringLiteral("billedButton")));
        QTRY_VERIFY(billed());
        watchModel(billed(), this);
        QTRY_COMPARE(billed()->months(),
                     (QStringList{QStringLiteral("2025-07 (so far)"), QStringLiteral("2025-06")}));
        QTRY_VERIFY(!billed()->loading());
        // This month so far, as of the preview's updated_at.
        QVERIFY2(text(QStringLiteral("billedPeriod")).contains(u"2025-07-02 00:00 UTC"),
                 qPrintable(text(QStringLiteral("billedPeriod"))));

        // June, chosen as a user would: open the box, one down, Enter.
        QVERIFY(m_app.driver.click(QStringLiteral("billedMonthBox")));
        m_app.driver.key(Qt::Key_Down);
        m_app.driver.key(Qt::Key_Return);
        QTRY_COMPARE(billed()->monthIndex(), 1);
        QTRY_VERIFY(!billed()->loading() && billed()->comparison().period == u"2025-06");
        const auto& rows = billed()->comparison().rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).clusterName, QStringLiteral("billing-lab"));
        QCOMPARE(rows.at(0).billedCents, 12871);
        QCOMPARE(rows.at(0).estimatedCents, 12700);
        QCOMPARE(rows.at(1).billedCents, 600);
        QCOMPARE(rows.at(1).estimatedCents, 600);
        QCOMPARE(text(QStringLiteral("billedTotal")), QStringLiteral("Billed $134.71"));
        QCOMPARE(text(QStringLiteral("estimatedTotal")), QStringLiteral("Estimated $133.00"));
        QCOMPARE(text(QStringLiteral("differenceTotal")), QStringLiteral("Difference +$1.71"));
        QVERIFY(m_app.driver.find(QStringLiteral("billedRow_billing-lab")));
        QVERIFY(billed()
                    ->data(billed()->index(0), app::BilledCostModel::ExplanationRole)
                    .toString()
                    .contains(u"4 nodes billed, 3 in the estimate"));
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        m_app.driver.screenshot(qEnvironmentVariable("POOLSTUDIO_THEME") == u"dark"
                                    ? QStringLiteral("billed-vs-estimated-dark")
                                    : QStringLiteral("billed-vs-estimated-light"));
    }

    // Without billing:read: a clear message in the view, and the estimates,
    // the cluster list and refreshes go on working.
    void aTokenWithoutBillingReadGetsAMessageAndThePageStillWorks()
    {
        m_app.client.setToken(NoBilling);
        QVERIFY(m_app.driver.click(QStringLiteral("billedRefreshButton")));
        QTRY_VERIFY(billed()->scopeMissing());
        QTRY_VERIFY(m_app.driver.find(QStringLiteral("billedError"))->isVisible());
        const QString message = text(QStringLiteral("billedErrorText"));
        QVERIFY2(message.contains(u"billing:read") && message.contains(u"403"),
                 qPrintable(message));
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        m_app.driver.screenshot(QStringLiteral("billed-no-scope"));

        QVERIFY(m_app.driver.click(QStringLiteral("billedCloseButton")));
        QTRY_VERIFY(!billed());
        QVERIFY(text(QStringLiteral("costTotal")).contains(u"a month (estimate)"));
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        m_workspace->refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(m_workspace->errorText(), QString());
        QCOMPARE(m_workspace->allClusters().size(), 2);
    }
};

QTEST_MAIN(BilledViewTest)
#include "tst_billedview.moc"
