// Switching context while an apply runs asks first, through the real QML
// offscreen: two contexts on one simulator (its clock held, so the new node
// of a grown pool provisions until the test says otherwise), an apply started
// in one and left running in the background, then the other picked in the
// ContextSwitcher with the mouse. The ApplyRunningDialog appears; "Keep
// running" keeps the context and the apply; "Switch anyway" stops sending and
// switches, the journal keeping what was sent. No keychain here: tokens go to
// the 0600 file.
#include "accountsapp.h"
#include "app/plan/plancontroller.h"
#include "core/journalfile.h"
#include "testdatafolder.h"

#include <QPointer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

using namespace Qt::StringLiterals;

class SwitchWhileApplyingTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<AccountsApp> m_app;
    QStringList m_writes; // every request but a GET, as "METHOD path"

    WindowDriver& driver() { return m_app->driver; }
    sim::Simulator& simulator() { return m_app->simulator; }
    QString text(const QString& name)
    {
        QObject* item = driver().find<QObject>(name);
        return item ? item->property("text").toString() : u"<no %1>"_s.arg(name);
    }
    bool showing(const QString& name)
    {
        QQuickItem* item = driver().find(name);
        return item && item->isVisible();
    }

    void signInWithFile(const QString& name)
    {
        QTRY_VERIFY(m_app->showsSignIn());
        QTRY_COMPARE(m_app->accounts.signInFlow()->keychainState(),
                     app::SignInController::KeychainUnavailable);
        driver().type(u"tokenField"_s, AccountsApp::GoodToken);
        driver().type(u"contextNameField"_s, name);
        if (!driver().find(u"storeInFileBox"_s)->property("checked").toBool())
            QVERIFY(driver().click(u"storeInFileBox"_s));
        QTRY_VERIFY(driver().find(u"signInButton"_s)->isEnabled());
        QVERIFY(driver().click(u"signInButton"_s));
        QTRY_VERIFY(m_app->showsWorkspace());
        QTRY_COMPARE(m_app->accounts.contextName(), name);
        QTRY_VERIFY(m_app->accounts.workspace() && m_app->accounts.workspace()->loaded());
    }

    void openSwitcher()
    {
        QVERIFY(driver().click(u"contextSwitcherButton"_s));
        QTRY_VERIFY(driver().find<QObject>(u"contextPopup"_s)->property("opened").toBool());
    }

    // The window has two ApplyRunningDialogs (quitting, switching): the open one.
    QObject* openApplyRunningDialog()
    {
        for (QObject* dialog : driver().window()->findChildren<QObject*>(u"applyRunningDialog"_s))
            if (dialog->property("opened").toBool())
                return dialog;
        return nullptr;
    }

    // Clicks the open dialog's button with the mouse (the closed one has a
    // button of the same name).
    bool clickInOpenDialog(const QString& name)
    {
        for (QQuickItem* button : driver().window()->findChildren<QQuickItem*>(name)) {
            if (!button->isVisible() || !driver().whyNotClickable(button).isEmpty())
                continue;
            const QPointF centre = button->mapToScene({button->width() / 2, button->height() / 2});
            QTest::mouseClick(driver().window(), Qt::LeftButton, {}, centre.toPoint());
            return true;
        }
        qWarning("no clickable %s", qPrintable(name));
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything in this process looks for the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pool-studio-test-bus");
        // Each context's data folder (its apply journal) is in Qt's test-mode one.
        clearTestDataFolder();
        m_app = std::make_unique<AccountsApp>();
        m_app->start();
        // The clock stands still, so a minute's request budget would never come back.
        simulator().setRateLimits(1'000'000, 10'000'000);
        connect(&simulator(), &sim::Simulator::requestHandled, this,
                [this](const QString& method, const QString& path, int) {
                    if (method != u"GET")
                        m_writes << method + u' ' + path;
                });
        signInWithFile(u"laptop"_s);
        openSwitcher();
        QVERIFY(driver().click(u"addAccountButton"_s));
        signInWithFile(u"work"_s);
        QCOMPARE(m_app->accounts.contexts().size(), 2);
    }

    void switchingWhileAnApplyRunsAsksAndKeepRunningStays()
    {
        app::Workspace* work = m_app->accounts.workspace();
        QTRY_VERIFY(!work->loading());
        work->setCurrentClusterIndex(0);
        const QString clusterId = work->currentCluster()->id;
        const auto web = simulator().poolByName(clusterId, u"web"_s);
        QVERIFY(web);
        const int count = web->count;
        QTRY_VERIFY(work->pools()->indexOfKey(web->id) >= 0);
        work->setCurrentPoolIndex(work->pools()->indexOfKey(web->id));

        // One node more, reviewed and applied through the window.
        QVERIFY(driver().click(u"editPoolButton"_s));
        auto* editor = driver().find<QObject>(u"poolEditor"_s);
        QTRY_VERIFY(driver().find(u"countHandle"_s) && editor->property("count").toInt() == count);
        driver().find(u"countHandle"_s)->forceActiveFocus();
        driver().key(Qt::Key_Right);
        QTRY_COMPARE(editor->property("count").toInt(), count + 1);
        QVERIFY(driver().click(u"editorReviewButton"_s));
        QTRY_VERIFY(driver().find<QObject>(u"planDialog"_s) &&
                    driver().find<QObject>(u"planDialog"_s)->property("opened").toBool());
        QPointer<app::PlanController> plan =
            driver().find<app::PlanController>(u"planController"_s);
        QVERIFY(plan);
        QVERIFY(driver().click(u"planApplyButton"_s));
        // The resize is sent; its new node provisions while the clock stands.
        QTRY_VERIFY(m_writes.contains(
            u"PUT /v2/kubernetes/clusters/%1/node_pools/%2"_s.arg(clusterId, web->id)));
        QTRY_COMPARE(simulator().poolByName(clusterId, u"web"_s)->count, count + 1);
        QVERIFY(plan->running());
        // Stop watching: the apply goes on in the background.
        QVERIFY(driver().click(u"planCancelButton"_s));
        QTRY_VERIFY(showing(u"backgroundApplyBanner"_s));

        // Another context, picked with the mouse: asked first.
        openSwitcher();
        QTRY_VERIFY(showing(u"switchTo_laptop"_s));
        QVERIFY(text(u"switchTo_work"_s).startsWith(u"✓"));
        QVERIFY(driver().click(u"switchTo_laptop"_s));
        QTRY_VERIFY(openApplyRunningDialog());
        QObject* dialog = openApplyRunningDialog();
        QCOMPARE(dialog->property("proceedText").toString(), u"Switch anyway"_s);
        QCOMPARE(m_app->accounts.contextName(), u"work"_s); // nothing switched yet
        driver().screenshot(u"switch-context-while-applying"_s);

        QVERIFY(clickInOpenDialog(u"applyRunningKeepButton"_s));
        QTRY_VERIFY(!openApplyRunningDialog());
        QCOMPARE(m_app->accounts.contextName(), u"work"_s);
        QCOMPARE(m_app->accounts.workspace(), work);
        QVERIFY(plan && plan->running());
        QVERIFY(showing(u"backgroundApplyBanner"_s));
        QCOMPARE(m_app->savedContexts().current(), u"work"_s);
    }

    void switchAnywayStopsSendingAndSwitches()
    {
        app::Workspace* work = m_app->accounts.workspace();
        const QString workData = work->dataDirectory();
        QVERIFY(!workData.isEmpty());
        auto* plan = driver().find<app::PlanController>(u"planController"_s);
        QVERIFY(plan && plan->running());

        openSwitcher();
        QVERIFY(driver().click(u"switchTo_laptop"_s));
        QTRY_VERIFY(openApplyRunningDialog());
        const QStringList writesBefore = m_writes;
        QVERIFY(clickInOpenDialog(u"applyRunningProceedButton"_s));
        QTRY_COMPARE(m_app->accounts.contextName(), u"laptop"_s);
        QTRY_VERIFY(m_app->showsWorkspace());
        QTRY_VERIFY(m_app->accounts.workspace() && m_app->accounts.workspace()->loaded());
        QCOMPARE(m_app->window()->title(), u"Pool Studio — laptop"_s);
        QCOMPARE(m_app->savedContexts().current(), u"laptop"_s);
        // What was sent is journaled in work's folder, for Resume there.
        const core::JournalFile journal(workData);
        QVERIFY(journal.exists());
        const auto held = journal.load();
        QVERIFY(held && !held->isComplete());
        // Nothing more is sent as the clock runs on and the nodes come up.
        for (int i = 0; i < 20; ++i)
            simulator().clock().advance(30);
        m_app->accounts.workspace()->refresh();
        QTRY_VERIFY(!m_app->accounts.workspace()->loading());
        QCOMPARE(m_writes, writesBefore);
        driver().screenshot(u"switch-context-after-apply-stopped"_s);
    }
};

QTEST_MAIN(SwitchWhileApplyingTest)
#include "tst_switchwhileapplying.moc"
