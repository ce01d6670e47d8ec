// A size change through the real window against the demo simulator, its
// clock under the test's control: the editor proposes the new pool's name,
// the plan dialog shows the replacement as a row of its table, Apply creates
// the new pool first and deletes the old one only once the new nodes run.
// After every clock step the simulator is asked how many nodes of the
// workload run: never fewer than before the change. Also: a plan of every
// kind (create, update, replace, delete) in the table, for the screenshots,
// and a manifest that would create a pool a blue/green replace renamed.
#include "app/plan/plancontroller.h"
#include "app/plan/planstepmodel.h"
#include "core/manifestplan.h"
#include "core/plan.h"
#include "demoapp.h"
#include "modeltester.h"
#include "sim/simulator.h"

#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

using namespace Qt::StringLiterals;

namespace {

const QString ClusterName = QStringLiteral("staging-fra1");
const QString OldName = QStringLiteral("workers");
const QString OldSize = QStringLiteral("s-2vcpu-4gb");
const QString NewSize = QStringLiteral("s-4vcpu-8gb");
const QString NewName = QStringLiteral("workers-s-4vcpu-8gb");

} // namespace

class PlanReplaceTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;
    app::PlanController* m_plan = nullptr;
    WindowDriver& m_driver = m_app.driver;

    sim::Simulator& simulator() { return m_app.simulator(); }

    const core::Cluster* liveCluster(const QString& name) const
    {
        for (const core::Cluster& cluster : m_workspace->allClusters())
            if (cluster.name == name)
                return &cluster;
        return nullptr;
    }

    void select(const QString& clusterName, const QString& poolName)
    {
        const core::Cluster* cluster = liveCluster(clusterName);
        QVERIFY(cluster);
        const QString clusterId = cluster->id;
        m_workspace->setCurrentClusterIndex(m_workspace->clusters()->indexOfKey(clusterId));
        const auto pool = simulator().poolByName(clusterId, poolName);
        QVERIFY(pool);
        QTRY_VERIFY(m_workspace->pools()->indexOfKey(pool->id) >= 0);
        m_workspace->setCurrentPoolIndex(m_workspace->pools()->indexOfKey(pool->id));
        QCOMPARE(m_workspace->currentPoolName(), poolName);
    }

    // Nodes running in the pools that carry the workload: the old pool (until
    // it is deleted) and its replacement.
    int runningForWorkload(const QString& clusterId)
    {
        int running = 0;
        for (const QString& name : {OldName, NewName})
            if (const auto pool = simulator().poolByName(clusterId, name))
                for (const sim::NodeRow& node : pool->nodes)
                    running += node.state == sim::NodeState::Running ? 1 : 0;
        return running;
    }

    QString text(const QString& objectName) const
    {
        QQuickItem* item = m_driver.find(objectName);
        return item ? item->property("text").toString() : QString();
    }

    void pickSize(const QString& slug)
    {
        QQuickItem* picker = m_driver.find(QStringLiteral("sizePicker"));
        QTRY_VERIFY(picker->property("count").toInt() > 0);
        const QVariantList options = picker->property("model").toList();
        int index = -1;
        for (int i = 0; i < options.size(); ++i)
            if (options.at(i).toMap().value(QStringLiteral("slug")).toString() == slug)
                index = i;
        QVERIFY2(index >= 0, qPrintable(slug));
        QMetaObject::invokeMethod(picker, "positionViewAtIndex", Q_ARG(int, index), Q_ARG(int, 1));
        QTRY_VERIFY(m_driver.find(u"size_"_s + slug));
        QVERIFY(m_driver.click(u"size_"_s + slug));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.start();
        // From now: the seed's draining node started draining at load time.
        simulator().clock().setManual(QDateTime::currentDateTimeUtc());
        m_workspace = m_app.workspace.get();
        m_plan = m_driver.find<app::PlanController>(QStringLiteral("planController"));
        QVERIFY(m_plan);
        watchModel(m_plan->steps(), this);
        QTRY_VERIFY(m_workspace->loaded());
    }

    void aSizeChangeIsReplacedBlueGreenWithoutLosingCapacity()
    {
        select(ClusterName, OldName);
        if (QTest::currentTestFailed())
            return;
        const QString clusterId = m_workspace->currentCluster()->id;
        const int before = runningForWorkload(clusterId);
        QCOMPARE(before, 2);

        // The editor: a new size proposes the replacement's name.
        QVERIFY(m_driver.click(QStringLiteral("editPoolButton")));
        QTRY_VERIFY(m_driver.find<QObject>(QStringLiteral("poolEditorDialog"))
                        ->property("opened")
                        .toBool());
        QVERIFY(!m_driver.find(QStringLiteral("replacementNameField"))->isVisible());
        pickSize(NewSize);
        QTRY_VERIFY(m_driver.find(QStringLiteral("replacementNameField"))->isVisible());
        QCOMPARE(text(QStringLiteral("replacementNameField")), NewName);
        // The cluster has other pools: keeping the name may be chosen, and
        // shows the dip; taking it back restores the new name.
        QVERIFY(m_driver.click(QStringLiteral("keepNameCheck")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("capacityDipNote"))->isVisible());
        QVERIFY(text(QStringLiteral("capacityDipNote")).contains(u"−2 node"));
        QVERIFY(m_driver.click(QStringLiteral("keepNameCheck")));
        QTRY_VERIFY(!m_driver.find(QStringLiteral("capacityDipNote"))->isVisible());
        // A taken name is refused beside the field, and Review waits.
        m_driver.type(QStringLiteral("replacementNameField"), QStringLiteral("batch"));
        QTRY_VERIFY(text(QStringLiteral("replacementNameError")).contains(u"batch"));
        QVERIFY(!m_driver.find(QStringLiteral("editorReviewButton"))->isEnabled());
        m_driver.type(QStringLiteral("replacementNameField"), NewName);
        QTRY_VERIFY(text(QStringLiteral("replacementNameError")).isEmpty());
        m_driver.screenshot(QStringLiteral("plan-editor-replacement"));
        QVERIFY(m_driver.click(QStringLiteral("editorReviewButton")));

        // The plan table: one row, a blue/green replacement.
        QTRY_VERIFY(
            m_driver.find<QObject>(QStringLiteral("planDialog"))->property("opened").toBool());
        QCOMPARE(m_plan->steps()->count(), 1);
        QTRY_VERIFY(m_driver.find(QStringLiteral("planStep_0")));
        QCOMPARE(m_driver.find(QStringLiteral("planStepKind_0"))->property("kind").toString(),
                 QStringLiteral("replace"));
        QCOMPARE(text(QStringLiteral("planStepPool_0")), OldName);
        QVERIFY(text(QStringLiteral("planStepFinalName_0")).contains(NewName));
        QVERIFY(m_driver.find(QStringLiteral("planStepField_0_size")));
        QVERIFY(m_driver.find(QStringLiteral("planStepOverlap_0"))->isVisible());
        QVERIFY(m_driver.find(QStringLiteral("planStepFinalCost_0"))->isVisible());
        const QVariantMap row = m_plan->steps()->row(0);
        QVERIFY(row.value(QStringLiteral("destructive")).toBool());
        QVERIFY(!row.value(QStringLiteral("overlapCost")).toString().isEmpty());
        // The text form is one switch away and says the same.
        QVERIFY(m_driver.click(QStringLiteral("planTextToggle")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("planText"))->isVisible());
        QVERIFY(text(QStringLiteral("planText"))
                    .contains(QStringLiteral("-/+ replace workers with ") + NewName));
        QVERIFY(m_driver.click(QStringLiteral("planTextToggle")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("planStepTable"))->isVisible());
        m_driver.screenshot(QStringLiteral("plan-replace-review"));

        // Destructive: Apply waits for the confirmation.
        QVERIFY(!m_driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        QVERIFY(m_driver.click(QStringLiteral("confirmDestructive")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        QVERIFY(!simulator().poolByName(clusterId, NewName)); // nothing sent before Apply
        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));

        // Apply, the clock a few seconds at a time, sampling after each step.
        int lowest = before;
        bool sawBoth = false;
        bool shotBoth = false;
        const bool done = QTest::qWaitFor(
            [&] {
                simulator().clock().advance(1);
                lowest = std::min(lowest, runningForWorkload(clusterId));
                const auto old = simulator().poolByName(clusterId, OldName);
                const auto created = simulator().poolByName(clusterId, NewName);
                if (old && !old->deleted && created) {
                    sawBoth = true;
                    if (!shotBoth) {
                        shotBoth = true;
                        m_driver.screenshot(QStringLiteral("plan-replace-running"));
                    }
                }
                return m_plan->finished();
            },
            60'000);
        QVERIFY2(done, qPrintable(m_plan->log().join(u'\n')));
        QVERIFY2(m_plan->succeeded(), qPrintable(m_plan->resultText()));
        QVERIFY(sawBoth);
        QCOMPARE(m_plan->steps()->row(0).value(QStringLiteral("state")).toString(),
                 QStringLiteral("applied"));
        QVERIFY(m_plan->summary().join(u'\n').contains(NewName));
        m_driver.screenshot(QStringLiteral("plan-replace-done"));

        // The old pool drains and goes; only the new one is left.
        QVERIFY(QTest::qWaitFor(
            [&] {
                simulator().clock().advance(1);
                lowest = std::min(lowest, runningForWorkload(clusterId));
                return !simulator().poolByName(clusterId, OldName);
            },
            20'000));
        QCOMPARE(lowest, before);
        const auto created = simulator().poolByName(clusterId, NewName);
        QVERIFY(created);
        QCOMPARE(created->size, NewSize);
        QCOMPARE(created->count, 2);
        QCOMPARE(simulator().cluster(clusterId)->pools.size(), 3);   // default-pool, batch, new
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton"))); // "Close"
        QTRY_VERIFY(
            !m_driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
        // No journal is left behind: nothing to resume.
        QTRY_VERIFY(!m_driver.shown(QStringLiteral("interruptedApplyBanner")));
    }

    void everyKindOfStepShowsInTheTable()
    {
        m_workspace->refresh();
        QTRY_VERIFY(!m_workspace->loading());
        const core::Cluster* cluster = liveCluster(QStringLiteral("prod-tor1"));
        QVERIFY(cluster);
        QList<core::NodePoolSpec> desired;
        for (const core::NodePool& pool : cluster->pools) {
            core::NodePoolSpec spec = pool.spec;
            if (spec.name == u"gpu-inference")
                continue; // pruned: deleted
            if (spec.name == u"default-pool") {
                spec.count = 3;
                spec.labels.insert(QStringLiteral("tier"), QStringLiteral("system"));
                spec.tags << QStringLiteral("env:prod");
            }
            if (spec.name == u"web")
                spec.size = QStringLiteral("s-8vcpu-16gb");
            desired << spec;
        }
        core::NodePoolSpec batch;
        batch.name = QStringLiteral("batch-jobs");
        batch.cluster.value = cluster->id;
        batch.size = QStringLiteral("c-4");
        batch.count = 2;
        batch.labels.insert(QStringLiteral("workload"), QStringLiteral("batch"));
        batch.taints << core::Taint{QStringLiteral("dedicated"), QStringLiteral("batch"),
                                    QStringLiteral("NoSchedule")};
        desired << batch;
        core::PlanOptions options;
        options.prune = true;
        options.sizes = m_workspace->sizes();
        core::ManifestPlan plan;
        plan.clusters << core::ClusterPlan{*cluster, desired,
                                           core::plan(desired, cluster->pools, options)};
        m_plan->setManifestPlan(plan, QStringLiteral("Apply manifests to prod-tor1"));
        // The window builds the dialog the first time it opens it.
        QMetaObject::invokeMethod(m_driver.window(), "openPlanDialog");
        QTRY_VERIFY(
            m_driver.find<QObject>(QStringLiteral("planDialog"))->property("opened").toBool());

        QCOMPARE(m_plan->steps()->count(), 4);
        const QStringList kinds{QStringLiteral("create"), QStringLiteral("replace"),
                                QStringLiteral("update"), QStringLiteral("delete")};
        for (int i = 0; i < kinds.size(); ++i) {
            QTRY_VERIFY(m_driver.find(QStringLiteral("planStep_%1").arg(i)));
            QCOMPARE(m_driver.find(QStringLiteral("planStepKind_%1").arg(i))
                         ->property("kind")
                         .toString(),
                     kinds.at(i));
        }
        // The update's fields, before → after.
        QVERIFY(m_driver.find(QStringLiteral("planStepField_2_nodeCount")));
        QVERIFY(m_driver.find(QStringLiteral("planStepField_2_labels.tier")));
        const QVariantList fields =
            m_plan->steps()->row(2).value(QStringLiteral("fields")).toList();
        const auto count = std::find_if(fields.begin(), fields.end(), [](const QVariant& f) {
            return f.toMap().value(QStringLiteral("field")).toString() == u"nodeCount";
        });
        QVERIFY(count != fields.end());
        QCOMPARE(count->toMap().value(QStringLiteral("before")).toString(), QStringLiteral("2"));
        QCOMPARE(count->toMap().value(QStringLiteral("after")).toString(), QStringLiteral("3"));
        // Destructive steps are marked: the replace and the delete.
        QVERIFY(!m_plan->steps()->row(0).value(QStringLiteral("destructive")).toBool());
        QVERIFY(m_plan->steps()->row(1).value(QStringLiteral("destructive")).toBool());
        QVERIFY(m_plan->steps()->row(3).value(QStringLiteral("destructive")).toBool());
        QVERIFY(m_driver.find(QStringLiteral("confirmDestructive"))->isVisible());
        m_driver.screenshot(QStringLiteral("plan-table"));
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(
            !m_driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
    }

    void aManifestOfAReplacedPoolWarnsThatItWouldMakeItAgain()
    {
        // The first test replaced workers with workers-s-4vcpu-8gb; a manifest
        // still naming workers (not rewritten) plans a create.
        m_workspace->refresh();
        QTRY_VERIFY(!m_workspace->loading());
        const core::Cluster* cluster = liveCluster(ClusterName);
        QVERIFY(cluster);
        core::NodePoolSpec stale;
        stale.name = OldName;
        stale.cluster.value = cluster->id;
        stale.size = NewSize;
        stale.count = 2;
        core::ManifestPlan plan;
        plan.clusters << core::ClusterPlan{*cluster, {stale}, core::plan({stale}, cluster->pools)};
        m_plan->setManifestPlan(plan, QStringLiteral("Apply workers.yaml"));
        QCOMPARE(m_plan->steps()->count(), 1);
        QVERIFY(m_plan->steps()->row(0).value(QStringLiteral("warning")).toBool());
        const QString warning = m_plan->warnings().join(u'\n');
        QVERIFY2(warning.contains(NewName) && warning.contains(u"again"), qPrintable(warning));
        // The window builds the dialog the first time it opens it.
        QMetaObject::invokeMethod(m_driver.window(), "openPlanDialog");
        QTRY_VERIFY(m_driver.find(QStringLiteral("planWarning")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("planWarning"))->isVisible());
        m_driver.screenshot(QStringLiteral("plan-replaced-warning"));
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(
            !m_driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
    }
};

QTEST_MAIN(PlanReplaceTest)
#include "tst_planreplace.moc"
