// The cost page as a user sees it: the real Main.qml offscreen against the
// demo simulator; the chart series checked against the demo seed by hand and
// against the core grouping poolctl cost prints.
#include "api/doclient.h"
#include "app/costs/billedcostmodel.h"
#include "app/costs/costmodel.h"
#include "app/costs/historystore.h"
#include "app/shell/workspace.h"
#include "core/costattribution.h"
#include "demo/demobackend.h"
#include "demoapp.h"
#include "modeltester.h"
#include "sim/simulator.h"
#include "simclient.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

// u"..."_s: Qt 6.8 deprecates the older _qs.
using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class CostPageTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;
    QQuickWindow* m_window = nullptr;
    app::CostModel* m_costs = nullptr;
    QTemporaryDir m_dir;

    template <typename T = QQuickItem> T* find(const QString& objectName) const
    {
        return m_app.driver.find<T>(objectName);
    }
    void screenshot(const QString& name) const { m_app.driver.screenshot(name); }
    static qint64 cents(const QVariantList& items, const QString& label)
    {
        for (const QVariant& item : items)
            if (item.toMap().value(u"label"_s).toString() == label)
                return qint64(item.toMap().value(u"cents"_s).toDouble());
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.start();
        m_workspace = m_app.workspace.get();
        m_window = m_app.window;
        m_window->resize(1600, 1000);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(m_window->property("extrasReady").toBool()); // the drawers, after a frame
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->loaded() && !m_workspace->loading(), 10'000);
        m_costs = m_window->findChild<app::CostModel*>();
        QVERIFY(m_costs);
        watchModel(m_costs->table(), this);
        m_costs->setHistoryPath(m_dir.filePath(QStringLiteral("history.sqlite")));
        // Two days of history at injected times, so the history chart has a span.
        m_costs->recordHistory(QDateTime::currentDateTimeUtc().addDays(-2));
        m_costs->recordHistory();
    }

    void opensFromTheCostsButton()
    {
        QVERIFY(m_app.driver.click(QStringLiteral("costsButton")));
        auto* drawer = m_window->findChild<QObject*>(QStringLiteral("costDrawer"));
        QVERIFY(drawer);
        QTRY_COMPARE(drawer->property("position").toDouble(), 1.0);
        QTRY_VERIFY(find<QObject>(QStringLiteral("costTotal"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("$5,343.30")));
        m_costs->setTagKey(QStringLiteral("team"));
        // The charts have the team groups and are laid out before the picture
        // (they do not animate: nothing else to wait for).
        QTRY_VERIFY(!m_costs->tagSlices().isEmpty());
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        screenshot(QStringLiteral("cost-page-light"));
    }

    void seriesMatchTheDemoSeedByHand()
    {
        // Cost by cluster: prod-tor1's stack includes the $40 HA control plane.
        QCOMPARE(m_costs->clusterCategories(),
                 (QStringList{"prod-tor1", "staging-fra1", "apac-sgp1"}));
        double prod = 0;
        for (const QVariant& stack : m_costs->clusterStacks())
            prod += stack.toMap().value(u"values"_s).toList().first().toDouble();
        QCOMPARE(qRound64(prod * 100), 4800 + 14400 + 25200 + 452930 + 4000);

        m_costs->setTagKey(QStringLiteral("team"));
        const QVariantList slices = m_costs->tagSlices();
        QCOMPARE(cents(slices, "web"), 14400 + 2400 + 4800);
        QCOMPARE(cents(slices, "platform"), 25200 + 2400);
        QCOMPARE(cents(slices, "ml"), 452930);
        QCOMPARE(cents(slices, "untagged"), 28200);
        QCOMPARE(cents(slices, "control plane"), 4000);

        const QVariantList families = m_costs->familyBars();
        QCOMPARE(cents(families, "Basic"), 4800 + 14400 + 1800 + 4800 + 4800 + 4800);
        QCOMPARE(cents(families, "General Purpose"), 25200);
        QCOMPARE(cents(families, "GPU"), 452930);
        QCOMPARE(cents(families, "CPU-Optimized"), 8400);
        QCOMPARE(cents(families, "Memory-Optimized"), 8400);

        bool sawApi = false;
        for (const QVariant& band : m_costs->bands()) {
            const QVariantMap map = band.toMap();
            if (map.value(u"label"_s).toString() == u"prod-tor1/api") {
                sawApi = true;
                QCOMPARE(map.value(u"min"_s).toInt(), 2);
                QCOMPARE(map.value(u"current"_s).toInt(), 2);
                QCOMPARE(map.value(u"max"_s).toInt(), 6);
            }
        }
        QVERIFY(sawApi);
        QCOMPARE(m_costs->history().size(), 10); // one recorded series per pool
    }

    void chartsAgreeWithTheGroupingPoolctlPrints()
    {
        const QList<core::CostLine> lines =
            core::costLines(m_workspace->allClusters(), m_workspace->sizes());
        for (const QString& key : core::tagKeys(lines)) {
            m_costs->setTagKey(key);
            const QList<core::CostGroup> groups = *core::costBy(lines, u"tag:"_s + key);
            const QVariantList slices = m_costs->tagSlices();
            QCOMPARE(slices.size(), groups.size());
            for (const core::CostGroup& group : groups)
                QCOMPARE(cents(slices, group.label()), group.band.currentCents);
        }
        QCOMPARE(m_costs->csv(QStringLiteral("cluster")),
                 core::costCsv(*core::costBy(lines, QStringLiteral("cluster"))));
    }

    void tableSortsAndClickingSelectsPools()
    {
        auto* table = m_costs->table();
        QCOMPARE(table->rowCount(), 11); // 10 pools + 1 HA control plane
        QCOMPARE(table->data(table->index(0), app::CostTableModel::PoolRole).toString(),
                 QStringLiteral("gpu-inference")); // most expensive first
        QVERIFY(m_app.driver.click(QStringLiteral("sortColumn1")));
        QCOMPARE(table->sortColumn(), int(app::CostTableModel::PoolColumn));
        QCOMPARE(table->data(table->index(0), app::CostTableModel::PoolRole).toString(),
                 QStringLiteral("api"));

        m_costs->setTagKey(QStringLiteral("team"));
        QStringList webPools;
        for (const QVariant& slice : m_costs->tagSlices())
            if (slice.toMap().value(u"label"_s).toString() == u"web")
                webPools = slice.toMap().value(u"poolIds"_s).toStringList();
        QCOMPARE(webPools.size(), 3);
        m_costs->selectPools(webPools);
        // Selected pools count whole: web $144 + workers $48 + edge $48.
        QVERIFY2(m_costs->selectionText().contains(QStringLiteral("$240.00")),
                 qPrintable(m_costs->selectionText()));
        QTRY_COMPARE(find<QObject>(QStringLiteral("selectionLabel"))->property("text").toString(),
                     m_costs->selectionText());
        int selected = 0;
        for (int i = 0; i < table->rowCount(); ++i)
            selected += table->data(table->index(i), app::CostTableModel::SelectedRole).toBool();
        QCOMPARE(selected, 3);
        screenshot(QStringLiteral("cost-page-selection"));
        m_costs->clearSelection();
    }

    void exportsCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("out/summary.csv"));
        QCOMPARE(m_costs->exportCsv(QStringLiteral("table"), path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 12);
        QVERIFY(lines.first().startsWith(QStringLiteral("cluster,pool,size")));
    }

    // --- the page's own controls, clicked with the mouse ----------------------

    void clickingATableRowSelectsThatPool()
    {
        auto* table = m_costs->table();
        QString key;
        for (int i = 0; i < table->rowCount() && key.isEmpty(); ++i) {
            const QString rowKey =
                table->data(table->index(i), app::CostTableModel::KeyRole).toString();
            if (!rowKey.startsWith(u"cp:")) // the control plane selects nothing
                key = rowKey;
        }
        QVERIFY(!key.isEmpty());
        QVERIFY(m_app.driver.click(QStringLiteral("costRow_") + key));
        QTRY_COMPARE(m_costs->selectedPoolIds(), QStringList{key});
        QTRY_COMPARE(find<QObject>(QStringLiteral("selectionLabel"))->property("text").toString(),
                     m_costs->selectionText());
        QVERIFY(!m_costs->selectionText().isEmpty());
        m_costs->clearSelection();
    }

    void clickingAFamilyBarSelectsItsPools()
    {
        const QVariantList bars = m_costs->familyBars();
        QVERIFY(!bars.isEmpty());
        const QVariantMap first = bars.first().toMap(); // the tallest: GPU in the demo
        QCOMPARE(first.value(u"label"_s).toString(), QStringLiteral("GPU"));
        QVERIFY(!first.value(u"poolIds"_s).toStringList().isEmpty());
        QVERIFY(m_costs->selectedPoolIds().isEmpty());
        QQuickItem* chart = find(QStringLiteral("costByFamilyChart"));
        QVERIFY(chart);
        // The first bar stands in the first of as many columns as there are
        // families; its foot is just above the bottom of the plot area.
        const QRectF plot = chart->property("plotArea").toRectF();
        QVERIFY(plot.isValid());
        const QPointF foot(plot.left() + plot.width() / (2 * bars.size()), plot.bottom() - 6);
        QVERIFY(m_app.driver.clickAt(QStringLiteral("costByFamilyChart"), foot));
        QTRY_COMPARE(m_costs->selectedPoolIds(), first.value(u"poolIds"_s).toStringList());
        m_costs->clearSelection();
    }

    void theTagKeyIsChosenFromItsList()
    {
        m_costs->setTagKey(QStringLiteral("env"));
        const QStringList keys = m_costs->tagKeys();
        const int from = int(keys.indexOf(QStringLiteral("env")));
        const int to = int(keys.indexOf(QStringLiteral("team")));
        QVERIFY(from >= 0 && to >= 0);
        QVERIFY(m_app.driver.click(QStringLiteral("tagKeyBox"))); // opens its list
        auto* box = find<QObject>(QStringLiteral("tagKeyBox"));
        auto* popup = box->property("popup").value<QObject*>();
        QTRY_VERIFY(popup->property("opened").toBool());
        const bool down = to > from;
        m_app.driver.key(down ? Qt::Key_Down : Qt::Key_Up, std::abs(to - from));
        m_app.driver.key(Qt::Key_Return);
        QTRY_COMPARE(m_costs->tagKey(), QStringLiteral("team"));
        QTRY_COMPARE(box->property("currentText").toString(), QStringLiteral("team"));
        QVERIFY(cents(m_costs->tagSlices(), QStringLiteral("web")) > 0);
    }

    void retentionStepsWithTheSpinBox()
    {
        const int days = m_costs->retentionDays();
        QVERIFY(m_app.driver.click(QStringLiteral("retentionBox"))); // focuses it
        m_app.driver.key(Qt::Key_Up);
        QTRY_COMPARE(m_costs->retentionDays(), days + 1);
        m_app.driver.key(Qt::Key_Down, 2);
        QTRY_COMPARE(m_costs->retentionDays(), days - 1);
        QCOMPARE(find<QObject>(QStringLiteral("retentionBox"))->property("value").toInt(),
                 days - 1);
        m_costs->setRetentionDays(days);
    }

    // Issue 16: a refresh's sample is written after the window's next frame,
    // not before it (the first frame with data does not wait for SQLite);
    // one per refresh, and one still pending is written when the model goes.
    void historyIsWrittenAfterTheFrame()
    {
        const QString path = m_dir.filePath(QStringLiteral("after-frame.sqlite"));
        const auto rows = [&] {
            return app::HistoryStore(path, m_workspace->accountUuid())
                .samples(QDateTime::currentDateTimeUtc().addDays(-1),
                         QDateTime::currentDateTimeUtc().addDays(1))
                .size();
        };
        int pools = 0;
        for (const core::Cluster& cluster : m_workspace->allClusters())
            pools += int(cluster.pools.size());
        QVERIFY(pools > 0);

        // A model given a workspace that has already refreshed (the
        // application builds its window once the first refresh is in)
        // records that refresh too, after a frame as well.
        const QString attached = m_dir.filePath(QStringLiteral("attached.sqlite"));
        const auto attachedRows = [&] {
            return app::HistoryStore(attached, m_workspace->accountUuid())
                .samples(QDateTime::currentDateTimeUtc().addDays(-1),
                         QDateTime::currentDateTimeUtc().addDays(1))
                .size();
        };
        auto costs = std::make_unique<app::CostModel>();
        costs->setHistoryPath(attached);
        QSignalSpy history(costs.get(), &app::CostModel::historyChanged);
        costs->setWorkspace(m_workspace);
        QCOMPARE(attachedRows(), 0);
        m_window->update();
        QTRY_COMPARE(attachedRows(), pools);
        QCOMPARE(history.size(), 1);

        costs->setHistoryPath(path);
        history.clear();
        costs->setData({}, {}); // so that the refresh changes the lines
        int frames = 0;
        connect(m_window, &QQuickWindow::frameSwapped, costs.get(), [&frames] { ++frames; });
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        m_workspace->refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(rows(), 0);
        QCOMPARE(history.size(), 0);
        m_window->update();
        QTRY_COMPARE(rows(), pools);
        QVERIFY(frames > 0);
        QCOMPARE(history.size(), 1);
        QCOMPARE(costs->historyPoolCount(), pools);

        // Pending when the model ends: written all the same.
        const QString second = m_dir.filePath(QStringLiteral("at-the-end.sqlite"));
        costs->setHistoryPath(second);
        costs->setData({}, {});
        m_workspace->refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(app::HistoryStore(second, m_workspace->accountUuid())
                     .samples(QDateTime::currentDateTimeUtc().addDays(-1),
                              QDateTime::currentDateTimeUtc().addDays(1))
                     .size(),
                 0);
        costs.reset();
        QCOMPARE(app::HistoryStore(second, m_workspace->accountUuid())
                     .samples(QDateTime::currentDateTimeUtc().addDays(-1),
                              QDateTime::currentDateTimeUtc().addDays(1))
                     .size(),
                 pools);
    }

    // The PNG and CSV buttons save through the file dialog: tst_savedialogs.

    // The demo account is billed from the first of last month: the billed
    // view offers this month so far and last month, and last month's rows add
    // up to the invoice the API holds for it.
    void theDemoHasLastMonthsInvoice()
    {
        const QDate today = m_app.simulator().clock().now().toUTC().date();
        const QDate firstOfLastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
        const QString lastMonth = firstOfLastMonth.toString(u"yyyy-MM"_s);
        // A history of its own that starts on the 10th of last month, as if
        // the app had first opened the account then.
        const QDateTime historyStart(firstOfLastMonth.addDays(9), QTime(12, 0), QTimeZone::utc());
        m_costs->setHistoryPath(m_dir.filePath(QStringLiteral("billed-history.sqlite")));
        m_costs->recordHistory(historyStart);
        m_costs->recordHistory();
        SimClient api(m_app.simulator().baseUrl(), m_app.demo.token());
        const QJsonArray invoices =
            api.get(u"/v2/customers/my/invoices"_s).json().value(u"invoices"_s).toArray();
        QCOMPARE(invoices.size(), 1);
        QCOMPARE(invoices.at(0).toObject().value(u"invoice_period"_s).toString(), lastMonth);
        const qint64 invoiceCents =
            qRound64(invoices.at(0).toObject().value(u"amount"_s).toString().toDouble() * 100);
        QVERIFY(invoiceCents > 0);

        auto* drawer = m_window->findChild<QObject*>(QStringLiteral("costDrawer"));
        if (!drawer || drawer->property("position").toDouble() < 1.0) { // when run alone
            QVERIFY(m_app.driver.click(QStringLiteral("costsButton")));
            QTRY_VERIFY((drawer = m_window->findChild<QObject*>(QStringLiteral("costDrawer"))));
            QTRY_COMPARE(drawer->property("position").toDouble(), 1.0);
        }
        QVERIFY(m_app.driver.click(QStringLiteral("billedButton")));
        app::BilledCostModel* billed = nullptr;
        QTRY_VERIFY((billed = m_window->findChild<app::BilledCostModel*>()));
        QTRY_COMPARE(billed->months().size(), 2);
        QCOMPARE(billed->months().at(1), lastMonth);
        QTRY_VERIFY(!billed->loading());
        // Last month, chosen as a user would: open the box, one down, Enter.
        QVERIFY(m_app.driver.click(QStringLiteral("billedMonthBox")));
        m_app.driver.key(Qt::Key_Down);
        m_app.driver.key(Qt::Key_Return);
        QTRY_VERIFY(!billed->loading() && billed->comparison().period == lastMonth);
        qint64 billedCents = 0;
        for (const auto& row : billed->comparison().rows)
            billedCents += row.billedCents;
        QCOMPARE(billedCents, invoiceCents);
        QCOMPARE(billed->comparison().rows.size(), 3); // the demo's three clusters
        const QString historyNote =
            u"The recorded history starts on %1 UTC: the estimate has nothing from before then."_s
                .arg(historyStart.toString(u"yyyy-MM-dd HH:mm"_s));
        for (const auto& row : billed->comparison().rows)
            QCOMPARE(row.explanations.value(0), historyNote);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        screenshot(QStringLiteral("cost-page-demo-last-month"));
        QVERIFY(m_app.driver.click(QStringLiteral("billedCloseButton")));
        QTRY_VERIFY(!m_window->findChild<app::BilledCostModel*>());
    }
};

QTEST_MAIN(CostPageTest)
#include "tst_costpage.moc"
