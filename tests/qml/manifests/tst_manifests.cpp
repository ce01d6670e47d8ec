// Manifests through the real QML against the demo simulator, as issue 8 asks:
// export a cluster to a file, import that file and see an empty plan; change
// a count and add a taint in the YAML, plan exactly those, apply, and find
// them in the simulator; an invalid file shows its error at the right line;
// a size change plans as a replacement.
#include "app/manifests/manifestexportcontroller.h"
#include "app/manifests/manifestimportcontroller.h"
#include "app/plan/plancontroller.h"
#include "demoapp.h"
#include "modeltester.h"
#include "sim/simulator.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class ManifestsTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    WindowDriver& m_driver = m_app.driver;
    app::Workspace* m_workspace = nullptr;
    app::ManifestExportController* m_export = nullptr;
    app::ManifestImportController* m_import = nullptr;
    app::PlanController* m_plan = nullptr;
    QTemporaryDir m_dir;
    QString m_clusterId;
    QString m_poolName; // a fixed-count pool without taints in that cluster
    QString m_exported;

    sim::Simulator& simulator() { return m_app.simulator(); }

    bool advanceUntil(const std::function<bool()>& done)
    {
        return QTest::qWaitFor(
            [&] {
                simulator().clock().advance(5);
                return done();
            },
            20'000);
    }

    // The import text, as a user would leave it in the editor.
    void typeImport(const QString& text)
    {
        QQuickItem* area = m_driver.find(QStringLiteral("importText"));
        QVERIFY(area);
        area->setProperty("text", text);
        QTRY_COMPARE(m_import->importText(), text);
    }

    bool planDialogOpen()
    {
        return m_driver.find<QObject>(QStringLiteral("planDialog"))->property("opened").toBool();
    }

    void closePlanDialog()
    {
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(!planDialogOpen());
    }

    // The document of `pool` (in `clusterId`, when given) in a multi-document export.
    static QString documentOf(const QString& yaml, const QString& pool,
                              const QString& clusterId = {})
    {
        for (const QString& doc : yaml.split(QStringLiteral("---\n")))
            if (doc.contains(QStringLiteral("nodePoolName: %1\n").arg(pool)) &&
                doc.contains(QStringLiteral("value: ") + clusterId))
                return doc;
        return {};
    }

    // The first pool of a cluster with a fixed count: one a count change fits.
    static const core::NodePool* fixedPool(const core::Cluster& cluster)
    {
        for (const core::NodePool& pool : cluster.pools)
            if (!pool.spec.autoScale)
                return &pool;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app.start();
        simulator().clock().setManual();
        m_workspace = m_app.workspace.get();
        QTRY_VERIFY(m_workspace->loaded());
        // The drawer builds its page (and the page its controllers) when it
        // first opens: open it once, as a user would, then close it again.
        auto* drawer = m_driver.find<QObject>(QStringLiteral("manifestDrawer"));
        QVERIFY(drawer);
        QVERIFY(m_driver.click(QStringLiteral("manifestsButton")));
        QTRY_VERIFY(drawer->property("opened").toBool());
        QMetaObject::invokeMethod(drawer, "close");
        QTRY_VERIFY(!drawer->property("visible").toBool());
        m_export = m_driver.find<app::ManifestExportController>(
            QStringLiteral("manifestExportController"));
        m_import = m_driver.find<app::ManifestImportController>(
            QStringLiteral("manifestImportController"));
        m_plan = m_driver.find<app::PlanController>(QStringLiteral("planController"));
        QVERIFY(m_export);
        QVERIFY(m_import);
        watchModel(m_export->exportPools(), this);
        QVERIFY(m_plan);
        m_workspace->setCurrentClusterIndex(0);
        const core::Cluster* cluster = m_workspace->currentCluster();
        QVERIFY(cluster);
        m_clusterId = cluster->id;
        for (const core::NodePool& pool : cluster->pools)
            if (!pool.spec.autoScale && pool.spec.taints.isEmpty() && m_poolName.isEmpty())
                m_poolName = pool.spec.name;
        QVERIFY2(!m_poolName.isEmpty(), "the demo's first cluster needs a plain pool");
    }

    void exportsAClusterToAFile()
    {
        QVERIFY(m_driver.click(QStringLiteral("manifestsButton")));
        QTRY_VERIFY(
            m_driver.find<QObject>(QStringLiteral("manifestDrawer"))->property("opened").toBool());
        QVERIFY(m_driver.click(QStringLiteral("exportThisCluster")));
        const core::Cluster* cluster = m_workspace->currentCluster();
        QCOMPARE(m_export->exportPools()->checkedCount(), cluster->pools.size());
        m_exported = m_export->exportText();
        QCOMPARE(m_driver.find(QStringLiteral("exportText"))->property("text").toString(),
                 m_exported);
        QCOMPARE(m_exported.count(QStringLiteral("kind: DigitalOceanKubernetesNodePool")),
                 cluster->pools.size());
        // The live count, and the cluster by id with its name beside it.
        const core::NodePool& first = cluster->pools.first();
        const QString doc = documentOf(m_exported, first.spec.name);
        QVERIFY(doc.contains(QStringLiteral("nodeCount: %1\n").arg(first.spec.count)));
        QVERIFY2(QRegularExpression(QStringLiteral("value: %1 +# %2\n")
                                        .arg(QRegularExpression::escape(cluster->id),
                                             QRegularExpression::escape(cluster->name)))
                     .match(doc)
                     .hasMatch(),
                 qPrintable(doc));
        QVERIFY(!m_exported.contains(QStringLiteral("status:")));
        QVERIFY(!m_exported.contains(QStringLiteral("k8s:")));
        m_driver.screenshot(QStringLiteral("manifests-export"));

        // The same pools for Terraform, chosen in the format box.
        QQuickItem* format = m_driver.find(QStringLiteral("exportFormat"));
        format->setProperty("currentIndex", 1);
        QVERIFY(QMetaObject::invokeMethod(format, "activated", Q_ARG(int, 1)));
        QCOMPARE(m_export->exportFormat(), app::ManifestExportController::Terraform);
        QCOMPARE(m_export->exportText().count(
                     QStringLiteral("resource \"digitalocean_kubernetes_node_pool\"")),
                 cluster->pools.size());
        QVERIFY(!m_driver.find(QStringLiteral("exportIncludeStatus"))->isVisible());
        m_driver.screenshot(QStringLiteral("manifests-export-terraform"));
        format->setProperty("currentIndex", 0);
        QVERIFY(QMetaObject::invokeMethod(format, "activated", Q_ARG(int, 0)));
        QCOMPARE(m_export->exportText(), m_exported);

        // status.outputs only on request.
        QVERIFY(QMetaObject::invokeMethod(m_driver.find(QStringLiteral("exportIncludeStatus")),
                                          "toggle"));
        QMetaObject::invokeMethod(m_driver.find(QStringLiteral("exportIncludeStatus")), "toggled");
        QVERIFY(m_export->exportText().contains(QStringLiteral("nodePoolId: %1").arg(first.id)));
        m_export->setIncludeStatus(false);

        const QString file = m_dir.filePath(QStringLiteral("cluster.yaml"));
        QVERIFY(m_export->saveExportFile(QUrl::fromLocalFile(file)));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), m_exported);
        QVERIFY(m_driver.find(QStringLiteral("exportMessage"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("cluster.yaml")));

        // One file per pool, each a manifest of its own.
        const QString folder = m_dir.filePath(QStringLiteral("pools"));
        QVERIFY(m_export->exportFilesThatExist(QUrl::fromLocalFile(folder)).isEmpty());
        QVERIFY(m_export->saveExportFolder(QUrl::fromLocalFile(folder)));
        QCOMPARE(m_export->exportFilesThatExist(QUrl::fromLocalFile(folder)).size(),
                 cluster->pools.size());
        QVERIFY(QFile::exists(folder + u'/' + m_poolName + QStringLiteral(".yaml")));
    }

    void importingTheExportPlansNothing()
    {
        QVERIFY(m_driver.click(QStringLiteral("importTabButton")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("manifestImportTab"))->isVisible());
        QVERIFY(m_import->loadImportFiles(
            {QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("cluster.yaml")))}));
        QCOMPARE(m_import->importErrorCount(), 0);
        QCOMPARE(m_import->importPoolCount(), m_workspace->currentCluster()->pools.size());
        QVERIFY(m_driver.click(QStringLiteral("importPlanButton")));
        QTRY_VERIFY(planDialogOpen());
        QVERIFY(!m_plan->hasChanges());
        QVERIFY(!m_driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        closePlanDialog();

        // A folder of one file per pool reads the same.
        QVERIFY(m_import->loadImportFolder(
            QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("pools")))));
        QCOMPARE(m_import->importErrorCount(), 0);
        QCOMPARE(m_import->importPoolCount(), m_workspace->currentCluster()->pools.size());
    }

    void aChangedCountAndTaintPlanExactlyThoseAndApply()
    {
        const core::NodePool* pool = nullptr;
        for (const core::NodePool& p : m_workspace->currentCluster()->pools)
            if (p.spec.name == m_poolName)
                pool = &p;
        QVERIFY(pool);
        const int count = pool->spec.count;
        const QString doc = documentOf(m_exported, m_poolName);
        QString changed = doc;
        changed.replace(QStringLiteral("nodeCount: %1\n").arg(count),
                        QStringLiteral("nodeCount: %1\n").arg(count + 1));
        changed += QStringLiteral("  taints:\n"
                                  "    - key: dedicated\n"
                                  "      value: batch\n"
                                  "      effect: NoSchedule\n");
        QString yaml = m_exported;
        yaml.replace(doc, changed);
        typeImport(yaml);
        QCOMPARE(m_import->importErrorCount(), 0);

        QVERIFY(m_driver.click(QStringLiteral("importPlanButton")));
        QTRY_VERIFY(planDialogOpen());
        QVERIFY(m_plan->hasChanges());
        const core::ManifestPlan& plan = m_plan->plan();
        QCOMPARE(plan.operationCount(), 1);
        const core::PlanOperation& op = plan.clusters.first().plan.operations.first();
        QCOMPARE(op.kind, core::OperationKind::Update);
        QCOMPARE(op.poolName, m_poolName);
        QStringList fields;
        for (const core::FieldChange& change : op.changes)
            fields << change.field;
        QCOMPARE(fields, QStringList({QStringLiteral("nodeCount"), QStringLiteral("taints")}));
        QVERIFY(m_plan->planText().contains(m_poolName));
        m_driver.screenshot(QStringLiteral("manifests-plan"));

        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QVERIFY(advanceUntil([&] { return m_plan->finished(); }));
        QVERIFY2(m_plan->succeeded(), qPrintable(m_plan->resultText()));
        const auto held = simulator().poolByName(m_clusterId, m_poolName);
        QVERIFY(held);
        QCOMPARE(held->count, count + 1);
        QCOMPARE(held->taints.size(), 1);
        QCOMPARE(held->taints.first().key, QStringLiteral("dedicated"));
        QCOMPARE(held->taints.first().value, QStringLiteral("batch"));
        QCOMPARE(held->taints.first().effect, QStringLiteral("NoSchedule"));
        closePlanDialog();
        QTRY_VERIFY(!m_workspace->loading());

        // Planned again against what now runs: nothing left to do.
        QVERIFY(m_driver.click(QStringLiteral("importPlanButton")));
        QTRY_VERIFY(planDialogOpen());
        QVERIFY(!m_plan->hasChanges());
        closePlanDialog();
    }

    void anInvalidFileShowsItsErrorAtTheRightLine()
    {
        const QString file = m_dir.filePath(QStringLiteral("invalid.yaml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                                 "kind: DigitalOceanKubernetesNodePool\n"
                                 "metadata:\n  name: batch\n"
                                 "spec:\n  nodePoolName: batch\n"
                                 "  cluster:\n    value: %1\n"
                                 "  size: s-2vcpu-4gb\n  nodeCount: 2\n"
                                 "  taints:\n    - key: dedicated\n      effect: NoWhere\n")
                      .arg(m_clusterId)
                      .toUtf8());
        out.close();
        QVERIFY(m_import->loadImportFiles({QUrl::fromLocalFile(file)}));
        QCOMPARE(m_import->importErrorCount(), 1);
        const QVariantMap problem = m_import->importProblems().first().toMap();
        QCOMPARE(problem.value(QStringLiteral("path")).toString(),
                 QStringLiteral("spec.taints[0].effect"));
        // Line 13 of the file; the joined text has a "# source:" line before it.
        QCOMPARE(problem.value(QStringLiteral("where")).toString().left(16),
                 QStringLiteral("invalid.yaml:13:"));
        QCOMPARE(m_import->errorMarks().first().toMap().value(QStringLiteral("line")).toInt(), 14);
        QVERIFY(m_driver.find(QStringLiteral("importProblem_0")));
        QVERIFY(!m_driver.find(QStringLiteral("importPlanButton"))->isEnabled());
        QVERIFY(!m_import->planImport(m_plan));
        // Clicking the problem puts the cursor on it.
        QVERIFY(m_driver.click(QStringLiteral("importProblem_0")));
        QTRY_COMPARE(
            m_driver.find(QStringLiteral("importText"))->property("cursorPosition").toInt(),
            m_import->importOffset(14, problem.value(QStringLiteral("column")).toInt()));
        m_driver.screenshot(QStringLiteral("manifests-import-error"));
    }

    void aFailureStopsTheRestAndSaysWhatWasApplied()
    {
        // One more node in a pool of each of the three demo clusters; the
        // second cluster refuses the change.
        QCOMPARE(m_workspace->allClusters().size(), 3);
        m_export->selectForExport(QStringLiteral("all"));
        QString yaml = m_export->exportText();
        QList<std::pair<QString, core::NodePool>> targets;
        for (const core::Cluster& cluster : m_workspace->allClusters()) {
            const core::NodePool* pool = fixedPool(cluster);
            QVERIFY(pool);
            targets.append({cluster.id, *pool});
            const QString doc = documentOf(yaml, pool->spec.name, cluster.id);
            QVERIFY(!doc.isEmpty());
            QString changed = doc;
            changed.replace(QStringLiteral("nodeCount: %1\n").arg(pool->spec.count),
                            QStringLiteral("nodeCount: %1\n").arg(pool->spec.count + 1));
            yaml.replace(doc, changed);
        }
        typeImport(yaml);
        QCOMPARE(m_import->importErrorCount(), 0);
        sim::FaultRule refuse;
        refuse.method = QStringLiteral("PUT");
        refuse.path =
            QStringLiteral("/v2/kubernetes/clusters/%1/node_pools/*").arg(targets.at(1).first);
        refuse.status = 422;
        refuse.times = 0;
        simulator().addFault(refuse);

        QVERIFY(m_driver.click(QStringLiteral("importPlanButton")));
        QTRY_VERIFY(planDialogOpen());
        QCOMPARE(m_plan->plan().clusters.size(), 3);
        QCOMPARE(m_plan->plan().operationCount(), 3);
        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QVERIFY(advanceUntil([&] { return m_plan->finished(); }));
        QVERIFY(!m_plan->succeeded());
        QVERIFY2(m_plan->resultText().contains(QStringLiteral("422")),
                 qPrintable(m_plan->resultText()));
        const QString log = m_plan->log().join(u'\n');
        QVERIFY2(log.contains(QStringLiteral("✓ update %1 (").arg(targets.at(0).second.spec.name)),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("✗ update %1 (").arg(targets.at(1).second.spec.name)),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("· update %1 (%2): not sent")
                                  .arg(targets.at(2).second.spec.name,
                                       m_workspace->allClusters().at(2).name)),
                 qPrintable(log));
        m_driver.screenshot(QStringLiteral("manifests-apply-failed"));
        for (int i = 0; i < 3; ++i) {
            const auto held =
                simulator().poolByName(targets.at(i).first, targets.at(i).second.spec.name);
            QVERIFY(held);
            QCOMPARE(held->count, targets.at(i).second.spec.count + (i == 0 ? 1 : 0));
        }
        simulator().clearFaults();
        closePlanDialog();
        QTRY_VERIFY(!m_workspace->loading());
    }

    void aSizeChangePlansAReplacement()
    {
        QString doc = documentOf(m_exported, m_poolName);
        const QRegularExpression size(QStringLiteral("size: (\\S+)\n"));
        const QString oldSize = size.match(doc).captured(1);
        QVERIFY(!oldSize.isEmpty());
        const QString newSize = oldSize == u"s-4vcpu-8gb" ? QStringLiteral("s-2vcpu-4gb")
                                                          : QStringLiteral("s-4vcpu-8gb");
        doc.replace(QStringLiteral("size: %1\n").arg(oldSize),
                    QStringLiteral("size: %1\n").arg(newSize));
        typeImport(doc);
        QCOMPARE(m_import->importErrorCount(), 0);
        QVERIFY(m_driver.click(QStringLiteral("importPlanButton")));
        QTRY_VERIFY(planDialogOpen());
        const core::ManifestPlan& plan = m_plan->plan();
        QCOMPARE(plan.operationCount(), 1);
        QCOMPARE(plan.clusters.first().plan.operations.first().kind, core::OperationKind::Replace);
        QVERIFY(m_plan->destructive());
        QVERIFY(!m_driver.find(QStringLiteral("planApplyButton"))->isEnabled());
        closePlanDialog();
        QCOMPARE(simulator().poolByName(m_clusterId, m_poolName)->size, oldSize);
    }

    // --- the file buttons: a real click opens the system's dialog; the test then
    // answers it as a user would (a file or folder chosen, Save or Open) ----------
    // The choice is made before the dialog opens, which preselects it (the
    // non-native dialog takes a file only then); Accept then answers with it.
    QObject* openedDialog(const QString& button, const QString& dialog, const char* choice,
                          const QUrl& chosen)
    {
        QObject* found = m_driver.find<QObject>(dialog);
        if (!found)
            return nullptr;
        found->setProperty(choice, chosen);
        if (qstrcmp(choice, "selectedFolder") == 0) // a folder dialog opens on its current one
            found->setProperty("currentFolder", chosen);
        if (!m_driver.click(button))
            return nullptr;
        if (!QTest::qWaitFor([&] { return found->property("visible").toBool(); }, 5000))
            return nullptr;
        // A folder dialog starts with no folder chosen, in its current one:
        // the user picks that one.
        if (qstrcmp(choice, "selectedFolder") == 0)
            found->setProperty(choice, chosen);
        // A SaveFileDialog proposes its own name as it opens: its answer is
        // the file the user chose instead.
        if (found->property("answer").isValid())
            found->setProperty("answer", chosen);
        return found;
    }

    void theFileButtonsSaveAndOpenThroughTheirDialogs()
    {
        QObject* drawer = m_driver.find<QObject>(QStringLiteral("manifestDrawer"));
        if (!drawer->property("opened").toBool())
            QVERIFY(m_driver.click(QStringLiteral("manifestsButton")));
        QTRY_VERIFY(drawer->property("opened").toBool());
        QVERIFY(m_driver.click(QStringLiteral("exportTabButton")));
        QVERIFY(m_driver.click(QStringLiteral("exportThisCluster")));
        const QString exported = m_export->exportText();
        QVERIFY(!exported.isEmpty());
        // A dialog closed on no name saves nothing anywhere.
        for (const QUrl& nothing : {QUrl(), QUrl(QStringLiteral(".yaml")),
                                    QUrl::fromLocalFile(m_dir.filePath(QStringLiteral(".yaml")))})
            QVERIFY2(!m_export->saveExportFile(nothing), qPrintable(nothing.toString()));
        QVERIFY(!m_export->saveExportFolder(QUrl()));
        QVERIFY(m_export->exportMessage().contains(u"Choose a folder"));

        // Save as one file...
        const QString file = m_dir.filePath(QStringLiteral("chosen.yaml"));
        QObject* save =
            openedDialog(QStringLiteral("exportSaveFileButton"), QStringLiteral("exportFileDialog"),
                         "selectedFile", QUrl::fromLocalFile(file));
        QVERIFY2(save, "Save as one file did not open its dialog");
        QVERIFY(QMetaObject::invokeMethod(save, "accept"));
        QTRY_VERIFY(QFile::exists(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), exported);

        // ...and one file per pool, in a folder chosen in the folder dialog.
        const QString perPool = m_dir.filePath(QStringLiteral("chosen-folder"));
        QVERIFY(QDir().mkpath(perPool));
        QObject* folder = openedDialog(QStringLiteral("exportSaveFolderButton"),
                                       QStringLiteral("exportFolderDialog"), "selectedFolder",
                                       QUrl::fromLocalFile(perPool));
        QVERIFY2(folder, "Save one file per pool did not open its dialog");
        QVERIFY(QMetaObject::invokeMethod(folder, "accept"));
        QTRY_VERIFY(QFile::exists(perPool + u'/' + m_poolName + QStringLiteral(".yaml")));

        // Open files... brings the saved file into the import text.
        QVERIFY(m_driver.click(QStringLiteral("importTabButton")));
        QVERIFY(m_driver.click(QStringLiteral("importClearButton")));
        QObject* open = openedDialog(QStringLiteral("importOpenFilesButton"),
                                     QStringLiteral("importFilesDialog"), "selectedFile",
                                     QUrl::fromLocalFile(file));
        QVERIFY2(open, "Open files did not open its dialog");
        QVERIFY(QMetaObject::invokeMethod(open, "accept"));
        QTRY_VERIFY(m_import->importText().contains(m_poolName));
        const QString summary =
            m_driver.find(QStringLiteral("importSummary"))->property("text").toString();
        QVERIFY2(summary.contains(QStringLiteral("%1 pool(s) ready")
                                      .arg(m_workspace->currentCluster()->pools.size())),
                 qPrintable(summary));

        // Open folder... reads every manifest in it.
        QVERIFY(m_driver.click(QStringLiteral("importClearButton")));
        QObject* openFolder = openedDialog(QStringLiteral("importOpenFolderButton"),
                                           QStringLiteral("importFolderDialog"), "selectedFolder",
                                           QUrl::fromLocalFile(perPool));
        QVERIFY2(openFolder, "Open folder did not open its dialog");
        QVERIFY(QMetaObject::invokeMethod(openFolder, "accept"));
        QTRY_COMPARE(m_import->importText().count(u"kind: DigitalOceanKubernetesNodePool"),
                     m_workspace->currentCluster()->pools.size());
    }

    // --- the tabs' buttons, clicked with the mouse ------------------------------
    // (Save and Open themselves open Qt's file dialogs, which crash when opened
    // offscreen in Qt 6.4: what they call is tested above.)

    void theTabsButtonsSelectCopyPasteAndClear()
    {
        auto* drawer = m_driver.find<QObject>(QStringLiteral("manifestDrawer"));
        if (!drawer->property("opened").toBool())
            QVERIFY(m_driver.click(QStringLiteral("manifestsButton")));
        QTRY_VERIFY(drawer->property("opened").toBool());
        QVERIFY(m_driver.click(QStringLiteral("exportTabButton")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("manifestExportTab"))->isVisible());
        m_export->setExportFormat(app::ManifestExportController::Yaml);

        int everyPool = 0;
        for (const core::Cluster& cluster : m_workspace->allClusters())
            everyPool += int(cluster.pools.size());
        QVERIFY(m_driver.click(QStringLiteral("exportEverything")));
        QTRY_COMPARE(int(m_export->exportPools()->checkedCount()), everyPool);
        QVERIFY(m_driver.click(QStringLiteral("exportNone")));
        QTRY_COMPARE(int(m_export->exportPools()->checkedCount()), 0);
        QVERIFY(m_driver.click(QStringLiteral("exportThisCluster")));
        const int pools = int(m_workspace->currentCluster()->pools.size());
        QTRY_COMPARE(int(m_export->exportPools()->checkedCount()), pools);

        QGuiApplication::clipboard()->clear();
        QVERIFY(m_driver.click(QStringLiteral("exportCopyButton")));
        const QString yaml = m_export->exportText();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), yaml);

        QVERIFY(m_driver.click(QStringLiteral("importTabButton")));
        QTRY_VERIFY(m_driver.find(QStringLiteral("manifestImportTab"))->isVisible());
        QVERIFY(m_driver.click(QStringLiteral("importClearButton")));
        QTRY_VERIFY(m_import->importText().isEmpty());
        QCOMPARE(m_import->importPoolCount(), 0);
        QVERIFY(m_driver.click(QStringLiteral("importPasteButton"))); // what Copy put there
        QTRY_COMPARE(m_import->importText(), yaml);
        QCOMPARE(m_import->importPoolCount(), pools);
        QCOMPARE(m_import->importErrorCount(), 0);
        QVERIFY(m_driver.click(QStringLiteral("importClearButton")));
        QTRY_VERIFY(m_import->importText().isEmpty());
    }
};

QTEST_MAIN(ManifestsTest)
#include "tst_manifests.moc"
