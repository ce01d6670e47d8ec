// The plan dialog's review, through the real QML offscreen against the demo
// simulator (its account's droplet limit is 25, its pools hold 17 nodes):
// - field names in the table are readable whole, however long (a label key
//   with a prefix, the cluster autoscaler's scale_down_utilization_threshold),
//   where they used to be cut to "scale_dow…";
// - the droplet-limit pre-flight that poolctl prints before applying shows
//   above the steps: autoscaling maxima past the limit as a warning (Apply
//   still possible, and the run's log repeats it), node counts past it as a
//   refusal (Apply disabled, and a click on it sends nothing).
#include "app/plan/plancontroller.h"
#include "demoapp.h"
#include "sim/simulator.h"
#include "testdatafolder.h"

#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

using namespace Qt::StringLiterals;

namespace {

// A label key DigitalOcean takes (a DNS prefix, a long name): the longest
// field name of the plan below.
const QString LongLabelKey = u"example.com/workload-class-for-batch"_s;

} // namespace

class PlanDialogTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;
    app::PlanController* m_plan = nullptr;
    WindowDriver& m_driver = m_app.driver;
    QString m_clusterId;
    QStringList m_writes; // every request but a GET, as "METHOD path"

    sim::Simulator& simulator() { return m_app.simulator(); }
    QString text(const QString& objectName) const
    {
        QQuickItem* item = m_driver.find(objectName);
        return item ? item->property("text").toString() : u"<no %1>"_s.arg(objectName);
    }
    bool showing(const QString& objectName) const
    {
        QQuickItem* item = m_driver.find(objectName);
        return item && item->isVisible();
    }
    bool planDialogOpen() const
    {
        QObject* dialog = m_driver.find<QObject>(u"planDialog"_s);
        return dialog && dialog->property("opened").toBool();
    }
    void closePlanDialog()
    {
        QVERIFY(m_driver.click(u"planCancelButton"_s));
        QTRY_VERIFY(!m_driver.find<QObject>(u"planDialog"_s)->property("visible").toBool());
    }

    // Opens the editor on the web pool of prod-tor1, as it is live.
    QObject* editWeb()
    {
        const auto web = simulator().poolByName(m_clusterId, u"web"_s);
        if (!web)
            return nullptr;
        m_workspace->setCurrentPoolIndex(m_workspace->pools()->indexOfKey(web->id));
        if (!m_driver.click(u"editPoolButton"_s))
            return nullptr;
        auto* editor = m_driver.find<QObject>(u"poolEditor"_s);
        // The editor dialog may be loaded on first use: wait for its handles.
        if (!QTest::qWaitFor([&] {
                QObject* dialog = m_driver.find<QObject>(u"poolEditorDialog"_s);
                return editor && editor->property("count").toInt() == 3 && dialog &&
                       dialog->property("opened").toBool() && m_driver.find(u"countHandle"_s);
            }))
            return nullptr;
        return editor;
    }

    // Every field name of the step is shown whole: not elided, and its text
    // fits the label it is drawn in (wrapped when it must).
    void checkFieldNamesWhole(int step)
    {
        const QVariantList fields = m_plan->steps()->row(step).value(u"fields"_s).toList();
        QVERIFY(!fields.isEmpty());
        // One column: every name as wide as the row's widest, the values lined up.
        QQuickItem* column = m_driver.find(u"planStepFields_%1"_s.arg(step));
        QVERIFY(column);
        const qreal nameWidth = column->property("nameWidth").toReal();
        for (const QVariant& field : fields) {
            const QString name = field.toMap().value(u"field"_s).toString();
            QQuickItem* label = m_driver.find(u"planStepFieldName_%1_%2"_s.arg(step).arg(name));
            QVERIFY2(label, qPrintable(name));
            QTRY_VERIFY2(
                qAbs(label->width() - nameWidth) < 0.5,
                qPrintable(u"%1: %2 wide, not %3"_s.arg(name).arg(label->width()).arg(nameWidth)));
        }
        for (const QVariant& field : fields) {
            const QString name = field.toMap().value(u"field"_s).toString();
            QQuickItem* label = m_driver.find(u"planStepFieldName_%1_%2"_s.arg(step).arg(name));
            QVERIFY2(label && label->isVisible(), qPrintable(name));
            QCOMPARE(label->property("text").toString(), name);
            QVERIFY2(!label->property("truncated").toBool(), qPrintable(name));
            // A name that fits its width is on one line (a stale first width wrapped "nodeCount").
            if (label->implicitWidth() <= label->width() + 0.5)
                QCOMPARE(label->property("lineCount").toInt(), 1);
            const qreal contentWidth = label->property("contentWidth").toReal();
            const qreal contentHeight = label->property("contentHeight").toReal();
            QVERIFY2(contentWidth <= label->width() + 0.5 && contentHeight <= label->height() + 0.5,
                     qPrintable(u"%1: %2×%3 drawn in %4×%5"_s.arg(name)
                                    .arg(contentWidth)
                                    .arg(contentHeight)
                                    .arg(label->width())
                                    .arg(label->height())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        clearTestDataFolder();
        m_app.start();
        // From now: the seed's provisioning node started at load time.
        simulator().clock().setManual(QDateTime::currentDateTimeUtc());
        m_workspace = m_app.workspace.get();
        m_plan = m_driver.find<app::PlanController>(u"planController"_s);
        QVERIFY(m_plan);
        QTRY_VERIFY(m_workspace->loaded());
        m_workspace->setCurrentClusterIndex(0);
        m_clusterId = m_workspace->currentCluster()->id;
        QCOMPARE(m_workspace->currentCluster()->name, u"prod-tor1"_s);
        QCOMPARE(m_workspace->dropletLimit(), 25);
        connect(&simulator(), &sim::Simulator::requestHandled, this,
                [this](const QString& method, const QString& path, int) {
                    if (method != u"GET")
                        m_writes << method + u' ' + path;
                });
    }

    void autoscalingMaximaPastTheLimitAreWarnedOfAboveTheSteps()
    {
        QObject* editor = editWeb();
        QVERIFY(editor);
        // Autoscaling 3-12: at its maximum the account would need 26 droplets.
        QVERIFY(m_driver.click(u"autoscaleSwitch"_s));
        QTRY_VERIFY(editor->property("autoScale").toBool());
        m_driver.find(u"maxHandle"_s)->forceActiveFocus();
        m_driver.key(Qt::Key_Right, 9);
        QTRY_COMPARE(editor->property("maxNodes").toInt(), 12);
        // A label with a long key, and a taint: long field names in the table.
        const int labels = editor->property("labelCount").toInt(); // web's own stay
        QVERIFY(m_driver.click(u"addLabelButton"_s));
        const QString newLabel = QString::number(labels);
        QTRY_VERIFY(m_driver.find(u"labelKey_"_s + newLabel));
        m_driver.type(u"labelKey_"_s + newLabel, LongLabelKey);
        m_driver.type(u"labelValue_"_s + newLabel, u"nightly"_s);
        const QString newTaint = QString::number(editor->property("taintCount").toInt());
        QVERIFY(m_driver.click(u"addTaintButton"_s));
        QTRY_VERIFY(m_driver.find(u"taintKey_"_s + newTaint));
        m_driver.type(u"taintKey_"_s + newTaint, u"dedicated"_s);
        m_driver.type(u"taintValue_"_s + newTaint, u"batch"_s);
        QTRY_VERIFY2(editor->property("valid").toBool(),
                     qPrintable(editor->property("lintWarnings").toStringList().join(u'\n')));

        QVERIFY(m_driver.click(u"editorReviewButton"_s));
        QTRY_VERIFY(planDialogOpen());
        QCOMPARE(m_plan->steps()->count(), 1);

        // The pre-flight's warning, above the step table, as poolctl words it.
        QVERIFY(showing(u"planPreflightWarning"_s));
        const QString warning = text(u"planPreflightWarning"_s);
        QVERIFY2(warning.contains(u"at their autoscaling maxima") &&
                     warning.contains(u"past the droplet limit of 25") &&
                     warning.contains(u"prod-tor1/web: 3 → 12"),
                 qPrintable(warning));
        QQuickItem* table = m_driver.find(u"planStepTable"_s);
        QQuickItem* warningLabel = m_driver.find(u"planPreflightWarning"_s);
        QVERIFY(warningLabel->mapToScene({0, warningLabel->height()}).y() <=
                table->mapToScene({0, 0}).y());
        QVERIFY(!showing(u"planRefusal"_s));
        QVERIFY(m_driver.find(u"planApplyButton"_s)->isEnabled()); // a warning, not a refusal

        // Every field name whole: the label key's too.
        const QString labelField = u"labels."_s + LongLabelKey;
        QVERIFY(m_driver.find(u"planStepFieldName_0_"_s + labelField));
        QVERIFY(m_driver.find(u"planStepFieldName_0_taints"_s));
        checkFieldNamesWhole(0);
        m_driver.screenshot(u"plan-long-fields-preflight-warning"_s);

        closePlanDialog();
        QVERIFY2(m_writes.isEmpty(), qPrintable(m_writes.join(u", ")));
    }

    void nodeCountsPastTheLimitAreRefusedAndApplySendsNothing()
    {
        QObject* editor = editWeb();
        QVERIFY(editor);
        m_driver.find(u"countHandle"_s)->forceActiveFocus();
        m_driver.key(Qt::Key_Right, 9); // 3 -> 12: 26 nodes, past the account's 25
        QTRY_COMPARE(editor->property("count").toInt(), 12);
        QVERIFY(m_driver.click(u"editorReviewButton"_s));
        QTRY_VERIFY(planDialogOpen());

        QVERIFY(showing(u"planRefusal"_s));
        const QString refusal = text(u"planRefusal"_s);
        QVERIFY2(refusal.startsWith(u"Refused: ") &&
                     refusal.contains(u"room for 26 droplets at once") &&
                     refusal.contains(u"droplet limit is 25") &&
                     refusal.contains(u"prod-tor1/web: 3 → 12"),
                 qPrintable(refusal));
        QVERIFY(!showing(u"planPreflightWarning"_s));
        QQuickItem* apply = m_driver.find(u"planApplyButton"_s);
        QVERIFY(apply->isVisible());
        QVERIFY(!apply->isEnabled());
        m_driver.screenshot(u"plan-preflight-refused"_s);

        // A click on the disabled button is no apply; nor is the controller's.
        QVERIFY(!m_driver.click(u"planApplyButton"_s));
        QTest::mouseClick(m_app.window, Qt::LeftButton, {},
                          apply->mapToScene({apply->width() / 2, apply->height() / 2}).toPoint());
        QVERIFY(!m_plan->apply(true));
        // An apply would have started at once (running, its first request out).
        QVERIFY(!m_plan->running() && !m_plan->finished());
        QVERIFY2(m_writes.isEmpty(), qPrintable(m_writes.join(u", ")));
        QCOMPARE(simulator().poolByName(m_clusterId, u"web"_s)->count, 3);
        closePlanDialog();
    }

    // The cluster autoscaler's fields are the longest names a plan has.
    void theClusterAutoscalersFieldNamesShowWhole()
    {
        QVERIFY(m_driver.click(u"tuneAutoscalerButton"_s));
        auto* dialog = m_driver.find<QObject>(u"clusterAutoscalerDialog"_s);
        QTRY_VERIFY(dialog->property("opened").toBool());
        m_driver.find(u"scaleDownThresholdSlider"_s)->forceActiveFocus();
        m_driver.key(Qt::Key_Right, 3);
        m_driver.type(u"scaleDownUnneededField"_s, u"5m"_s);
        QTRY_VERIFY(m_driver.find(u"autoscalerReviewButton"_s)->isEnabled());
        QVERIFY(m_driver.click(u"autoscalerReviewButton"_s));
        QTRY_VERIFY(planDialogOpen());
        QQuickItem* threshold =
            m_driver.find(u"planStepFieldName_0_scale_down_utilization_threshold"_s);
        QVERIFY(threshold && threshold->isVisible());
        // Room enough here: on one line, as wide as the name.
        QCOMPARE(threshold->property("lineCount").toInt(), 1);
        QVERIFY(threshold->width() >= threshold->implicitWidth() - 0.5);
        checkFieldNamesWhole(0);
        QVERIFY(!showing(u"planPreflightWarning"_s)); // no pool changes
        m_driver.screenshot(u"plan-cluster-autoscaler-fields"_s);
        closePlanDialog();
        QVERIFY2(m_writes.isEmpty(), qPrintable(m_writes.join(u", ")));
    }

    // A warned plan may be applied: the runner checks again at Apply, and its
    // log says the same as the dialog did.
    void theWarnedPlanAppliesAndItsLogRepeatsTheWarning()
    {
        QObject* editor = editWeb();
        QVERIFY(editor);
        QVERIFY(m_driver.click(u"autoscaleSwitch"_s));
        QTRY_VERIFY(editor->property("autoScale").toBool());
        m_driver.find(u"maxHandle"_s)->forceActiveFocus();
        m_driver.key(Qt::Key_Right, 9);
        QTRY_COMPARE(editor->property("maxNodes").toInt(), 12);
        QVERIFY(m_driver.click(u"editorReviewButton"_s));
        QTRY_VERIFY(planDialogOpen());
        QVERIFY(showing(u"planPreflightWarning"_s));
        QVERIFY(m_driver.click(u"planApplyButton"_s));
        if (!QTest::qWaitFor(
                [&] {
                    simulator().clock().advance(5);
                    return m_plan->finished();
                },
                20'000))
            QFAIL(qPrintable(m_plan->log().join(u'\n') + u" / "_s + m_plan->stepText()));
        QVERIFY2(m_plan->succeeded(), qPrintable(m_plan->resultText()));
        const QString log = m_plan->log().join(u'\n');
        QVERIFY2(log.contains(u"⚠ at their autoscaling maxima") &&
                     log.contains(u"prod-tor1/web: 3 → 12"),
                 qPrintable(log));
        QVERIFY(!showing(u"planPreflightWarning"_s)); // the review is over
        const auto web = simulator().poolByName(m_clusterId, u"web"_s);
        QVERIFY(web->autoScale);
        QCOMPARE(web->maxNodes, 12);
        QCOMPARE(web->count, 3);
        closePlanDialog();
    }
};

QTEST_MAIN(PlanDialogTest)
#include "tst_plandialog.moc"
