// contexts.json shared with other processes, through the real QML offscreen:
// `poolctl context import-doctl` adds a context while the window is open and
// the switcher shows it at once and keeps it at the next switch; a file
// written by a newer Pool Studio is left exactly as it is, the window says
// contexts are read-only, and "Move aside and start fresh" keeps it as the
// next numbered backup (an earlier backup is not touched). No keychain here:
// tokens go to the 0600 file, as `--store-in-file` makes poolctl do.
#include "accountsapp.h"

#include <QFile>
#include <QProcess>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class ContextFilesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<AccountsApp> m_app;

    WindowDriver& driver() { return m_app->driver; }
    QString text(const QString& name)
    {
        QObject* item = driver().find<QObject>(name);
        return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(name);
    }
    QString path(const QString& name) const { return m_app->dir.filePath(name); }
    bool showing(const QString& name)
    {
        QQuickItem* item = driver().find(name);
        return item && item->isVisible();
    }

    // On the sign-in page: a token kept in the file (no keychain here).
    void signInWithFile(const QString& name)
    {
        QTRY_VERIFY(m_app->showsSignIn());
        QTRY_COMPARE(m_app->accounts.signInFlow()->keychainState(),
                     app::SignInController::KeychainUnavailable);
        driver().type(QStringLiteral("tokenField"), AccountsApp::GoodToken);
        driver().type(QStringLiteral("contextNameField"), name);
        if (!driver().find(QStringLiteral("storeInFileBox"))->property("checked").toBool())
            QVERIFY(driver().click(QStringLiteral("storeInFileBox")));
        QTRY_VERIFY(driver().find(QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(driver().click(QStringLiteral("signInButton")));
        QTRY_VERIFY(m_app->showsWorkspace());
        QTRY_COMPARE(m_app->accounts.contextName(), name);
    }

    void openSwitcher()
    {
        QVERIFY(driver().click(QStringLiteral("contextSwitcherButton")));
        QTRY_VERIFY(
            driver().find<QObject>(QStringLiteral("contextPopup"))->property("opened").toBool());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything in this process looks for the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pool-studio-test-bus");
    }

    void poolctlsImportShowsUpAndSurvivesTheNextSwitch()
    {
        m_app = std::make_unique<AccountsApp>();
        m_app->start();
        signInWithFile(QStringLiteral("laptop"));

        // poolctl's config folder is the app's: a link from where its
        // XDG_CONFIG_HOME puts contexts.json and tokens.json to the test's folder.
        QTemporaryDir home;
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("config/PoolStudio"))));
        QVERIFY(QFile::link(m_app->dir.path(),
                            home.filePath(QStringLiteral("config/PoolStudio/poolstudio"))));
        const QString doctl = home.filePath(QStringLiteral("doctl.yaml"));
        QVERIFY(write(doctl, "auth-contexts:\n  work: " + AccountsApp::GoodToken.toUtf8() + "\n"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        for (const char* name : {"DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_TOKEN",
                                 "DIGITALOCEAN_CONFIG", "DIGITALOCEAN_API_URL"})
            environment.remove(QString::fromLatin1(name));
        QProcess poolctl;
        poolctl.setProcessEnvironment(environment);
        poolctl.start(QStringLiteral(POOLCTL_PATH),
                      {QStringLiteral("--store-in-file"), QStringLiteral("context"),
                       QStringLiteral("import-doctl"), doctl});
        QVERIFY(poolctl.waitForFinished(30'000));
        QVERIFY2(poolctl.exitCode() == 0, poolctl.readAllStandardError().constData());

        // The window noticed the file change by itself (its watcher).
        QTRY_VERIFY(m_app->accounts.contexts().size() == 2);
        openSwitcher();
        QTRY_VERIFY(showing(QStringLiteral("switchTo_work")));
        QVERIFY(text(QStringLiteral("switchTo_laptop")).startsWith(u"✓"));
        driver().screenshot(QStringLiteral("contexts-imported-while-open"));

        // The next switch saves the file again: poolctl's context stays.
        QVERIFY(driver().click(QStringLiteral("switchTo_work")));
        QTRY_COMPARE(m_app->accounts.contextName(), QStringLiteral("work"));
        QTRY_VERIFY(m_app->accounts.workspace() && m_app->accounts.workspace()->loaded());
        const accounts::ContextStore saved = m_app->savedContexts();
        QVERIFY(saved.find(QStringLiteral("laptop")));
        QVERIFY(saved.find(QStringLiteral("work")));
        QCOMPARE(saved.current(), QStringLiteral("work"));
        QVERIFY(contentsOf(path(QStringLiteral("tokens.json"))).contains("\"work\""));
        QVERIFY(!m_app->accounts.contextsReadOnly());
        QVERIFY(!showing(QStringLiteral("contextsReadOnlyLabel")));
        m_app.reset();
    }

    void aNewerFileIsLeftAloneUntilMovedAside()
    {
        m_app = std::make_unique<AccountsApp>();
        const QByteArray newer = R"({"version": 7, "current": "future",
 "contexts": [{"name": "future", "storage": "vault"}], "profiles": {}})";
        QVERIFY(write(path(QStringLiteral("contexts.json")), newer));
        // The user's earlier backup: never replaced.
        QVERIFY(write(path(QStringLiteral("contexts.json.broken-1")), "an earlier backup\n"));
        m_app->start();

        QTRY_VERIFY(m_app->showsSignIn());
        QVERIFY(m_app->accounts.contextsReadOnly());
        QTRY_VERIFY(showing(QStringLiteral("contextsFileBanner")));
        const QString problem = text(QStringLiteral("contextsProblem"));
        QVERIFY2(problem.contains(u"newer Pool Studio") && problem.contains(u"version 7") &&
                     problem.contains(path(QStringLiteral("contexts.json"))),
                 qPrintable(problem));
        driver().screenshot(QStringLiteral("contexts-newer-sign-in"));

        // Signing in works, for this run: the file is not written.
        signInWithFile(QStringLiteral("fresh"));
        QTRY_VERIFY(m_app->accounts.workspace()->loaded());
        QCOMPARE(contentsOf(path(QStringLiteral("contexts.json"))), newer);
        QVERIFY(showing(QStringLiteral("contextsReadOnlyLabel")));
        openSwitcher();
        QTRY_VERIFY(showing(QStringLiteral("moveContextsAsideButton")));
        QVERIFY(showing(QStringLiteral("switchTo_fresh")));
        driver().screenshot(QStringLiteral("contexts-newer-switcher"));

        QVERIFY(driver().click(QStringLiteral("moveContextsAsideButton")));
        QTRY_VERIFY(!m_app->accounts.contextsReadOnly());
        QCOMPARE(contentsOf(path(QStringLiteral("contexts.json.broken-1"))),
                 QByteArray("an earlier backup\n"));
        QCOMPARE(contentsOf(path(QStringLiteral("contexts.json.broken-2"))), newer);
        const accounts::ContextStore saved = m_app->savedContexts();
        QVERIFY2(saved.find(QStringLiteral("fresh")), qPrintable(saved.errorText()));
        QCOMPARE(saved.current(), QStringLiteral("fresh"));
        QVERIFY2(text(QStringLiteral("contextsMessage")).contains(u"broken-2"),
                 qPrintable(text(QStringLiteral("contextsMessage"))));
        QVERIFY(!showing(QStringLiteral("moveContextsAsideButton")));
        QVERIFY(!showing(QStringLiteral("contextsReadOnlyLabel")));
        driver().screenshot(QStringLiteral("contexts-moved-aside"));
        m_app.reset();
    }
};

QTEST_MAIN(ContextFilesTest)
#include "tst_contextfiles.moc"
