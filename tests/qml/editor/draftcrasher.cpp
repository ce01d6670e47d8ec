// A stand-in for poolstudio dying mid-edit: loads the demo, opens the editor
// on the second cluster's second pool, makes edits, and exits at once without
// running a destructor (as a crash would). Used by tst_draftrecovery.
#include "api/doclient.h"
#include "app/editor/pooleditor.h"
#include "app/shell/workspace.h"
#include "demo/demobackend.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdlib>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2)
        return 2;
    demo::DemoBackend demo;
    if (!demo.start())
        return 2;
    api::DoClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setToken(demo.token());
    app::Workspace workspace(&client, true);
    app::PoolEditor editor;
    editor.setDraftStore(app::DraftStore(QString::fromLocal8Bit(argv[1])));
    editor.setWorkspace(&workspace);

    QObject::connect(&workspace, &app::Workspace::refreshed, &application, [&] {
        workspace.setCurrentClusterIndex(1);
        workspace.setCurrentPoolIndex(1);
        editor.editCurrentPool();
        editor.addLabel();
        editor.setLabel(0, QStringLiteral("tier"), QStringLiteral("batch"));
        editor.setAutoScale(true);
        editor.setMaxNodes(7);
        std::_Exit(3); // no clean-up, no discardDraft(): the process just ends
    });
    workspace.refresh();
    QTimer::singleShot(15'000, &application, [] { std::_Exit(4); });
    return application.exec();
}
