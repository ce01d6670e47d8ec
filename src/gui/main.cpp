// poolstudio: the desktop application. A thin main() over the PoolStudio QML
// module in src/app; everything it shows is tested through that library.
#include "api/doclient.h"
#include "api/endpoint.h"
#include "app/apppalette.h"
#include "app/colors.h"
#include "app/demobackend.h"
#include "app/workspace.h"

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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QGuiApplication::translate("main", "Pool Studio: DigitalOcean Kubernetes node pools on the "
                                           "desktop. Without a token it opens the demo."));
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

    api::DoClient client;
    const QString token = qEnvironmentVariable("DIGITALOCEAN_ACCESS_TOKEN");
    const bool demo = parser.isSet(demoOption) || token.isEmpty();
    app::DemoBackend demoBackend;
    if (demo) {
        if (!demoBackend.start()) {
            qCritical("poolstudio: %s", qPrintable(demoBackend.errorText()));
            return 1;
        }
        client.setBaseUrl(demoBackend.baseUrl());
        client.setToken(demoBackend.token());
    } else {
        const QUrl url = api::resolveApiUrl(parser.value(apiUrlOption));
        if (const QString problem = api::checkApiUrl(url); !problem.isEmpty()) {
            qCritical("poolstudio: %s", qPrintable(problem));
            return 2;
        }
        client.setBaseUrl(url);
        client.setToken(token);
    }

    app::Workspace workspace(&client, demo);
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&workspace)}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &application,
        [](QObject* object, const QUrl&) {
            if (!object)
                QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/PoolStudio/qml/Main.qml")));

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(&workspace, &app::Workspace::loadingChanged, &application, [&] {
            if (workspace.loading() || engine.rootObjects().isEmpty())
                return;
            auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
            // Let the views lay out what just arrived before grabbing.
            QTimer::singleShot(500, &application, [window, file] {
                const bool saved = window && window->grabWindow().save(file);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    return application.exec();
}
