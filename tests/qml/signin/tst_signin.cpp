// Signing in through the real QML, offscreen, with a real keychain: GNOME
// Keyring on a D-Bus session bus of the test's own (never the desktop's),
// and the simulator checking tokens. A bad token shows DigitalOcean's 401; a
// good one lands in the keychain and opens the main window; contexts switch;
// doctl's contexts are imported; signing out removes the token; a next start
// finds the current context's token, and a token in the environment wins
// for one run.
#include "../accounts/privatesessionbus.h"
#include "../accounts/tokenwait.h"
#include "accounts/keychaintokenstore.h"
#include "accountsapp.h"
#include "api/doclient.h"
#include "demo/demobackend.h"

#include <QFile>
#include <QtQml/qqmlextensionplugin.h>

// u"..."_s: Qt 6.8 deprecates the older _qs.
using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class SignInTest : public QObject
{
    Q_OBJECT

    PrivateSessionBus m_bus;
    std::unique_ptr<AccountsApp> m_app;

    WindowDriver& driver() { return m_app->driver; }
    QObject* find(const QString& name) { return driver().find<QObject>(name); }
    QString text(const QString& name)
    {
        QObject* item = find(name);
        return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(name);
    }

    QString keychainToken(const QString& context)
    {
        accounts::KeychainTokenStore store(m_app->keychainService, nullptr);
        const ReadAnswer answer = readAndWait(store, context);
        return answer.error.isEmpty() ? answer.token : QStringLiteral("error: ") + answer.error;
    }

    // Types a token and a name on the sign-in page and presses the button.
    void signIn(const QString& token, const QString& name)
    {
        QTRY_VERIFY(m_app->showsSignIn());
        QTRY_COMPARE(m_app->accounts.signInFlow()->keychainState(),
                     app::SignInController::KeychainAvailable);
        driver().type(QStringLiteral("tokenField"), token);
        driver().type(QStringLiteral("contextNameField"), name);
        QTRY_VERIFY(driver().find(QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(driver().click(QStringLiteral("signInButton")));
    }

    void openSwitcher()
    {
        QVERIFY(driver().click(QStringLiteral("contextSwitcherButton")));
        QTRY_VERIFY(find(QStringLiteral("contextPopup"))->property("opened").toBool());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = PrivateSessionBus::missingTools();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QString error = m_bus.startBus();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bus.useForThisProcess();
        error = m_bus.startKeyring();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_app = std::make_unique<AccountsApp>();
        m_app->start();
    }

    void aFirstStartShowsTheSignInPage()
    {
        QVERIFY(m_app->showsSignIn());
        QCOMPARE(m_app->window()->title(), QStringLiteral("Pool Studio — sign in"));
        QTRY_COMPARE(m_app->accounts.signInFlow()->keychainState(),
                     app::SignInController::KeychainAvailable);
        QVERIFY(text(QStringLiteral("keychainStatus")).contains(u"keychain"));
        QVERIFY(!driver().find(QStringLiteral("noKeychainBanner"))->isVisible());
        QVERIFY(!driver().find(QStringLiteral("signInButton"))->isEnabled()); // no token yet
        QCOMPARE(find(QStringLiteral("tokenField"))->property("echoMode").toInt(),
                 2); // TextInput.Password
        driver().screenshot(QStringLiteral("sign-in-page"));
    }

    void aRefusedTokenShowsTheStatusAndRequestId()
    {
        const QString wrong = QStringLiteral("dop_v1_not_a_real_token_000");
        signIn(wrong, QStringLiteral("work"));
        QTRY_VERIFY(!text(QStringLiteral("signInError")).isEmpty());
        const QString error = text(QStringLiteral("signInError"));
        QVERIFY2(error.contains(u"not valid") && error.contains(u"401") &&
                     error.contains(u"request id"),
                 qPrintable(error));
        QVERIFY(!error.contains(wrong));
        QVERIFY(m_app->showsSignIn());
        QCOMPARE(keychainToken(QStringLiteral("work")), QString()); // nothing kept
        QVERIFY(m_app->savedContexts().contexts().isEmpty());
        driver().screenshot(QStringLiteral("sign-in-401"));
    }

    void aGoodTokenIsKeptInTheKeychainAndOpensTheWindow()
    {
        signIn(AccountsApp::GoodToken, QStringLiteral("work"));
        QTRY_VERIFY(m_app->showsWorkspace());
        app::Workspace* workspace = m_app->accounts.workspace();
        QTRY_VERIFY(workspace->loaded());
        QCOMPARE(m_app->window()->title(), QStringLiteral("Pool Studio — work"));
        QTRY_VERIFY(!text(QStringLiteral("accountLabel")).isEmpty());
        QVERIFY(text(QStringLiteral("tokenSourceLabel")).contains(u"keychain"));
        QVERIFY(text(QStringLiteral("tokenSourceLabel")).contains(u"work"));
        QCOMPARE(keychainToken(QStringLiteral("work")), AccountsApp::GoodToken);

        const auto saved = m_app->savedContexts().find(QStringLiteral("work"));
        QVERIFY(saved);
        QCOMPARE(saved->storage, QStringLiteral("keychain"));
        QVERIFY(!saved->email.isEmpty());
        QCOMPARE(m_app->savedContexts().current(), QStringLiteral("work"));
        QFile contexts(m_app->dir.filePath(QStringLiteral("contexts.json")));
        QVERIFY(contexts.open(QIODevice::ReadOnly));
        QVERIFY(!contexts.readAll().contains(AccountsApp::GoodToken.toUtf8()));
        QVERIFY(!QFile::exists(m_app->dir.filePath(QStringLiteral("tokens.json"))));
    }

    void aSecondAccountIsAddedFromTheSwitcher()
    {
        openSwitcher();
        QVERIFY(find(QStringLiteral("switchTo_work")));
        driver().screenshot(QStringLiteral("context-switcher-one"));
        QVERIFY(driver().click(QStringLiteral("addAccountButton")));
        signIn(AccountsApp::ReadOnlyToken, QStringLiteral("audit"));
        QTRY_VERIFY(m_app->showsWorkspace() && m_app->accounts.contextName() == u"audit");
        QTRY_VERIFY(m_app->accounts.workspace()->loaded());
        QCOMPARE(m_app->window()->title(), QStringLiteral("Pool Studio — audit"));
        QCOMPARE(keychainToken(QStringLiteral("audit")), AccountsApp::ReadOnlyToken);
        QCOMPARE(m_app->savedContexts().contexts().size(), 2);
    }

    void switchingContextsReloadsTheWindowWithThatToken()
    {
        app::Workspace* audit = m_app->accounts.workspace();
        const QString auditData = audit->dataDirectory();
        openSwitcher();
        QTRY_VERIFY(find(QStringLiteral("switchTo_work")));
        QVERIFY(text(QStringLiteral("switchTo_audit")).startsWith(u"✓")); // the current one
        driver().screenshot(QStringLiteral("context-switcher"));
        QVERIFY(driver().click(QStringLiteral("switchTo_work")));
        QTRY_VERIFY(m_app->showsWorkspace() && m_app->accounts.contextName() == u"work");
        app::Workspace* work = m_app->accounts.workspace();
        QTRY_VERIFY(work->loaded());
        QCOMPARE(m_app->window()->title(), QStringLiteral("Pool Studio — work"));
        QCOMPARE(m_app->savedContexts().current(), QStringLiteral("work"));
        // Each context keeps its own cache and history folders.
        QVERIFY(!work->dataDirectory().isEmpty() && work->dataDirectory() != auditData);
        QVERIFY(work->client()->catalogCache().directory().contains(u"/contexts/work-"));
        QVERIFY(!work->readOnly());
    }

    void aReadOnlyContextOffersToSignInAgain()
    {
        openSwitcher();
        QVERIFY(driver().click(QStringLiteral("switchTo_audit")));
        QTRY_VERIFY(m_app->showsWorkspace() && m_app->accounts.contextName() == u"audit");
        app::Workspace* audit = m_app->accounts.workspace();
        QTRY_VERIFY(audit->loaded() && !audit->loading());
        audit->setCurrentClusterIndex(0);
        audit->setCurrentPoolIndex(0);
        const QString node = audit->currentPool()->nodes.first().name;
        QTRY_VERIFY(driver().find(u"deleteNode_"_s + node));
        QVERIFY(driver().click(u"deleteNode_"_s + node));
        auto* confirm = find(QStringLiteral("nodeDeleteDialog"));
        QTRY_VERIFY(confirm->property("opened").toBool());
        QMetaObject::invokeMethod(confirm, "accept");
        QTRY_VERIFY(audit->readOnly());
        QTRY_VERIFY(driver().shown(QStringLiteral("readOnlySignInButton")));
        QTRY_VERIFY(!audit->loading());
        driver().screenshot(QStringLiteral("read-only-context"));
        QVERIFY(driver().click(QStringLiteral("readOnlySignInButton")));
        QTRY_VERIFY(m_app->showsSignIn());
        QCOMPARE(text(QStringLiteral("contextNameField")), QStringLiteral("audit"));
        QVERIFY(driver().click(QStringLiteral("openContext_work")));
        QTRY_VERIFY(m_app->showsWorkspace() && m_app->accounts.contextName() == u"work");
    }

    void signingOutRemovesTheTokenAfterConfirmation()
    {
        QTRY_VERIFY(m_app->accounts.workspace()->loaded());
        openSwitcher();
        QVERIFY(driver().click(QStringLiteral("signOutButton")));
        auto* dialog = find(QStringLiteral("signOutDialog"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(dialog->property("title").toString().contains(u"work"));
        driver().screenshot(QStringLiteral("sign-out-confirm"));
        QMetaObject::invokeMethod(dialog, "reject"); // Cancel keeps everything
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(keychainToken(QStringLiteral("work")), AccountsApp::GoodToken);

        openSwitcher();
        QVERIFY(driver().click(QStringLiteral("signOutButton")));
        QTRY_VERIFY(find(QStringLiteral("signOutDialog"))->property("opened").toBool());
        QMetaObject::invokeMethod(find(QStringLiteral("signOutDialog")), "accept");
        QTRY_VERIFY(m_app->showsSignIn());
        QVERIFY(text(QStringLiteral("signInMessage")).contains(u"Signed out of “work”"));
        QCOMPARE(keychainToken(QStringLiteral("work")), QString());
        QCOMPARE(keychainToken(QStringLiteral("audit")), AccountsApp::ReadOnlyToken);
        QVERIFY(!m_app->savedContexts().find(QStringLiteral("work")));
        QVERIFY(find(QStringLiteral("openContext_audit")));
        QVERIFY(!find(QStringLiteral("openContext_work")));
    }

    void doctlContextsAreImportedIntoTheKeychain()
    {
        QDir().mkpath(m_app->dir.filePath(QStringLiteral("doctl")));
        QFile config(m_app->dir.filePath(QStringLiteral("doctl/config.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("access-token: " + AccountsApp::GoodToken.toUtf8() +
                     "\n"
                     "auth-contexts:\n"
                     "  staging: " +
                     AccountsApp::ReadOnlyToken.toUtf8() +
                     "\n"
                     "  old: dop_v1_revoked_long_ago\n"
                     "  empty: \"\"\n"
                     "context: staging\n");
        config.close();
        QVERIFY(driver().click(QStringLiteral("doctlButton")));
        QTRY_VERIFY(driver().find(QStringLiteral("doctlPanel"))->isVisible());
        QVERIFY(text(QStringLiteral("doctlPath")).contains(u"doctl/config.yaml"));
        for (const QString& name :
             {QStringLiteral("default"), QStringLiteral("staging"), QStringLiteral("old")})
            QTRY_VERIFY2(find(u"doctl_"_s + name), qPrintable(name));
        QVERIFY(!find(QStringLiteral("doctl_empty"))); // no token, nothing to import
        QTRY_VERIFY(driver().find(QStringLiteral("doctlImportButton"))->isEnabled());
        driver().screenshot(QStringLiteral("doctl-import"));
        QVERIFY(driver().click(QStringLiteral("doctlImportButton")));
        // doctl's current context opens; the revoked one is reported and skipped.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app->showsWorkspace() && m_app->accounts.contextName() == u"staging", 15000);
        QCOMPARE(keychainToken(QStringLiteral("staging")), AccountsApp::ReadOnlyToken);
        QCOMPARE(keychainToken(QStringLiteral("default")), AccountsApp::GoodToken);
        QCOMPARE(keychainToken(QStringLiteral("old")), QString());
        QVERIFY(m_app->savedContexts().find(QStringLiteral("default")));
        QVERIFY(!m_app->savedContexts().find(QStringLiteral("old")));
        QFile contexts(m_app->dir.filePath(QStringLiteral("contexts.json")));
        QVERIFY(contexts.open(QIODevice::ReadOnly));
        const QByteArray json = contexts.readAll();
        QVERIFY(!json.contains(AccountsApp::GoodToken.toUtf8()));
        QVERIFY(!json.contains(AccountsApp::ReadOnlyToken.toUtf8()));
    }

    void aNextStartOpensTheCurrentContextFromTheKeychain()
    {
        app::AccountController next;
        m_app->configure(next);
        next.start(false);
        QTRY_VERIFY(next.workspace());
        QCOMPARE(next.contextName(), QStringLiteral("staging"));
        QVERIFY(next.tokenSourceText().contains(u"keychain"));
        QCOMPARE(next.workspace()->client()->baseUrl(), m_app->simulator.baseUrl());
    }

    void aTokenInTheEnvironmentWinsForOneRun()
    {
        qputenv("DIGITALOCEAN_TOKEN", AccountsApp::GoodToken.toUtf8());
        app::AccountController next;
        m_app->configure(next);
        next.setUseEnvironment(true);
        next.start(false);
        qunsetenv("DIGITALOCEAN_TOKEN");
        QVERIFY(next.workspace());
        QVERIFY(next.environmentToken());
        QCOMPARE(next.tokenSourceText(), QStringLiteral("token from DIGITALOCEAN_TOKEN"));
        QVERIFY(next.contextName().isEmpty());
        QVERIFY(!next.canSignOut());
        QCOMPARE(m_app->savedContexts().current(), QStringLiteral("staging")); // left alone
    }

    void theDemoOptionWinsOverEverything()
    {
        qputenv("DIGITALOCEAN_ACCESS_TOKEN", AccountsApp::GoodToken.toUtf8());
        app::AccountController next;
        m_app->configure(next);
        next.setUseEnvironment(true);
        next.start(true);
        qunsetenv("DIGITALOCEAN_ACCESS_TOKEN");
        QVERIFY(next.workspace());
        QVERIFY(next.workspace()->demoMode());
        QVERIFY(qobject_cast<demo::DemoBackend*>(next.demoServer()));
        QVERIFY(next.workspace()->dataDirectory().endsWith(u"/contexts/demo"));
    }

    void cleanupTestCase()
    {
        // The keychain entries of this test go with its keyring; say goodbye
        // to the windows before the bus.
        m_app.reset();
    }
};

QTEST_MAIN(SignInTest)
#include "tst_signin.moc"
