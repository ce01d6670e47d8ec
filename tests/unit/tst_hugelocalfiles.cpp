// A multi-gigabyte manifest (a sparse file: no disk is spent) in the drift
// folder or among the files to import is refused at once, unread: the size
// is looked at before a byte is read, so it costs neither time nor memory,
// and the message says how large it is and what is allowed.
#include "api/doclient.h"
#include "app/drift/driftcontroller.h"
#include "app/manifests/manifestimportcontroller.h"
#include "app/shell/workspace.h"
#include "demo/demobackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <sys/resource.h>

namespace {

constexpr qint64 Huge = qint64(3) << 30; // 3 GiB

long maxResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

bool makeSparse(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

} // namespace

class TestHugeLocalFiles : public QObject
{
    Q_OBJECT

    demo::DemoBackend m_demo;
    api::DoClient m_client;
    std::unique_ptr<app::Workspace> m_workspace;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.start());
        m_client.setBaseUrl(m_demo.baseUrl());
        m_client.setToken(m_demo.token());
        m_workspace = std::make_unique<app::Workspace>(&m_client, true);
        m_workspace->refresh();
        QTRY_VERIFY(m_workspace->loaded());
        QVERIFY(makeSparse(m_dir.filePath(QStringLiteral("huge.yaml")), Huge));
    }

    void aHugeFileInTheDriftFolderIsRefusedUnread()
    {
        app::DriftController drift;
        drift.setWorkspace(m_workspace.get());
        const long before = maxResidentKiB();
        QElapsedTimer timer;
        timer.start();
        drift.check(m_dir.path());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(maxResidentKiB() - before < 64 * 1024); // far less than the file
        bool found = false;
        for (const core::DriftEntry& entry : drift.report().entries)
            if (entry.file == u"huge.yaml") {
                found = true;
                QCOMPARE(entry.status, core::DriftStatus::Invalid);
                QVERIFY(!entry.errors.isEmpty());
                const QString message = entry.errors.first().message;
                QVERIFY2(message.contains(u"3 GiB") && message.contains(u"1 MiB") &&
                             message.contains(u"not read"),
                         qPrintable(message));
            }
        QVERIFY(found);
    }

    void aHugeFileToImportIsRefusedUnread()
    {
        app::ManifestImportController import;
        import.setWorkspace(m_workspace.get());
        const QString path = m_dir.filePath(QStringLiteral("huge.yaml"));
        const long before = maxResidentKiB();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!import.loadImportFiles({QUrl::fromLocalFile(path)}));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(maxResidentKiB() - before < 64 * 1024);
        const QVariantList problems = import.importProblems();
        QVERIFY(!problems.isEmpty());
        const QString message =
            problems.first().toMap().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(path) && message.contains(u"3 GiB") && message.contains(u"1 MiB"),
                 qPrintable(message));
        QVERIFY(import.importText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHugeLocalFiles)
#include "tst_hugelocalfiles.moc"
