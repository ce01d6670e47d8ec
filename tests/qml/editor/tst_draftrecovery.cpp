// An unapplied edit survives the app going away without a goodbye: the editor
// writes its draft as it changes; a new editor (the next start) offers it back
// and restores it exactly, selection and undo-free state included.
#include "api/doclient.h"
#include "app/editor/draftstore.h"
#include "app/editor/pooleditor.h"
#include "app/shell/workspace.h"
#include "demo/demobackend.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class DraftRecoveryTest : public QObject
{
    Q_OBJECT

    demo::DemoBackend m_demo;
    api::DoClient m_client;
    std::unique_ptr<app::Workspace> m_workspace;
    QTemporaryDir m_dir;

    app::DraftStore store() const
    {
        return app::DraftStore(m_dir.filePath(QStringLiteral("d.json")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.start());
        m_client.setBaseUrl(m_demo.baseUrl());
        m_client.setToken(m_demo.token());
        m_workspace = std::make_unique<app::Workspace>(&m_client, true);
        m_workspace->refresh();
        QTRY_VERIFY(m_workspace->loaded());
    }

    void anUnappliedEditComesBackAfterTheEditorIsGone()
    {
        m_workspace->setCurrentClusterIndex(1);
        m_workspace->setCurrentPoolIndex(1);
        const QString poolName = m_workspace->currentPoolName();
        app::Draft before;
        {
            auto editor = std::make_unique<app::PoolEditor>();
            editor->setDraftStore(store());
            editor->setWorkspace(m_workspace.get());
            editor->editCurrentPool();
            editor->addLabel();
            editor->setLabel(0, QStringLiteral("tier"), QStringLiteral("batch"));
            editor->addTag(QStringLiteral("team:data"));
            editor->setAutoScale(true);
            editor->setMaxNodes(7);
            QVERIFY(store().load().has_value());
            before = *store().load();
            // No discardDraft(): the process dies here.
        }
        QCOMPARE(before.spec.name, poolName);
        QCOMPARE(before.spec.maxNodes, 7);

        // The next start selects something else first.
        m_workspace->setCurrentClusterIndex(0);
        app::PoolEditor editor;
        editor.setDraftStore(store());
        editor.setWorkspace(m_workspace.get());
        QVERIFY(editor.hasSavedDraft());
        QCOMPARE(editor.savedDraftName(), poolName);
        QVERIFY(editor.restoreSavedDraft());
        QCOMPARE(m_workspace->currentClusterIndex(), 1);
        QCOMPARE(m_workspace->currentPoolName(), poolName);
        QCOMPARE(editor.draft().labels.value(QStringLiteral("tier")), QStringLiteral("batch"));
        QVERIFY(editor.tags().contains(QStringLiteral("team:data")));
        QVERIFY(editor.autoScale());
        QCOMPARE(editor.maxNodes(), 7);
        QVERIFY(!editor.isNew());

        editor.discardDraft();
        QVERIFY(!store().load().has_value());
    }

    void anEditSurvivesTheProcessDyingAndComesBackInTheNextOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.json"));
        QProcess crasher;
        crasher.start(QStringLiteral(DRAFTCRASHER_PATH), {path});
        QVERIFY(crasher.waitForFinished(20'000));
        QCOMPARE(crasher.exitCode(), 3); // it died mid-edit, as planned

        // The next start: a new process state, the same demo data.
        m_workspace->setCurrentClusterIndex(0);
        app::PoolEditor editor;
        editor.setDraftStore(app::DraftStore(path));
        editor.setWorkspace(m_workspace.get());
        QVERIFY(editor.hasSavedDraft());
        QVERIFY(editor.restoreSavedDraft());
        QCOMPARE(m_workspace->currentClusterIndex(), 1);
        QCOMPARE(m_workspace->currentPoolIndex(), 1);
        QCOMPARE(editor.draft().labels.value(QStringLiteral("tier")), QStringLiteral("batch"));
        QVERIFY(editor.autoScale());
        QCOMPARE(editor.maxNodes(), 7);
    }

    void undoAndRedoWalkTheEditsBackAndForth()
    {
        app::PoolEditor editor;
        editor.setDraftStore(store());
        editor.setWorkspace(m_workspace.get());
        editor.startNew();
        QVERIFY(!editor.canUndo());
        editor.setName(QStringLiteral("one"));
        editor.setName(QStringLiteral("two"));
        QVERIFY(editor.canUndo());
        editor.undo();
        QCOMPARE(editor.name(), QStringLiteral("one"));
        QVERIFY(editor.canRedo());
        editor.redo();
        QCOMPARE(editor.name(), QStringLiteral("two"));
        editor.undo();
        editor.setName(QStringLiteral("three")); // a new edit drops what could be redone
        QVERIFY(!editor.canRedo());
        QCOMPARE(store().load()->spec.name, QStringLiteral("three"));
        editor.discardDraft();
    }

    void aCorruptDraftFileIsNotOffered()
    {
        QFile file(m_dir.filePath(QStringLiteral("d.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": \"half");
        file.close();
        app::PoolEditor editor;
        editor.setDraftStore(store());
        QVERIFY(!editor.hasSavedDraft());
        QVERIFY(QFile::exists(file.fileName())); // kept for the user to look at
    }
};

QTEST_GUILESS_MAIN(DraftRecoveryTest)
#include "tst_draftrecovery.moc"
