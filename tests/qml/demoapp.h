#pragma once

#include "api/doclient.h"
#include "app/shell/colors.h"
#include "app/shell/workspace.h"
#include "demo/demobackend.h"
#include "windowdriver.h"

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <functional>
#include <memory>

// The application as poolstudio --demo builds it, for GUI tests: the demo
// simulator in process, a DoClient and Workspace on it, and the real Main.qml
// loaded offscreen. Test data folders are Qt's test-mode ones.
class DemoApp
{
public:
    // Call inside a test slot (it uses QVERIFY).
    void start()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        // POOLSTUDIO_THEME=dark takes the screenshots in the dark theme.
        app::Colors::setTheme(qEnvironmentVariable("POOLSTUDIO_THEME", QStringLiteral("system")));
        QVERIFY2(demo.start(), qPrintable(demo.errorText()));
        if (prepare)
            prepare(simulator());
        client.setBaseUrl(demo.baseUrl());
        client.setToken(demo.token());
        workspace = std::make_unique<app::Workspace>(&client, true);
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->setInitialProperties(
            {{QStringLiteral("workspace"), QVariant::fromValue(workspace.get())}});
        engine->load(QUrl(QStringLiteral("qrc:/PoolStudio/qml/Main.qml")));
        QCOMPARE(engine->rootObjects().size(), 1);
        window = qobject_cast<QQuickWindow*>(engine->rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The shortcuts and drawers come right after the first frame.
        if (waitForExtras)
            QTRY_VERIFY(window->property("extrasReady").toBool());
        driver.setWindow(window);
    }

    ~DemoApp() { engine.reset(); } // before the workspace its bindings read

    // Off: start() returns as soon as the window is exposed, perhaps before
    // its shortcuts and drawers exist (tst_firstkeys).
    bool waitForExtras = true;

    // Runs on the simulator before the window's first refresh (faults, say).
    std::function<void(sim::Simulator&)> prepare;

    sim::Simulator& simulator() { return *demo.simulator(); }

    demo::DemoBackend demo;
    api::DoClient client;
    std::unique_ptr<app::Workspace> workspace;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow* window = nullptr;
    WindowDriver driver;
};
