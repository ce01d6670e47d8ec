// poolctl's token from a context: the current one or --context NAME, from the
// token file or from a real keychain (GNOME Keyring on a private bus), the
// context's API URL, the environment overriding it, and clear usage errors
// (exit 2) for unknown contexts, missing tokens and unsafe or broken files.
#include "accounts/contextstore.h"
#include "accounts/filetokenstore.h"
#include "accounts/keychaintokenstore.h"
#include "privatesessionbus.h"
#include "sim/simulator.h"
#include "tokenwait.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sys/stat.h>

using namespace accounts;

namespace {

const QString Token = QStringLiteral("dop_v1_context_e2e_secret_0123456789");
const QString WrongToken = QStringLiteral("dop_v1_context_e2e_wrong_0123456789");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestPoolctlContext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString missing = PrivateSessionBus::missingTools();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QString error = m_bus.startBus();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bus.useForThisProcess();
        error = m_bus.startKeyring();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        m_home.emplace();
        QVERIFY(m_home->isValid());
        // This process and poolctl find the same config folder.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        m_simulator->loadDemoSeed();
        m_simulator->setToken(Token);
        QVERIFY(m_simulator->listen(0) != 0);
        m_url = m_simulator->baseUrl().toString();
    }

    void cleanupTestCase() { m_bus.stop(); }

    void currentContextFromTheTokenFile()
    {
        addContext(QStringLiteral("work"), StorageFile, Token, m_url);
        setCurrent(QStringLiteral("work"));
        // No --api-url: the context's own URL (the simulator) is used.
        const Run result = poolctl({QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"prod-tor1"), qPrintable(result.out));
    }

    void currentContextFromTheKeychain()
    {
        addContext(QStringLiteral("team"), StorageKeychain, Token, m_url);
        setCurrent(QStringLiteral("team"));
        const Run result = poolctl({QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(u"prod-tor1"));
        // Nothing but the keychain held it.
        QVERIFY(!QFile::exists(FileTokenStore::defaultPath()));
        KeychainTokenStore store;
        QVERIFY(removeAndWait(store, QStringLiteral("team")).isEmpty());
    }

    void namedContextBeatsTheCurrentOne()
    {
        addContext(QStringLiteral("stale"), StorageFile, WrongToken, m_url);
        addContext(QStringLiteral("work"), StorageFile, Token, m_url);
        setCurrent(QStringLiteral("stale"));
        Run result = poolctl({QStringLiteral("clusters")});
        QCOMPARE(result.exitCode, 1); // the simulator refuses the stale token: 401
        result = poolctl(
            {QStringLiteral("--context"), QStringLiteral("work"), QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void apiUrlOptionBeatsTheContextsUrl()
    {
        addContext(QStringLiteral("work"), StorageFile, Token,
                   QStringLiteral("http://127.0.0.1:9/unused"));
        setCurrent(QStringLiteral("work"));
        const Run result =
            poolctl({QStringLiteral("--api-url"), m_url, QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void environmentOverridesTheContext_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("DIGITALOCEAN_ACCESS_TOKEN") << QStringLiteral("DIGITALOCEAN_ACCESS_TOKEN");
        QTest::newRow("DIGITALOCEAN_TOKEN") << QStringLiteral("DIGITALOCEAN_TOKEN");
    }

    void environmentOverridesTheContext()
    {
        QFETCH(QString, variable);
        addContext(QStringLiteral("stale"), StorageFile, WrongToken, m_url);
        setCurrent(QStringLiteral("stale"));
        const Run result = poolctl({QStringLiteral("--api-url"), m_url, QStringLiteral("--context"),
                                    QStringLiteral("stale"), QStringLiteral("clusters")},
                                   {{variable, Token}});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("using the token from %1, not the one of "
                                                    "context “stale”")
                                         .arg(variable)),
                 qPrintable(result.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown context")
            << QStringList{QStringLiteral("--context"), QStringLiteral("nope")}
            << QStringLiteral("no context named “nope”; there are: work, empty");
        QTest::newRow("context without a token")
            << QStringList{QStringLiteral("--context"), QStringLiteral("empty")}
            << QStringLiteral("context “empty” has no token in the keychain; sign in to it again");
        QTest::newRow("no current context") << QStringList{} << QStringLiteral("no access token");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        addContext(QStringLiteral("work"), StorageFile, Token, m_url);
        addContext(QStringLiteral("empty"), StorageKeychain, QString(), m_url);
        const Run result = poolctl(arguments + QStringList{QStringLiteral("clusters")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
    }

    void aTokenFileOthersCanReadIsRefused()
    {
        addContext(QStringLiteral("work"), StorageFile, Token, m_url);
        setCurrent(QStringLiteral("work"));
        const QString path = FileTokenStore::defaultPath();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        const Run result = poolctl({QStringLiteral("clusters")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("chmod 600 ") + path), qPrintable(result.err));
    }

    void aMalformedContextsFileIsReportedAndKept()
    {
        const QString path = ContextStore::defaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ broken");
        file.close();
        const Run result = poolctl({QStringLiteral("clusters")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.err.contains(QStringLiteral("The contexts file %1 cannot be used").arg(path)),
            qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ broken"));
    }

    void contextListAndUse()
    {
        addContext(QStringLiteral("work"), StorageFile, Token, m_url);
        addContext(QStringLiteral("team"), StorageKeychain, QString(), QString());
        Run result =
            poolctl({QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("team")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out, QStringLiteral("current context: team\n"));
        result = poolctl({QStringLiteral("context"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(u"CURRENT  NAME  EMAIL"), qPrintable(result.out));
        QVERIFY2(lines[1].contains(QStringLiteral("work  ops@example.com")),
                 qPrintable(result.out));
        QVERIFY2(lines[2].startsWith(u"*        team"), qPrintable(result.out));
        QVERIFY2(lines[2].contains(u"keychain") && lines[2].endsWith(u"default"),
                 qPrintable(result.out));

        result =
            poolctl({QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("nope")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.err.contains(QStringLiteral("no context named “nope”; there are: work, team")),
            qPrintable(result.err));
        result = poolctl({QStringLiteral("context"), QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(
            result.err.contains(u"usage: poolctl context list | use NAME | import-doctl [FILE]"));
    }

    // doctl's contexts, their tokens into the (private) keychain, then used.
    void importDoctlIntoTheKeychain()
    {
        const QString doctl = m_home->filePath(QStringLiteral("config/doctl/config.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(doctl).absolutePath()));
        QFile file(doctl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("access-token: %1\napi-url: %2\nauth-contexts:\n  stale: %3\n"
                                  "  blank: \"\"\ncontext: default\n")
                       .arg(Token, m_url, WrongToken)
                       .toUtf8());
        file.close();

        // No FILE: doctl's own place under XDG_CONFIG_HOME.
        Run result = poolctl({QStringLiteral("context"), QStringLiteral("import-doctl")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out,
                 QStringLiteral(
                     "imported 2 contexts from doctl, tokens in the keychain: default, stale\n"));
        QVERIFY2(result.err.contains(u"the token of context “blank” is empty; skipped"),
                 qPrintable(result.err));
        QCOMPARE(m_bus
                     .secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                                  QStringLiteral("Pool Studio"), QStringLiteral("user"),
                                  QStringLiteral("default")})
                     .second,
                 Token.toUtf8());
        QVERIFY(!QFile::exists(FileTokenStore::defaultPath())); // no file fallback, silently or not
        QVERIFY(!contentsOf(ContextStore::defaultPath()).contains("dop_v1_"));

        // The imported current context works, with doctl's api-url.
        result = poolctl({QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        KeychainTokenStore store;
        for (const char* name : {"default", "stale"})
            QVERIFY(removeAndWait(store, QString::fromLatin1(name)).isEmpty());
    }

    void importDoctlIntoTheFileWhenAsked()
    {
        const QString doctl = m_home->filePath(QStringLiteral("doctl.yaml"));
        QFile file(doctl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("access-token: %1\n").arg(Token).toUtf8());
        file.close();
        const Run result = poolctl({QStringLiteral("--store-in-file"), QStringLiteral("context"),
                                    QStringLiteral("import-doctl"), doctl});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out,
                 QStringLiteral("imported 1 context from doctl, tokens in the file: default\n"));
        QCOMPARE(QFile::permissions(FileTokenStore::defaultPath()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QCOMPARE(poolctl({QStringLiteral("--api-url"), m_url, QStringLiteral("clusters")}).exitCode,
                 0);
    }

    void importDoctlOfABrokenFileImportsNothing()
    {
        const QString doctl = m_home->filePath(QStringLiteral("doctl.yaml"));
        QFile file(doctl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("auth-contexts: [unclosed\n");
        file.close();
        const Run result =
            poolctl({QStringLiteral("context"), QStringLiteral("import-doctl"), doctl});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(doctl +
                                     QStringLiteral(": line 2: doctl's config is not valid YAML")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(u"nothing imported"));
        QVERIFY(!QFile::exists(ContextStore::defaultPath()));
    }

private:
    static QByteArray contentsOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A context of ours with its token in the store `storage` names.
    void addContext(const QString& name, const char* storage, const QString& token,
                    const QString& apiUrl)
    {
        ContextStore contexts;
        QVERIFY(contexts.load());
        contexts.upsert({name, apiUrl, QStringLiteral("ops@example.com"), QString(),
                         QString::fromLatin1(storage)});
        QVERIFY2(contexts.save(), qPrintable(contexts.errorText()));
        if (token.isEmpty())
            return;
        std::unique_ptr<TokenStore> store;
        if (storage == std::string_view(StorageFile))
            store = std::make_unique<FileTokenStore>();
        else
            store = std::make_unique<KeychainTokenStore>();
        const QString error = writeAndWait(*store, name, token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void setCurrent(const QString& name)
    {
        ContextStore contexts;
        QVERIFY(contexts.load());
        contexts.setCurrent(name);
        QVERIFY(contexts.save());
    }

    // Runs poolctl while this event loop serves the simulator; the token must
    // never show in what it prints.
    Run poolctl(const QStringList& arguments, const QList<std::pair<QString, QString>>& extra = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_TOKEN", "DIGITALOCEAN_API_URL"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           m_home->filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("HOME"), m_home->path());
        for (const auto& [name, value] : extra)
            environment.insert(name, value);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(POOLCTL_PATH), arguments);
        process.closeWriteChannel();
        if (!finished.wait(20'000))
            qFatal("poolctl did not finish");
        Run result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
        for (const QString& secret : {Token, WrongToken})
            if (result.out.contains(secret) || result.err.contains(secret))
                qFatal("a token appeared in the output of poolctl %s",
                       qPrintable(arguments.join(u' ')));
        return result;
    }

    PrivateSessionBus m_bus;
    std::optional<QTemporaryDir> m_home;
    std::unique_ptr<sim::Simulator> m_simulator;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestPoolctlContext)
#include "tst_poolctlcontext.moc"
