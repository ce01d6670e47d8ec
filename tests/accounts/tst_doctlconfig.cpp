// doctl's config.yaml read as doctl reads it: access-token is "default",
// auth-contexts the named ones, context the current one, api-url for all;
// broken files give errors with a line, never a crash, never a token in a message.
#include "accounts/doctlconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace accounts;

namespace {

DoctlImport readSample(const QString& name)
{
    QFile file(QStringLiteral(POOLSTUDIO_TEST_DATA "/doctl/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(file.fileName()));
    return readDoctlConfig(file.readAll());
}

QStringList names(const DoctlImport& result)
{
    QStringList list;
    for (const DoctlContext& context : result.contexts)
        list << context.name;
    return list;
}

// No message may quote a token, even a broken one.
void verifyNoTokenInErrors(const DoctlImport& result)
{
    for (const QString& error : result.errors)
        QVERIFY2(!error.contains(QLatin1String("dop_v1_")), qPrintable(error));
}

} // namespace

class TestDoctlConfig : public QObject
{
    Q_OBJECT

private slots:
    // A config far larger than any doctl writes is refused before parsing;
    // from a file, before reading (a sparse 3 GiB file costs nothing).
    void aHugeConfigIsRefusedUnread()
    {
        const DoctlImport fromBytes =
            readDoctlConfig("access-token: x\n" + QByteArray(2 * 1024 * 1024, '#'));
        QVERIFY(fromBytes.contexts.isEmpty());
        QVERIFY2(fromBytes.errors.value(0).contains(QLatin1String("more than the 1 MiB")),
                 qPrintable(fromBytes.errors.value(0)));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(3) * 1024 * 1024 * 1024));
        file.close();
        QElapsedTimer timer;
        timer.start();
        const DoctlImport fromFile = readDoctlConfigFile(path);
        QVERIFY(timer.elapsed() < 500);
        QVERIFY(fromFile.unreadable);
        QVERIFY2(fromFile.errors.value(0).contains(path) &&
                     fromFile.errors.value(0).contains(QLatin1String("it is 3 GiB")),
                 qPrintable(fromFile.errors.value(0)));
    }

    void readsDefaultContextFromAccessToken()
    {
        const DoctlImport result = readSample(QStringLiteral("default-only.yaml"));
        QCOMPARE(result.contexts.size(), 1);
        QCOMPARE(result.contexts[0],
                 (DoctlContext{QStringLiteral("default"),
                               QStringLiteral("dop_v1_test_default_0001"), QString()}));
        QCOMPARE(result.current, QStringLiteral("default")); // doctl's default context
        QVERIFY(result.errors.isEmpty());
    }

    void readsNamedContextsAndCurrent()
    {
        const DoctlImport result = readSample(QStringLiteral("named-contexts.yaml"));
        QCOMPARE(names(result), (QStringList{QStringLiteral("default"), QStringLiteral("work"),
                                             QStringLiteral("personal")}));
        QCOMPARE(result.contexts[1].token, QStringLiteral("dop_v1_test_work_0002"));
        QCOMPARE(result.contexts[2].token, QStringLiteral("dop_v1_test_personal_0002"));
        QCOMPARE(result.current, QStringLiteral("work"));
        QVERIFY(result.errors.isEmpty());
    }

    void apiUrlAppliesToEveryContext()
    {
        const DoctlImport result = readSample(QStringLiteral("api-url.yaml"));
        QCOMPARE(names(result),
                 (QStringList{QStringLiteral("default"), QStringLiteral("staging")}));
        for (const DoctlContext& context : result.contexts)
            QCOMPARE(context.apiUrl, QStringLiteral("https://api.example.test"));
        QVERIFY(result.errors.isEmpty());
    }

    void emptyFileHasNothingToImport()
    {
        const DoctlImport result = readSample(QStringLiteral("empty.yaml"));
        QVERIFY(result.contexts.isEmpty());
        QVERIFY(result.current.isEmpty());
        QCOMPARE(result.errors,
                 QStringList{QStringLiteral("doctl's config holds no access token.")});
    }

