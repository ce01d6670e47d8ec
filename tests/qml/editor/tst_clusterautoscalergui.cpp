// The cluster autoscaler settings through the real QML, offscreen, against
// the demo simulator: "Tune…" from the pool list, the threshold slider with
// the arrow keys, the unneeded time typed key by key (a bad one shows its
// error and cannot be reviewed), an expander ticked with the mouse, reviewed
// and applied in the plan dialog; then the simulator holds the new settings.
// And the droplet-limit pre-flight: a pool grown past the account's limit in
// the editor, the account's limit lowered after the review, is refused at
// Apply by the runner's own check with nothing sent.
#include "demoapp.h"
#include "sim/simulator.h"

#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class ClusterAutoscalerGuiTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;
    QObject* m_plan = nullptr;
    WindowDriver& m_driver = m_app.driver;
    QString m_clusterId;
    QStringList m_writes;

    sim::Simulator& simulator() { return m_app.simulator(); }
    QString text(const QString& objectName)
    {
        QObject* item = m_driver.find<QObject>(objectName);
        return item ? item->property("text").toString() : QString();
    }
    bool planDialogOpen()
    {
        return m_driver.find<QObject>(QStringLiteral("planDialog"))->property("opened").toBool();
    }
    bool runToEnd()
    {
        return QTest::qWaitFor(
            [&] {
                simulator().clock().advance(5);
                return m_plan->property("finished").toBool();
            },
            20'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.start();
        simulator().clock().setManual();
        m_workspace = m_app.workspace.get();
        m_plan = m_driver.find<QObject>(QStringLiteral("planController"));
        QVERIFY(m_plan);
        QTRY_VERIFY(m_workspace->loaded());
        m_workspace->setCurrentClusterIndex(0);
        m_clusterId = m_workspace->currentCluster()->id;
        connect(&simulator(), &sim::Simulator::requestHandled, this,
                [this](const QString& method, const QString& path, int) {
                    if (method != u"GET")
                        m_writes << method + u' ' + path;
                });
    }

    void tunesTheClusterAutoscalerAndTheSimulatorHoldsIt()
    {
        QTRY_VERIFY(text(QStringLiteral("clusterAutoscalerSummary"))
                        .contains(u"less than 50 % of it is requested"));
        QVERIFY(text(QStringLiteral("clusterAutoscalerSummary")).contains(u"10 minutes"));
        QVERIFY(m_driver.click(QStringLiteral("tuneAutoscalerButton")));
        auto* dialog = m_driver.find<QObject>(QStringLiteral("clusterAutoscalerDialog"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto* editor = m_driver.find<QObject>(QStringLiteral("clusterAutoscalerEditor"));
        QCOMPARE(editor->property("threshold").toDouble(), 0.5);

        // Three steps of 5 % to the right: 65 %, said in words.
        m_driver.find(QStringLiteral("scaleDownThresholdSlider"))->forceActiveFocus();
        m_driver.key(Qt::Key_Right, 3);
        QTRY_COMPARE(editor->property("threshold").toDouble(), 0.65);
        QCOMPARE(text(QStringLiteral("scaleDownThresholdValue")), QStringLiteral("65 %"));
        QCOMPARE(text(QStringLiteral("scaleDownThresholdMeaning")),
                 QStringLiteral("The autoscaler will scale down a node when less than 65 % of "
                                "it is requested."));

        // A duration the API would refuse: the error under the field, no review.
        m_driver.type(QStringLiteral("scaleDownUnneededField"), QStringLiteral("5 minutes"));
        QTRY_VERIFY(text(QStringLiteral("scaleDownUnneededError")).contains(u"not a unit"));
        QVERIFY(m_driver.find(QStringLiteral("scaleDownUnneededError"))->isVisible());
        QVERIFY(!m_driver.find(QStringLiteral("autoscalerReviewButton"))->isEnabled());
        m_driver.type(QStringLiteral("scaleDownUnneededField"), QStringLiteral("5m"));
        QTRY_VERIFY(text(QStringLiteral("scaleDownUnneededError")).isEmpty());
        QCOMPARE(text(QStringLiteral("scaleDownUnneededMeaning")),
                 QStringLiteral("a node must be unneeded for 5 minutes before it is removed"));

        QVERIFY(m_driver.click(QStringLiteral("expander_least_waste")));
        QTRY_COMPARE(editor->property("expanders").toStringList(), QStringList{"least_waste"});
        m_driver.screenshot(QStringLiteral("cluster-autoscaler"));

        QVERIFY(m_driver.click(QStringLiteral("autoscalerReviewButton")));
        QTRY_VERIFY(planDialogOpen());
        const QString plan = m_plan->property("planText").toString();
        QVERIFY2(plan.contains(u"~ configure the cluster autoscaler") &&
                     plan.contains(u"scale_down_utilization_threshold: 0.5 -> 0.65") &&
                     plan.contains(u"scale_down_unneeded_time: 10m -> 5m") &&
                     plan.contains(u"expanders: (none) -> least_waste"),
                 qPrintable(plan));
        m_driver.screenshot(QStringLiteral("cluster-autoscaler-plan"));
        QVERIFY(m_writes.isEmpty()); // nothing before Apply
        QCOMPARE(simulator().cluster(m_clusterId)->scaleDownUtilizationThreshold, 0.5);

        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QVERIFY(runToEnd());
        QVERIFY2(m_plan->property("succeeded").toBool(),
                 qPrintable(m_plan->property("resultText").toString()));
        QCOMPARE(m_writes, QStringList{"PUT /v2/kubernetes/clusters/" + m_clusterId});
        const sim::ClusterRow held = *simulator().cluster(m_clusterId);
        QCOMPARE(held.scaleDownUtilizationThreshold, 0.65);
        QCOMPARE(held.scaleDownUnneededTime, QStringLiteral("5m"));
        QCOMPARE(held.expanders, QStringList{"least_waste"});
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton"))); // "Close"
        QTRY_VERIFY(!m_workspace->loading());
        QTRY_VERIFY(text(QStringLiteral("clusterAutoscalerSummary"))
                        .contains(u"less than 65 % of it is requested"));
        QVERIFY(text(QStringLiteral("clusterAutoscalerSummary")).contains(u"least_waste"));
    }

    void thePreflightRefusesAPoolGrownPastTheDropletLimit()
    {
        QTRY_VERIFY(
            !m_driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
        m_writes.clear();
        const auto web = simulator().poolByName(m_clusterId, QStringLiteral("web"));
        QVERIFY(web);
        QTRY_VERIFY(m_workspace->pools()->indexOfKey(web->id) >= 0);
        m_workspace->setCurrentPoolIndex(m_workspace->pools()->indexOfKey(web->id));
        QVERIFY(m_driver.click(QStringLiteral("editPoolButton")));
        auto* editor = m_driver.find<QObject>(QStringLiteral("poolEditor"));
        QTRY_COMPARE(editor->property("count").toInt(), 3);
        // Beside the autoscaling editor: the cluster's side, read-only there.
        QVERIFY(text(QStringLiteral("editorClusterAutoscalerSummary")).contains(u"65 %"));
        m_driver.find(QStringLiteral("countHandle"))->forceActiveFocus();
        m_driver.key(Qt::Key_Right, 5); // 3 -> 8: 22 nodes, within the account's 25
        QTRY_COMPARE(editor->property("count").toInt(), 8);
        QVERIFY(m_driver.click(QStringLiteral("editorReviewButton")));
        QTRY_VERIFY(planDialogOpen());
        // The dialog's pre-flight (the last refresh's limit) lets it through;
        // the limit drops to 20 before Apply, and the runner's own check,
        // against the live account, refuses it. (A plan past the limit the
        // dialog knows is refused there already: tst_plandialog.)
        QVERIFY(m_plan->property("refusal").toString().isEmpty());
        simulator().setDropletLimit(20);
        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QVERIFY(runToEnd());
        QVERIFY(!m_plan->property("succeeded").toBool());
        const QString result = m_plan->property("resultText").toString();
        QVERIFY2(result.contains(u"nothing was sent") && result.contains(u"droplet limit is 20") &&
                     result.contains(u"prod-tor1/web: 3 → 8"),
                 qPrintable(result));
        m_driver.screenshot(QStringLiteral("preflight-refused"));
        QVERIFY2(m_writes.isEmpty(), qPrintable(m_writes.join(u", ")));
        QCOMPARE(simulator().poolByName(m_clusterId, QStringLiteral("web"))->count, 3);
    }
};

QTEST_MAIN(ClusterAutoscalerGuiTest)
#include "tst_clusterautoscalergui.moc"
