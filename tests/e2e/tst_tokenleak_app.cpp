// The app with a known token and every debug category on: the token from the
// environment, then typed on the sign-in page, a write refused (read-only),
// a refused token, a context switch. It must appear in no debug output, in
// no window title, in no text the windows show, and in no file written but
// the token store itself. Through the real QML, offscreen.
#include "../qml/accountsapp.h"
#include "../redactedauthorization.h"
#include "app/shell/workspace.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QQuickItem>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

// Messages come from every thread (the QML loader's, the network's), so the
// log is appended to under a lock.
QMutex g_logMutex;
QStringList g_log;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QString line = QStringLiteral("%1: %2").arg(
        QString::fromLatin1(context.category ? context.category : ""), message);
    const QMutexLocker lock(&g_logMutex);
    g_log << line;
}

QString capturedLog()
{
    const QMutexLocker lock(&g_logMutex);
    return g_log.join(u'\n');
}

} // namespace

class AppTokenLeakTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<AccountsApp> m_app;
    QtMessageHandler m_previous = nullptr;
    const QString m_token = AccountsApp::GoodToken;

    WindowDriver& driver() { return m_app->driver; }

    // Every string a window shows or names: its title, and the text-like
    // properties of every object in it (popups and dialogs included).
    QStringList shownTexts(QQuickWindow* window) const
    {
        QStringList texts{window->title()};
        QList<QObject*> objects = window->findChildren<QObject*>();
        objects << window->contentItem();
        for (QObject* object : std::as_const(objects))
            for (const char* property :
                 {"text", "title", "displayText", "placeholderText", "reason", "busyText"})
                if (const QVariant value = object->property(property);
                    value.metaType() == QMetaType::fromType<QString>())
                    texts << value.toString();
        return texts;
    }

    void checkWindow(const char* when)
    {
        QQuickWindow* window = m_app->window();
        QVERIFY(window);
        QVERIFY2(!window->title().contains(m_token), when);
        for (const QString& text : shownTexts(window))
            QVERIFY2(!text.contains(m_token), qPrintable(QStringLiteral("%1: %2").arg(
                                                  QString::fromLatin1(when), text.left(200))));
        if (QObject* label = driver().find<QObject>(QStringLiteral("accountLabel")))
            QVERIFY(!label->property("text").toString().contains(m_token));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Everything the app writes goes under a temporary HOME; no keychain
        // (the token file is then the token store, chosen on the page).
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pool-studio-test-bus");
        qputenv("DIGITALOCEAN_ACCESS_TOKEN", m_token.toUtf8());
        m_previous = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));

        m_app = std::make_unique<AccountsApp>();
        m_app->useEnvironment = true;
        m_app->start();
        QVERIFY(m_app->showsWorkspace());
        QTRY_VERIFY(m_app->accounts.workspace()->loaded());
    }

    void theEnvironmentTokenIsNamedButNeverShown()
    {
        QCOMPARE(
            driver().find<QObject>(QStringLiteral("tokenSourceLabel"))->property("text").toString(),
            QStringLiteral("token from DIGITALOCEAN_ACCESS_TOKEN"));
        QVERIFY(!driver()
                     .find<QObject>(QStringLiteral("accountLabel"))
                     ->property("text")
                     .toString()
                     .isEmpty());
        QVERIFY(driver().click(QStringLiteral("contextSwitcherButton")));
        QTRY_VERIFY(
            driver().find<QObject>(QStringLiteral("contextPopup"))->property("opened").toBool());
        checkWindow("environment token, switcher open");
        QVERIFY(driver().click(QStringLiteral("contextSwitcherButton")));
    }

    void aRefusedWriteShowsNoToken()
    {
        app::Workspace* workspace = m_app->accounts.workspace();
        workspace->setCurrentClusterIndex(0);
        workspace->setCurrentPoolIndex(0);
        const QString node = workspace->currentPool()->nodes.first().id;
        sim::FaultRule refuse;
        refuse.method = QStringLiteral("DELETE");
        refuse.status = 403;
        m_app->simulator.addFault(refuse);
        workspace->deleteNode(node, false, false);
        QTRY_VERIFY(workspace->readOnly());
        QTRY_VERIFY(!workspace->loading());
        checkWindow("read-only");
    }

    void theTokenTypedOnTheSignInPageIsNotShown()
    {
        QVERIFY(driver().click(QStringLiteral("readOnlySignInButton")));
        QTRY_VERIFY(m_app->showsSignIn());
        QTRY_COMPARE(m_app->accounts.signInFlow()->keychainState(),
                     app::SignInController::KeychainUnavailable);
        // A refused token first: the error says so without the token.
        const QString wrong = QStringLiteral("dop_v1_leak_wrong_token_5e2a");
        driver().type(QStringLiteral("tokenField"), wrong);
        QVERIFY(driver().click(QStringLiteral("storeInFileBox")));
        QVERIFY(driver().click(QStringLiteral("signInButton")));
        QTRY_VERIFY(!driver()
                         .find<QObject>(QStringLiteral("signInError"))
                         ->property("text")
                         .toString()
                         .isEmpty());
        QVERIFY(!capturedLog().contains(wrong));
        // The field holds what was typed; the page shows only bullets.
        driver().type(QStringLiteral("tokenField"), m_token);
        QVERIFY(!driver()
                     .find<QObject>(QStringLiteral("tokenField"))
                     ->property("displayText")
                     .toString()
                     .contains(m_token));
        driver().type(QStringLiteral("contextNameField"), QStringLiteral("typed"));
        QVERIFY(driver().click(QStringLiteral("signInButton")));
        QTRY_VERIFY(m_app->showsWorkspace());
        QTRY_VERIFY(m_app->accounts.workspace()->loaded());
        QCOMPARE(m_app->window()->title(), QStringLiteral("Pool Studio — typed"));
        checkWindow("signed in with a typed token");
    }

    void noDebugOutputHoldsTheToken()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules({});
        const QString log = capturedLog();
        QVERIFY2(showsRedactedAuthorization(log), "the API debug output was not on");
        QVERIFY(log.contains(u"status 403"));
        QVERIFY(!log.contains(m_token));
        QVERIFY(!log.contains(m_token.mid(7, 16)));
    }

    void noFileButTheTokenStoreHoldsIt()
    {
        const QString store = m_app->dir.filePath(QStringLiteral("tokens.json"));
        QVERIFY(QFile::exists(store)); // the token store the user chose
        int files = 0;
        for (const QString& root : {m_home.path(), m_app->dir.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path == store)
                    continue;
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                QVERIFY2(!file.readAll().contains(m_token.toUtf8()), qPrintable(path));
                ++files;
            }
        }
        QVERIFY2(files >= 2, qPrintable(QString::number(files))); // contexts.json, caches, ...
    }

    void cleanupTestCase()
    {
        m_app.reset();
        qunsetenv("DIGITALOCEAN_ACCESS_TOKEN");
    }
};

QTEST_MAIN(AppTokenLeakTest)
#include "tst_tokenleak_app.moc"
