// The list of contexts: saved and loaded back, the current one, removal,
// malformed files reported and kept, and never a token in the file.
#include "accounts/contextstore.h"
#include "accounts/filetokenstore.h"
#include "tokenwait.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace accounts;

namespace {

Context work()
{
    return {QStringLiteral("work"), QString(), QStringLiteral("ops@example.com"),
            QStringLiteral("Platform"), QStringLiteral("keychain")};
}

Context staging()
{
    return {QStringLiteral("staging"), QStringLiteral("https://api.example.test"),
            QStringLiteral("dev@example.com"), QString(), QStringLiteral("file")};
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestContextStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("config/contexts.json"));
    }

    void missingFileIsAnEmptyStore()
    {
        ContextStore store;
        QVERIFY(store.load(m_path));
        QVERIFY(store.contexts().isEmpty());
        QCOMPARE(store.current(), QString());
        QCOMPARE(store.errorText(), QString());
        QVERIFY(!QFile::exists(m_path)); // loading writes nothing
    }

    void saveAndLoadRoundTrip()
    {
        ContextStore store;
        QVERIFY(store.load(m_path));
        store.upsert(work());
        store.upsert(staging());
        store.setCurrent(QStringLiteral("staging"));
        QVERIFY2(store.save(), qPrintable(store.errorText()));

        ContextStore again;
        QVERIFY2(again.load(m_path), qPrintable(again.errorText()));
        QCOMPARE(again.contexts(), (QList<Context>{work(), staging()}));
        QCOMPARE(again.current(), QStringLiteral("staging"));
        QCOMPARE(again.find(QStringLiteral("work")), std::optional<Context>(work()));
        QCOMPARE(again.find(QStringLiteral("nope")), std::nullopt);
    }

    void upsertReplacesInPlace()
    {
        ContextStore store;
        store.upsert(work());
        store.upsert(staging());
        Context changed = work();
        changed.email = QStringLiteral("new@example.com");
        store.upsert(changed);
        QCOMPARE(store.contexts(), (QList<Context>{changed, staging()}));
    }

    void currentMustNameAContext()
    {
        ContextStore store;
        store.upsert(work());
        store.setCurrent(QStringLiteral("work"));
        QCOMPARE(store.current(), QStringLiteral("work"));
        store.setCurrent(QStringLiteral("nope"));
        QCOMPARE(store.current(), QString());
    }

    void removeForgetsTheContextAndItsCurrency()
    {
        ContextStore store;
        QVERIFY(store.load(m_path));
        store.upsert(work());
        store.upsert(staging());
        store.setCurrent(QStringLiteral("work"));
        store.remove(QStringLiteral("work"));
        QCOMPARE(store.contexts(), QList<Context>{staging()});
        QCOMPARE(store.current(), QString());
        QVERIFY(store.save());

        ContextStore again;
        QVERIFY(again.load(m_path));
        QCOMPARE(again.contexts(), QList<Context>{staging()});
        QCOMPARE(again.current(), QString());
    }

    void switchingContextIsSaved()
    {
        ContextStore store;
        QVERIFY(store.load(m_path));
        store.upsert(work());
        store.upsert(staging());
        for (const QString& name : {QStringLiteral("work"), QStringLiteral("staging")}) {
            store.setCurrent(name);
            QVERIFY(store.save());
            ContextStore again;
            QVERIFY(again.load(m_path));
            QCOMPARE(again.current(), name);
        }
    }

    void malformedFileIsReportedAndNotOverwritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not json") << QByteArray("{\"contexts\": [")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("contexts not a list")
            << QByteArray(R"({"contexts": {"name": "work"}})") << QStringLiteral("not a list");
        QTest::newRow("no name") << QByteArray(R"({"contexts": [{"storage": "file"}]})")
                                 << QStringLiteral("context 1 has no name");
        QTest::newRow("unknown storage")
            << QByteArray(R"({"contexts": [{"name": "w", "storage": "plaintext"}]})")
            << QStringLiteral("storage “plaintext”");
        QTest::newRow("duplicate names")
            << QByteArray(R"({"contexts": [{"name": "w", "storage": "file"},
                                          {"name": "w", "storage": "file"}]})")
            << QStringLiteral("appears twice");
        QTest::newRow("newer format") << QByteArray(R"({"version": 7, "contexts": []})")
                                      << QStringLiteral("newer Pool Studio");
    }

    void malformedFileIsReportedAndNotOverwritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        writeFile(m_path, bytes);

        ContextStore store;
        QVERIFY(!store.load(m_path));
        QVERIFY(store.isMalformed());
        QVERIFY2(store.errorText().contains(problem), qPrintable(store.errorText()));
        QVERIFY(store.errorText().contains(m_path));
        QVERIFY(store.contexts().isEmpty());

        QVERIFY(store.isReadOnly());
        QVERIFY(store.problem() != ContextStore::Problem::None);
        QVERIFY(store.problemReason().contains(problem));
        store.upsert(work());
        QVERIFY(!store.save()); // would lose what the user had
        QVERIFY2(store.errorText().contains(QLatin1String("left as it is")),
                 qPrintable(store.errorText()));
        QCOMPARE(contentsOf(m_path), bytes);
        // The old automatic "move aside" no longer moves anything.
        QCOMPARE(store.backUpMalformedFile(), QString());
        QCOMPARE(contentsOf(m_path), bytes);

        // Only when the user decides, the file is moved aside and a new one written.
        const QString backup = store.moveAsideUnusableFile();
        QCOMPARE(backup, m_path + QStringLiteral(".broken-1"));
        QCOMPARE(contentsOf(backup), bytes);
        QVERIFY2(store.save(), qPrintable(store.errorText()));
        ContextStore again;
        QVERIFY(again.load(m_path));
        QCOMPARE(again.contexts(), QList<Context>{work()});
    }

    void unknownKeysAreIgnored()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        writeFile(m_path, R"({"version": 1, "current": "w", "futureSetting": true,
                              "contexts": [{"name": "w", "storage": "file", "colour": "red"}]})");
        ContextStore store;
        QVERIFY2(store.load(m_path), qPrintable(store.errorText()));
        QCOMPARE(store.contexts().value(0).name, QStringLiteral("w"));
        QCOMPARE(store.current(), QStringLiteral("w"));
    }

    // Contexts and tokens side by side, as the app keeps them: the contexts
    // file has exactly the context fields and no token byte.
    void theFileNeverHoldsAToken()
    {
        const QString token = QStringLiteral("dop_v1_must_not_appear_in_contexts_json");
        FileTokenStore tokens(m_dir->filePath(QStringLiteral("config/tokens.json")), nullptr);
        QVERIFY(writeAndWait(tokens, QStringLiteral("work"), token).isEmpty());

        ContextStore store;
        QVERIFY(store.load(m_path));
        store.upsert(work());
        store.upsert(staging());
        store.setCurrent(QStringLiteral("work"));
        QVERIFY(store.save());

        const QByteArray bytes = contentsOf(m_path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains("dop_v1_"));
        QVERIFY(!bytes.toLower().contains("token"));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("contexts"), QStringLiteral("current"),
                                           QStringLiteral("version")}));
        for (const QJsonValue& context : root.value(QLatin1String("contexts")).toArray())
            QCOMPARE(context.toObject().keys(),
                     (QStringList{QStringLiteral("apiUrl"), QStringLiteral("email"),
                                  QStringLiteral("name"), QStringLiteral("storage"),
                                  QStringLiteral("team")}));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestContextStore)
#include "tst_contextstore.moc"
