// kill -9 at random points while a real process writes the app's own files:
// cost history rows (one SQLite transaction per refresh) and the editor's
// draft (QSaveFile). 100 kills each; after every kill the file is the old or
// the new version, never torn, and the next start reads it and writes again.
// (Contexts, tokens and manifest rewrites: tests/accounts/tst_crashsafety.)
#include "app/costs/historystore.h"
#include "app/editor/draftstore.h"
#include "appwriterdrafts.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Kills = 100;
constexpr int Pools = 20; // rows per history transaction

// Starts the writer, lets it write for a random while, kills it with SIGKILL.
void writeAndKill(const QStringList& args, QRandomGenerator& random)
{
    QProcess writer;
    writer.start(QStringLiteral(APPWRITER_PATH), args);
    if (!writer.waitForStarted() || !writer.waitForReadyRead(10'000))
        qFatal("the writer did not start: %s", writer.readAllStandardError().constData());
    QTest::qSleep(int(random.bounded(40)));
    writer.kill(); // SIGKILL
    writer.waitForFinished();
    if (writer.exitStatus() != QProcess::CrashExit)
        qFatal("the writer ended by itself: %s", writer.readAllStandardError().constData());
}

} // namespace

class TestAppCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyIsWholeRefreshesAfterEveryKill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QRandomGenerator random(1717);
        int grew = 0;
        int lastRows = 0;
        for (int kill = 0; kill < Kills; ++kill) {
            writeAndKill({QStringLiteral("history-loop"), path, QString::number(Pools)}, random);
            // The next start: the file opens as it is (not moved aside as
            // corrupt), and holds whole refreshes only.
            app::HistoryStore next(path, QStringLiteral("account-crash"));
            QVERIFY2(next.isOpen(), qPrintable(next.errorText()));
            QVERIFY2(next.movedAsideTo().isEmpty(), qPrintable(next.movedAsideTo()));
            const int rows = next.rowCount();
            QVERIFY2(rows % Pools == 0, qPrintable(QStringLiteral("kill %1: %2 rows, not whole "
                                                                  "refreshes of %3")
                                                       .arg(kill)
                                                       .arg(rows)
                                                       .arg(Pools)));
            QVERIFY(rows >= lastRows);
            grew += rows > lastRows;
            lastRows = rows;
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".corrupt-1")));
        // Most kills landed after at least one more commit.
        QVERIFY2(grew > Kills / 2, qPrintable(QString::number(grew)));
        qInfo("%d kills survived; %d rows in whole refreshes of %d", Kills, lastRows, Pools);
    }

    void aDraftIsOldOrNewAfterEveryKill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts/draft.json"));
        const app::Draft a = draftOf(0), b = draftOf(1);
        QRandomGenerator random(4242);
        int sawA = 0, sawB = 0, none = 0;
        for (int kill = 0; kill < Kills; ++kill) {
            writeAndKill({QStringLiteral("draft-loop"), path}, random);
            const std::optional<app::Draft> draft = app::DraftStore(path).load();
            if (!draft) {
                // Only before the very first save has completed.
                QVERIFY2(!QFile::exists(path),
                         qPrintable(QStringLiteral("kill %1: torn").arg(kill)));
                ++none;
                continue;
            }
            QVERIFY2(*draft == a || *draft == b,
                     qPrintable(QStringLiteral("kill %1: neither draft A nor B").arg(kill)));
            ++(*draft == a ? sawA : sawB);
        }
        // The next start writes again.
        QVERIFY(app::DraftStore(path).save(a));
        QCOMPARE(*app::DraftStore(path).load(), a);
        QVERIFY2(sawA + sawB > Kills / 2, qPrintable(QStringLiteral("%1 %2").arg(sawA).arg(sawB)));
        qInfo("%d kills survived: draft A %d times, B %d, none yet %d", Kills, sawA, sawB, none);
    }
};

QTEST_GUILESS_MAIN(TestAppCrashSafety)
#include "tst_appcrashsafety.moc"
