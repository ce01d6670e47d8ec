// Drift through the real DriftPanel.qml against the demo simulator (issue 8):
// a folder of manifests exported from live is in sync; a changed count and
// taint show as exactly those two changes for that pool; applying the
// manifest through the PlanDialog makes the simulator hold them; rewriting a
// manifest from live leaves the file's other documents alone and checks in
// sync; its confirmation takes Esc and Enter (DialogKeys). The panel is hosted standalone, as the
// manifests page embeds it.
#include "api/doclient.h"
#include "app/drift/driftcontroller.h"
#include "app/plan/plancontroller.h"
#include "app/shell/colors.h"
#include "app/shell/workspace.h"
#include "core/manifest.h"
#include "core/replacementname.h"
#include "demo/demobackend.h"
#include "modeltester.h"
#include "sim/simulator.h"
#include "windowdriver.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

// The panel as the manifests page will hold it, with the PlanDialog the page
// opens when the panel asks for it.
const QByteArray HostQml = R"(
import QtQuick
import QtQuick.Controls
import PoolStudio

ApplicationWindow {
    id: window
    width: 1040
    height: 620
    visible: true
    required property DriftController drift
    required property PlanController plan

    DriftPanel {
        id: panel
        anchors.fill: parent
        anchors.margins: 12
        controller: window.drift
        planController: window.plan
        onPlanRequested: planDialog.open()
    }
    PlanDialog {
        id: planDialog
        controller: window.plan
    }
    Component.onCompleted: Colors.applyTheme(palette)
}
)";

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// `yaml` with `from` replaced by `to` in the document of pool `pool` only.
QByteArray editPool(QByteArray yaml, const QString& pool, const QString& from, const QString& to)
{
    const qsizetype start = yaml.indexOf("nodePoolName: " + pool.toUtf8() + '\n');
    const qsizetype at = start < 0 ? -1 : yaml.indexOf(from.toUtf8(), start);
    if (at < 0)
        qFatal("%s not found in pool %s", qPrintable(from), qPrintable(pool));
    return yaml.replace(at, from.toUtf8().size(), to.toUtf8());
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class DriftPanelTest : public QObject
{
    Q_OBJECT

    demo::DemoBackend m_demo;
    api::DoClient m_client;
    std::unique_ptr<app::Workspace> m_workspace;
    std::unique_ptr<app::PlanController> m_plan;
    std::unique_ptr<app::DriftController> m_drift;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    WindowDriver m_driver;
    QTemporaryDir m_dir;
    QString m_file; // every pool of the first cluster, one document each
    QString m_clusterId;
    QString m_clusterName;
    QString m_poolName = QStringLiteral("default-pool"); // fixed count, no taints
    int m_count = 0;

    sim::Simulator& simulator() { return *m_demo.simulator(); }

    bool advanceUntil(const std::function<bool()>& done)
    {
        return QTest::qWaitFor(
            [&] {
                simulator().clock().advance(5);
                return done();
            },
            20'000);
    }

    // A refresh of the live pools, as the workspace's timer makes them.
    void refreshWorkspace()
    {
        m_workspace->refresh();
        QTRY_VERIFY(!m_workspace->loading());
    }

    const core::Cluster& cluster() const
    {
        for (const core::Cluster& c : m_workspace->allClusters())
            if (c.id == m_clusterId)
                return c;
        qFatal("the cluster went away");
    }

    const core::NodePool& livePool(const QString& name) const
    {
        for (const core::NodePool& pool : cluster().pools)
            if (pool.spec.name == name)
                return pool;
        qFatal("no pool %s", qPrintable(name));
    }

    QStringList rowChanges(const QString& pool) const
    {
        app::DriftListModel* model = m_drift->entries();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->data(model->index(row), app::DriftListModel::PoolNameRole) == pool)
                return model->data(model->index(row), app::DriftListModel::ChangesRole)
                    .toStringList();
        return {};
    }

    int rowOf(const QString& pool) const
    {
        app::DriftListModel* model = m_drift->entries();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->data(model->index(row), app::DriftListModel::PoolNameRole) == pool)
                return row;
        return -1;
    }

    bool shown(const QString& objectName) const
    {
        QQuickItem* item = m_driver.find(objectName);
        return item && item->isVisible();
    }

    bool isOpen(const QString& objectName) const
    {
        QObject* popup = m_driver.find<QObject>(objectName);
        return popup && popup->property("opened").toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        app::Colors::setTheme(qEnvironmentVariable("POOLSTUDIO_THEME", QStringLiteral("light")));
        QVERIFY2(m_demo.start(), qPrintable(m_demo.errorText()));
        simulator().clock().setManual();
        m_client.setBaseUrl(m_demo.baseUrl());
        m_client.setToken(m_demo.token());
        m_workspace = std::make_unique<app::Workspace>(&m_client, true);
        m_plan = std::make_unique<app::PlanController>();
        m_plan->setWorkspace(m_workspace.get());
        m_drift = std::make_unique<app::DriftController>();
        m_drift->setWorkspace(m_workspace.get());
        watchModel(m_drift->entries(), this);

        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(m_engine.get());
        component.setData(HostQml, QUrl(QStringLiteral("qrc:/tst_driftpanel.qml")));
        m_window.reset(qobject_cast<QQuickWindow*>(component.createWithInitialProperties(
            {{QStringLiteral("drift"), QVariant::fromValue(m_drift.get())},
             {QStringLiteral("plan"), QVariant::fromValue(m_plan.get())}})));
        QVERIFY2(m_window, qPrintable(component.errorString()));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_driver.setWindow(m_window.get());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset(); // before the controllers its bindings read
    }

    void aCheckBeforeTheLivePoolsHaveLoadedWaitsForThem()
    {
        // Nothing loaded yet: checking now would call every manifest unresolved.
        writeFile(m_dir.filePath(QStringLiteral("probe.yaml")), QByteArray());
        QVERIFY(m_drift->check(m_dir.path()));
        QVERIFY(m_drift->busy());
        QVERIFY(!m_drift->checked());
        m_workspace->refresh();
        QTRY_VERIFY(m_workspace->loaded());
        QTRY_VERIFY(m_drift->checked());
        QVERIFY(!m_drift->busy());
        QFile::remove(m_dir.filePath(QStringLiteral("probe.yaml")));
    }

    void aChangedCountAndTaintShowExactlyThoseTwoChanges()
    {
        const core::Cluster& first = m_workspace->allClusters().first();
        m_clusterId = first.id;
        m_clusterName = first.name;
        m_count = livePool(m_poolName).spec.count;

        // The cluster exported as one file, behind a header a person wrote.
        QList<core::manifest::PoolManifest> manifests;
        for (const core::NodePool& pool : first.pools) {
            core::manifest::PoolManifest manifest = core::manifest::fromPool(pool);
            manifest.status = {};
            if (pool.spec.name == m_poolName) {
                manifest.spec.count = m_count + 1;
                manifest.spec.taints = {{QStringLiteral("dedicated"), QStringLiteral("batch"),
                                         QStringLiteral("NoSchedule")}};
            }
            // The autoscaler's choice (live 2) against the declared 4: not drift.
            if (pool.spec.autoScale)
                manifest.spec.count = pool.spec.maxNodes - 2;
            manifests << manifest;
        }
        core::manifest::WriteOptions options;
        options.clusterNames = {{first.id, first.name}};
        m_file = m_dir.filePath(QStringLiteral("prod.yaml"));
        QVERIFY(writeFile(m_file, "# the prod pools, as reviewed\n" +
                                      core::manifest::writeAll(manifests, options)));

        m_driver.type(QStringLiteral("driftFolderField"), m_dir.path());
        QVERIFY(m_driver.click(QStringLiteral("driftCheckButton")));
        QTRY_VERIFY(m_drift->checked());
        QVERIFY2(m_drift->errorText().isEmpty(), qPrintable(m_drift->errorText()));
        QCOMPARE(m_drift->folder(), m_dir.path());
        const int pools = int(first.pools.size());
        QCOMPARE(m_drift->differsCount(), 1);
        QCOMPARE(m_drift->inSyncCount(), pools - 1);
        QCOMPARE(m_drift->notLiveCount() + m_drift->unresolvedCount() + m_drift->invalidCount() +
                     m_drift->liveOnlyCount(),
                 0);
        QCOMPARE(m_drift->summaryText(),
                 QStringLiteral("%1 pools in sync, 1 differs").arg(pools - 1));
        QCOMPARE(m_driver.find(QStringLiteral("driftSummary"))->property("text").toString(),
                 m_drift->summaryText());

        // Only what differs is listed, with exactly its two changes.
        QCOMPARE(m_drift->entries()->rowCount(), 1);
        QCOMPARE(rowChanges(m_poolName),
                 QStringList({QStringLiteral("nodeCount: %1 → %2").arg(m_count).arg(m_count + 1),
                              QStringLiteral("taints: (none) → dedicated=batch:NoSchedule")}));
        // The view makes its delegates on its next polish.
        QTRY_VERIFY(shown(QStringLiteral("driftApplyButton_") + m_poolName));
        QVERIFY(shown(QStringLiteral("driftRewriteButton_") + m_poolName));
        QCOMPARE(
            m_driver.find(QStringLiteral("driftStatus_") + m_poolName)->property("text").toString(),
            QStringLiteral("differs"));
        m_driver.screenshot(QStringLiteral("drift-panel"));

        // The pools in sync are there when asked for.
        m_drift->setShowInSync(true);
        QCOMPARE(m_drift->entries()->rowCount(), pools);
        m_drift->setShowInSync(false);
        QCOMPARE(m_drift->entries()->rowCount(), 1);
    }

    void applyingTheManifestMakesTheSimulatorHoldIt()
    {
        QSignalSpy requested(m_driver.find(QStringLiteral("driftPanel")), SIGNAL(planRequested()));
        QVERIFY(m_driver.click(QStringLiteral("driftApplyButton_") + m_poolName));
        QCOMPARE(requested.size(), 1);
        QTRY_VERIFY(isOpen(QStringLiteral("planDialog")));
        const core::ManifestPlan& plan = m_plan->plan();
        QCOMPARE(plan.operationCount(), 1);
        const core::PlanOperation& op = plan.clusters.first().plan.operations.first();
        QCOMPARE(op.kind, core::OperationKind::Update);
        QCOMPARE(op.poolName, m_poolName);
        QCOMPARE(op.changes.size(), 2);
        QVERIFY(m_plan->title().contains(QStringLiteral("prod.yaml")));
        m_driver.screenshot(QStringLiteral("drift-plan"));

        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QVERIFY(advanceUntil([&] { return m_plan->finished(); }));
        QVERIFY2(m_plan->succeeded(), qPrintable(m_plan->resultText()));
        const auto held = simulator().poolByName(m_clusterId, m_poolName);
        QVERIFY(held);
        QCOMPARE(held->count, m_count + 1);
        QCOMPARE(held->taints.size(), 1);
        QCOMPARE(held->taints.first().key, QStringLiteral("dedicated"));
        QCOMPARE(held->taints.first().value, QStringLiteral("batch"));
        QCOMPARE(held->taints.first().effect, QStringLiteral("NoSchedule"));
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(!isOpen(QStringLiteral("planDialog")));

        // The next refresh checks again by itself: everything in sync.
        refreshWorkspace();
        QTRY_COMPARE(m_drift->differsCount(), 0);
        QCOMPARE(m_drift->inSyncCount(), int(cluster().pools.size()));
        QCOMPARE(m_drift->entries()->rowCount(), 0);
        QCOMPARE(m_driver.find(QStringLiteral("driftSummary"))->property("text").toString(),
                 QStringLiteral("%1 pools in sync").arg(cluster().pools.size()));
    }

    void rewritingFromLiveChangesOnlyThatDocument()
    {
        // Someone edits the file: more nodes, a label, and a comment.
        const QByteArray before = readFile(m_file);
        const QByteArray edited =
            editPool(before, m_poolName, QStringLiteral("nodeCount: %1\n").arg(m_count + 1),
                     QStringLiteral("nodeCount: %1 # more for the launch\n"
                                    "  labels:\n    tier: launch\n")
                         .arg(m_count + 3));
        QVERIFY(writeFile(m_file, edited));
        QVERIFY(m_drift->check());
        QCOMPARE(m_drift->differsCount(), 1);
        QCOMPARE(
            rowChanges(m_poolName),
            QStringList({QStringLiteral("nodeCount: %1 → %2").arg(m_count + 1).arg(m_count + 3),
                         QStringLiteral("labels.tier: (none) → launch")}));

        QTRY_VERIFY(shown(QStringLiteral("driftRewriteButton_") + m_poolName));
        QVERIFY(m_driver.click(QStringLiteral("driftRewriteButton_") + m_poolName));
        QTRY_VERIFY(isOpen(QStringLiteral("driftRewriteConfirm")));
        QVERIFY(m_driver.find(QStringLiteral("driftRewriteConfirmText"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("prod.yaml")));
        m_driver.screenshot(QStringLiteral("drift-rewrite-confirm"));
        QVERIFY(m_driver.click(QStringLiteral("driftRewriteConfirmButton")));
        QTRY_VERIFY(!isOpen(QStringLiteral("driftRewriteConfirm")));

        QVERIFY2(m_drift->errorText().isEmpty(), qPrintable(m_drift->errorText()));
        QCOMPARE(m_drift->differsCount(), 0);
        QCOMPARE(m_drift->inSyncCount(), int(cluster().pools.size()));
        QVERIFY(m_drift->message().contains(QStringLiteral("prod.yaml")));
        // The file is what it was before the edit: the other documents and the
        // header untouched, this one written from live with the cluster's name.
        const QByteArray after = readFile(m_file);
        QCOMPARE(after, before);
        QVERIFY(after.startsWith("# the prod pools, as reviewed\n"));
        QVERIFY(after.contains(
            QStringLiteral("value: %1  # %2\n").arg(m_clusterId, m_clusterName).toUtf8()));
        QVERIFY(!after.contains("more for the launch"));
    }

    void aRewriteThatCannotBeDoneLeavesTheFileAlone()
    {
        // Drift again, then the file changes under the check's feet.
        const QByteArray original = readFile(m_file);
        const QByteArray edited =
            editPool(original, m_poolName, QStringLiteral("nodeCount: %1\n").arg(m_count + 1),
                     QStringLiteral("nodeCount: %1\n").arg(m_count + 2));
        QVERIFY(writeFile(m_file, edited));
        QVERIFY(m_drift->check());
        const int row = rowOf(m_poolName);
        QVERIFY(row >= 0);
        const QByteArray later =
            editPool(edited, m_poolName, QStringLiteral("nodeCount: %1\n").arg(m_count + 2),
                     QStringLiteral("nodeCount: %1\n").arg(m_count + 4));
        QVERIFY(writeFile(m_file, later));
        QVERIFY(!m_drift->rewriteFromLive(row));
        QVERIFY2(m_drift->errorText().contains(QStringLiteral("check again")),
                 qPrintable(m_drift->errorText()));
        QCOMPARE(readFile(m_file), later);
        QTRY_VERIFY(shown(QStringLiteral("driftError")));
        QVERIFY(writeFile(m_file, original));
        QVERIFY(m_drift->check());
        QCOMPARE(m_drift->differsCount(), 0);
    }

    void otherStatusesShowWithTheirReasons()
    {
        QTemporaryDir dir;
        const core::NodePool& web = livePool(QStringLiteral("web"));
        core::manifest::PoolManifest fresh = core::manifest::fromPool(web);
        fresh.status = {};
        fresh.metadataName = fresh.spec.name = QStringLiteral("fresh");
        core::manifest::PoolManifest elsewhere = fresh;
        elsewhere.metadataName = elsewhere.spec.name = QStringLiteral("elsewhere");
        elsewhere.spec.cluster.value = QStringLiteral("no-such-cluster");
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("a-fresh.yaml")), core::manifest::write(fresh)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b-elsewhere.yml")),
                          core::manifest::write(elsewhere)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c-broken.yaml")), "spec: [unclosed\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a manifest"));
        QVERIFY(m_drift->check(QUrl::fromLocalFile(dir.path()).toString()));
        QCOMPARE(m_drift->fileCount(), 3);
        QCOMPARE(m_drift->notLiveCount(), 1);
        QCOMPARE(m_drift->unresolvedCount(), 1);
        QCOMPARE(m_drift->invalidCount(), 1);
        // Every pool of prod but none named here is live only.
        QCOMPARE(m_drift->liveOnlyCount(), int(cluster().pools.size()));
        QCOMPARE(m_drift->summaryText(),
                 QStringLiteral("1 not live, 1 with an unknown cluster, 1 invalid, %1 live pools "
                                "without a manifest")
                     .arg(cluster().pools.size()));
        app::DriftListModel* model = m_drift->entries();
        QCOMPARE(model->data(model->index(0), app::DriftListModel::StatusRole).toInt(),
                 int(app::DriftListModel::NotLive));
        QVERIFY(model->data(model->index(0), app::DriftListModel::CanApplyRole).toBool());
        QVERIFY(!model->data(model->index(0), app::DriftListModel::CanRewriteRole).toBool());
        QVERIFY(model->data(model->index(1), app::DriftListModel::ReasonRole)
                    .toString()
                    .contains(QStringLiteral("no-such-cluster")));
        QVERIFY(model->data(model->index(2), app::DriftListModel::WhereRole)
                    .toString()
                    .startsWith(QStringLiteral("c-broken.yaml:")));
        m_driver.screenshot(QStringLiteral("drift-statuses"));

        // Applying a manifest that is not live plans its creation.
        QVERIFY(m_drift->planApply(0, m_plan.get()));
        QCOMPARE(m_plan->plan().clusters.first().plan.operations.first().kind,
                 core::OperationKind::Create);
        // Applying all takes every manifest that would change something: here that one.
        QVERIFY(m_drift->planApplyAll(m_plan.get()));
        QCOMPARE(m_plan->plan().operationCount(), 1);
        QCOMPARE(m_plan->title(), QStringLiteral("Apply 1 manifest"));
        // A folder that is not there says so.
        QVERIFY(!m_drift->check(dir.filePath(QStringLiteral("missing"))));
        QVERIFY(m_drift->errorText().contains(QStringLiteral("does not exist")));
    }

    void aBlueGreenReplacementIsRewrittenFromItsNewPool()
    {
        QTemporaryDir dir;
        const core::NodePool old = livePool(QStringLiteral("web"));
        core::manifest::PoolManifest declared = core::manifest::fromPool(old);
        declared.status = {};
        const QString file = dir.filePath(QStringLiteral("web.yaml"));
        QVERIFY(writeFile(file, core::manifest::write(declared)));

        // The size change as PlanRunner makes it: the new pool first, then the
        // old one deleted once the new nodes run.
        QStringList taken;
        for (const core::NodePool& pool : cluster().pools)
            taken << pool.spec.name;
        core::NodePoolSpec spec = old.spec;
        spec.size = QStringLiteral("s-2vcpu-4gb");
        spec.name = core::proposeReplacementName(old.spec.name, old.spec.size, spec.size, taken);
        QCOMPARE(spec.name, QStringLiteral("web-s-2vcpu-4gb"));
        std::optional<api::ApiError> created;
        QObject context;
        m_client.createNodePool(
            m_clusterId, spec, &context,
            [&](const core::NodePool&, const api::ApiError& e) { created = e; });
        QTRY_VERIFY(created.has_value());
        QVERIFY2(!created->isError(), qPrintable(created->humanText()));
        std::optional<api::ApiError> deleted;
        m_client.deleteNodePool(m_clusterId, old.id, &context,
                                [&](const api::ApiError& e) { deleted = e; });
        QTRY_VERIFY(deleted.has_value());
        QVERIFY(advanceUntil([&] { return !simulator().poolByName(m_clusterId, old.spec.name); }));
        refreshWorkspace();

        QVERIFY(m_drift->check(QUrl::fromLocalFile(dir.path()).toString()));
        const int row = rowOf(QStringLiteral("web"));
        QVERIFY(row >= 0);
        app::DriftListModel* model = m_drift->entries();
        const QModelIndex index = model->index(row);
        QCOMPARE(model->data(index, app::DriftListModel::StatusRole).toInt(),
                 int(app::DriftListModel::NotLive));
        // Applying would make the old pool again: only the rewrite is offered.
        QVERIFY(!model->data(index, app::DriftListModel::CanApplyRole).toBool());
        QVERIFY(model->data(index, app::DriftListModel::CanRewriteRole).toBool());
        QVERIFY(model->data(index, app::DriftListModel::NotesRole)
                    .toStringList()
                    .join(u' ')
                    .contains(spec.name));
        QCOMPARE(rowOf(spec.name), -1); // not also "live only"
        QCOMPARE(model->data(index, app::DriftListModel::StatusTextRole).toString(),
                 QStringLiteral("replaced by web-s-2vcpu-4gb"));

        QTRY_VERIFY(shown(QStringLiteral("driftRewriteButton_web")));
        m_driver.screenshot(QStringLiteral("drift-replacement"));
        // From the keyboard (DialogKeys): the dialog opens with the focus on
        // its Rewrite button; Esc closes it and writes nothing, Enter rewrites.
        const QByteArray declaredBytes = readFile(file);
        QVERIFY(m_driver.click(QStringLiteral("driftRewriteButton_web")));
        QTRY_VERIFY(isOpen(QStringLiteral("driftRewriteConfirm")));
        QTRY_COMPARE(m_window->activeFocusItem(),
                     m_driver.find(QStringLiteral("driftRewriteConfirmButton")));
        m_driver.key(Qt::Key_Escape);
        QTRY_VERIFY(!isOpen(QStringLiteral("driftRewriteConfirm")));
        QCOMPARE(readFile(file), declaredBytes);
        QCOMPARE(m_drift->notLiveCount(), 1);

        QVERIFY(m_driver.click(QStringLiteral("driftRewriteButton_web")));
        QTRY_VERIFY(isOpen(QStringLiteral("driftRewriteConfirm")));
        QTRY_COMPARE(m_window->activeFocusItem(),
                     m_driver.find(QStringLiteral("driftRewriteConfirmButton")));
        m_driver.key(Qt::Key_Return);
        QTRY_VERIFY(!isOpen(QStringLiteral("driftRewriteConfirm")));
        QVERIFY2(m_drift->errorText().isEmpty(), qPrintable(m_drift->errorText()));
        const QByteArray after = readFile(file);
        QVERIFY2(after.contains("nodePoolName: web-s-2vcpu-4gb\n"), after.constData());
        QVERIFY(after.contains("size: s-2vcpu-4gb\n"));
        QCOMPARE(m_drift->inSyncCount(), 1);
        QCOMPARE(m_drift->notLiveCount(), 0);
    }
};

QTEST_MAIN(DriftPanelTest)
#include "tst_driftpanel.moc"
