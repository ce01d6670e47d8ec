// How the window says it is reading the account: the toolbar spinner while
// nothing is shown yet (the first load), and after that the Refresh button
// reading "Refreshing…" and the same word in the status bar, with no animation (a spinner drawn at
// 60 fps was most of a large account's refresh cost on the GUI thread). The simulator holds the
// cluster list back with a latency rule, so each state can be seen.
#include "app/shell/workspace.h"
#include "demoapp.h"
#include "sim/faults.h"
#include "sim/simulator.h"

#include <QPointer>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

// The next cluster list answers `ms` later than it would (real time: the
// answer is held by a timer in the simulator, not by the test).
sim::FaultRule holdTheNextClusterList(int ms)
{
    sim::FaultRule hold = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Latency,
                                             QStringLiteral("/v2/kubernetes/clusters"));
    hold.latencyMs = ms;
    return hold;
}

// The dots of one node list, in order (Repeater delegates are found through
// the item tree, not QObject children).
QList<QQuickItem*> dotsUnder(QQuickItem* root)
{
    QList<QQuickItem*> found;
    for (QQuickItem* child : root->childItems()) {
        if (child->objectName() == u"nodeDot")
            found << child;
        else
            found << dotsUnder(child);
    }
    return found;
}

} // namespace

class RefreshCueTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;

    QQuickItem* item(const QString& objectName) const { return m_app.driver.find(objectName); }
    QString text(const QString& objectName) const
    {
        QQuickItem* found = item(objectName);
        return found ? found->property("text").toString() : QString();
    }
    bool running(const QString& objectName) const
    {
        QQuickItem* found = item(objectName);
        return found && found->isVisible() && found->property("running").toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.prepare = [](sim::Simulator& simulator) {
            simulator.addFault(holdTheNextClusterList(1500));
            // Still: the demo's provisioning node stays provisioning however
            // long the run takes, so the largest pool keeps two node states.
            simulator.clock().setManual(QDateTime::currentDateTimeUtc());
        };
        m_app.start();
        m_workspace = m_app.workspace.get();
    }

    void theFirstLoadShowsTheSpinner()
    {
        QTRY_VERIFY(m_workspace->loading());
        QVERIFY(!m_workspace->loaded());
        QTRY_VERIFY(running(QStringLiteral("firstLoadIndicator")));
        QCOMPARE(text(QStringLiteral("refreshButton")), QStringLiteral("Refresh"));
        QVERIFY(!item(QStringLiteral("refreshButton"))->isEnabled());
        QVERIFY(!item(QStringLiteral("refreshingLabel"))->isVisible()); // the spinner says it
        m_app.driver.screenshot(QStringLiteral("refresh-cue-first-load"));

        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->loaded() && !m_workspace->loading(), 10000);
        QTRY_VERIFY(!running(QStringLiteral("firstLoadIndicator")));
        QVERIFY(item(QStringLiteral("refreshButton"))->isEnabled());
    }

    void aLaterRefreshSaysSoOnItsButtonWithoutASpinner()
    {
        const QString idleText = text(QStringLiteral("refreshButton"));
        QCOMPARE(idleText, QStringLiteral("Refresh"));
        const qreal idleWidth = item(QStringLiteral("refreshButton"))->width();
        const qreal idleX = item(QStringLiteral("refreshButton"))->x();

        m_app.simulator().addFault(holdTheNextClusterList(1500));
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        QVERIFY(m_app.driver.click(QStringLiteral("refreshButton")));
        QTRY_VERIFY(m_workspace->loading());
        QTRY_COMPARE(text(QStringLiteral("refreshButton")), QStringLiteral("Refreshing…"));
        QVERIFY(!item(QStringLiteral("refreshButton"))->isEnabled());
        QVERIFY(item(QStringLiteral("refreshingLabel"))->isVisible()); // and the status bar
        QCOMPARE(text(QStringLiteral("refreshingLabel")), QStringLiteral("Refreshing…"));
        QVERIFY(!running(QStringLiteral("firstLoadIndicator"))); // nothing animates
        // The button does not grow or move with its longer text.
        m_app.driver.settle();
        QVERIFY(qAbs(item(QStringLiteral("refreshButton"))->width() - idleWidth) < 0.5);
        QVERIFY(qAbs(item(QStringLiteral("refreshButton"))->x() - idleX) < 0.5);
        // The data already shown stays shown meanwhile.
        QVERIFY(m_workspace->loaded());
        QVERIFY(refreshed.isEmpty());
        m_app.driver.screenshot(QStringLiteral("refresh-cue-refreshing"));

        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 1, 10000);
        QTRY_COMPARE(text(QStringLiteral("refreshButton")), QStringLiteral("Refresh"));
        QVERIFY(item(QStringLiteral("refreshButton"))->isEnabled());
        QVERIFY(!item(QStringLiteral("refreshingLabel"))->isVisible());
        QVERIFY(!running(QStringLiteral("firstLoadIndicator")));
        m_app.driver.screenshot(QStringLiteral("refresh-cue-refreshed"));
    }

    void theShortcutShowsTheSameCue()
    {
        m_app.simulator().addFault(holdTheNextClusterList(1500));
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        m_workspace->refresh();
        QTRY_COMPARE(text(QStringLiteral("refreshButton")), QStringLiteral("Refreshing…"));
        QVERIFY(item(QStringLiteral("refreshingLabel"))->isVisible());
        QVERIFY(!running(QStringLiteral("firstLoadIndicator")));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 1, 10000);
        QTRY_COMPARE(text(QStringLiteral("refreshButton")), QStringLiteral("Refresh"));
    }

    // One hover handler per row of dots, not one per dot: the dot under the
    // pointer still names its state in a tooltip placed over that dot, and
    // leaving the row hides it.
    void theDotUnderThePointerNamesItsState()
    {
        m_app.driver.settle();
        const core::Cluster* cluster = m_workspace->currentCluster();
        QVERIFY(cluster);
        const core::NodePool* pool = nullptr;
        for (const core::NodePool& each : cluster->pools)
            if (!pool || each.nodes.size() > pool->nodes.size())
                pool = &each;
        QVERIFY(pool && pool->nodes.size() >= 2);
        QQuickItem* card = item(QStringLiteral("pool_") + pool->spec.name);
        QVERIFY(card);
        const QList<QQuickItem*> dots = dotsUnder(card);
        QCOMPARE(dots.size(), pool->nodes.size());
        auto* tip = card->findChild<QQuickItem*>(QStringLiteral("hoveredNodeDot"));
        QVERIFY(tip);
        const auto attached = [tip](const char* name) {
            return QQmlProperty(tip, QString::fromLatin1(name), qmlContext(tip)).read();
        };
        QQuickWindow* window = m_app.driver.window();
        QVERIFY(!attached("ToolTip.visible").toBool());
        QSet<QString> seen;
        for (QQuickItem* dot : dots) {
            const QPointF centre = dot->mapToScene(QPointF(dot->width() / 2, dot->height() / 2));
            QTest::mouseMove(window, centre.toPoint());
            const QString state = dot->property("nodeState").toString();
            QTRY_COMPARE(attached("ToolTip.text").toString(), state);
            QVERIFY(attached("ToolTip.visible").toBool());
            // Over the dot itself, not the middle of the row.
            QCOMPARE(tip->mapToScene(QPointF(0, 0)), dot->mapToScene(QPointF(0, 0)));
            seen << state;
        }
        QVERIFY2(seen.size() >= 2, "the demo's largest pool has nodes in two states");
        m_app.driver.screenshot(QStringLiteral("refresh-cue-dot-tooltip"));
        // The gap between two dots names nothing.
        const QPointF gap = dots.at(0)->mapToScene(QPointF(dots.at(0)->width() + 1.5, 5));
        QTest::mouseMove(window, gap.toPoint());
        QTRY_VERIFY(!attached("ToolTip.visible").toBool());
        // Off the row: no tooltip.
        QTest::mouseMove(window, card->mapToScene(QPointF(card->width() / 2, 8)).toPoint());
        QTRY_VERIFY(!attached("ToolTip.visible").toBool());
    }

    // What a refresh repaints: the dots of a pool whose node was replaced
    // stay the same items (one more for the new node, the replaced one
    // recoloured), instead of every dot of the pool being built again.
    void aReplacedNodeKeepsThePoolsOtherDots()
    {
        const core::Cluster* cluster = m_workspace->currentCluster();
        QVERIFY(cluster);
        const core::NodePool* pool = nullptr;
        for (const core::NodePool& each : cluster->pools)
            if (each.nodes.size() >= 2)
                pool = &each;
        QVERIFY(pool);
        const QString clusterId = cluster->id, poolId = pool->id, poolName = pool->spec.name;
        const QString nodeId = pool->nodes.first().id;
        QQuickItem* card = item(QStringLiteral("pool_") + poolName);
        QVERIFY(card);
        const QList<QQuickItem*> before = dotsUnder(card);
        QCOMPARE(before.size(), pool->nodes.size());
        QList<QPointer<QQuickItem>> kept;
        for (QQuickItem* dot : before)
            kept << dot;

        bool deleted = false;
        api::NodeDeleteOptions options;
        options.replace = true;
        m_app.client.deleteNode(clusterId, poolId, nodeId, options, this,
                                [&deleted](const api::ApiError& error) {
                                    QVERIFY2(!error.isError(), qPrintable(error.message));
                                    deleted = true;
                                });
        QTRY_VERIFY(deleted);
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        m_workspace->refresh();
        QTRY_COMPARE(refreshed.count(), 1);
        m_app.driver.settle();

        card = item(QStringLiteral("pool_") + poolName);
        QVERIFY(card);
        const QStringList states = card->property("nodeStates").toStringList();
        const QList<QQuickItem*> after = dotsUnder(card);
        QCOMPARE(after.size(), states.size());
        QVERIFY(after.size() >= before.size());
        for (qsizetype i = 0; i < kept.size(); ++i) {
            QVERIFY2(kept.at(i), qPrintable(QStringLiteral("dot %1 was re-created").arg(i)));
            QCOMPARE(after.at(i), kept.at(i).data());
        }
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i)->property("nodeState").toString(), states.at(i));
        m_app.driver.screenshot(QStringLiteral("refresh-cue-replaced-node"));
    }
};

QTEST_MAIN(RefreshCueTest)
#include "tst_refreshcue.moc"
