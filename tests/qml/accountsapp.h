#pragma once

#include "accounts/contextstore.h"
#include "app/shell/colors.h"
#include "app/shell/firstwindowwarmup.h"
#include "app/shell/windowswitcher.h"
#include "app/shell/workspace.h"
#include "app/signin/accountcontroller.h"
#include "demo/demobackend.h"
#include "sim/simulator.h"
#include "windowdriver.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The application as poolstudio builds it, for sign-in tests: an
// AccountController whose contexts, token file and keychain entries are the
// test's own, the WindowSwitcher showing the real SignInWindow.qml or
// Main.qml, and a simulator (demo seed) that accepts one full token and one
// read-only token. The environment is not looked at unless a test asks.
class AccountsApp
{
public:
    static inline const QString GoodToken = QStringLiteral("dop_v1_gui_good_7d1e0c9a4b2f6e8d");
    static inline const QString ReadOnlyToken =
        QStringLiteral("dop_v1_gui_readonly_3c5a7e9b1d2f4a6c");

    // Call inside a test slot (it uses QVERIFY).
    void start()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        app::Colors::setTheme(qEnvironmentVariable("POOLSTUDIO_THEME", QStringLiteral("system")));
        QVERIFY(dir.isValid());
        simulator.clock().setManual();
        simulator.loadDemoSeed();
        simulator.setToken(GoodToken);
        simulator.setReadOnlyToken(ReadOnlyToken);
        QVERIFY(simulator.listen(0) != 0);

        configure(accounts);
        engine = std::make_unique<QQmlApplicationEngine>();
        app::warmUpFirstWindow(QQuickStyle::name()); // as src/gui/main.cpp does
        windows = std::make_unique<app::WindowSwitcher>(engine.get(), &accounts);
        QObject::connect(windows.get(), &app::WindowSwitcher::failed,
                         [](const QString& message) { qWarning("%s", qPrintable(message)); });
        QObject::connect(windows.get(), &app::WindowSwitcher::windowChanged,
                         [this](QQuickWindow* window) { driver.setWindow(window); });
        accounts.start(false);
        QTRY_VERIFY(windows->window());
        QVERIFY(QTest::qWaitForWindowExposed(windows->window()));
        // The main window's shortcuts and drawers come right after its first
        // frame (the sign-in window has none).
        QTRY_VERIFY(!windows->window()->property("extrasReady").isValid() ||
                    windows->window()->property("extrasReady").toBool());
    }

    // Another controller on the same contexts, tokens and simulator (a
    // next start of the application).
    void configure(app::AccountController& controller) const
    {
        controller.setApiUrlOverride(simulator.baseUrl());
        controller.setContextsPath(dir.filePath(QStringLiteral("contexts.json")));
        controller.setTokenFilePath(dir.filePath(QStringLiteral("tokens.json")));
        controller.setKeychainService(keychainService);
        controller.setDoctlPath(dir.filePath(QStringLiteral("doctl/config.yaml")));
        controller.setUseEnvironment(useEnvironment);
        controller.setDemoStarter(demo::demoStarter()); // as poolstudio does
    }

    ~AccountsApp()
    {
        windows.reset(); // the windows before the sessions they show
        engine.reset();
    }

    QQuickWindow* window() const { return windows->window(); }
    bool showsSignIn() const { return windows->window() && !windows->showsWorkspace(); }
    bool showsWorkspace() const { return windows->window() && windows->showsWorkspace(); }

    accounts::ContextStore savedContexts() const
    {
        accounts::ContextStore store;
        store.load(dir.filePath(QStringLiteral("contexts.json")));
        return store;
    }

    // Whether DIGITALOCEAN_ACCESS_TOKEN / DIGITALOCEAN_TOKEN count (set before start()).
    bool useEnvironment = false;
    QTemporaryDir dir;
    // Entries of this test only, in whatever keychain answers.
    QString keychainService =
        QStringLiteral("Pool Studio test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    sim::Simulator simulator;
    app::AccountController accounts;
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<app::WindowSwitcher> windows;
    WindowDriver driver;
};
