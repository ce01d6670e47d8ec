// The main window as a user sees it: loads the real Main.qml offscreen against
// the demo simulator, then checks what the lists show against what it holds.
#include "api/doclient.h"
#include "app/shell/workspace.h"
#include "demo/demobackend.h"
#include "demoapp.h"
#include "modeltester.h"
#include "sim/simulator.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

// u"..."_s: Qt 6.8 deprecates the older _qs.
using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class MainWindowTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    demo::DemoBackend* m_demo = nullptr;
    app::Workspace* m_workspace = nullptr;
    QQuickWindow* m_window = nullptr;
    WindowDriver m_driver;

    template <typename T = QQuickItem> T* find(const QString& objectName) const
    {
        return m_driver.find<T>(objectName);
    }
    void screenshot(const QString& name) const { m_driver.screenshot(name); }
    void typeText(const QString& text) const
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.start();
        m_demo = &m_app.demo;
        m_workspace = m_app.workspace.get();
        m_window = m_app.window;
        m_driver.setWindow(m_window);
        new QAbstractItemModelTester(m_workspace->clusters(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(m_workspace->pools(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        watchModel(m_workspace->nodes(), this);
    }

    void showsEveryDemoClusterOnStart()
    {
        QQuickItem* list = find(QStringLiteral("clusterList"));
        QVERIFY(list);
        const QJsonArray held = m_demo->simulator()->snapshot().value(u"clusters").toArray();
        QVERIFY(held.size() >= 3);
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), int(held.size()), 10'000);
        for (const QJsonValue& cluster : held) {
            const QString name = cluster.toObject().value(u"name").toString();
            QTRY_VERIFY2(find(u"cluster_"_s + name), qPrintable(name));
        }
        QVERIFY(find<QObject>(QStringLiteral("demoBadge"))->property("visible").toBool());
        QTRY_VERIFY(
            !find<QObject>(QStringLiteral("accountLabel"))->property("text").toString().isEmpty());
        QTRY_VERIFY(!m_workspace->loading());
        screenshot(QStringLiteral("main-window"));
    }

    void showsThePoolsOfTheSelectedCluster()
    {
        QQuickItem* clusters = find(QStringLiteral("clusterList"));
        QQuickItem* pools = find(QStringLiteral("poolList"));
        QVERIFY(pools);
        const QJsonArray held = m_demo->simulator()->snapshot().value(u"clusters").toArray();
        for (int i = 0; i < held.size(); ++i) {
            const QJsonObject cluster = held.at(i).toObject();
            // Click the cluster in the list, as a user would.
            auto* delegate = find(u"cluster_"_s + cluster.value(u"name").toString());
            QVERIFY(delegate);
            QTest::mouseClick(m_window, Qt::LeftButton, {},
                              delegate->mapToScene(QPointF(20, 10)).toPoint());
            QTRY_COMPARE(clusters->property("currentIndex").toInt(), i);
            const QJsonArray heldPools = cluster.value(u"node_pools").toArray();
            QTRY_COMPARE(pools->property("count").toInt(), int(heldPools.size()));
            for (const QJsonValue& pool : heldPools) {
                const QString name = pool.toObject().value(u"name").toString();
                QTRY_VERIFY2(find(u"pool_"_s + name), qPrintable(name));
            }
        }
        screenshot(QStringLiteral("last-cluster-pools"));
    }

    void newPoolEditorValidatesAsTheUserTypes()
    {
        m_workspace->setCurrentClusterIndex(0);
        QTRY_VERIFY(find<QObject>(QStringLiteral("newPoolButton"))->property("enabled").toBool());
        QVERIFY(m_driver.click(QStringLiteral("newPoolButton")));
        auto* dialog = m_window->findChild<QObject*>(QStringLiteral("poolEditorDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());

        auto* nameField = find(QStringLiteral("poolNameField"));
        QVERIFY(nameField);
        nameField->forceActiveFocus();
        QMetaObject::invokeMethod(nameField, "selectAll");
        typeText(QStringLiteral("Bad_Name"));
        QCOMPARE(nameField->property("text").toString(), QStringLiteral("Bad_Name"));
        auto* nameError = find<QObject>(QStringLiteral("poolNameError"));
        QTRY_VERIFY(!nameError->property("text").toString().isEmpty());
        QVERIFY(!find<QObject>(QStringLiteral("editorReviewButton"))->property("enabled").toBool());

        QMetaObject::invokeMethod(nameField, "selectAll");
        typeText(QStringLiteral("batch-workers"));
        QTRY_VERIFY(nameError->property("text").toString().isEmpty());
        QVERIFY(find<QObject>(QStringLiteral("editorReviewButton"))->property("enabled").toBool());
        screenshot(QStringLiteral("pool-editor-new"));
    }

    void labelTaintAndTagRowsShowTheirOwnMessages()
    {
        auto* editor = m_window->findChild<QObject*>(QStringLiteral("poolEditor"));
        QVERIFY(m_driver.click(QStringLiteral("addLabelButton")));
        QTRY_VERIFY(find(QStringLiteral("labelKey_0")));
        m_driver.type(QStringLiteral("labelKey_0"), QStringLiteral("node-role.kubernetes.io/gpu"));
        m_driver.type(QStringLiteral("labelValue_0"), QStringLiteral("yes"));
        QTRY_VERIFY(!editor->property("labelErrors").toStringList().value(0).isEmpty());
        QVERIFY(!editor->property("valid").toBool());
        m_driver.type(QStringLiteral("labelKey_0"), QStringLiteral("workload"));
        QTRY_VERIFY(editor->property("labelErrors").toStringList().value(0).isEmpty());

        QVERIFY(m_driver.click(QStringLiteral("addTaintButton")));
        QTRY_VERIFY(find(QStringLiteral("taintKey_0")));
        m_driver.type(QStringLiteral("taintKey_0"), QStringLiteral("bad key!"));
        QTRY_VERIFY(!editor->property("taintErrors").toStringList().value(0).isEmpty());
        m_driver.type(QStringLiteral("taintKey_0"), QStringLiteral("dedicated"));
        QTRY_VERIFY(editor->property("taintErrors").toStringList().value(0).isEmpty());

        m_driver.type(QStringLiteral("tagField"), QStringLiteral("team/ml"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(editor->property("tags").toStringList().contains(u"team/ml"));
        QTRY_VERIFY(
            !find<QObject>(QStringLiteral("tagsError"))->property("text").toString().isEmpty());
        QVERIFY(!find(QStringLiteral("editorReviewButton"))->isEnabled());
        QVERIFY(find<QObject>(QStringLiteral("problemSummary"))
                    ->property("text")
                    .toString()
                    .contains(u"spec.tags[0]"));
        screenshot(QStringLiteral("pool-editor-row-errors"));
        // Undo takes the bad tag back out (Ctrl+Z in a text field undoes its typing).
        QVERIFY(m_driver.click(QStringLiteral("editorUndoButton")));
        QTRY_VERIFY(!editor->property("tags").toStringList().contains(u"team/ml"));
        QTRY_VERIFY(find(QStringLiteral("editorReviewButton"))->isEnabled());
    }

    void autoscaleHandlesMoveWithTheArrowKeysAndWarnPastTheDropletLimit()
    {
        auto* editor = m_window->findChild<QObject*>(QStringLiteral("poolEditor"));
        QVERIFY(editor);
        auto* toggle = find(QStringLiteral("autoscaleSwitch"));
        QVERIFY(toggle);
        QVERIFY(m_driver.click(QStringLiteral("autoscaleSwitch")));
        QTRY_VERIFY(editor->property("autoScale").toBool());
        const int maxBefore = editor->property("maxNodes").toInt();

        auto* maxHandle = find(QStringLiteral("maxHandle"));
        QVERIFY(maxHandle && maxHandle->isVisible());
        maxHandle->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Right);
        QCOMPARE(editor->property("maxNodes").toInt(), maxBefore + 1);
        QVERIFY(editor->property("autoscaleWarnings").toStringList().isEmpty());
        QVERIFY(!find<QObject>(QStringLiteral("costBand"))->property("text").toString().isEmpty());

        const int limit = m_workspace->dropletLimit();
        QVERIFY(limit > 0);
        for (int i = 0; i < limit; ++i)
            QTest::keyClick(m_window, Qt::Key_Right);
        QVERIFY(editor->property("maxNodes").toInt() > maxBefore + 1);
        QTRY_VERIFY(!editor->property("autoscaleWarnings").toStringList().isEmpty());
        QVERIFY(editor->property("autoscaleWarnings")
                    .toStringList()
                    .first()
                    .contains(QString::number(limit)));
        screenshot(QStringLiteral("pool-editor-autoscale"));

        QVERIFY(m_driver.click(QStringLiteral("editorCancelButton")));
        auto* dialog = m_window->findChild<QObject*>(QStringLiteral("poolEditorDialog"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void keepsTheSelectionAcrossARefresh()
    {
        m_workspace->setCurrentClusterIndex(1);
        const QString selected = m_workspace->currentClusterName();
        QVERIFY(m_driver.click(QStringLiteral("refreshButton")));
        QTRY_VERIFY(!m_workspace->loading());
        QCOMPARE(m_workspace->currentClusterName(), selected);
        QCOMPARE(find(QStringLiteral("clusterList"))->property("currentIndex").toInt(), 1);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
