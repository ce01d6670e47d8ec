// Where no keychain runs (here: no D-Bus session bus at all), the sign-in
// page says so and offers a 0600 file, which must be chosen by hand: the
// token is never put in a file silently. Through the real QML, offscreen.
#include "accountsapp.h"

#include <QFile>
#include <QFileInfo>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class SignInWithoutKeychainTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<AccountsApp> m_app;

    WindowDriver& driver() { return m_app->driver; }
    QString text(const QString& name)
    {
        QObject* item = driver().find<QObject>(name);
        return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(name);
    }
    QString tokenFile() const { return m_app->dir.filePath(QStringLiteral("tokens.json")); }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything in this process looks for the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pool-studio-test-bus");
        m_app = std::make_unique<AccountsApp>();
        m_app->start();
    }

    void thePageSaysThereIsNoKeychainAndOffersTheFile()
    {
        QVERIFY(m_app->showsSignIn());
        QTRY_COMPARE(m_app->accounts.signInFlow()->keychainState(),
                     app::SignInController::KeychainUnavailable);
        QTRY_VERIFY(driver().find(QStringLiteral("noKeychainBanner"))->isVisible());
        QVERIFY2(text(QStringLiteral("keychainProblem")).contains(u"D-Bus"),
                 qPrintable(text(QStringLiteral("keychainProblem"))));
        QQuickItem* box = driver().find(QStringLiteral("storeInFileBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY(!box->property("checked").toBool()); // never chosen for the user
        QVERIFY(text(QStringLiteral("storeInFileBox")).contains(u"0600"));
        QVERIFY(text(QStringLiteral("storeInFileBox")).contains(tokenFile()));

        driver().type(QStringLiteral("tokenField"), AccountsApp::GoodToken);
        driver().type(QStringLiteral("contextNameField"), QStringLiteral("laptop"));
        QVERIFY(!driver().find(QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(!driver().click(QStringLiteral("signInButton")));
        driver().screenshot(QStringLiteral("sign-in-no-keychain"));
        // Not even the controller stores it without the choice.
        m_app->accounts.signInFlow()->signIn(QStringLiteral("laptop"), AccountsApp::GoodToken,
                                             false);
        QVERIFY(text(QStringLiteral("signInError")).contains(u"keychain"));
        QVERIFY(!QFile::exists(tokenFile()));
    }

    void choosingTheFileSignsInWithAnOwnerOnlyFile()
    {
        QVERIFY(driver().click(QStringLiteral("storeInFileBox")));
        QTRY_VERIFY(driver().find(QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(driver().click(QStringLiteral("signInButton")));
        QTRY_VERIFY(m_app->showsWorkspace());
        QTRY_VERIFY(m_app->accounts.workspace()->loaded());
        QCOMPARE(m_app->window()->title(), QStringLiteral("Pool Studio — laptop"));
        QVERIFY2(text(QStringLiteral("tokenSourceLabel")).contains(u"token file"),
                 qPrintable(text(QStringLiteral("tokenSourceLabel"))));

        QVERIFY(QFile::exists(tokenFile()));
        // Owner read and write, nothing for group or others (ReadUser/WriteUser
        // are the same bits seen from this process, as owner).
        const QFileDevice::Permissions mode = QFileInfo(tokenFile()).permissions();
        QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
        for (const QFileDevice::Permission other :
             {QFileDevice::ExeOwner, QFileDevice::ReadGroup, QFileDevice::WriteGroup,
              QFileDevice::ExeGroup, QFileDevice::ReadOther, QFileDevice::WriteOther,
              QFileDevice::ExeOther})
            QVERIFY(!mode.testFlag(other));
        QFile file(tokenFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(AccountsApp::GoodToken.toUtf8()));
        QCOMPARE(m_app->savedContexts().find(QStringLiteral("laptop"))->storage,
                 QStringLiteral("file"));
    }

    void aNextStartReadsTheFile()
    {
        app::AccountController next;
        m_app->configure(next);
        next.start(false);
        QTRY_VERIFY(next.workspace());
        QCOMPARE(next.contextName(), QStringLiteral("laptop"));
        QVERIFY(next.tokenSourceText().contains(u"token file"));
    }

    void signingOutEmptiesTheFile()
    {
        QVERIFY(driver().click(QStringLiteral("contextSwitcherButton")));
        QTRY_VERIFY(
            driver().find<QObject>(QStringLiteral("contextPopup"))->property("opened").toBool());
        QVERIFY(driver().click(QStringLiteral("signOutButton")));
        auto* dialog = driver().find<QObject>(QStringLiteral("signOutDialog"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY(m_app->showsSignIn());
        QVERIFY(text(QStringLiteral("signInMessage")).contains(u"token file"));
        QFile file(tokenFile());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(AccountsApp::GoodToken.toUtf8()));
        QVERIFY(m_app->savedContexts().contexts().isEmpty());
    }
};

QTEST_MAIN(SignInWithoutKeychainTest)
#include "tst_signin_nokeychain.moc"
