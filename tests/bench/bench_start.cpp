// bench_start: the main window as poolstudio builds it, timed from process
// start to the first frame that shows every cluster; then, on request, a
// refresh in which some nodes changed (GUI-thread work, model resets,
// selection and scroll) and the cost page's opening. Prints one "name value"
// line per figure; tests/bench/run.sh reads them.
//
//   bench_start --demo                       as `poolstudio --demo` starts:
//       AccountController with the demo starter (the simulator on its own
//       thread), WindowSwitcher, which starts the first refresh and builds
//       the real Main.qml (src/gui/main.cpp; keep the two alike)
//   bench_start --api-url URL [--token T]    e.g. a poolsim --seed-size 100x10x20:
//       a DoClient and Workspace of its own, then Main.qml
//       [--change-nodes K]   delete K nodes (replace=1) through the API, then refresh
//                            (with --api-url)
//       [--cost-page]        then open the cost drawer
//       [--screenshot FILE]  save the window at the end
#include "api/doclient.h"
#include "app/costs/costmodel.h"
#include "app/shell/apppalette.h"
#include "app/shell/colors.h"
#include "app/shell/firstwindowwarmup.h"
#include "app/shell/windowswitcher.h"
#include "app/shell/workspace.h"
#include "app/signin/accountcontroller.h"
#include "benchclock.h"
#include "demo/demobackend.h"
#include "installtranslators.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <unistd.h>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_DUMP_STATS_AT(what)
#endif

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

// Times every event the GUI thread handles while `measuring` is set: the sum
// is the GUI thread's work (socket reads, decoding, model updates, layout and
// the software renderer's frames), the longest one the worst stutter.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool measuring = false;
    double busyMs = 0;
    double longestMs = 0;
    int depth = 0;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!measuring || depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++depth;
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --depth;
        busyMs += ms;
        longestMs = std::max(longestMs, ms);
        return handled;
    }
};

void print(const char* name, double value)
{
    std::printf("%s %.1f\n", name, value);
    std::fflush(stdout);
}

