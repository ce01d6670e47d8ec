// Read-only mode through the real QML, offscreen, against the demo simulator:
// a write refused with 403 (injected, or the simulator's own read-only token)
// turns the window read-only; every change is then disabled or hidden, says
// why, and sends nothing.
#include "app/shell/workspace.h"
#include "demoapp.h"
#include "sim/simulator.h"

#include <QQuickItem>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

// u"..."_s: Qt 6.8 deprecates the older _qs.
using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

const QString TokensPage = QStringLiteral("cloud.digitalocean.com/account/api/tokens");

} // namespace

class ReadOnlyTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    WindowDriver& m_driver = m_app.driver;

    QObject* item(const QString& name) const
    {
        QObject* found = m_driver.find<QObject>(name);
        if (!found)
            qWarning("no item %s", qPrintable(name));
        return found;
    }

    // Every way to change something is disabled or gone, each saying why.
    void checkEverythingIsDisabled(DemoApp& app)
    {
        const WindowDriver& driver = app.driver;
        for (const QString& name :
             {QStringLiteral("newPoolButton"), QStringLiteral("editPoolButton"),
              QStringLiteral("deletePoolButton")}) {
            QQuickItem* button = driver.find(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(!button->isEnabled(), qPrintable(name));
        }
        // The buttons' tooltips say this while read-only.
        const QString tip =
            driver.find(QStringLiteral("poolsPane"))->property("readOnlyTip").toString();
        QVERIFY2(tip.contains(u"write scope"), qPrintable(tip));
        const core::NodePool* pool = app.workspace->currentPool();
        QVERIFY(pool && !pool->nodes.isEmpty());
        for (const core::Node& node : pool->nodes) {
            QQuickItem* remove = driver.find(u"deleteNode_"_s + node.name);
            QQuickItem* replace = driver.find(u"replaceNode_"_s + node.name);
            QVERIFY(remove && replace);
            QVERIFY(!remove->isVisible());
            QVERIFY(!replace->isVisible());
        }
        // Ctrl+N opens no editor (the window builds it on its first opening).
        QTest::keyClick(app.window, Qt::Key_N, Qt::ControlModifier);
        const QObject* editor = driver.find<QObject>(QStringLiteral("poolEditorDialog"));
        QVERIFY(!editor || !editor->property("visible").toBool());

        QQuickItem* banner = driver.find(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        const QString text =
            driver.find(QStringLiteral("readOnlyText"))->property("text").toString();
        QVERIFY2(text.contains(u"403") && text.contains(u"write scope") &&
                     text.contains(TokensPage) && text.contains(u"sign in again"),
                 qPrintable(text));
    }

    // A plan of deleting the selected pool can be reviewed but not applied.
    void checkPlansCannotBeApplied(DemoApp& app)
    {
        const WindowDriver& driver = app.driver;
        QObject* plan = driver.find<QObject>(QStringLiteral("planController"));
        QMetaObject::invokeMethod(plan, "planDeleteCurrentPool");
        QMetaObject::invokeMethod(driver.find<QObject>(QStringLiteral("planDialog")), "open");
        QTRY_VERIFY(
            driver.find<QObject>(QStringLiteral("planDialog"))->property("opened").toBool());
        QVERIFY(plan->property("hasChanges").toBool());
        QVERIFY(driver.find(QStringLiteral("planReadOnly"))->isVisible());
        driver.type(QStringLiteral("confirmNameField"), app.workspace->currentPoolName());
        QVERIFY(driver.click(QStringLiteral("confirmDestructive")));
        QVERIFY(!driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        const int requests = app.simulator().requestCount();
        bool sent = true;
        QVERIFY(
            QMetaObject::invokeMethod(plan, "apply", Q_RETURN_ARG(bool, sent), Q_ARG(bool, true)));
        QVERIFY(!sent);
        QCOMPARE(app.simulator().requestCount(), requests);
        app.driver.screenshot(QStringLiteral("read-only-plan"));
        QVERIFY(driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(
            !driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.start();
        QTRY_VERIFY(m_app.workspace->loaded());
        m_app.workspace->setCurrentClusterIndex(0);
        m_app.workspace->setCurrentPoolIndex(0);
        QVERIFY(!m_app.workspace->readOnly());
        QVERIFY(!m_driver.shown(QStringLiteral("readOnlyBanner")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("editPoolButton"))->isEnabled());
    }

    void anApplyRefusedWith403TurnsTheWindowReadOnly()
    {
        // The pool update is refused, as DigitalOcean refuses a read-scoped token.
        sim::FaultRule refuse;
        refuse.method = QStringLiteral("PUT");
        refuse.path = QStringLiteral("/v2/kubernetes/clusters/*/node_pools/*");
        refuse.status = 403;
        refuse.times = 0;
        m_app.simulator().addFault(refuse);

        QVERIFY(m_driver.click(QStringLiteral("editPoolButton")));
        QVERIFY(m_driver.click(QStringLiteral("addLabelButton")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("labelKey_0")));
        m_driver.type(QStringLiteral("labelKey_0"), QStringLiteral("team"));
        m_driver.type(QStringLiteral("labelValue_0"), QStringLiteral("web"));
        QVERIFY(m_driver.click(QStringLiteral("editorReviewButton")));
        QObject* plan = item(QStringLiteral("planController"));
        QTRY_VERIFY(item(QStringLiteral("planDialog"))->property("opened").toBool());
        QVERIFY(m_driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        QVERIFY(!m_driver.find(QStringLiteral("planReadOnly"))->isVisible());
        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QTRY_VERIFY(plan->property("finished").toBool());
        QVERIFY(!plan->property("succeeded").toBool());
        QVERIFY(plan->property("resultText").toString().contains(u"403"));
        QVERIFY(m_app.workspace->readOnly());
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(!item(QStringLiteral("planDialog"))->property("visible").toBool());
        QTRY_VERIFY(!m_app.workspace->loading());
        // The edit that could not be applied is kept as a draft; drop it so the
        // next run starts clean.
        QTRY_VERIFY(m_driver.shown(QStringLiteral("draftBanner")));
        m_driver.screenshot(QStringLiteral("draft-banner"));
        QVERIFY(m_driver.click(QStringLiteral("discardDraftButton")));
        QTRY_VERIFY(!m_driver.shown(QStringLiteral("draftBanner")));

        checkEverythingIsDisabled(m_app);
        m_driver.screenshot(QStringLiteral("read-only-banner"));
        checkPlansCannotBeApplied(m_app);
    }

    void aRefreshKeepsReadOnlyMode()
    {
        m_app.workspace->refresh();
        QTRY_VERIFY(!m_app.workspace->loading());
        QVERIFY(m_app.workspace->readOnly());
        QVERIFY(m_driver.shown(QStringLiteral("readOnlyBanner")));
    }

    void theSimulatorsReadOnlyTokenIsFoundOnTheFirstNodeDelete()
    {
        // Another window on a token that may only read, with no fault injected:
        // the simulator refuses every write of that token with 403 itself.
        DemoApp readOnlyApp;
        readOnlyApp.start();
        readOnlyApp.simulator().setReadOnlyToken(QStringLiteral("dop_v1_read_only_token"));
        readOnlyApp.client.setToken(QStringLiteral("dop_v1_read_only_token"));
        readOnlyApp.workspace->refresh();
        QTRY_VERIFY(readOnlyApp.workspace->loaded() && !readOnlyApp.workspace->loading());
        QVERIFY(readOnlyApp.workspace->errorText().isEmpty()); // reading works
        readOnlyApp.workspace->setCurrentClusterIndex(0);
        readOnlyApp.workspace->setCurrentPoolIndex(0);
        const core::NodePool* pool = readOnlyApp.workspace->currentPool();
        QVERIFY(pool && !pool->nodes.isEmpty());
        const QString node = pool->nodes.first().name;
        const QString clusterId = readOnlyApp.workspace->currentCluster()->id;
        const QString poolId = pool->id;
        const qsizetype nodes = pool->nodes.size();
        const WindowDriver& driver = readOnlyApp.driver;
        QTRY_VERIFY(driver.find(u"deleteNode_"_s + node));
        QVERIFY(driver.click(u"deleteNode_"_s + node));
        auto* confirm = driver.find<QObject>(QStringLiteral("nodeDeleteDialog"));
        QTRY_VERIFY(confirm->property("opened").toBool());
        QMetaObject::invokeMethod(confirm, "accept");
        QTRY_VERIFY(readOnlyApp.workspace->readOnly());
        QTRY_VERIFY(!readOnlyApp.workspace->loading());
        QVERIFY(readOnlyApp.workspace->readOnlyReason().contains(u"You do not have access"));
        QCOMPARE(readOnlyApp.simulator().pool(clusterId, poolId)->nodes.size(), nodes);
        checkEverythingIsDisabled(readOnlyApp);
    }
};

QTEST_MAIN(ReadOnlyTest)
#include "tst_readonly.moc"
