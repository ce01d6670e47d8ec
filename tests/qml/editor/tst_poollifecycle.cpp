// A pool's whole life driven through the real QML, offscreen, against the
// demo simulator with its clock under the test's control: create a GPU pool
// with a taint and autoscaling 0-4, watch its nodes come up, edit its labels,
// replace a node, delete the pool. After each step the simulator is asked
// what it holds.
#include "api/doclient.h"
#include "app/shell/workspace.h"
#include "demo/demobackend.h"
#include "demoapp.h"
#include "modeltester.h"
#include "sim/simulator.h"

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

// u"..."_s: Qt 6.8 deprecates the older _qs.
using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

const QString PoolName = QStringLiteral("gpu-workers");

} // namespace

class PoolLifecycleTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;
    QObject* m_plan = nullptr;
    WindowDriver& m_driver = m_app.driver;
    QString m_clusterId;

    sim::Simulator& simulator() { return m_app.simulator(); }

    std::optional<sim::PoolRow> heldPool() { return simulator().poolByName(m_clusterId, PoolName); }

    // Moves the simulator's clock on while the app polls, until `done` holds.
    bool advanceUntil(const std::function<bool()>& done)
    {
        return QTest::qWaitFor(
            [&] {
                simulator().clock().advance(5);
                return done();
            },
            20'000);
    }

    void applyReviewedPlan()
    {
        QTRY_VERIFY(
            m_driver.find<QObject>(QStringLiteral("planDialog"))->property("opened").toBool());
        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QVERIFY(advanceUntil([&] { return m_plan->property("finished").toBool(); }));
        QVERIFY2(m_plan->property("succeeded").toBool(),
                 qPrintable(m_plan->property("resultText").toString()));
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton"))); // "Close"
        QTRY_VERIFY(!m_workspace->loading());
    }

    // "Close" (or "Cancel"), then wait until the dialog and its dimmer are gone.
    void closePlanDialog()
    {
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(
            !m_driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
    }

    void selectPool(const QString& name)
    {
        QVERIFY(heldPool());
        QTRY_VERIFY(m_workspace->pools()->indexOfKey(heldPool()->id) >= 0);
        m_workspace->setCurrentPoolIndex(m_workspace->pools()->indexOfKey(heldPool()->id));
        QCOMPARE(m_workspace->currentPoolName(), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.start();
        simulator().clock().setManual();
        m_workspace = m_app.workspace.get();
        // Pools and nodes come and go here: the lists must say so properly.
        watchModel(m_workspace->pools(), this);
        watchModel(m_workspace->nodes(), this);
        m_plan = m_driver.find<QObject>(QStringLiteral("planController"));
        QVERIFY(m_plan);
        QTRY_VERIFY(m_workspace->loaded());
        // The GPU size is offered in tor1: the demo's first cluster.
        m_workspace->setCurrentClusterIndex(0);
        m_clusterId = m_workspace->currentCluster()->id;
        QCOMPARE(m_workspace->currentCluster()->region, QStringLiteral("tor1"));
    }

    void createsAnAutoscaledGpuPoolWithATaint()
    {
        QVERIFY(m_driver.click(QStringLiteral("newPoolButton")));
        auto* editor = m_driver.find<QObject>(QStringLiteral("poolEditor"));
        m_driver.type(QStringLiteral("poolNameField"), PoolName);
        // The GPU sizes come last: scroll the picker to them, as a user would.
        QTRY_VERIFY(m_driver.find(QStringLiteral("sizePicker"))->property("count").toInt() > 0);
        QMetaObject::invokeMethod(m_driver.find(QStringLiteral("sizePicker")), "positionViewAtEnd");
        QTRY_VERIFY(m_driver.find(QStringLiteral("size_gpu-h100x1-80gb")));
        QVERIFY(m_driver.click(QStringLiteral("size_gpu-h100x1-80gb")));
        QCOMPARE(editor->property("size").toString(), QStringLiteral("gpu-h100x1-80gb"));

        // Count 1, then autoscaling 0-4 with the handles and the arrow keys.
        m_driver.find(QStringLiteral("countHandle"))->forceActiveFocus();
        m_driver.key(Qt::Key_Left);
        QCOMPARE(editor->property("count").toInt(), 1);
        QVERIFY(m_driver.click(QStringLiteral("autoscaleSwitch")));
        QTRY_VERIFY(editor->property("autoScale").toBool());
        QVERIFY(m_driver.find(QStringLiteral("autoscaleSwitch"))->property("checked").toBool());
        m_driver.find(QStringLiteral("minHandle"))->forceActiveFocus();
        m_driver.key(Qt::Key_Left, 3);
        m_driver.find(QStringLiteral("maxHandle"))->forceActiveFocus();
        m_driver.key(Qt::Key_Right, 3);
        QCOMPARE(editor->property("minNodes").toInt(), 0);
        QCOMPARE(editor->property("maxNodes").toInt(), 4);

        // A GPU pool without a NoSchedule taint is linted; the preset fixes it.
        const QStringList untainted = editor->property("lintWarnings").toStringList();
        QVERIFY2(untainted.join(u' ').contains(u"taint"), qPrintable(untainted.join(u'\n')));
        QVERIFY(m_driver.find(QStringLiteral("lintWarning")));
        QVERIFY(m_driver.click(QStringLiteral("taintPreset_0")));
        QTRY_COMPARE(editor->property("taintCount").toInt(), 1);
        QVERIFY(editor->property("valid").toBool());
        QVERIFY(editor->property("lintWarnings").toStringList().size() < untainted.size());
        m_driver.screenshot(QStringLiteral("lifecycle-editor-gpu"));

        QVERIFY(m_driver.click(QStringLiteral("editorReviewButton")));
        QTRY_VERIFY(m_plan->property("hasChanges").toBool());
        QVERIFY(m_plan->property("planText").toString().contains(PoolName));
        m_driver.screenshot(QStringLiteral("lifecycle-plan-create"));
        QVERIFY(!heldPool()); // nothing is sent before Apply
        applyReviewedPlan();

        const auto pool = heldPool();
        QVERIFY(pool);
        QCOMPARE(pool->size, QStringLiteral("gpu-h100x1-80gb"));
        QVERIFY(pool->autoScale);
        QCOMPARE(pool->minNodes, 0);
        QCOMPARE(pool->maxNodes, 4);
        QCOMPARE(pool->taints.size(), 1);
        QCOMPARE(pool->taints.first().key, QStringLiteral("nvidia.com/gpu"));
        QCOMPARE(pool->nodes.size(), 1);
        QCOMPARE(pool->nodes.first().state, sim::NodeState::Running);
    }

    void editsTheLabelsOfThePool()
    {
        selectPool(PoolName);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_driver.click(QStringLiteral("editPoolButton")));
        QVERIFY(m_driver.click(QStringLiteral("addLabelButton")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("labelKey_0")));
        m_driver.type(QStringLiteral("labelKey_0"), QStringLiteral("hardware"));
        m_driver.type(QStringLiteral("labelValue_0"), QStringLiteral("gpu"));
        QVERIFY(m_driver.click(QStringLiteral("editorReviewButton")));
        QTRY_VERIFY(m_plan->property("planText").toString().contains(u"hardware"));
        applyReviewedPlan();
        QCOMPARE(heldPool()->labels.value(QStringLiteral("hardware")), QStringLiteral("gpu"));
    }

    void replacesANode()
    {
        selectPool(PoolName);
        if (QTest::currentTestFailed())
            return;
        const sim::NodeRow old = heldPool()->nodes.first();
        QTRY_VERIFY(m_driver.find(u"replaceNode_"_s + old.name));
        QVERIFY(m_driver.click(u"replaceNode_"_s + old.name));
        auto* confirm = m_driver.find<QObject>(QStringLiteral("nodeDeleteDialog"));
        QTRY_VERIFY(confirm->property("opened").toBool());
        QMetaObject::invokeMethod(confirm, "accept");
        QVERIFY(advanceUntil([&] {
            const auto pool = heldPool();
            const bool oldGone =
                std::none_of(pool->nodes.begin(), pool->nodes.end(),
                             [&](const sim::NodeRow& n) { return n.id == old.id; });
            return oldGone && pool->nodes.size() == 1 &&
                   pool->nodes.first().state == sim::NodeState::Running;
        }));
        QCOMPARE(heldPool()->count, 1);
    }

    void deletesThePoolAfterTheNameIsTyped()
    {
        selectPool(PoolName);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_driver.click(QStringLiteral("deletePoolButton")));
        QTRY_VERIFY(
            m_driver.find<QObject>(QStringLiteral("planDialog"))->property("opened").toBool());
        QVERIFY(m_plan->property("destructive").toBool());
        QVERIFY(!m_driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        m_driver.type(QStringLiteral("confirmNameField"), PoolName);
        QVERIFY(m_driver.click(QStringLiteral("confirmDestructive")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        m_driver.screenshot(QStringLiteral("lifecycle-delete-confirm"));
        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QVERIFY(advanceUntil([&] { return m_plan->property("finished").toBool(); }));
        QVERIFY(m_plan->property("succeeded").toBool());
        QVERIFY(!heldPool());
        closePlanDialog(); // as a user would before going on
    }

    void refusesToDeleteAClustersLastPoolBeforeAnyRequest()
    {
        // Make apac-sgp1 a one-pool cluster, through the API as another tool would.
        const core::Cluster* cluster = nullptr;
        for (const core::Cluster& candidate : m_workspace->allClusters())
            if (candidate.name == u"apac-sgp1")
                cluster = &candidate;
        QVERIFY(cluster && cluster->pools.size() > 1);
        const QString clusterId = cluster->id;
        const QList<core::NodePool> pools = cluster->pools;
        for (int i = 1; i < pools.size(); ++i)
            m_app.client.deleteNodePool(clusterId, pools.at(i).id, this,
                                        [](const api::ApiError&) {});
        QVERIFY(advanceUntil([&] { return simulator().cluster(clusterId)->pools.size() == 1; }));
        m_workspace->refresh();
        QTRY_VERIFY(!m_workspace->loading());

        m_workspace->setCurrentClusterIndex(m_workspace->clusters()->indexOfKey(clusterId));
        m_workspace->setCurrentPoolIndex(0);
        QCOMPARE(m_workspace->currentCluster()->pools.size(), 1);
        const int requests = simulator().requestCount();
        QVERIFY(m_driver.click(QStringLiteral("deletePoolButton")));
        QTRY_VERIFY(!m_plan->property("refusal").toString().isEmpty());
        QVERIFY(m_driver.find(QStringLiteral("planRefusal"))->isVisible());
        QVERIFY(!m_driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        // Even a confirmed apply sends nothing.
        bool sent = true;
        QVERIFY(QMetaObject::invokeMethod(m_plan, "apply", Q_RETURN_ARG(bool, sent),
                                          Q_ARG(bool, true)));
        QVERIFY(!sent);
        QCOMPARE(simulator().requestCount(), requests);
        QCOMPARE(simulator().cluster(clusterId)->pools.size(), 1);
        m_driver.screenshot(QStringLiteral("lifecycle-delete-last-pool"));
        closePlanDialog();
    }

    void aRefusedNodeDeleteIsShownInTheBanner()
    {
        // The last test left apac-sgp1/default-pool selected, with running nodes.
        const core::NodePool* pool = m_workspace->currentPool();
        QVERIFY(pool && !pool->nodes.isEmpty());
        const QString node = pool->nodes.first().name;
        sim::FaultRule refuse;
        refuse.method = QStringLiteral("DELETE");
        refuse.path = QStringLiteral("/v2/kubernetes/clusters/*/node_pools/*/nodes/*");
        refuse.status = 403;
        simulator().addFault(refuse);

        QTRY_VERIFY(m_driver.find(u"deleteNode_"_s + node));
        QVERIFY(m_driver.click(u"deleteNode_"_s + node));
        auto* confirm = m_driver.find<QObject>(QStringLiteral("nodeDeleteDialog"));
        QTRY_VERIFY(confirm->property("opened").toBool());
        QMetaObject::invokeMethod(confirm, "accept");
        QTRY_VERIFY(m_workspace->errorText().contains(u"403"));
        QTRY_VERIFY(!m_workspace->loading()); // the refresh after it does not wipe it
        QVERIFY(m_driver.shown(QStringLiteral("errorBanner")));
        QVERIFY(m_workspace->errorText().contains(u"not deleted"));
    }
};

QTEST_MAIN(PoolLifecycleTest)
#include "tst_poollifecycle.moc"
