// bench_bare: the smallest Qt Quick Controls program, one ApplicationWindow
// with a label, timed from process start to its first frame: what any Qt
// Quick application pays before it shows anything (bench_start's yardstick).
#include "benchclock.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[])
{
    // QApplication and Fusion, as poolstudio starts (Qt Charts needs QApplication).
    QApplication application(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.loadData(R"(import QtQuick
import QtQuick.Controls
ApplicationWindow {
    width: 1280; height: 800; visible: true
    header: ToolBar { Label { text: "Pool Studio" } }
    Label { anchors.centerIn: parent; text: "Hello" }
})");
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, [] {
        std::printf("first_frame_ms %.1f\n", bench::msSinceStart());
        std::printf("first_frame_gui_cpu_ms %.1f\n", bench::threadCpuMs());
        std::printf("first_frame_cpu_ms %.1f\n", bench::processCpuMs());
        std::printf("peak_rss_mb %.1f\n", bench::peakRssMb());
        std::fflush(stdout);
        _exit(0);
    });
    return application.exec();
}
