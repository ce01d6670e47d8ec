// A stand-in for poolstudio killed mid-apply: against the simulator at
// argv[1] (token argv[2]), with its context folder argv[3], it edits the size
// of pool argv[5] of cluster argv[4] to argv[6] in the app's own editor and
// plan controller and applies it. tst_applykill runs it with
// POOLSTUDIO_TEST_EXIT_AFTER_STEP=create, so the runner ends the process with
// _Exit right after the create has settled: before the old pool's delete.
#include "api/doclient.h"
#include "app/editor/pooleditor.h"
#include "app/plan/plancontroller.h"
#include "app/shell/workspace.h"

#include <QGuiApplication>
#include <QTimer>
#include <cstdlib>

int main(int argc, char* argv[])
{
    QGuiApplication application(argc, argv);
    if (argc < 7)
        return 2;
    const QStringList args = application.arguments();
    api::DoClient client;
    client.setBaseUrl(QUrl(args.at(1)));
    client.setToken(args.at(2));
    // Demo mode only for its short watch interval; the server is the test's.
    app::Workspace workspace(&client, true);
    workspace.setDataDirectory(args.at(3));
    app::PoolEditor editor;
    editor.setWorkspace(&workspace);
    app::PlanController plan;
    plan.setWorkspace(&workspace);

    bool started = false;
    QObject::connect(&workspace, &app::Workspace::refreshed, &application, [&] {
        if (started)
            return;
        started = true;
        for (const core::Cluster& cluster : workspace.allClusters())
            if (cluster.name == args.at(4))
                workspace.setCurrentClusterIndex(workspace.clusters()->indexOfKey(cluster.id));
        const core::Cluster* cluster = workspace.currentCluster();
        if (!cluster)
            std::_Exit(5);
        for (const core::NodePool& pool : cluster->pools)
            if (pool.spec.name == args.at(5))
                workspace.setCurrentPoolIndex(workspace.pools()->indexOfKey(pool.id));
        if (workspace.currentPoolName() != args.at(5))
            std::_Exit(6);
        editor.editCurrentPool();
        editor.setSize(args.at(6));
        plan.planFromEditor(&editor);
        if (!plan.apply(true))
            std::_Exit(7);
    });
    // Finishing means the hook did not fire: a failure the test reports.
    QObject::connect(&plan, &app::PlanController::runEnded, &application,
                     [&] { std::_Exit(plan.succeeded() ? 8 : 9); });
    QTimer::singleShot(60'000, &application, [] { std::_Exit(4); });
    workspace.refresh();
    return application.exec();
}
