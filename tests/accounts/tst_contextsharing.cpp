// contexts.json shared by several writers: edits made by another store (the
// app and poolctl are separate processes) survive a save, a change on disk
// is noticed (changedOnDisk, reload, ContextFileWatcher), a newer or damaged
// file is left byte for byte and only moved aside on request, to a numbered
// backup that never replaces an older one, and a huge file is refused unread.
#include "accounts/contextfilewatcher.h"
#include "accounts/contextstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace accounts;

namespace {

Context named(const QString& name)
{
    return {name, QString(), name + QStringLiteral("@example.com"), QString(),
            QStringLiteral("file")};
}

QStringList namesOf(const ContextStore& store)
{
    QStringList names;
    for (const Context& context : store.contexts())
        names << context.name;
    return names;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestContextSharing : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("config/contexts.json"));
    }

    // The bug of issue 17: the app loaded once and wrote its copy back,
    // dropping what poolctl had added in between.
    void anotherWritersContextsSurviveASave()
    {
        ContextStore app;
        QVERIFY(app.load(m_path));
        app.upsert(named(QStringLiteral("work")));
        QVERIFY(app.save());

        ContextStore poolctl;
        QVERIFY(poolctl.load(m_path));
        poolctl.upsert(named(QStringLiteral("doctl-a")));
        poolctl.setCurrent(QStringLiteral("doctl-a"));
        QVERIFY(poolctl.save());

        app.upsert(named(QStringLiteral("home"))); // on its stale copy
        QVERIFY2(app.save(), qPrintable(app.errorText()));
        QCOMPARE(namesOf(app), (QStringList{QStringLiteral("work"), QStringLiteral("doctl-a"),
                                            QStringLiteral("home")}));
        QCOMPARE(app.current(), QStringLiteral("doctl-a"));

        ContextStore fresh;
        QVERIFY(fresh.load(m_path));
        QCOMPARE(namesOf(fresh), namesOf(app));
    }

    void removalsAndCurrentAreMergedToo()
    {
        ContextStore a;
        QVERIFY(a.load(m_path));
        a.upsert(named(QStringLiteral("one")));
        a.upsert(named(QStringLiteral("two")));
        QVERIFY(a.save());

        ContextStore b;
        QVERIFY(b.load(m_path));
        b.upsert(named(QStringLiteral("three")));
        QVERIFY(b.save());

        a.remove(QStringLiteral("one"));
        a.setCurrent(QStringLiteral("two"));
        QVERIFY(a.save());
        QCOMPARE(namesOf(a), (QStringList{QStringLiteral("two"), QStringLiteral("three")}));
        QCOMPARE(a.current(), QStringLiteral("two"));
    }

    void aChangeOnDiskIsNoticedAndReloaded()
    {
        ContextStore app;
        QVERIFY(app.load(m_path));
        QVERIFY(!app.changedOnDisk());
        app.upsert(named(QStringLiteral("unsaved")));

        ContextStore poolctl;
        QVERIFY(poolctl.load(m_path));
        poolctl.upsert(named(QStringLiteral("imported")));
        QVERIFY(poolctl.save());

        QVERIFY(app.changedOnDisk());
        QVERIFY(app.reload());
        QVERIFY(!app.changedOnDisk());
        // The other's context is there, and the unsaved edit is kept on top.
        QCOMPARE(namesOf(app),
                 (QStringList{QStringLiteral("imported"), QStringLiteral("unsaved")}));
        QVERIFY(app.save());
        QVERIFY(!app.changedOnDisk()); // its own write is not "a change by someone else"
    }

    void theWatcherSignalsAnotherWriter()
    {
        ContextStore first;
        QVERIFY(first.load(m_path));
        first.upsert(named(QStringLiteral("a")));
        QVERIFY(first.save());

        ContextFileWatcher watcher(m_path);
        QSignalSpy changed(&watcher, &ContextFileWatcher::changed);
        ContextStore other;
        QVERIFY(other.load(m_path));
        other.upsert(named(QStringLiteral("b")));
        QVERIFY(other.save());
        QVERIFY(changed.wait(5000));

        // The watch follows the new file that the atomic save put in place.
        changed.clear();
        other.upsert(named(QStringLiteral("c")));
        QVERIFY(other.save());
        QVERIFY(changed.wait(5000));
        QVERIFY(first.reload());
        QCOMPARE(namesOf(first), (QStringList{"a", "b", "c"}));
    }

    void aNewerFileIsLeftExactlyAsItIs()
    {
        const QByteArray newer = R"({"version": 2, "contexts": [{"name": "w", "storage": "vault"}],
                                     "profiles": {"w": {"colour": "red"}}})";
        writeFile(m_path, newer);
        const QDateTime modified = QFileInfo(m_path).lastModified();

        ContextStore store;
        QVERIFY(!store.load(m_path));
        QCOMPARE(store.problem(), ContextStore::Problem::NewerFormat);
        QVERIFY(store.isReadOnly());
        QVERIFY2(store.errorText().contains(m_path), qPrintable(store.errorText()));
        QVERIFY2(store.problemReason().contains(QLatin1String("format version 2")),
                 qPrintable(store.problemReason()));

        store.upsert(named(QStringLiteral("x")));
        QVERIFY(!store.save());
        QCOMPARE(store.backUpMalformedFile(), QString()); // what the app calls today
        QVERIFY(!store.save());
        QCOMPARE(contentsOf(m_path), newer);
        QCOMPARE(QFileInfo(m_path).lastModified(), modified);
        QVERIFY(QDir(QFileInfo(m_path).absolutePath())
                    .entryList(QDir::Files)
                    .filter(QStringLiteral("broken"))
                    .isEmpty());
    }

    void backupsNeverReplaceEarlierOnes()
    {
        for (int round = 1; round <= 3; ++round) {
            const QByteArray damaged = "{ damaged " + QByteArray::number(round);
            writeFile(m_path, damaged);
            ContextStore store;
            QVERIFY(!store.load(m_path));
            QCOMPARE(store.problem(), ContextStore::Problem::Damaged);
            const QString backup = store.moveAsideUnusableFile();
            QCOMPARE(backup, m_path + QStringLiteral(".broken-%1").arg(round));
            QVERIFY(store.save());
        }
        for (int round = 1; round <= 3; ++round)
            QCOMPARE(contentsOf(m_path + QStringLiteral(".broken-%1").arg(round)),
                     "{ damaged " + QByteArray::number(round));
    }

    void aHugeFileIsRefusedUnread()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(3) * 1024 * 1024 * 1024)); // sparse: no disk used
        file.close();

        QElapsedTimer timer;
        timer.start();
        ContextStore store;
        QVERIFY(!store.load(m_path));
        QVERIFY2(timer.elapsed() < 1000, "the file was read");
        QCOMPARE(store.problem(), ContextStore::Problem::Unreadable);
        QVERIFY2(store.errorText().contains(QLatin1String("3 GiB")), qPrintable(store.errorText()));
        QVERIFY(!store.save());
        QCOMPARE(QFileInfo(m_path).size(), qint64(3) * 1024 * 1024 * 1024);
    }

    // A writer killed between creating the lock file (or its `.rmlock`) and
    // writing its pid leaves an empty file that QLockFile alone would honour
    // for a minute.
    void anEmptyLeftoverLockIsTakenOver()
    {
        for (const QString& leftover :
             {m_path + QStringLiteral(".lock"), m_path + QStringLiteral(".lock.rmlock")}) {
            writeFile(leftover, {});
            QFile file(leftover);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-10),
                                     QFileDevice::FileModificationTime));
        }
        QElapsedTimer timer;
        timer.start();
        ContextStore store;
        QVERIFY(store.load(m_path));
        store.upsert(named(QStringLiteral("after-a-crash")));
        QVERIFY2(store.save(), qPrintable(store.errorText()));
        QVERIFY(timer.elapsed() < 3000);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestContextSharing)
#include "tst_contextsharing.moc"