    void malformedYamlIsAnErrorWithItsLine()
    {
        const DoctlImport result = readSample(QStringLiteral("malformed.yaml"));
        QVERIFY(result.contexts.isEmpty()); // nothing half-read
        QVERIFY(result.current.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(
            result.errors[0].startsWith(QLatin1String("line 4: doctl's config is not valid YAML")),
            qPrintable(result.errors[0]));
        verifyNoTokenInErrors(result);
    }

    void authContextsAsAListIsAnError()
    {
        const DoctlImport result = readSample(QStringLiteral("auth-contexts-list.yaml"));
        QCOMPARE(names(result), QStringList{QStringLiteral("default")}); // the rest still imports
        QCOMPARE(result.errors,
                 QStringList{QStringLiteral("line 3: “auth-contexts” should be a mapping of "
                                            "context name to token, not a list")});
    }

    void wrongTypesAreErrorsAndTheRestImports()
    {
        const DoctlImport result = readSample(QStringLiteral("wrong-types.yaml"));
        QCOMPARE(names(result), QStringList{QStringLiteral("work")});
        QCOMPARE(result.contexts[0].apiUrl, QString()); // the broken api-url is not used
        QCOMPARE(result.current, QStringLiteral("work"));
        QCOMPARE(
            result.errors,
            (QStringList{
                QStringLiteral("line 3: “api-url” should be a single value, not a list"),
                QStringLiteral("line 2: “access-token” should be a single value, not a mapping"),
                QStringLiteral("line 6: “team” should be a single value, not a mapping")}));
        verifyNoTokenInErrors(result);
    }

    void unknownKeysAreIgnored()
    {
        const DoctlImport result = readSample(QStringLiteral("unknown-keys.yaml"));
        QCOMPARE(names(result), (QStringList{QStringLiteral("default"), QStringLiteral("work")}));
        QCOMPARE(result.current, QStringLiteral("default"));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    }

    void emptyTokensAreSkippedWithANote()
    {
        const DoctlImport result = readSample(QStringLiteral("empty-token.yaml"));
        QCOMPARE(names(result), QStringList{QStringLiteral("work")});
        QCOMPARE(result.current, QString()); // "blank" was skipped
        QCOMPARE(
            result.errors,
            (QStringList{QStringLiteral("line 1: the token of context “default” is empty; skipped"),
                         QStringLiteral("line 3: the token of context “blank” is empty; skipped"),
                         QStringLiteral("line 5: the current context “blank” has no token here")}));
    }

    void aDocumentThatIsNotAMappingIsAnError()
    {
        const DoctlImport result = readDoctlConfig("- just\n- a list\n");
        QVERIFY(result.contexts.isEmpty());
        QCOMPARE(result.errors,
                 QStringList{QStringLiteral("line 1: doctl's config should be a mapping of "
                                            "settings, not a list")});
    }

    void tokensAreTrimmed()
    {
        const DoctlImport result = readDoctlConfig("access-token: \"  dop_v1_padded  \"\n");
        QCOMPARE(result.contexts.value(0).token, QStringLiteral("dop_v1_padded"));
    }

    void defaultPathFollowsXdgConfigHome()
    {
        const QByteArray savedXdg = qgetenv("XDG_CONFIG_HOME");
        const QByteArray savedConfig = qgetenv("DIGITALOCEAN_CONFIG");
        qunsetenv("DIGITALOCEAN_CONFIG");

        qputenv("XDG_CONFIG_HOME", "/srv/someone/config");
        QCOMPARE(defaultDoctlConfigPath(), QStringLiteral("/srv/someone/config/doctl/config.yaml"));
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(defaultDoctlConfigPath(),
                 QDir::homePath() + QStringLiteral("/.config/doctl/config.yaml"));
        qputenv("XDG_CONFIG_HOME", "relative/config"); // Go ignores a relative one
        QCOMPARE(defaultDoctlConfigPath(),
                 QDir::homePath() + QStringLiteral("/.config/doctl/config.yaml"));
        qputenv("DIGITALOCEAN_CONFIG", "/etc/doctl-elsewhere.yaml"); // doctl's own override
        QCOMPARE(defaultDoctlConfigPath(), QStringLiteral("/etc/doctl-elsewhere.yaml"));

        qputenv("XDG_CONFIG_HOME", savedXdg);
        qputenv("DIGITALOCEAN_CONFIG", savedConfig);
    }
};

QTEST_GUILESS_MAIN(TestDoctlConfig)
#include "tst_doctlconfig.moc"
