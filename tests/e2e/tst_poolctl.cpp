// poolctl and the other executables as a script would run them.
#include "sim/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString Token = QStringLiteral("dop_v1_e2e_secret_0123456789");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program while this event loop keeps serving the simulator.
Run run(const QString& program, const QStringList& arguments, const QString& token = Token)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DIGITALOCEAN_ACCESS_TOKEN"), token);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!finished.wait(20'000))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class PoolctlTest : public QObject
{
    Q_OBJECT

    sim::Simulator m_simulator;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        m_simulator.loadDemoSeed();
        m_simulator.setToken(Token);
        QVERIFY(m_simulator.listen(0) != 0);
        m_url = m_simulator.baseUrl().toString();
    }

    void everyExecutableAnswersHelpAndVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("poolctl") << QStringLiteral(POOLCTL_PATH);
        QTest::newRow("poolsim") << QStringLiteral(POOLSIM_PATH);
        QTest::newRow("poolstudio") << QStringLiteral(POOLSTUDIO_PATH);
    }
    void everyExecutableAnswersHelpAndVersion()
    {
        QFETCH(QString, program);
        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral(POOLSTUDIO_VERSION)), qPrintable(version.out));
        const Run help = run(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"--help"), qPrintable(help.out));
    }

    void listsClustersAsATable()
    {
        const Run result = run(QStringLiteral(POOLCTL_PATH),
                               {QStringLiteral("--api-url"), m_url, QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"NAME"));
        const QJsonArray held = m_simulator.snapshot().value(u"clusters").toArray();
        QCOMPARE(lines.size(), held.size() + 1);
        for (const QJsonValue& cluster : held) {
            const QString id = cluster.toObject().value(u"id").toString();
            QVERIFY2(result.out.contains(id), qPrintable(id));
        }
        QVERIFY(!result.out.contains(Token) && !result.err.contains(Token));
    }

    void listsClustersAsJsonWithTheirPools()
    {
        const Run result = run(QStringLiteral(POOLCTL_PATH),
                               {QStringLiteral("--api-url"), m_url, QStringLiteral("-o"),
                                QStringLiteral("json"), QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray printed = QJsonDocument::fromJson(result.out.toUtf8()).array();
        const QJsonArray held = m_simulator.snapshot().value(u"clusters").toArray();
        QCOMPARE(printed.size(), held.size());
        for (int i = 0; i < held.size(); ++i)
            QCOMPARE(printed.at(i).toObject().value(u"node_pools").toArray().size(),
                     held.at(i).toObject().value(u"node_pools").toArray().size());
    }

    void aRefusedTokenExitsWithOneAndSaysWhy()
    {
        const Run result = run(QStringLiteral(POOLCTL_PATH),
                               {QStringLiteral("--api-url"), m_url, QStringLiteral("clusters")},
                               QStringLiteral("wrong-token"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"401"), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"wrong-token"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{} << Token << "no command";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << Token << "unknown command";
        QTest::newRow("no token") << QStringList{QStringLiteral("clusters")} << QString()
                                  << "no access token";
        QTest::newRow("plain http remote")
            << QStringList{QStringLiteral("--api-url"), QStringLiteral("http://example.com"),
                           QStringLiteral("clusters")}
            << Token << "loopback";
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, token);
        QFETCH(QString, says);
        const Run result = run(QStringLiteral(POOLCTL_PATH), arguments, token);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(PoolctlTest)
#include "tst_poolctl.moc"
