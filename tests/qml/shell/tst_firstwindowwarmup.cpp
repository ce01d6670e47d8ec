// What warmUpFirstWindow loads ahead of the window (issue 16): the plugin
// libraries named by the qmldir files of the modules the first frame
// imports, read from a folder of made-up modules and from the Qt this was
// built with; and QML that imports them still builds once they are loaded.
#include "app/shell/firstwindowwarmup.h"

#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QLibraryInfo>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

class TestFirstWindowWarmUp : public QObject
{
    Q_OBJECT

    static void writeQmldir(const QString& root, const QString& module, const QByteArray& text)
    {
        const QString dir =
            root + QLatin1Char('/') + QString(module).replace(QLatin1Char('.'), QLatin1Char('/'));
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + QStringLiteral("/qmldir"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    static bool mapped(const QByteArray& libraryName)
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(libraryName);
    }

private Q_SLOTS:
    // First: nothing else here has loaded a plugin yet.
    void qmlImportingThePreloadedModulesStillBuilds()
    {
        QVERIFY(!mapped("libqquicklayoutsplugin"));
        app::warmUpFirstWindow(QStringLiteral("Fusion"));
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QVERIFY(mapped("libqquicklayoutsplugin"));
        QVERIFY(mapped("libqtquickcontrols2fusionstyleplugin"));

        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Controls\nimport QtQuick.Layouts\n"
                          "RowLayout { Button { objectName: \"button\"; text: \"Refresh\" } }",
                          QUrl());
        std::unique_ptr<QObject> row(component.create());
        QVERIFY2(row, qPrintable(component.errorString()));
        auto* button = row->findChild<QQuickItem*>(QStringLiteral("button"));
        QVERIFY(button);
        QVERIFY(button->implicitWidth() > 0);
    }

    void theStyleAndItsImplementationAreAmongTheModules()
    {
        const QStringList modules = app::firstFrameQmlModules(QStringLiteral("Fusion"));
        QVERIFY(modules.contains(QStringLiteral("QtQuick.Controls.Fusion")));
        QVERIFY(modules.contains(QStringLiteral("QtQuick.Controls.Fusion.impl")));
        QVERIFY(modules.contains(QStringLiteral("QtQuick.Layouts")));
        // In the type loader's order: the controls before the style they pick.
        QVERIFY(modules.indexOf(QStringLiteral("QtQuick.Controls")) <
                modules.indexOf(QStringLiteral("QtQuick.Controls.Fusion")));

        const QStringList basic = app::firstFrameQmlModules(QStringLiteral("Basic"));
        QCOMPARE(basic.count(QStringLiteral("QtQuick.Controls.Basic")), 1);

        // A style of one's own, given as a folder, adds no module of Qt's.
        const QStringList own = app::firstFrameQmlModules(QStringLiteral("/opt/styles/Mine"));
        for (const QString& module : own)
            QVERIFY2(!module.contains(QStringLiteral("Mine")), qPrintable(module));
    }

    void eachModuleGivesThePluginItsQmldirNames()
    {
        QTemporaryDir root;
        writeQmldir(
            root.path(), QStringLiteral("One"),
            "module One\nlinktarget Qt6::oneplugin\nplugin oneplugin\nclassname OnePlugin\n");
        writeQmldir(root.path(), QStringLiteral("Two.Deep"),
                    "module Two.Deep\n  optional   plugin  twoplugin  somewhere\n");
        writeQmldir(root.path(), QStringLiteral("NoPlugin"), "module NoPlugin\nimport One auto\n");
        writeQmldir(root.path(), QStringLiteral("Empty"), "");
        const QStringList libraries = app::qmlPluginLibraries(
            {QStringLiteral("One"), QStringLiteral("Missing"), QStringLiteral("NoPlugin"),
             QStringLiteral("Empty"), QStringLiteral("Two.Deep")},
            root.path());
        QCOMPARE(libraries, QStringList({root.path() + QStringLiteral("/One/oneplugin"),
                                         root.path() + QStringLiteral("/Two/Deep/twoplugin")}));
    }

    void theInstalledQtNamesLibrariesThatLoad()
    {
        // The qmldir files of the Qt built against (6.4 here, 6.8 on Debian 13).
        const QStringList libraries =
            app::qmlPluginLibraries(app::firstFrameQmlModules(QStringLiteral("Fusion")),
                                    QLibraryInfo::path(QLibraryInfo::QmlImportsPath));
        QVERIFY2(libraries.size() >= 5, qPrintable(libraries.join(QLatin1Char(' '))));
        QVERIFY(std::any_of(libraries.begin(), libraries.end(), [](const QString& file) {
            return file.endsWith(QStringLiteral("/QtQuick/Layouts/qquicklayoutsplugin"));
        }));
        for (const QString& file : libraries) {
            QLibrary library(file);
            QVERIFY2(library.load(), qPrintable(library.errorString()));
        }
    }
};

QTEST_MAIN(TestFirstWindowWarmUp)
#include "tst_firstwindowwarmup.moc"
