// A large account as a user opens it: 100 clusters × 10 pools (1,000 pools)
// from the simulator over its socket, the real Main.qml offscreen. The window
// lists every cluster (the model holds 100 rows and the list scrolls to the last
// one), a refresh changes no row it need not, and
// the cost page's totals are core::costBy's over the same clusters and sizes:
// the total, each cluster, and the table's 1,000 pool rows.
#include "app/costs/costmodel.h"
#include "app/shell/workspace.h"
#include "core/cost.h"
#include "core/costattribution.h"
#include "demoapp.h"
#include "sim/seedgenerator.h"
#include "sim/simulator.h"

#include <QAbstractItemModelTester>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class LargeAccountTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;
    static constexpr sim::SeedSize Size{100, 10, 2};

private Q_SLOTS:
    void initTestCase()
    {
        m_app.prepare = [](sim::Simulator& simulator) {
            QString error;
            QVERIFY2(simulator.loadSeed(sim::generateSeed(Size), &error), qPrintable(error));
        };
        m_app.start();
        m_workspace = m_app.workspace.get();
        m_app.window->resize(1600, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->loaded() && !m_workspace->loading(), 20'000);
    }

    void theWindowShowsEveryCluster()
    {
        QCOMPARE(m_workspace->allClusters().size(), Size.clusters);
        QCOMPARE(m_workspace->clusters()->rowCount(), Size.clusters);
        auto* list = m_app.driver.find(QStringLiteral("clusterList"));
        QVERIFY(list);
        QCOMPARE(list->property("count").toInt(), Size.clusters);
        // The list is virtualised: far fewer delegates than clusters exist.
        const QString lastName = m_workspace->allClusters().last().name;
        QVERIFY(!m_app.driver.find(QStringLiteral("cluster_") + lastName));

        // Scroll to the end (the view's own positionViewAtEnd(), as the
        // scroll bar's End would); the last cluster's row is then built.
        QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
        QTRY_VERIFY(list->property("atYEnd").toBool());
        QTRY_VERIFY(!list->property("moving").toBool());
        QQuickItem* last = m_app.driver.find(QStringLiteral("cluster_") + lastName);
        QVERIFY2(last, qPrintable(lastName));
        const QRectF shown = list->mapRectToScene(QRectF(0, 0, list->width(), list->height()));
        const QRectF row = last->mapRectToScene(QRectF(0, 0, last->width(), last->height()));
        QVERIFY2(shown.contains(row.center()), "the last cluster is in view");
        m_app.driver.screenshot(QStringLiteral("large-account-main-scrolled"));
    }

    void aRefreshKeepsRowsAndScroll()
    {
        auto* list = m_app.driver.find(QStringLiteral("clusterList"));
        const double contentY = list->property("contentY").toDouble();
        QSignalSpy resets(m_workspace->clusters(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_workspace->clusters(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_workspace->clusters(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        QVERIFY(m_app.driver.click(QStringLiteral("refreshButton")));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20'000);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(list->property("contentY").toDouble(), contentY);
    }

    void theCostPageTotalsAreCostBys()
    {
        QVERIFY(m_app.driver.click(QStringLiteral("costsButton")));
        auto* drawer = m_app.window->findChild<QObject*>(QStringLiteral("costDrawer"));
        QVERIFY(drawer);
        QTRY_COMPARE(drawer->property("position").toDouble(), 1.0);
        auto* costs = m_app.window->findChild<app::CostModel*>();
        QVERIFY(costs);

        const QList<core::CostLine> lines =
            core::costLines(m_workspace->allClusters(), m_workspace->sizes());
        const QList<core::CostGroup> byCluster = *core::costBy(lines, QStringLiteral("cluster"));
        QCOMPARE(byCluster.size(), Size.clusters);
        qint64 total = 0;
        for (const core::CostGroup& group : byCluster)
            total += group.band.currentCents;
        QVERIFY(total > 0);

        // The total the page shows.
        QTRY_COMPARE(
            m_app.driver.find<QObject>(QStringLiteral("costTotal"))->property("text").toString(),
            QStringLiteral("%1 a month (estimate)").arg(core::formatCents(total)));

        // The table holds every pool and control plane, and per cluster its
        // rows add up to costBy's group.
        app::CostTableModel* table = costs->table();
        QCOMPARE(table->rowCount(), lines.size());
        QHash<QString, qint64> tableByCluster;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QModelIndex index = table->index(row);
            tableByCluster[index.data(app::CostTableModel::ClusterRole).toString()] +=
                qint64(index.data(app::CostTableModel::MonthlyCentsRole).toDouble());
        }
        for (const core::CostGroup& group : byCluster)
            QCOMPARE(tableByCluster.value(group.label()), group.band.currentCents);

        // The charts draw a readable few; what they leave out is said, and
        // their "other" parts keep the sums whole.
        QVERIFY(costs->clusterCategories().size() <= app::CostCharts::MaxClusters);
        QVERIFY(costs->clusterStacks().size() <= app::CostCharts::MaxStacks + 1);
        QVERIFY(costs->bands().size() <= app::CostCharts::MaxBands);
        QVERIFY(!costs->chartNote().isEmpty());
        for (const QString& key : {QStringLiteral("team"), QStringLiteral("cost-center")}) {
            costs->setTagKey(key);
            const QVariantList slices = costs->tagSlices();
            QVERIFY(slices.size() <= app::CostCharts::MaxSlices);
            qint64 sliced = 0;
            for (const QVariant& slice : slices)
                sliced += qint64(slice.toMap().value(QStringLiteral("cents")).toDouble());
            QCOMPARE(sliced, total);
        }
        costs->setTagKey(QStringLiteral("team"));
        QQuickItem* note = m_app.driver.find(QStringLiteral("chartNote"));
        QVERIFY(note && note->isVisible());
        QTRY_VERIFY(m_app.driver.find(QStringLiteral("costTable")));
        m_app.driver.screenshot(QStringLiteral("large-account-cost-page"));
    }
};

QTEST_MAIN(LargeAccountTest)
#include "tst_largeaccount.moc"
