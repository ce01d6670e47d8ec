#include "core/drift.h"
#include "core/manifestplan.h"

#include <QTest>

using namespace core;

namespace {

const QString ProdId = QStringLiteral("8d9a1c3e-0000-4000-8000-000000000001");
const QString StageId = QStringLiteral("8d9a1c3e-0000-4000-8000-000000000002");

NodePool pool(const QString& clusterId, const QString& name, int count = 2)
{
    NodePool p;
    p.id = name + QStringLiteral("-id");
    p.spec.name = name;
    p.spec.cluster.value = clusterId;
    p.spec.size = QStringLiteral("s-2vcpu-4gb");
    p.spec.count = count;
    // What DigitalOcean adds by itself: never written, never drift.
    p.automaticTags = {QStringLiteral("k8s"), QStringLiteral("k8s:worker"),
                       QStringLiteral("k8s:") + clusterId};
    return p;
}

Cluster cluster(const QString& id, const QString& name, const QList<NodePool>& pools)
{
    Cluster c;
    c.id = id;
    c.name = name;
    c.pools = pools;
    return c;
}

QList<Cluster> liveClusters()
{
    NodePool web = pool(ProdId, QStringLiteral("web"), 3);
    web.spec.labels = {{QStringLiteral("role"), QStringLiteral("web")}};
    web.spec.tags = {QStringLiteral("team:web")};
    NodePool workers = pool(ProdId, QStringLiteral("workers"), 4);
    workers.spec.autoScale = true;
    workers.spec.minNodes = 2;
    workers.spec.maxNodes = 6;
    NodePool batch = pool(ProdId, QStringLiteral("batch"), 1);
    NodePool stageWeb = pool(StageId, QStringLiteral("web"), 1);
    return {cluster(ProdId, QStringLiteral("prod"), {web, workers, batch}),
            cluster(StageId, QStringLiteral("stage"), {stageWeb})};
}

const NodePool& livePool(const QList<Cluster>& clusters, const QString& clusterId,
                         const QString& name)
{
    for (const Cluster& c : clusters)
        if (c.id == clusterId)
            for (const NodePool& p : c.pools)
                if (p.spec.name == name)
                    return p;
    qFatal("no such pool");
}

// The manifest an export of the live pool would write.
manifest::PoolManifest exported(const QString& clusterId, const QString& name)
{
    manifest::PoolManifest m = manifest::fromPool(livePool(liveClusters(), clusterId, name));
    m.status = {};
    return m;
}

ManifestFile file(const QString& path, const QList<manifest::PoolManifest>& manifests)
{
    return {path, manifest::writeAll(manifests), {}};
}

ManifestFile text(const QString& path, const QString& yaml)
{
    return {path, yaml.toUtf8(), {}};
}

QStringList fields(const DriftEntry& entry)
{
    QStringList out;
    for (const FieldChange& change : entry.changes)
        out << change.field;
    return out;
}

const DriftEntry* entryFor(const DriftReport& report, const QString& poolName,
                           const QString& clusterId = ProdId)
{
    for (const DriftEntry& entry : report.entries)
        if (entry.poolName == poolName && entry.clusterId == clusterId)
            return &entry;
    return nullptr;
}

} // namespace

class DriftTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportedManifestsAreInSync()
    {
        const DriftReport report = checkDrift(
            {file(QStringLiteral("prod.yaml"), {exported(ProdId, QStringLiteral("web")),
                                                exported(ProdId, QStringLiteral("workers")),
                                                exported(ProdId, QStringLiteral("batch"))})},
            liveClusters());
        QCOMPARE(report.entries.size(), 3);
        QCOMPARE(report.count(DriftStatus::InSync), 3);
        for (int i = 0; i < 3; ++i) {
            const DriftEntry& entry = report.entries.at(i);
            QCOMPARE(entry.file, QStringLiteral("prod.yaml"));
            QCOMPARE(entry.document, i);
            QCOMPARE(entry.clusterId, ProdId);
            QCOMPARE(entry.clusterName, QStringLiteral("prod"));
            QCOMPARE(entry.poolId, entry.poolName + QStringLiteral("-id"));
            QVERIFY(entry.changes.isEmpty());
            QVERIFY(entry.position.line > 0);
        }
    }

    void changedCountAndTaintDifferExactlyInThose()
    {
        manifest::PoolManifest web = exported(ProdId, QStringLiteral("web"));
        web.spec.count = 5;
        web.spec.taints = {
            {QStringLiteral("dedicated"), QStringLiteral("web"), QStringLiteral("NoSchedule")}};
        const DriftReport report = checkDrift(
            {file(QStringLiteral("web.yaml"), {web}),
             file(QStringLiteral("batch.yaml"), {exported(ProdId, QStringLiteral("batch"))})},
            liveClusters());
        const DriftEntry* entry = entryFor(report, QStringLiteral("web"));
        QVERIFY(entry);
        QCOMPARE(entry->status, DriftStatus::Differs);
        QVERIFY(!entry->replace);
        QCOMPARE(fields(*entry),
                 QStringList({QStringLiteral("nodeCount"), QStringLiteral("taints")}));
        QCOMPARE(describeChange(entry->changes.at(0)), QStringLiteral("nodeCount: 3 → 5"));
        QCOMPARE(describeChange(entry->changes.at(1)),
                 QStringLiteral("taints: (none) → dedicated=web:NoSchedule"));
        QCOMPARE(entryFor(report, QStringLiteral("batch"))->status, DriftStatus::InSync);
    }

    void aDifferentSizeIsAReplacement()
    {
        manifest::PoolManifest batch = exported(ProdId, QStringLiteral("batch"));
        batch.spec.size = QStringLiteral("s-4vcpu-8gb");
        const DriftReport report =
            checkDrift({file(QStringLiteral("batch.yaml"), {batch})}, liveClusters());
        const DriftEntry& entry = report.entries.first();
        QCOMPARE(entry.status, DriftStatus::Differs);
        QVERIFY(entry.replace);
        QCOMPARE(fields(entry), QStringList({QStringLiteral("size")}));
    }

    void anAutoscaledPoolsLiveCountIsNotDrift()
    {
        // The autoscaler moved the pool from the declared 2 to 4 nodes.
        manifest::PoolManifest workers = exported(ProdId, QStringLiteral("workers"));
        workers.spec.count = 2;
        const QList<ManifestFile> files = {file(QStringLiteral("workers.yaml"), {workers})};
        const DriftReport report = checkDrift(files, liveClusters());
        QCOMPARE(report.entries.first().status, DriftStatus::InSync);

        // Unless the count is asked to be managed too.
        PlanOptions options;
        options.setCountOnAutoscaled = true;
        const DriftReport managed = checkDrift(files, liveClusters(), options);
        QCOMPARE(managed.entries.first().status, DriftStatus::Differs);
        QCOMPARE(fields(managed.entries.first()), QStringList({QStringLiteral("nodeCount")}));

        // A changed range is drift all the same.
        workers.spec.maxNodes = 8;
        const DriftReport range =
            checkDrift({file(QStringLiteral("workers.yaml"), {workers})}, liveClusters());
        QCOMPARE(range.entries.first().status, DriftStatus::Differs);
        QCOMPARE(fields(range.entries.first()), QStringList({QStringLiteral("maxNodes")}));
    }

    void automaticTagsAreNotDrift()
    {
        // Some API answers put the automatic tags among the pool's own.
        QList<Cluster> live = liveClusters();
        NodePool& web = live[0].pools[0];
        web.spec.tags << QStringLiteral("k8s") << QStringLiteral("k8s:worker")
                      << QStringLiteral("k8s:") + ProdId;
        const DriftReport report = checkDrift(
            {file(QStringLiteral("web.yaml"), {exported(ProdId, QStringLiteral("web"))})}, live);
        QCOMPARE(report.entries.first().status, DriftStatus::InSync);

        // A user tag that differs is drift, and only it is named.
        manifest::PoolManifest tagged = exported(ProdId, QStringLiteral("web"));
        tagged.spec.tags << QStringLiteral("env:prod");
        const DriftReport differs = checkDrift({file(QStringLiteral("web.yaml"), {tagged})}, live);
        QCOMPARE(differs.entries.first().status, DriftStatus::Differs);
        QCOMPARE(differs.entries.first().changes,
                 QList<FieldChange>({{QStringLiteral("tags"), QStringLiteral("team:web"),
                                      QStringLiteral("team:web, env:prod")}}));
    }

    void aPoolMissingFromItsClusterIsNotLive()
    {
        manifest::PoolManifest gpu = exported(ProdId, QStringLiteral("batch"));
        gpu.metadataName = gpu.spec.name = QStringLiteral("gpu");
        const DriftReport report =
            checkDrift({file(QStringLiteral("gpu.yaml"), {gpu})}, liveClusters());
        const DriftEntry* entry = entryFor(report, QStringLiteral("gpu"));
        QVERIFY(entry);
        QCOMPARE(entry->status, DriftStatus::NotLive);
        QVERIFY(entry->poolId.isEmpty());
        QCOMPARE(entry->clusterName, QStringLiteral("prod"));
    }

    void aBlueGreenReplacementIsPairedWithTheManifestItReplaced()
    {
        // The manifest says web on s-2vcpu-4gb; a blue/green size change put
        // web-s-4vcpu-8gb in its place and deleted web.
        QList<Cluster> clusters = liveClusters();
        NodePool& web = clusters[0].pools[0];
        const manifest::PoolManifest declared = manifest::fromPool(web);
        web.spec.name = QStringLiteral("web-s-4vcpu-8gb");
        web.id = QStringLiteral("new-web-id");
        web.spec.size = QStringLiteral("s-4vcpu-8gb");
        manifest::PoolManifest written = declared;
        written.status = {};
        const DriftReport report =
            checkDrift({file(QStringLiteral("web.yaml"), {written})}, clusters);
        const DriftEntry* entry = entryFor(report, QStringLiteral("web"));
        QVERIFY(entry);
        QCOMPARE(entry->status, DriftStatus::NotLive);
        QCOMPARE(entry->replacedBy, QStringLiteral("web-s-4vcpu-8gb"));
        QCOMPARE(entry->poolId, QStringLiteral("new-web-id"));
        QCOMPARE(fields(*entry), QStringList{QStringLiteral("size")});
        QCOMPARE(entry->notes.size(), 1); // not the plan's overlap note: nothing is applied
        QVERIFY(entry->notes.first().contains(u"web-s-4vcpu-8gb"));
        QVERIFY(!entry->replace);
        // The new pool is not also listed as a pool no manifest describes.
        QVERIFY(!entryFor(report, QStringLiteral("web-s-4vcpu-8gb")));
        QCOMPARE(report.count(DriftStatus::LiveOnly), 2); // workers and batch
    }

    void aNumberedReplacementPairsButTwoCandidatesDoNot()
    {
        QList<Cluster> clusters = liveClusters();
        manifest::PoolManifest written = manifest::fromPool(clusters[0].pools[0]);
        written.status = {};
        clusters[0].pools[0].spec.name = QStringLiteral("web-2");
        {
            const DriftReport report =
                checkDrift({file(QStringLiteral("web.yaml"), {written})}, clusters);
            QCOMPARE(entryFor(report, QStringLiteral("web"))->replacedBy, QStringLiteral("web-2"));
            QVERIFY(fields(*entryFor(report, QStringLiteral("web"))).isEmpty());
        }
        // Which of two would it be? Not for drift to guess.
        NodePool other = pool(ProdId, QStringLiteral("web-3"));
        clusters[0].pools << other;
        const DriftReport report =
            checkDrift({file(QStringLiteral("web.yaml"), {written})}, clusters);
        QVERIFY(entryFor(report, QStringLiteral("web"))->replacedBy.isEmpty());
        QVERIFY(entryFor(report, QStringLiteral("web-2")));
        QVERIFY(entryFor(report, QStringLiteral("web-3")));
        // And a pool merely starting with the name is no replacement.
        QList<Cluster> unrelated = liveClusters();
        unrelated[0].pools[0].spec.name = QStringLiteral("web-frontend");
        const DriftReport third =
            checkDrift({file(QStringLiteral("web.yaml"), {written})}, unrelated);
        QVERIFY(entryFor(third, QStringLiteral("web"))->replacedBy.isEmpty());
    }

    void anUnknownClusterIsUnresolvedWithTheReason()
    {
        manifest::PoolManifest web = exported(ProdId, QStringLiteral("web"));
        web.spec.cluster.value = QStringLiteral("gone");
        const DriftReport report =
            checkDrift({file(QStringLiteral("web.yaml"), {web})}, liveClusters());
        QCOMPARE(report.entries.size(), 1); // no live-only pools: no live cluster is named
        const DriftEntry& entry = report.entries.first();
        QCOMPARE(entry.status, DriftStatus::Unresolved);
        QCOMPARE(entry.clusterName, QStringLiteral("gone"));
        QVERIFY2(entry.reason.contains(QStringLiteral("\"gone\"")), qPrintable(entry.reason));
        QVERIFY(entry.reason.contains(QStringLiteral("prod")));
        QCOMPARE(entry.position.line, 8); // spec.cluster.value
    }

    void clustersAreNamedByIdNameOrValueFrom()
    {
        manifest::PoolManifest byName = exported(StageId, QStringLiteral("web"));
        byName.spec.cluster.value = QStringLiteral("stage");
        manifest::PoolManifest byRef = exported(ProdId, QStringLiteral("batch"));
        byRef.spec.cluster = {{},
                              QStringLiteral("DigitalOceanKubernetesCluster"),
                              QStringLiteral("prod"),
                              QStringLiteral("status.outputs.clusterId")};
        const DriftReport report =
            checkDrift({file(QStringLiteral("mixed.yaml"), {byName, byRef})}, liveClusters());
        QCOMPARE(entryFor(report, QStringLiteral("web"), StageId)->status, DriftStatus::InSync);
        QCOMPARE(entryFor(report, QStringLiteral("batch"), ProdId)->status, DriftStatus::InSync);
    }

    void plantonMetadataIsNeitherDriftNorAPlanChange()
    {
        // The live web pool, described by a Planton manifest with every
        // metadata field, labels and tags that are not the pool's among them.
        const QString yaml =
            QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                           "kind: DigitalOceanKubernetesNodePool\n"
                           "metadata:\n  name: web-pool\n  slug: web-pool\n  id: dokpool-1\n"
                           "  org: acme\n  env: production\n"
                           "  labels:\n    team: storefront\n"
                           "  annotations:\n    planton.org/note: the shop\n"
                           "  tags:\n    - storefront\n"
                           "  relationships:\n    - kind: DigitalOceanKubernetesCluster\n"
                           "      name: prod\n      type: runs_on\n"
                           "spec:\n  nodePoolName: web\n  cluster:\n    value: %1\n"
                           "  size: s-2vcpu-4gb\n  nodeCount: 3\n"
                           "  labels:\n    role: web\n  tags:\n    - team:web\n")
                .arg(ProdId);
        const DriftReport report =
            checkDrift({text(QStringLiteral("web.yaml"), yaml)}, {liveClusters().first()});
        const DriftEntry* entry = entryFor(report, QStringLiteral("web"));
        QVERIFY(entry);
        QCOMPARE(entry->status, DriftStatus::InSync);
        QVERIFY(entry->changes.isEmpty());
        QCOMPARE(entry->manifest.metadata.org, QStringLiteral("acme"));

        const manifest::ReadResult read = manifest::read(yaml.toUtf8());
        QVERIFY(read.ok());
        const ManifestPlan plan = planManifests(read.manifests, liveClusters(), {});
        QVERIFY(plan.errors.isEmpty());
        QVERIFY2(plan.isEmpty(), qPrintable(planText(plan)));
        QCOMPARE(plan.operationCount(), 0);
        // What would be sent is the spec alone, as the live pool has it.
        QCOMPARE(plan.clusters.size(), 1);
        QCOMPARE(plan.clusters.first().desired.first().labels,
                 livePool(liveClusters(), ProdId, QStringLiteral("web")).spec.labels);
    }

    void anInvalidDocumentIsReportedAtItsLineAndTheOthersStillCompared()
    {
        QString yaml = QString::fromUtf8(manifest::write(exported(ProdId, QStringLiteral("web"))));
        yaml += QStringLiteral("---\n") +
                QString::fromUtf8(manifest::write(exported(ProdId, QStringLiteral("batch"))))
                    .replace(QStringLiteral("nodeCount: 1"), QStringLiteral("nodeCount: many"));
        const DriftReport report =
            checkDrift({text(QStringLiteral("two.yaml"), yaml)}, liveClusters());
        QCOMPARE(report.entries.at(0).status, DriftStatus::InSync);
        const DriftEntry& bad = report.entries.at(1);
        QCOMPARE(bad.status, DriftStatus::Invalid);
        QCOMPARE(bad.file, QStringLiteral("two.yaml"));
        QCOMPARE(bad.document, 1);
        // Line 10 of the second document is line 21 of the file.
        const int line = int(yaml.left(yaml.indexOf(QStringLiteral("many"))).count(u'\n')) + 1;
        QCOMPARE(bad.position.line, line);
        QCOMPARE(bad.position.column, 14);
        QCOMPARE(bad.errors.first().path, QStringLiteral("spec.nodeCount"));
        QVERIFY(!bad.reason.isEmpty());
    }

    void aFieldThatDoesNotValidateIsInvalid()
    {
        manifest::PoolManifest web = exported(ProdId, QStringLiteral("web"));
        web.spec.taints = {{QStringLiteral("dedicated"), {}, QStringLiteral("NoWhere")}};
        const DriftReport report =
            checkDrift({file(QStringLiteral("web.yaml"), {web})}, liveClusters());
        const DriftEntry& entry = report.entries.first();
        QCOMPARE(entry.status, DriftStatus::Invalid);
        QCOMPARE(entry.poolName, QStringLiteral("web"));
        QCOMPARE(entry.errors.first().path, QStringLiteral("spec.taints[0].effect"));
        QVERIFY(entry.position.line > 0);
    }

    void aYamlSyntaxErrorMakesTheFileInvalid()
    {
        const DriftReport report = checkDrift(
            {text(QStringLiteral("broken.yaml"), QStringLiteral("spec: [unclosed\n  x: 1\n"))},
            liveClusters());
        QCOMPARE(report.entries.size(), 1);
        QCOMPARE(report.entries.first().status, DriftStatus::Invalid);
        QVERIFY(report.entries.first().position.line > 0);
        QVERIFY(report.entries.first().reason.contains(QStringLiteral("YAML")));
    }

    void anUnreadableFileIsInvalid()
    {
        const DriftReport report =
            checkDrift({{QStringLiteral("locked.yaml"), {}, QStringLiteral("permission denied")}},
                       liveClusters());
        QCOMPARE(report.entries.size(), 1);
        QCOMPARE(report.entries.first().status, DriftStatus::Invalid);
        QCOMPARE(report.entries.first().reason, QStringLiteral("permission denied"));
    }

    void livePoolsNoManifestDescribesAreListedForNamedClustersOnly()
    {
        const DriftReport report = checkDrift(
            {file(QStringLiteral("web.yaml"), {exported(ProdId, QStringLiteral("web"))})},
            liveClusters());
        QCOMPARE(report.entries.size(), 3);
        QCOMPARE(report.count(DriftStatus::LiveOnly), 2);
        QCOMPARE(report.entries.at(1).status, DriftStatus::LiveOnly);
        QCOMPARE(report.entries.at(1).poolName, QStringLiteral("workers"));
        QCOMPARE(report.entries.at(1).poolId, QStringLiteral("workers-id"));
        QCOMPARE(report.entries.at(1).clusterName, QStringLiteral("prod"));
        QVERIFY(report.entries.at(1).file.isEmpty());
        QCOMPARE(report.entries.at(2).poolName, QStringLiteral("batch"));
        // stage is named by no manifest: its pools are not this folder's business.
        QVERIFY(!entryFor(report, QStringLiteral("web"), StageId));
    }

    void aPoolDeclaredTwiceIsInvalidTheSecondTime()
    {
        const DriftReport report =
            checkDrift({file(QStringLiteral("a.yaml"), {exported(ProdId, QStringLiteral("web"))}),
                        file(QStringLiteral("b.yaml"), {exported(ProdId, QStringLiteral("web"))})},
                       liveClusters());
        QCOMPARE(report.entries.at(0).status, DriftStatus::InSync);
        const DriftEntry& twice = report.entries.at(1);
        QCOMPARE(twice.status, DriftStatus::Invalid);
        QCOMPARE(twice.file, QStringLiteral("b.yaml"));
        QVERIFY2(twice.reason.contains(QStringLiteral("a.yaml:")), qPrintable(twice.reason));

        // The same name in two clusters is two pools.
        const DriftReport two = checkDrift(
            {file(QStringLiteral("web.yaml"), {exported(ProdId, QStringLiteral("web")),
                                               exported(StageId, QStringLiteral("web"))})},
            liveClusters());
        QCOMPARE(two.entries.at(0).status, DriftStatus::InSync);
        QCOMPARE(two.entries.at(1).status, DriftStatus::InSync);
    }

    void statusNamesAndChangeText()
    {
        QCOMPARE(driftStatusName(DriftStatus::InSync), QStringLiteral("in sync"));
        QCOMPARE(driftStatusName(DriftStatus::LiveOnly), QStringLiteral("live only"));
        QCOMPARE(describeChange({QStringLiteral("labels.role"), QStringLiteral("web"), {}}),
                 QStringLiteral("labels.role: web → (none)"));
    }
};

QTEST_GUILESS_MAIN(DriftTest)
#include "tst_drift.moc"
