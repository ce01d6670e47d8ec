// Charts, tables and manifests are saved through the platform's file dialog,
// not into a fixed folder: each Save button opens its dialog in the folder
// last used for that kind of file, proposing a name; the file is written
// where the user chose, and that folder is remembered (QSettings) for the
// next time. The dialogs are answered by objectName: a file chosen (the
// dialog's `answer`, as Qt's own dialog takes a typed name only before it
// opens), then Save (accept).
#include "app/costs/costmodel.h"
#include "app/manifests/manifestexportcontroller.h"
#include "app/shell/filedialogmemory.h"
#include "demoapp.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class SaveDialogsTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    WindowDriver& m_driver = m_app.driver;
    QTemporaryDir m_dir;

    QObject* object(const QString& name) const { return m_driver.find<QObject>(name); }
    QString remembered(const QString& kind) const
    {
        return QSettings().value(app::FileDialogMemory::settingsKey(kind)).toString();
    }
    QString folder(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    // Clicks `button`, waits for `dialog` to show, checks what it proposes,
    // chooses `file` and saves. Returns the dialog (null on failure).
    QObject* saveThrough(const QString& button, const QString& dialog, const QString& startFolder,
                         const QString& proposedName, const QString& file)
    {
        QObject* found = object(dialog);
        if (!found || !m_driver.click(button))
            return nullptr;
        if (!QTest::qWaitFor([&] { return found->property("visible").toBool(); }, 5000))
            return nullptr;
        m_driver.screenshot(QStringLiteral("savedialogs-") + dialog);
        const QUrl folderShown = found->property("currentFolder").toUrl();
        const QUrl proposed = found->property("selectedFile").toUrl();
        if (QDir::cleanPath(folderShown.toLocalFile()) != QDir::cleanPath(startFolder) ||
            proposed.toLocalFile() != QDir(startFolder).filePath(proposedName)) {
            qWarning("%s opened in %s proposing %s; expected %s in %s", qPrintable(dialog),
                     qPrintable(folderShown.toString()), qPrintable(proposed.toString()),
                     qPrintable(proposedName), qPrintable(startFolder));
            QMetaObject::invokeMethod(found, "reject");
            return nullptr;
        }
        found->setProperty("answer", QUrl::fromLocalFile(file));
        QMetaObject::invokeMethod(found, "accept");
        return found;
    }

    // The focus is back where it was as `dialog` opened: the main window is
    // the focused one again and its focus is on `button`, inside `drawer`,
    // so Esc closes the drawer (on Qt 6.8, offscreen, hiding the dialog's
    // own window gave the focus to nothing).
    bool focusIsBackOn(const QString& button, const QString& drawer) const
    {
        auto* popup = object(drawer);
        QQuickItem* content = popup ? popup->property("contentItem").value<QQuickItem*>() : nullptr;
        QQuickItem* inside = content ? content->parentItem() : nullptr;
        QQuickItem* pressed = m_driver.find(button);
        if (!inside || !pressed)
            return false;
        const bool back = QTest::qWaitFor(
            [&] {
                return QGuiApplication::focusWindow() == m_app.window &&
                       m_app.window->activeFocusItem() == pressed && !fileDialogShown();
            },
            5000);
        if (!back) {
            QQuickItem* focused = m_app.window->activeFocusItem();
            qWarning("the focus is on %s (in %s), not on %s; %s",
                     focused ? qPrintable(focused->objectName()) : "nothing",
                     focused && inside->isAncestorOf(focused) ? qPrintable(drawer)
                                                              : "another place",
                     qPrintable(button),
                     QGuiApplication::focusWindow() == m_app.window
                         ? "the main window is focused"
                         : "the main window is not the focused one");
        }
        return back && inside->isAncestorOf(pressed);
    }

    // Qt's own file dialog is still shown: a popup, in the main window on
    // Qt 6.4 and in a window of its own on 6.8, that stays visible while it
    // animates closed after the dialog says it is hidden. The Esc that a
    // test presses next is for the drawer, with no other popup up.
    static bool fileDialogShown()
    {
        const QWindowList windows = QGuiApplication::allWindows();
        return std::any_of(windows.begin(), windows.end(), [](const QWindow* window) {
            const QList<QObject*> all = window->findChildren<QObject*>();
            return std::any_of(all.begin(), all.end(), [](const QObject* object) {
                return object->inherits("QQuickFileDialogImpl") &&
                       object->property("visible").toBool();
            });
        });
    }

    // Esc closes `drawer` (position 0, hidden).
    bool escClosesDrawer(const QString& drawer) const
    {
        m_driver.key(Qt::Key_Escape);
        if (QTest::qWaitFor([&] { return !object(drawer)->property("visible").toBool(); }, 5000))
            return true;
        QQuickItem* focused = m_app.window->activeFocusItem();
        qWarning("Esc left %s open; the focus on %s %s", qPrintable(drawer),
                 focused ? focused->metaObject()->className() : "nothing",
                 focused ? qPrintable(focused->objectName()) : "");
        return false;
    }

    QString startFolder() const
    {
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_app.workspace->loaded() && !m_app.workspace->loading(), 10'000);
        m_app.window->resize(1600, 1000);
        QSettings().remove(QStringLiteral("fileDialogs"));
        QDir().mkpath(startFolder());
    }

    void aChartIsSavedWhereChosenAndTheFolderRemembered()
    {
        QVERIFY(m_driver.click(QStringLiteral("costsButton")));
        QTRY_VERIFY(object(QStringLiteral("costDrawer"))->property("opened").toBool());
        auto* costs = m_app.window->findChild<app::CostModel*>();
        QVERIFY(costs);
        QTRY_VERIFY(!costs->clusterCategories().isEmpty());

        const QString charts = folder(QStringLiteral("my charts"));
        const QString file = charts + QStringLiteral("/clusters this month.png");
        QVERIFY(saveThrough(QStringLiteral("cost-by-clusterPng"), QStringLiteral("chartSaveDialog"),
                            startFolder(), QStringLiteral("cost-by-cluster.png"), file));
        QTRY_VERIFY(QFile::exists(file));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
        QCOMPARE(remembered(QStringLiteral("chart")), charts);
        QTRY_VERIFY(
            object(QStringLiteral("exportStatus"))->property("text").toString().contains(file));

        // The next chart's dialog opens there, proposing its own name.
        const QString second = charts + QStringLiteral("/families.png");
        QVERIFY(saveThrough(QStringLiteral("cost-by-familyPng"), QStringLiteral("chartSaveDialog"),
                            charts, QStringLiteral("cost-by-family.png"), second));
        QTRY_VERIFY(QFile::exists(second));
        QVERIFY(focusIsBackOn(QStringLiteral("cost-by-familyPng"), QStringLiteral("costDrawer")));
        m_driver.screenshot(QStringLiteral("savedialogs-chart-saved"));
    }

    void aTableIsSavedWhereChosenAndRemembersItsOwnFolder()
    {
        auto* costs = m_app.window->findChild<app::CostModel*>();
        const QString tables = folder(QStringLiteral("tables"));
        const QString file = tables + QStringLiteral("/summary.csv");
        // Tables have their own folder: the chart's is not offered for them.
        QVERIFY(saveThrough(QStringLiteral("tableCsvButton"), QStringLiteral("tableSaveDialog"),
                            startFolder(), QStringLiteral("cost-summary.csv"), file));
        QTRY_VERIFY(QFile::exists(file));
        QFile summary(file);
        QVERIFY(summary.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(summary.readAll()), costs->csv(QStringLiteral("table")));
        QCOMPARE(remembered(QStringLiteral("table")), tables);
        QVERIFY(remembered(QStringLiteral("chart")) != tables);

        costs->setTagKey(QStringLiteral("team"));
        const QString byTag = tables + QStringLiteral("/teams.csv");
        QVERIFY(saveThrough(QStringLiteral("tagCsvButton"), QStringLiteral("tableSaveDialog"),
                            tables, QStringLiteral("cost-by-tag-team.csv"), byTag));
        QTRY_VERIFY(QFile::exists(byTag));
        QFile teams(byTag);
        QVERIFY(teams.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(teams.readAll()), costs->csv(QStringLiteral("tag")));

        // Saved: the keyboard carries on in the drawer, and Esc closes it.
        QVERIFY(focusIsBackOn(QStringLiteral("tagCsvButton"), QStringLiteral("costDrawer")));
        QVERIFY(escClosesDrawer(QStringLiteral("costDrawer")));
    }

    void aCancelledSaveWritesNothingAndGivesTheFocusBack()
    {
        QVERIFY(m_driver.click(QStringLiteral("costsButton")));
        // Opened, not only slid in: as it opens, its DialogKeys puts the focus
        // on its first field, which would move it off the button pressed here.
        QTRY_VERIFY(object(QStringLiteral("costDrawer"))->property("opened").toBool());
        const QString status = object(QStringLiteral("exportStatus"))->property("text").toString();
        const QString charts = remembered(QStringLiteral("chart"));
        const QStringList before = QDir(charts).entryList(QDir::Files);

        QObject* dialog = object(QStringLiteral("chartSaveDialog"));
        QVERIFY(m_driver.click(QStringLiteral("cost-by-clusterPng")));
        QTRY_VERIFY(dialog->property("visible").toBool());
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());

        QVERIFY(focusIsBackOn(QStringLiteral("cost-by-clusterPng"), QStringLiteral("costDrawer")));
        // A key bound to nothing turns the keyboard's focus ring on, so the
        // shot shows where the focus is.
        m_driver.key(Qt::Key_F13);
        m_driver.screenshot(QStringLiteral("savedialogs-cancelled"));
        QCOMPARE(QDir(charts).entryList(QDir::Files), before);
        QCOMPARE(object(QStringLiteral("exportStatus"))->property("text").toString(), status);
        QCOMPARE(remembered(QStringLiteral("chart")), charts);
        QVERIFY(escClosesDrawer(QStringLiteral("costDrawer")));
    }

    void aFolderThatIsGoneFallsBackToDocuments()
    {
        const QString gone = folder(QStringLiteral("gone"));
        app::FileDialogMemory memory;
        memory.rememberFolder(QStringLiteral("chart"), QUrl::fromLocalFile(gone));
        QCOMPARE(memory.folderFor(QStringLiteral("chart")), QUrl::fromLocalFile(gone));
        QVERIFY(QDir(gone).removeRecursively());
        QCOMPARE(memory.folderFor(QStringLiteral("chart")).toLocalFile(), startFolder());
        // A proposed name cannot step out of the folder.
        QCOMPARE(
            memory.fileFor(QStringLiteral("chart"), QStringLiteral("../../x.png")).toLocalFile(),
            QDir(startFolder()).filePath(QStringLiteral("x.png")));
    }

    void aManifestIsSavedWhereChosenAndTheFolderRemembered()
    {
        QVERIFY(m_driver.click(QStringLiteral("manifestsButton")));
        QTRY_VERIFY(object(QStringLiteral("manifestDrawer"))->property("opened").toBool());
        QVERIFY(m_driver.click(QStringLiteral("exportTabButton")));
        QVERIFY(m_driver.click(QStringLiteral("exportThisCluster")));
        auto* exporter = m_app.window->findChild<app::ManifestExportController*>();
        QVERIFY(exporter);
        QTRY_VERIFY(!exporter->exportText().isEmpty());

        const QString manifests = folder(QStringLiteral("manifests"));
        const QString file = manifests + QStringLiteral("/prod.yaml");
        QVERIFY(saveThrough(QStringLiteral("exportSaveFileButton"),
                            QStringLiteral("exportFileDialog"), startFolder(),
                            QStringLiteral("pools.yaml"), file));
        QTRY_VERIFY(QFile::exists(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), exporter->exportText());
        QCOMPARE(remembered(QStringLiteral("manifest")), manifests);
        QVERIFY(focusIsBackOn(QStringLiteral("exportSaveFileButton"),
                              QStringLiteral("manifestDrawer")));

        // The per-pool folder dialog opens in the same folder.
        QVERIFY(m_driver.click(QStringLiteral("exportSaveFolderButton")));
        QObject* folderDialog = object(QStringLiteral("exportFolderDialog"));
        QTRY_VERIFY(folderDialog->property("visible").toBool());
        QCOMPARE(QDir::cleanPath(folderDialog->property("currentFolder").toUrl().toLocalFile()),
                 manifests);
        QMetaObject::invokeMethod(folderDialog, "reject");
    }

    void nothingIsWrittenIntoAFixedFolder()
    {
        QVERIFY(!QFileInfo::exists(startFolder() + QStringLiteral("/Pool Studio")));
        QVERIFY(QDir(startFolder()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
};

QTEST_MAIN(SaveDialogsTest)
#include "tst_savedialogs.moc"
