// A draft that cannot be written is said, not lost: on a full file system
// (a 64 KiB tmpfs this test mounts, when it runs as root) the editor shows
// the path and the reason and keeps every change in memory; once there is
// room again the next change writes the draft. The same refusal under a file
// size limit (RLIMIT_FSIZE) in a child process, which needs no privilege.
#include "app/editor/draftstore.h"
#include "app/editor/pooleditor.h"
#include "demoapp.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

// Fills the file system at `folder` until a write fails; returns the filler's path.
QString fill(const QString& folder)
{
    const QString path = folder + QStringLiteral("/filler");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return {};
    const QByteArray block(1024, 'x');
    while (file.write(block) == block.size()) {
    }
    return path;
}

app::Draft someDraft()
{
    app::Draft draft;
    draft.clusterId = QStringLiteral("c1");
    draft.spec.name = QStringLiteral("web-workers");
    draft.spec.size = QStringLiteral("s-2vcpu-4gb");
    draft.spec.count = 3;
    return draft;
}

} // namespace

class DraftFullDiskTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_mountPoint;
    bool m_mounted = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mountPoint.isValid());
        const QByteArray where = QFile::encodeName(m_mountPoint.path());
        m_mounted = geteuid() == 0 &&
                    ::mount("tmpfs", where.constData(), "tmpfs", 0, "size=64k,mode=0700") == 0;
        if (!m_mounted)
            qInfo("not root or no mount(2) here (%s): the tmpfs case is skipped",
                  qPrintable(qt_error_string(errno)));
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QCOMPARE(::umount(QFile::encodeName(m_mountPoint.path()).constData()), 0);
    }

    void theEditorSaysWhenTheDiskIsFullAndKeepsTheDraft()
    {
        if (!m_mounted)
            QSKIP("needs root to mount a small tmpfs (the RLIMIT_FSIZE case below still runs)");
        DemoApp app;
        app.start();
        QTRY_VERIFY(app.workspace->loaded());
        auto* editor = app.driver.find<app::PoolEditor>(QStringLiteral("poolEditor"));
        QVERIFY(editor);
        const QString draftPath = m_mountPoint.filePath(QStringLiteral("drafts/draft.json"));
        editor->setDraftStore(app::DraftStore(draftPath));

        QVERIFY(app.driver.click(QStringLiteral("newPoolButton")));
        QTRY_VERIFY(app.driver.find<QObject>(QStringLiteral("poolEditorDialog"))
                        ->property("opened")
                        .toBool());
        app.driver.type(QStringLiteral("poolNameField"), QStringLiteral("batch"));
        QTRY_VERIFY(QFile::exists(draftPath));
        QVERIFY(editor->draftSaveError().isEmpty());
        QVERIFY(!app.driver.find(QStringLiteral("draftSaveWarning"))->isVisible());

        const QString filler = fill(m_mountPoint.path());
        QVERIFY(!filler.isEmpty());
        app.driver.type(QStringLiteral("poolNameField"), QStringLiteral("batch-jobs"));
        QTRY_VERIFY(app.driver.find(QStringLiteral("draftSaveWarning"))->isVisible());
        const QString warning = app.driver.find<QObject>(QStringLiteral("draftSaveWarning"))
                                    ->property("text")
                                    .toString();
        QVERIFY2(warning.contains(draftPath) && warning.contains(u"No space left on device"),
                 qPrintable(warning));
        // Kept in memory: the field, the editor and its undo history.
        QCOMPARE(editor->name(), QStringLiteral("batch-jobs"));
        QVERIFY(editor->canUndo());
        app.driver.screenshot(QStringLiteral("editor-draft-disk-full"));

        // Room again: the next change writes the whole draft, and the warning goes.
        QVERIFY(QFile::remove(filler));
        app.driver.type(QStringLiteral("poolNameField"), QStringLiteral("batch-jobs2"));
        QTRY_VERIFY(!app.driver.find(QStringLiteral("draftSaveWarning"))->isVisible());
        const std::optional<app::Draft> saved = app::DraftStore(draftPath).load();
        QVERIFY(saved);
        QCOMPARE(saved->spec.name, QStringLiteral("batch-jobs2"));
    }

    void aFileSizeLimitRefusesTheSaveWithItsReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft.json"));
        QVERIFY(app::DraftStore(path).save(someDraft()));
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        app::Draft changed = someDraft();
        changed.spec.name = QStringLiteral("another-name-that-is-longer");

        // The limit applies to the child only; 100 bytes is less than a draft.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            std::signal(SIGXFSZ, SIG_IGN); // write() fails with EFBIG instead
            const rlimit limit{100, 100};
            setrlimit(RLIMIT_FSIZE, &limit);
            QString error;
            const bool saved = app::DraftStore(path).save(changed, &error);
            const bool said = error.contains(path) && error.contains(u"too large");
            if (!said)
                qWarning("child: saved=%d error=%s", saved, qPrintable(error));
            _exit(saved ? 2 : said ? 0 : 3);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // 2: saved anyway; 3: no path or reason
        // The previous draft is whole.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(app::DraftStore(path).load()->spec.name, QStringLiteral("web-workers"));
    }
};

QTEST_MAIN(DraftFullDiskTest)
#include "tst_draftfulldisk.moc"
