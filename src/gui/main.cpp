// poolstudio: the desktop application. A thin main() over the PoolStudio QML
// module in src/app (and src/demo, the simulator behind --demo); everything
// it shows is tested through those libraries.
#include "api/doclient.h"
#include "api/endpoint.h"
#include "app/shell/apppalette.h"
#include "app/shell/colors.h"
#include "app/shell/firstwindowwarmup.h"
#include "app/shell/windowswitcher.h"
#include "app/shell/workspace.h"
#include "app/signin/accountcontroller.h"
#include "demo/demobackend.h"
#include "installtranslators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

int main(int argc, char* argv[])
{
    // QApplication, not QGuiApplication: Qt Charts in QML (the cost page)
    // draws through the Graphics View framework, which needs it.
    QApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("poolstudio"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pool Studio"));
    QGuiApplication::setOrganizationName(QStringLiteral("PoolStudio"));
    QGuiApplication::setApplicationVersion(QStringLiteral(POOLSTUDIO_VERSION));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), before any
    // text is made: Qt's own ("qt": Qt Base, Qt Quick's controls and dialogs)
    // and Pool Studio's. Numbers and money then take that locale's own
    // conventions: the system locale itself mixes them with the C library's
    // under LANGUAGE=de and LANG=C ("4,973.30 $").
    translations::installTranslators(&application, QLocale::system(), {QStringLiteral("qt")});
    QLocale::setDefault(QLocale(QLocale::system().name()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QGuiApplication::translate("main", "Pool Studio: DigitalOcean Kubernetes node pools on the "
                                           "desktop. DIGITALOCEAN_ACCESS_TOKEN (or "
                                           "DIGITALOCEAN_TOKEN) signs in for one run; without it, "
                                           "the saved context or the sign-in page opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QGuiApplication::translate("main", "Run against the built-in simulator with demo data."));
    const QCommandLineOption apiUrlOption(
        QStringLiteral("api-url"),
        QGuiApplication::translate("main", "DigitalOcean API base URL (default %1).")
            .arg(QString::fromLatin1(api::DefaultApiUrl)),
        QStringLiteral("URL"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QGuiApplication::translate("main", "Colour theme: system (default), light or dark."),
        QStringLiteral("THEME"), QStringLiteral("system"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QGuiApplication::translate("main", "Save the window to FILE once the first refresh has "
                                           "finished, then quit (for documentation)."),
        QStringLiteral("FILE"));
    parser.addOptions({demoOption, apiUrlOption, themeOption, screenshotOption});
    parser.process(application);

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    bool knownTheme = false;
    const QPalette palette =
        app::paletteForTheme(parser.value(themeOption), QGuiApplication::palette(), &knownTheme);
    if (!knownTheme) {
        qCritical("poolstudio: unknown theme \"%s\"; use system, light or dark",
                  qPrintable(parser.value(themeOption)));
        return 2;
    }
    QGuiApplication::setPalette(palette);
    app::Colors::setTheme(parser.value(themeOption));

    // Where the API is: --api-url or DIGITALOCEAN_API_URL for every session of
    // this run; otherwise each context's own (DigitalOcean's by default).
    app::AccountController accounts;
    // Demo mode's simulator is started here, in the executable: the app
    // library only ever sees its URL and token.
    accounts.setDemoStarter(demo::demoStarter());
    if (parser.isSet(apiUrlOption) || !qEnvironmentVariableIsEmpty("DIGITALOCEAN_API_URL")) {
        const QUrl url = api::resolveApiUrl(parser.value(apiUrlOption));
        if (const QString problem = api::checkApiUrl(url); !problem.isEmpty()) {
            qCritical("poolstudio: %s", qPrintable(problem));
            return 2;
        }
        accounts.setApiUrlOverride(url);
    }

    QQmlApplicationEngine engine;
    app::warmUpFirstWindow(QQuickStyle::name());
    app::WindowSwitcher windows(&engine, &accounts);
    QObject::connect(&windows, &app::WindowSwitcher::failed, &application,
                     [](const QString& message) {
                         qCritical("poolstudio: %s", qPrintable(message));
                         QCoreApplication::exit(1);
                     });

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Saves the window once what it shows has arrived: the first refresh of
        // the main window, or the keychain check of the sign-in page.
        auto grabSoon = [&application, file](QQuickWindow* window) {
            QTimer::singleShot(500, &application, [window, file] {
                const bool saved = window && window->grabWindow().save(file);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&windows, &app::WindowSwitcher::windowChanged, &application,
                         [&, grabSoon](QQuickWindow* window) {
                             app::Workspace* workspace = accounts.workspace();
                             if (workspace && workspace->loaded()) {
                                 // The window was built over a finished refresh.
                                 grabSoon(window);
                             } else if (workspace) {
                                 QObject::connect(workspace, &app::Workspace::refreshed, window,
                                                  [window, grabSoon] { grabSoon(window); });
                             } else if (accounts.signInFlow()->keychainState() !=
                                        app::SignInController::KeychainChecking) {
                                 grabSoon(window);
                             } else {
                                 QObject::connect(
                                     accounts.signInFlow(), &app::SignInController::keychainChanged,
                                     window, [window, grabSoon] { grabSoon(window); },
                                     Qt::SingleShotConnection);
                             }
                         });
    }

    // The --demo option, else a token in the environment (for this run), else
    // the current context's token, else the sign-in page.
    accounts.start(parser.isSet(demoOption));
    return application.exec();
}
