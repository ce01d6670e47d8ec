// A large account as a user opens it: 100 clusters × 10 pools (1,000 pools)
// from the simulator over its socket, the real Main.qml offscreen. The window
// lists every cluster (the model holds 100 rows and the list scrolls to the last
// one), a refresh changes no row it need not, and
// the cost page's totals are core::costBy's over the same clusters and sizes:
// the total, each cluster, and the table's 1,000 pool rows. A refresh in which
// 1 % of the pools had a node replaced announces only the rows that changed,
// with the roles that changed, shares everything else with the list before,
// and costs nothing on the cost page (counts are unchanged).
#include "api/apierror.h"
#include "api/doclient.h"
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
#include <QTemporaryDir>
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
        // positionViewAtEnd() aims at the end the rows built so far estimate
        // and moves a few pixels once the last rows are laid out: the position
        // the refresh must keep is the settled one (the same on two looks).
        double settled = -1;
        QTRY_VERIFY([&] {
            const double now = list->property("contentY").toDouble();
            const bool same = now == settled;
            settled = now;
            return same;
        }());
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

    void aOnePercentRefreshTouchesOnlyWhatChanged()
    {
        QTemporaryDir history;
        app::CostModel costs;
        costs.setHistoryPath(history.filePath(QStringLiteral("history.sqlite")));
        costs.setWorkspace(m_workspace);
        QVERIFY(!costs.lines().isEmpty());
        const QList<core::CostLine> linesBefore = costs.lines();
        m_workspace->setCurrentClusterIndex(50);
        const QString selected = m_workspace->currentCluster()->id;

        // One node replaced in every tenth cluster's second pool (10 pools of
        // 1,000), through the API as the node list's Delete would.
        const QList<core::Cluster> before = m_workspace->allClusters();
        QSet<QString> touched;
        int pending = 0;
        for (int c = 0; c < before.size(); c += 10) {
            const core::NodePool& pool = before.at(c).pools.at(1);
            api::NodeDeleteOptions options;
            options.replace = true;
            ++pending;
            touched.insert(before.at(c).id);
            m_workspace->client()->deleteNode(before.at(c).id, pool.id, pool.nodes.first().id,
                                              options, this, [&](const api::ApiError& error) {
                                                  QVERIFY2(!error.isError(),
                                                           qPrintable(error.humanText()));
                                                  --pending;
                                              });
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 20'000);

        QSignalSpy clusterChanges(m_workspace->clusters(), &QAbstractItemModel::dataChanged);
        QSignalSpy poolChanges(m_workspace->pools(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m_workspace->clusters(), &QAbstractItemModel::modelReset);
        QSignalSpy costChanged(&costs, &app::CostModel::costChanged);
        QSignalSpy historyChanged(&costs, &app::CostModel::historyChanged);
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        m_workspace->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20'000);

        const QList<core::Cluster>& after = m_workspace->allClusters();
        QCOMPARE(after.size(), before.size());
        int changedClusters = 0;
        for (int c = 0; c < after.size(); ++c) {
            QCOMPARE(after.at(c).id, before.at(c).id);
            if (!touched.contains(after.at(c).id)) { // the very same pools, shared
                QCOMPARE(after.at(c).pools.constData(), before.at(c).pools.constData());
                continue;
            }
            changedClusters += after.at(c) == before.at(c) ? 0 : 1;
            for (int p = 0; p < after.at(c).pools.size(); ++p)
                if (p != 1)
                    QCOMPARE(after.at(c).pools.at(p).nodes.constData(),
                             before.at(c).pools.at(p).nodes.constData());
        }
        QCOMPARE(changedClusters, touched.size());
        // At most the changed clusters' rows, each with the roles that
        // changed (a node count at most: names, regions, costs did not).
        QVERIFY(clusterChanges.size() <= touched.size());
        for (const QList<QVariant>& change : std::as_const(clusterChanges)) {
            const QList<int> roles = change.at(2).value<QList<int>>();
            QVERIFY(!roles.isEmpty());
            QVERIFY(!roles.contains(app::ClusterListModel::NameRole));
            QVERIFY(!roles.contains(app::ClusterListModel::MonthlyRole));
            QVERIFY(touched.contains(
                change.at(0).toModelIndex().data(app::ClusterListModel::IdRole).toString()));
        }
        // The selected cluster (one of the touched) changes one pool row: its
        // node states.
        QCOMPARE(poolChanges.size(), 1);
        QCOMPARE(poolChanges.first().at(0).toModelIndex().row(), 1);
        const QList<int> poolRoles = poolChanges.first().at(2).value<QList<int>>();
        QVERIFY(poolRoles.contains(app::PoolListModel::NodeStatesRole));
        QVERIFY(!poolRoles.contains(app::PoolListModel::NameRole));
        QVERIFY(!poolRoles.contains(app::PoolListModel::MonthlyRole));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(m_workspace->currentCluster()->id, selected);
        // The counts did not change: the cost page neither recomputed nor
        // recorded anything, and its lines are the very same list.
        QCOMPARE(costChanged.size(), 0);
        QCOMPARE(historyChanged.size(), 0);
        QCOMPARE(costs.lines().constData(), linesBefore.constData());
    }
};

QTEST_MAIN(LargeAccountTest)
#include "tst_largeaccount.moc"
