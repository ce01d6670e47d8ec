// The poolsim program as a user starts it: options, the URL line, a faults
// file, and the same answers as the in-process simulator.
#include "simclient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

class SimProgramTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsItsVersionAndHelp()
    {
        QProcess p;
        p.start(QStringLiteral(POOLSIM_PATH), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("poolsim " POOLSTUDIO_VERSION));
        p.start(QStringLiteral(POOLSIM_PATH), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10'000));
        const QByteArray help = p.readAllStandardOutput();
        for (const char* option : {"--port", "--seed", "--token", "--faults", "--link-style",
                                   "--link-origin", "--tls-cert", "--tls-key", "--help"})
            QVERIFY2(help.contains(option), option);
    }

    void servesTheSeedWithTheTokenAndTheFaultsItWasGiven()
    {
        QTemporaryFile faults;
        QVERIFY(faults.open());
        faults.write("[{\"method\": \"GET\", \"path\": \"/v2/sizes\", \"kind\": \"status\", "
                     "\"status\": 502}]");
        faults.close();
        QProcess p;
        p.start(QStringLiteral(POOLSIM_PATH),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"),
                 QStringLiteral("cli-token"), QStringLiteral("--seed"),
                 QStringLiteral(POOLSTUDIO_SOURCE_DIR "/resources/seed/demo.json"),
                 QStringLiteral("--faults"), faults.fileName()});
        QVERIFY(p.waitForStarted(10'000));
        QVERIFY(QTest::qWaitFor([&] { return p.canReadLine(); }, 10'000));
        const QUrl url(QString::fromUtf8(p.readLine().trimmed()));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));

        SimClient client(url, QStringLiteral("cli-token"));
        QCOMPARE(client.get(QStringLiteral("/v2/account")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/v2/kubernetes/clusters"))
                     .json()
                     .value(u"meta")
                     .toObject()
                     .value(u"total")
                     .toInt(),
                 3);
        QCOMPARE(client.get(QStringLiteral("/v2/sizes")).status, 502);
        QCOMPARE(client.get(QStringLiteral("/v2/sizes")).status, 200);
        client.setToken(QStringLiteral("other"));
        QCOMPARE(client.get(QStringLiteral("/v2/account")).status, 401);
        p.kill();
        p.waitForFinished(5'000);
    }

    void servesHttpsWithForeignLinksWhenAsked()
    {
        const QString tls = QStringLiteral(POOLSTUDIO_TEST_DATA "/tls/");
        QProcess p;
        p.start(QStringLiteral(POOLSIM_PATH),
                {QStringLiteral("--token"), QStringLiteral("cli-token"),
                 QStringLiteral("--tls-cert"), tls + QStringLiteral("test-only-cert.pem"),
                 QStringLiteral("--tls-key"), tls + QStringLiteral("test-only-key.pem"),
                 QStringLiteral("--link-style"), QStringLiteral("foreign"),
                 QStringLiteral("--link-origin"), QStringLiteral("https://mirror.example")});
        QVERIFY(p.waitForStarted(10'000));
        QVERIFY(QTest::qWaitFor([&] { return p.canReadLine(); }, 10'000));
        const QUrl url(QString::fromUtf8(p.readLine().trimmed()));
        QCOMPARE(url.scheme(), QStringLiteral("https"));

        SimClient client(url, QStringLiteral("cli-token"));
        QFile cert(tls + QStringLiteral("test-only-cert.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        client.setCaCertificates(QSslCertificate::fromData(cert.readAll()));
        const SimReply r = client.get(QStringLiteral("/v2/kubernetes/clusters?per_page=1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()
                     .value(u"links")
                     .toObject()
                     .value(u"pages")
                     .toObject()
                     .value(u"next")
                     .toString(),
                 QStringLiteral("https://mirror.example/v2/kubernetes/clusters?page=2&per_page=1"));
        p.kill();
        p.waitForFinished(5'000);
    }

    void refusesAnUnknownLinkStyleOrHalfATlsPair_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("link style")
            << QStringList{QStringLiteral("--link-style"), QStringLiteral("sideways")}
            << QByteArray("--link-style");
        QTest::newRow("cert alone")
            << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/tmp/x.pem")}
            << QByteArray("--tls-key");
    }
    void refusesAnUnknownLinkStyleOrHalfATlsPair()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QProcess p;
        p.start(QStringLiteral(POOLSIM_PATH), arguments);
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains(message));
    }

    void refusesABrokenSeedOrFaultsFileWithExitCodeTwo()
    {
        QProcess p;
        p.start(QStringLiteral(POOLSIM_PATH),
                {QStringLiteral("--seed"), QStringLiteral("/nonexistent/seed.json")});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("seed.json"));
    }
};

QTEST_GUILESS_MAIN(SimProgramTest)
#include "tst_simprogram.moc"
