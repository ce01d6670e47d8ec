// The token is secret: every poolctl command (and poolstudio) is run as a
// script runs it, with a known token in DIGITALOCEAN_ACCESS_TOKEN and all
// debug output switched on (QT_LOGGING_RULES="*.debug=true"), against the
// simulator: successes, wrong usage, --help, and API failures (401, 403, 429,
// 500, 501). The token must appear in no stdout, no stderr, and no file
// written under the temporary HOME and XDG folders they were given.
#include "../redactedauthorization.h"
#include "poolctlrun.h"
#include "sim/simulator.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace {

const QString Token =
    QStringLiteral("dop_v1_leakcheck_9c1f4e7a2b6d8053e1a7c4f2b9d6e8a0c3f5b7d9e1a2c4f6b8d0e2a4c6");
const QString Prod = QStringLiteral("prod-tor1");

// The forms a leaked token could take in text or in a file.
QList<QByteArray> tokenForms()
{
    const QByteArray raw = Token.toUtf8();
    return {raw, raw.toBase64(), raw.toPercentEncoding(), raw.toHex(),
            raw.mid(17, 24)}; // a distinctive slice: a truncated leak is a leak
}

QString leakIn(const QByteArray& data)
{
    for (const QByteArray& form : tokenForms())
        if (data.contains(form))
            return QString::fromLatin1(form.left(24)) + QStringLiteral("...");
    return {};
}

// Any exit code but 0 (QCommandLineParser ends the process itself on an
// unknown option, with its own code).
constexpr int AnyFailure = -1;

using Run = PoolctlRun;

// What the simulator does while one command runs.
enum class Server
{
    Normal,
    Refuses401,   // the token is not the one the server accepts
    ReadOnly403,  // the token may read; every write gets 403
    Fails500Once, // one 500, then the retry succeeds
    Fails501,     // every request 501 (not retried)
    Busy429Once,  // one 429 with retry-after 1
};

} // namespace

class TokenLeakTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QString m_url;
    QTemporaryDir m_home;    // HOME and every XDG folder: all a program may write
    QTemporaryDir m_outside; // the token file (the one file allowed to hold it) and inputs
    QSet<QString> m_covered; // poolctl commands run

    // Debug output on everywhere; HOME, every XDG folder and TMPDIR are the
    // test's, so that every file a program writes can be searched afterwards.
    QList<std::pair<QString, QString>> environment() const
    {
        QList<std::pair<QString, QString>> env{
            {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")},
            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
            {QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software")},
            {QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home"))}};
        for (const auto& [variable, folder] :
             {std::pair{"XDG_CONFIG_HOME", "config"}, std::pair{"XDG_CACHE_HOME", "cache"},
              std::pair{"XDG_DATA_HOME", "data"}, std::pair{"XDG_STATE_HOME", "state"},
              std::pair{"XDG_RUNTIME_DIR", "runtime"}, std::pair{"TMPDIR", "tmp"}})
            env.append(
                {QString::fromLatin1(variable), m_home.filePath(QString::fromLatin1(folder))});
        return env;
    }

    // Runs a program while this event loop keeps serving the simulator. The
    // runner fails the test when any form of the token shows in what it
    // printed, whatever the run (the inputs' export and --help included).
    Run run(const QString& program, const QStringList& arguments, const QString& token = Token)
    {
        return runProgram(program, arguments,
                          {.token = token,
                           .environment = environment(),
                           .unset = {QStringLiteral("DBUS_SESSION_BUS_ADDRESS")},
                           .workingDirectory = m_home.filePath(QStringLiteral("home")),
                           .secrets = tokenForms(),
                           .timeoutMs = 60'000});
    }

    QString writeOutside(const QString& name, const QByteArray& text)
    {
        const QString path = m_outside.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

    void setServer(Server server)
    {
        m_simulator->clearFaults();
        m_simulator->setToken(Token);
        m_simulator->setReadOnlyToken({});
        sim::FaultRule rule;
        switch (server) {
        case Server::Normal:
            return;
        case Server::Refuses401:
            m_simulator->setToken(QStringLiteral("a-token-the-test-never-uses"));
            return;
        case Server::ReadOnly403:
            m_simulator->setToken(QStringLiteral("a-token-the-test-never-uses"));
            m_simulator->setReadOnlyToken(Token);
            return;
        case Server::Fails500Once:
            rule.status = 500;
            break;
        case Server::Fails501:
            rule.status = 501;
            rule.times = 0;
            break;
        case Server::Busy429Once:
            rule.status = 429;
            rule.retryAfterSecs = 1;
            break;
        }
        m_simulator->addFault(rule);
    }

    // The command names `poolctl --help` lists.
    QStringList helpCommands()
    {
        const Run help = run(QStringLiteral(POOLCTL_PATH), {QStringLiteral("--help")});
        const QString commands = help.out.left(help.out.indexOf(u"\nOptions:"));
        QStringList names;
        static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*)(?: |$)"),
                                             QRegularExpression::MultilineOption);
        for (auto match = line.globalMatch(commands); match.hasNext();)
            names << match.next().captured(1);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_outside.isValid());
        for (const char* folder : {"home", "config", "cache", "data", "state", "runtime", "tmp"})
            QVERIFY(QDir(m_home.path()).mkpath(QString::fromLatin1(folder)));
        QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        m_simulator->loadDemoSeed();
        m_simulator->setDropletLimit(200);
        QVERIFY(m_simulator->listen(0) != 0);
        m_url = m_simulator->baseUrl().toString();
        setServer(Server::Normal);

        // Inputs for the commands that read manifests: the web pool as exported,
        // grown, shrunk, copied under a new name, and broken.
        const Run exported = run(QStringLiteral(POOLCTL_PATH),
                                 {QStringLiteral("--api-url"), m_url, QStringLiteral("export"),
                                  Prod, QStringLiteral("web")});
        QCOMPARE(exported.exitCode, 0);
        const QByteArray web = exported.out.toUtf8();
        QVERIFY(web.contains("nodeCount: 3"));
        writeOutside(QStringLiteral("grow.yaml"),
                     QByteArray(web).replace("nodeCount: 3", "nodeCount: 4"));
        writeOutside(QStringLiteral("shrink.yaml"),
                     QByteArray(web).replace("nodeCount: 3", "nodeCount: 1"));
        writeOutside(QStringLiteral("create.yaml"),
                     QByteArray(web)
                         .replace("name: web", "name: leak-test")
                         .replace("nodePoolName: web", "nodePoolName: leak-test"));
        writeOutside(QStringLiteral("invalid.yaml"),
                     QByteArray(web).replace("nodeCount: 3", "nodeCount: -2"));
        writeOutside(QStringLiteral("broken.yaml"), "apiVersion: [unclosed\n");
        writeOutside(QStringLiteral("token"), Token.toUtf8() + '\n');
        writeOutside(QStringLiteral("doctl.yaml"), "access-token: " + Token.toUtf8() + '\n');
        // fmt --write rewrites its file: that one lives where writes are checked.
        QFile formatted(m_home.filePath(QStringLiteral("home/fmt.yaml")));
        QVERIFY(formatted.open(QIODevice::WriteOnly));
        formatted.write(web);
    }

    void poolctlNeverShowsTheToken_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("server");
        QTest::addColumn<int>("exitCode"); // what a script would see; AnyFailure: not 0
        QTest::addColumn<bool>("tokenInEnvironment");

        const auto file = [this](const char* name) {
            return m_outside.filePath(QString::fromLatin1(name));
        };
        const auto row = [](const char* name, QStringList arguments, int exitCode,
                            Server server = Server::Normal, bool inEnvironment = true) {
            QTest::newRow(name) << arguments << int(server) << exitCode << inEnvironment;
        };
        const QString node = QStringLiteral("web-yfa0y");
        using L = QStringList;

        // Usage, help, and refusals before any request.
        row("--help", {QStringLiteral("--help")}, 0);
        row("--version", {QStringLiteral("--version")}, 0);
        row("no command", {}, 2);
        row("unknown command", {QStringLiteral("frobnicate")}, 2);
        row("unknown option", {QStringLiteral("--frobnicate"), QStringLiteral("clusters")},
            AnyFailure);
        row("missing argument", {QStringLiteral("pools")}, 2);
        row("bad output",
            L{QStringLiteral("-o"), QStringLiteral("xml"), QStringLiteral("clusters")}, 2);
        row("plain http remote",
            L{QStringLiteral("--api-url"), QStringLiteral("http://api.digitalocean.com"),
              QStringLiteral("clusters")},
            2);
        row("missing token file",
            L{QStringLiteral("--token-file"), file("no-such-file"), QStringLiteral("clusters")}, 2);
        row("no token", L{QStringLiteral("clusters")}, 2, Server::Normal, false);
        row("token file",
            L{QStringLiteral("--token-file"), file("token"), QStringLiteral("clusters")}, 0,
            Server::Normal, false);
        // Contexts. No session bus here, so importing doctl's token is refused
        // (it would go to the keychain) after the token was read; storing it in
        // a file is tested in tests/accounts/tst_poolctlcontext.
        row("context list", L{QStringLiteral("context"), QStringLiteral("list")}, 0);
        row("context use unknown",
            L{QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("nope")}, 2);
        row("context import-doctl without keychain",
            L{QStringLiteral("context"), QStringLiteral("import-doctl"), file("doctl.yaml")}, 2,
            Server::Normal, false);
        row("unknown context",
            L{QStringLiteral("--context"), QStringLiteral("nope"), QStringLiteral("clusters")}, 2,
            Server::Normal, false);

        // Reading.
        row("clusters", {QStringLiteral("clusters")}, 0);
        row("clusters json",
            L{QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("clusters")}, 0);
        row("pools", L{QStringLiteral("pools"), Prod}, 0);
        row("pools yaml",
            L{QStringLiteral("-o"), QStringLiteral("yaml"), QStringLiteral("pools"), Prod}, 0);
        row("pools unknown cluster", L{QStringLiteral("pools"), QStringLiteral("nope")}, 1);
        row("nodes", L{QStringLiteral("nodes"), Prod, QStringLiteral("web")}, 0);
        row("get", L{QStringLiteral("get"), Prod, QStringLiteral("web")}, 0);
        row("get json",
            L{QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("get"), Prod,
              QStringLiteral("web")},
            0);
        row("get unknown pool", L{QStringLiteral("get"), Prod, QStringLiteral("nope")}, 1);
        row("export all", L{QStringLiteral("export")}, 0);
        row("export cluster", L{QStringLiteral("export"), Prod}, 0);
        row("export pool", L{QStringLiteral("export"), Prod, QStringLiteral("web")}, 0);
        row("sizes", L{QStringLiteral("sizes")}, 0);
        row("sizes refresh", L{QStringLiteral("sizes"), QStringLiteral("--refresh")}, 0);
        row("cost", L{QStringLiteral("cost")}, 0);
        row("cost csv by tag",
            L{QStringLiteral("cost"), QStringLiteral("--by"), QStringLiteral("tag:team"),
              QStringLiteral("-o"), QStringLiteral("csv")},
            0);
        row("cost bad grouping",
            L{QStringLiteral("cost"), QStringLiteral("--by"), QStringLiteral("colour")}, 2);
        row("autoscaler", L{QStringLiteral("autoscaler"), Prod}, 0);
        row("autoscaler change",
            L{QStringLiteral("autoscaler"), Prod, QStringLiteral("--threshold"),
              QStringLiteral("0.6"), QStringLiteral("--unneeded"), QStringLiteral("3m"),
              QStringLiteral("--yes")},
            0);
        row("autoscaler bad duration",
            L{QStringLiteral("autoscaler"), Prod, QStringLiteral("--unneeded"),
              QStringLiteral("soon")},
            2);

        // Files only.
        row("validate", L{QStringLiteral("validate"), file("grow.yaml")}, 0);
        row("validate invalid", L{QStringLiteral("validate"), file("invalid.yaml")}, 1);
        row("validate broken", L{QStringLiteral("validate"), file("broken.yaml")}, 2);
        row("validate missing", L{QStringLiteral("validate"), file("no-such.yaml")}, 2);
        row("lint", L{QStringLiteral("lint"), file("grow.yaml")}, 0);
        row("lint invalid", L{QStringLiteral("lint"), file("invalid.yaml")}, 1);
        row("fmt", L{QStringLiteral("fmt"), file("grow.yaml")}, 0);
        row("fmt write",
            L{QStringLiteral("fmt"), m_home.filePath(QStringLiteral("home/fmt.yaml")),
              QStringLiteral("--write")},
            0);

        // Changing.
        row("plan", L{QStringLiteral("plan"), file("grow.yaml")}, 0);
        row("plan invalid", L{QStringLiteral("plan"), file("invalid.yaml")}, 4);
        row("apply grow", L{QStringLiteral("apply"), file("grow.yaml")}, 0);
        row("apply shrink unconfirmed", L{QStringLiteral("apply"), file("shrink.yaml")}, 3);
        row("apply create", L{QStringLiteral("apply"), file("create.yaml")}, 0);
        row("delete-node unconfirmed",
            L{QStringLiteral("delete-node"), Prod, QStringLiteral("web"), node}, 3);
        row("delete-node replace",
            L{QStringLiteral("delete-node"), Prod, QStringLiteral("web"), node,
              QStringLiteral("--replace"), QStringLiteral("--yes")},
            0);
        row("delete-pool unconfirmed",
            L{QStringLiteral("delete-pool"), Prod, QStringLiteral("leak-test")}, 3);
        row("delete-pool",
            L{QStringLiteral("delete-pool"), Prod, QStringLiteral("leak-test"),
              QStringLiteral("--yes")},
            0);

        // The API refuses or fails.
        row("clusters 401", L{QStringLiteral("clusters")}, 1, Server::Refuses401);
        row("export 401", L{QStringLiteral("export")}, 1, Server::Refuses401);
        row("apply 401", L{QStringLiteral("apply"), file("shrink.yaml"), QStringLiteral("--yes")},
            1, Server::Refuses401);
        row("apply 403", L{QStringLiteral("apply"), file("shrink.yaml"), QStringLiteral("--yes")},
            1, Server::ReadOnly403);
        row("delete-node 403",
            L{QStringLiteral("delete-node"), Prod, QStringLiteral("web"), node,
              QStringLiteral("--yes")},
            1, Server::ReadOnly403);
        row("delete-pool 403",
            L{QStringLiteral("delete-pool"), Prod, QStringLiteral("api"), QStringLiteral("--yes")},
            1, Server::ReadOnly403);
        row("clusters 500 once", L{QStringLiteral("clusters")}, 0, Server::Fails500Once);
        row("pools 501", L{QStringLiteral("pools"), Prod}, 1, Server::Fails501);
        row("cost 501", L{QStringLiteral("cost")}, 1, Server::Fails501);
        row("sizes 429 once", L{QStringLiteral("sizes"), QStringLiteral("--refresh")}, 0,
            Server::Busy429Once);
    }
    void poolctlNeverShowsTheToken()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, server);
        QFETCH(int, exitCode);
        QFETCH(bool, tokenInEnvironment);
        setServer(Server(server));
        QStringList all = arguments;
        // Our simulator's URL, unless the row names its own.
        if (!arguments.contains(u"--api-url") && !arguments.isEmpty())
            all = QStringList{QStringLiteral("--api-url"), m_url} + arguments;
        const Run result =
            run(QStringLiteral(POOLCTL_PATH), all, tokenInEnvironment ? Token : QString());
        setServer(Server::Normal);
        for (const QString& argument : arguments)
            if (!argument.startsWith(u'-'))
                m_covered.insert(argument);
        QVERIFY2(leakIn(result.out.toUtf8()).isEmpty(), qPrintable(result.out));
        QVERIFY2(leakIn(result.err.toUtf8()).isEmpty(), qPrintable(result.err));
        // The command did what the row says it exercises.
        const bool expected =
            exitCode == AnyFailure ? result.exitCode != 0 : result.exitCode == exitCode;
        QVERIFY2(expected, qPrintable(QStringLiteral("exit %1, expected %2: %3")
                                          .arg(result.exitCode)
                                          .arg(exitCode)
                                          .arg(result.err.right(2000))));
        // Debug output really was on: commands that reached the API logged
        // their requests, with the header redacted.
        const bool fileCommand = QStringList{QStringLiteral("validate"), QStringLiteral("lint"),
                                             QStringLiteral("fmt"), QStringLiteral("context")}
                                     // local files only, no request
                                     .contains(arguments.value(0));
        const bool reachedApi = (exitCode == 0 || exitCode == 1 || exitCode == 3) && !fileCommand &&
                                !arguments.contains(u"--help") && !arguments.contains(u"--version");
        if (reachedApi)
            QVERIFY2(showsRedactedAuthorization(result.err), qPrintable(result.err.right(2000)));
    }

    void everyPoolctlCommandWasRun()
    {
        const QStringList listed = helpCommands();
        QVERIFY2(listed.size() >= 14, qPrintable(listed.join(u' ')));
        for (const QString& command : listed)
            QVERIFY2(m_covered.contains(command),
                     qPrintable(QStringLiteral("poolctl %1 is not run by this test").arg(command)));
    }

    void poolstudioNeverShowsTheToken_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("server");
        QTest::addColumn<int>("exitCode");
        const QString shot = m_home.filePath(QStringLiteral("home/window.png"));
        QTest::newRow("window") << QStringList{QStringLiteral("--screenshot"), shot}
                                << int(Server::Normal) << 0;
        QTest::newRow("window 401")
            << QStringList{QStringLiteral("--screenshot"), shot} << int(Server::Refuses401) << 0;
        QTest::newRow("plain http remote")
            << QStringList{QStringLiteral("--api-url"),
                           QStringLiteral("http://api.digitalocean.com"),
                           QStringLiteral("--screenshot"), shot}
            << int(Server::Normal) << 2;
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << int(Server::Normal)
                                << 0;
        QTest::newRow("bad theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("pink")}
                                   << int(Server::Normal) << 2;
    }
    void poolstudioNeverShowsTheToken()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, server);
        QFETCH(int, exitCode);
        setServer(Server(server));
        QStringList all = arguments;
        if (!arguments.contains(u"--api-url"))
            all = QStringList{QStringLiteral("--api-url"), m_url} + arguments;
        const Run result = run(QStringLiteral(POOLSTUDIO_PATH), all);
        setServer(Server::Normal);
        QVERIFY2(leakIn(result.out.toUtf8()).isEmpty(), qPrintable(result.out));
        QVERIFY2(leakIn(result.err.toUtf8()).isEmpty(), qPrintable(result.err));
        QVERIFY2(result.exitCode == exitCode, qPrintable(result.err.right(2000)));
        if (arguments.contains(u"--screenshot") && exitCode == 0) {
            QVERIFY(QFile::exists(arguments.value(1)));
            QVERIFY2(showsRedactedAuthorization(result.err), qPrintable(result.err.right(2000)));
        }
    }

    // Last: whatever the programs above wrote (caches, settings, history,
    // drafts, screenshots) holds no trace of the token.
    void noFileWrittenHoldsTheToken()
    {
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QString leak = leakIn(file.readAll());
            QVERIFY2(leak.isEmpty(),
                     qPrintable(QStringLiteral("%1 holds the token").arg(file.fileName())));
            ++files;
        }
        // The check means something only if they wrote: at least the catalogue
        // cache, the formatted manifest and the screenshot.
        QVERIFY2(files >= 3, qPrintable(QString::number(files)));
    }
};

QTEST_GUILESS_MAIN(TokenLeakTest)
#include "tst_tokenleak.moc"
