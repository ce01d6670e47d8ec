// The fallback token file: owner-only (0600) from its first byte whatever the
// umask, refused when others may read it, tokens round-trip and are removed.
#include "accounts/filetokenstore.h"
#include "tokenwait.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace accounts;

namespace {

const QString Work = QStringLiteral("work");
const QString TokenA = QStringLiteral("dop_v1_file_test_token_a");
const QString TokenB = QStringLiteral("dop_v1_file_test_token_b");

mode_t modeOf(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

} // namespace

class TestFileTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        // A folder that does not exist yet, as on first use.
        m_path = m_dir->filePath(QStringLiteral("config/tokens.json"));
    }

    void writeCreatesAnOwnerOnlyFile_data()
    {
        QTest::addColumn<int>("umask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0; // the worst case: files start as 0666
    }

    void writeCreatesAnOwnerOnlyFile()
    {
        QFETCH(int, umask);
        const mode_t saved = ::umask(mode_t(umask));
        FileTokenStore store(m_path, nullptr);
        const QString error = writeAndWait(store, Work, TokenA);
        ::umask(saved);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(modeOf(m_path), mode_t(0600));
        // Rewriting keeps it so.
        QVERIFY(writeAndWait(store, Work, TokenB).isEmpty());
        QCOMPARE(modeOf(m_path), mode_t(0600));
        // No temporary file with the token is left beside it.
        QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files),
                 QStringList{QStringLiteral("tokens.json")});
    }

    void tokensRoundTrip()
    {
        FileTokenStore store(m_path, nullptr);
        QCOMPARE(store.kind(), QStringLiteral("file"));
        QVERIFY(writeAndWait(store, Work, TokenA).isEmpty());
        QVERIFY(writeAndWait(store, QStringLiteral("personal"), TokenB).isEmpty());

        FileTokenStore another(m_path, nullptr); // a later run reads what this one wrote
        ReadAnswer answer = readAndWait(another, Work);
        QCOMPARE(answer.token, TokenA);
        QCOMPARE(answer.error, QString());
        QCOMPARE(readAndWait(another, QStringLiteral("personal")).token, TokenB);

        QVERIFY(writeAndWait(store, Work, TokenB).isEmpty()); // overwrite
        QCOMPARE(readAndWait(another, Work).token, TokenB);
    }

    void missingTokenReadsEmptyWithoutError()
    {
        FileTokenStore store(m_path, nullptr);
        ReadAnswer answer = readAndWait(store, Work); // no file at all
        QCOMPARE(answer.token, QString());
        QCOMPARE(answer.error, QString());
        QVERIFY(writeAndWait(store, QStringLiteral("other"), TokenA).isEmpty());
        answer = readAndWait(store, Work); // a file without this context
        QCOMPARE(answer.token, QString());
        QCOMPARE(answer.error, QString());
    }

    void removeDeletesOnlyThatToken()
    {
        FileTokenStore store(m_path, nullptr);
        QVERIFY(writeAndWait(store, Work, TokenA).isEmpty());
        QVERIFY(writeAndWait(store, QStringLiteral("personal"), TokenB).isEmpty());
        QCOMPARE(removeAndWait(store, Work), QString());
        QCOMPARE(readAndWait(store, Work).token, QString());
        QCOMPARE(readAndWait(store, QStringLiteral("personal")).token, TokenB);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(TokenA.toUtf8()));
        QCOMPARE(modeOf(m_path), mode_t(0600));
        QCOMPARE(removeAndWait(store, Work), QString()); // already gone: not an error
    }

    void refusesAFileOthersCanRead()
    {
        FileTokenStore store(m_path, nullptr);
        QVERIFY(writeAndWait(store, Work, TokenA).isEmpty());
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0644) == 0);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        const ReadAnswer answer = readAndWait(store, Work);
        QCOMPARE(answer.token, QString()); // no token handed out from a leaked file
        QVERIFY2(answer.error.contains(QLatin1String("mode 0644")), qPrintable(answer.error));
        QVERIFY2(answer.error.contains(QStringLiteral("chmod 600 ") + m_path),
                 qPrintable(answer.error));
        QVERIFY(!answer.error.contains(TokenA));

        // Writing and removing refuse too, and leave the file alone.
        QCOMPARE(writeAndWait(store, Work, TokenB), answer.error);
        QCOMPARE(removeAndWait(store, Work), answer.error);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(modeOf(m_path), mode_t(0644));

        // Following the advice fixes it.
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0600) == 0);
        QCOMPARE(readAndWait(store, Work).token, TokenA);
    }

    void refusesAGroupReadableFile()
    {
        FileTokenStore store(m_path, nullptr);
        QVERIFY(writeAndWait(store, Work, TokenA).isEmpty());
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0640) == 0);
        QVERIFY(readAndWait(store, Work).error.contains(QLatin1String("mode 0640")));
    }

    void damagedFileIsReportedAndKept()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        FileTokenStore store(m_path, nullptr);
        const ReadAnswer answer = readAndWait(store, Work);
        QVERIFY2(answer.error.contains(QLatin1String("damaged")), qPrintable(answer.error));
        QCOMPARE(writeAndWait(store, Work, TokenA), answer.error);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }

    void answersAreDroppedWhenTheStoreIsGone()
    {
        bool answered = false;
        {
            FileTokenStore store(m_path, nullptr);
            store.readToken(Work, [&](const QString&, const QString&) { answered = true; });
        }
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestFileTokenStore)
#include "tst_filetokenstore.moc"
