// The environment overrides the stored token for one run: DIGITALOCEAN_ACCESS_TOKEN
// first, then DIGITALOCEAN_TOKEN (Terraform's name); and the window's sentence
// for where the token came from.
#include "accounts/environmenttoken.h"
#include "accounts/tokensource.h"

#include <QTest>

using namespace accounts;

class TestEnvironmentToken : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("DIGITALOCEAN_ACCESS_TOKEN");
        qunsetenv("DIGITALOCEAN_TOKEN");
    }
    void cleanup() { init(); }

    void accessTokenBeatsTerraformsName()
    {
        qputenv("DIGITALOCEAN_ACCESS_TOKEN", "dop_v1_access");
        qputenv("DIGITALOCEAN_TOKEN", "dop_v1_terraform");
        const auto found = tokenFromEnvironment();
        QVERIFY(found);
        QCOMPARE(found->token, QStringLiteral("dop_v1_access"));
        QCOMPARE(found->variable, QStringLiteral("DIGITALOCEAN_ACCESS_TOKEN"));
    }

    void terraformsNameAlone()
    {
        qputenv("DIGITALOCEAN_TOKEN", "dop_v1_terraform");
        const auto found = tokenFromEnvironment();
        QVERIFY(found);
        QCOMPARE(found->token, QStringLiteral("dop_v1_terraform"));
        QCOMPARE(found->variable, QStringLiteral("DIGITALOCEAN_TOKEN"));
    }

    void emptyOrBlankCountsAsUnset()
    {
        qputenv("DIGITALOCEAN_ACCESS_TOKEN", "  \n");
        qputenv("DIGITALOCEAN_TOKEN", "dop_v1_terraform");
        QCOMPARE(tokenFromEnvironment()->variable, QStringLiteral("DIGITALOCEAN_TOKEN"));
        qputenv("DIGITALOCEAN_TOKEN", "");
        QVERIFY(!tokenFromEnvironment());
    }

    void noVariableNoToken() { QVERIFY(!tokenFromEnvironment()); }

    void tokenIsTrimmed()
    {
        qputenv("DIGITALOCEAN_ACCESS_TOKEN", " dop_v1_access\n");
        QCOMPARE(tokenFromEnvironment()->token, QStringLiteral("dop_v1_access"));
    }

    void sourceDescribesWhereTheTokenCameFrom()
    {
        QCOMPARE(TokenSource::environment(QStringLiteral("DIGITALOCEAN_ACCESS_TOKEN")).describe(),
                 QStringLiteral("token from DIGITALOCEAN_ACCESS_TOKEN"));
        QCOMPARE(TokenSource::keychain(QStringLiteral("work")).describe(),
                 QStringLiteral("token of context “work” from the keychain"));
        QCOMPARE(TokenSource::file(QStringLiteral("work")).describe(),
                 QStringLiteral("token of context “work” from the token file (no keychain)"));
        QCOMPARE(TokenSource::demo().describe(),
                 QStringLiteral("demo: the built-in simulator, no token"));
        QCOMPARE(TokenSource().describe(), QStringLiteral("not signed in"));
        QVERIFY(TokenSource::keychain(QStringLiteral("a")) !=
                TokenSource::file(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentToken)
#include "tst_environmenttoken.moc"