// Runs the event loop until `done` holds after a frame was shown. With
// `forceFrames`, every frame asks for the next one, so `done` is looked at
// all the time (the start figures); without it, only the frames the app
// itself asks for are drawn (its animations and model changes), so the
// GUI-thread work measured is the app's own and not the bench's repaints.
bool waitForFrame(QQuickWindow* window, const std::function<bool()>& done, int timeoutMs,
                  bool forceFrames = true)
{
    QEventLoop loop;
    bool ok = false;
    const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (forceFrames) {
            window->update();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(c);
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    TimedApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("poolstudio"));
    QGuiApplication::setOrganizationName(QStringLiteral("PoolStudio"));
    QCommandLineParser parser;
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Demo simulator."));
    const QCommandLineOption urlOption(QStringLiteral("api-url"), QStringLiteral("API base URL."),
                                       QStringLiteral("URL"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("Token."),
                                         QStringLiteral("T"), QStringLiteral("poolsim"));
    const QCommandLineOption changeOption(QStringLiteral("change-nodes"),
                                          QStringLiteral("Nodes to replace before a refresh."),
                                          QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption costOption(QStringLiteral("cost-page"),
                                        QStringLiteral("Open the cost page at the end."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Give up after S seconds."),
                                           QStringLiteral("S"), QStringLiteral("120"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save the window at the end, to look at."),
        QStringLiteral("FILE"));
    parser.addOptions({demoOption, urlOption, tokenOption, changeOption, costOption, timeoutOption,
                       screenshotOption});
    parser.process(application);
    const int timeoutMs = parser.value(timeoutOption).toInt() * 1000;

    // As src/gui/main.cpp does, in the same order.
    translations::installTranslators(&application, QLocale::system(), {QStringLiteral("qt")});
    QLocale::setDefault(QLocale(QLocale::system().name()));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QGuiApplication::setPalette(
        app::paletteForTheme(QStringLiteral("light"), QGuiApplication::palette()));
    app::Colors::setTheme(QStringLiteral("light"));

    app::AccountController accounts;
    api::DoClient client;
    std::unique_ptr<app::Workspace> ownWorkspace;
    QQmlApplicationEngine engine;
    app::warmUpFirstWindow(QQuickStyle::name());
    std::unique_ptr<app::WindowSwitcher> windows;
    QQuickWindow* window = nullptr;
    bool refreshed = false;
    const auto noteRefreshed = [&](app::Workspace* workspace) {
        QObject::connect(workspace, &app::Workspace::refreshed, [&] { refreshed = true; });
    };
    // The start ends with the first frame that shows every cluster, taken in
    // its frameSwapped(), as bench_bare does, and watched from the moment the
    // window exists: the window draws its first frames while the event loop
    // that built it still runs, and what it queues for after its first frame
    // is not part of the start. Under callgrind the instructions up to that
    // frame are dumped on their own (`valgrind --tool=callgrind
    // --callgrind-out-file=F bench_start --demo`: F.1).
    bool firstFrameSeen = false;
    double firstFrameMs = 0, firstFrameGuiCpuMs = 0, firstFrameCpuMs = 0;
    const auto everyClusterShownIn = [&](app::Workspace* shown) {
        return refreshed && shown && !shown->allClusters().isEmpty() &&
               shown->clusters()->rowCount() == shown->allClusters().size();
    };
    const auto watchFirstFrame = [&](QQuickWindow* shown) {
        QObject::connect(shown, &QQuickWindow::frameSwapped, shown, [&] {
            app::Workspace* w =
                parser.isSet(demoOption) ? accounts.workspace() : ownWorkspace.get();
            if (firstFrameSeen || !everyClusterShownIn(w))
                return;
            firstFrameSeen = true;
            firstFrameMs = bench::msSinceStart();
            firstFrameGuiCpuMs = bench::threadCpuMs();
            firstFrameCpuMs = bench::processCpuMs();
            CALLGRIND_DUMP_STATS_AT("first frame");
        });
    };
    if (parser.isSet(demoOption)) {
        accounts.setDemoStarter(demo::demoStarter());
        windows = std::make_unique<app::WindowSwitcher>(&engine, &accounts);
        QEventLoop started;
        QObject::connect(windows.get(), &app::WindowSwitcher::windowChanged, &started,
                         [&](QQuickWindow* shown) {
                             window = shown;
                             watchFirstFrame(shown);
                             started.quit();
                         });
        QObject::connect(windows.get(), &app::WindowSwitcher::failed, &started,
                         [&](const QString& message) {
                             std::fprintf(stderr, "demo: %s\n", qPrintable(message));
                             started.quit();
                         });
        accounts.start(true); // the session now; its window once the event loop runs
        if (accounts.workspace())
            noteRefreshed(accounts.workspace());
        started.exec();
    } else {
        client.setBaseUrl(QUrl(parser.value(urlOption)));
        client.setToken(parser.value(tokenOption));
        ownWorkspace = std::make_unique<app::Workspace>(&client, false);
        noteRefreshed(ownWorkspace.get());
        // Built as WindowSwitcher builds a window (the theme set before
        // its bindings run), but loaded at once: the first refresh is the
        // window's own here.
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/PoolStudio/qml/Main.qml")));
        window = qobject_cast<QQuickWindow*>(app::WindowSwitcher::createWindow(
            &component, {{QStringLiteral("workspace"), QVariant::fromValue(ownWorkspace.get())}}));
        if (window)
            watchFirstFrame(window);
        else
            std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
    }
    app::Workspace* shownWorkspace =
        parser.isSet(demoOption) ? accounts.workspace() : ownWorkspace.get();
    if (!window || !shownWorkspace)
        return 1;
    app::Workspace& workspace = *shownWorkspace;

    int resets = 0;
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(workspace.clusters()),
                                      static_cast<QAbstractItemModel*>(workspace.pools()),
                                      static_cast<QAbstractItemModel*>(workspace.nodes())})
        QObject::connect(model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });

    if (!firstFrameSeen && !waitForFrame(
                               window, [&] { return firstFrameSeen; }, timeoutMs)) {
        print("first_frame_timeout_s", timeoutMs / 1000.0);
        _exit(2);
    }
    print("first_frame_ms", firstFrameMs);
    // CPU, which moves less with the machine's load than the wall time
    // (the GUI thread's since the process started, and all threads').
    print("first_frame_gui_cpu_ms", firstFrameGuiCpuMs);
    print("first_frame_cpu_ms", firstFrameCpuMs);
    print("clusters", workspace.allClusters().size());
    int nodes = 0;
    for (const core::Cluster& cluster : workspace.allClusters())
        for (const core::NodePool& pool : cluster.pools)
            nodes += int(pool.nodes.size());
    print("nodes", nodes);
    print("rss_after_first_frame_mb", bench::peakRssMb());

    const int change = parser.value(changeOption).toInt();
    if (change > 0) {
        // Select a cluster in the middle and scroll to it, as a user would.
        auto* list = window->findChild<QQuickItem*>(QStringLiteral("clusterList"));
        const int middle = int(workspace.allClusters().size() / 2);
        workspace.setCurrentClusterIndex(middle);
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, middle),
                                  Q_ARG(int, 0 /* Beginning */));
        waitForFrame(
            window, [] { return true; }, 5000);
        const QString selectedId = workspace.currentCluster()->id;
        const double contentY = list->property("contentY").toDouble();

        // Replace `change` nodes spread over the account, through the API.
        QNetworkAccessManager network;
        int pending = 0;
        QEventLoop loop;
        QList<std::tuple<QString, QString, QString>> targets;
        for (const core::Cluster& cluster : workspace.allClusters())
            for (const core::NodePool& pool : cluster.pools)
                if (!pool.nodes.isEmpty())
                    targets.append({cluster.id, pool.id, pool.nodes.first().id});
        const int step = std::max<int>(1, int(targets.size() / change));
        for (int i = 0; i < targets.size() && pending < change; i += step) {
            const auto& [clusterId, poolId, nodeId] = targets.at(i);
            QNetworkRequest request(client.baseUrl().resolved(
                QUrl(QStringLiteral("/v2/kubernetes/clusters/%1/node_pools/%2/nodes/%3?replace=1")
                         .arg(clusterId, poolId, nodeId))));
            request.setRawHeader("Authorization", "Bearer " + parser.value(tokenOption).toUtf8());
            ++pending;
            QNetworkReply* reply = network.deleteResource(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                if (--pending == 0)
                    loop.quit();
            });
        }
        print("nodes_changed", pending * 2); // each replaced node, and its replacement
        loop.exec();

        refreshed = false;
        resets = 0;
        application.busyMs = application.longestMs = 0;
        application.measuring = true;
        const double cpuBefore = bench::threadCpuMs();
        // The frame that shows the refresh: drawn even if nothing on screen changed.
        const auto showRefresh = QObject::connect(&workspace, &app::Workspace::refreshed, window,
                                                  [window] { window->update(); });
        int frames = 0;
        const auto countFrames =
            QObject::connect(window, &QQuickWindow::frameSwapped, [&frames] { ++frames; });
        workspace.refresh();
        waitForFrame(
            window, [&] { return refreshed; }, timeoutMs, false);
        QObject::disconnect(showRefresh);
        QObject::disconnect(countFrames);
        application.measuring = false;
        print("refresh_gui_thread_cpu_ms", bench::threadCpuMs() - cpuBefore);
        print("refresh_gui_events_ms", application.busyMs);
        print("refresh_longest_event_ms", application.longestMs);
        print("refresh_frames", frames);
        print("refresh_model_resets", resets);
        print("refresh_selection_kept",
              workspace.currentCluster() && workspace.currentCluster()->id == selectedId);
        print("refresh_scroll_kept", list->property("contentY").toDouble() == contentY);
    }

    if (parser.isSet(costOption)) {
        QElapsedTimer timer;
        timer.start();
        application.busyMs = application.longestMs = 0;
        application.measuring = true;
        // As the Costs button does (the drawer is built after the first frame).
        QMetaObject::invokeMethod(window, "openCosts");
        const bool shown = waitForFrame(
            window,
            [&] {
                auto* page = window->findChild<QQuickItem*>(QStringLiteral("costPage"));
                return page && page->isVisible();
            },
            timeoutMs);
        application.measuring = false;
        print(shown ? "cost_page_ms" : "cost_page_timeout_ms", double(timer.nsecsElapsed()) / 1e6);
        print("cost_page_longest_event_ms", application.longestMs);
        if (auto* costs = window->findChild<app::CostModel*>())
            print("cost_table_rows", costs->table()->rowCount());
    }
    print("peak_rss_mb", bench::peakRssMb());
    if (parser.isSet(screenshotOption)) {
        // Once the cost drawer, when open, has slid in.
        const QObject* costDrawer = window->findChild<QObject*>(QStringLiteral("costDrawer"));
        waitForFrame(
            window,
            [costDrawer] {
                return !costDrawer || !costDrawer->property("visible").toBool() ||
                       costDrawer->property("position").toDouble() >= 1.0;
            },
            5000);
        window->grabWindow().save(parser.value(screenshotOption));
    }
    _exit(0); // the teardown of 20,000 nodes is not part of any figure
}
