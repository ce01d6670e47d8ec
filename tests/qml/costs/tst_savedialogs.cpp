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
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

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
        QTRY_COMPARE(object(QStringLiteral("costDrawer"))->property("position").toDouble(), 1.0);
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
        // The page's Close button (Esc goes wherever the last dialog left the
        // focus: on Qt 6.8, not to the drawer).
        QVERIFY(m_driver.click(QStringLiteral("costCloseButton")));
        QTRY_VERIFY(!object(QStringLiteral("costDrawer"))->property("visible").toBool());
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
