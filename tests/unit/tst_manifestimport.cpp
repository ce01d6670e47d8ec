// Manifests on their way in: grouped by the live cluster they name and
// planned (core::planManifests), and checked with every problem at its line
// (core::checkManifests).
#include "core/manifestcheck.h"
#include "core/manifestplan.h"

#include <QTest>

using namespace core;

namespace {

Cluster cluster(const QString& id, const QString& name, const QStringList& poolNames)
{
    Cluster c;
    c.id = id;
    c.name = name;
    int n = 0;
    for (const QString& poolName : poolNames) {
        NodePool pool;
        pool.id = QStringLiteral("%1-p%2").arg(id).arg(n++);
        pool.spec.name = poolName;
        pool.spec.size = QStringLiteral("s-2vcpu-4gb");
        pool.spec.count = 2;
        pool.spec.cluster.value = id;
        pool.spec.tags = {QStringLiteral("team:web")};
        for (int i = 0; i < 2; ++i) {
            Node node;
            node.id = pool.id + QStringLiteral("-n%1").arg(i);
            pool.nodes << node;
        }
        c.pools << pool;
    }
    return c;
}

QList<Cluster> liveClusters()
{
    return {cluster(QStringLiteral("c1"), QStringLiteral("prod"),
                    {QStringLiteral("default"), QStringLiteral("web")}),
            cluster(QStringLiteral("c2"), QStringLiteral("staging"), {QStringLiteral("default")})};
}

QByteArray document(const QString& cluster, const QString& pool, int count,
                    const QString& clusterKey = QStringLiteral("value"))
{
    const QString ref = clusterKey == u"value"
                            ? QStringLiteral("    value: %1\n").arg(cluster)
                            : QStringLiteral("    valueFrom:\n      kind: "
                                             "DigitalOceanKubernetesCluster\n      name: %1\n")
                                  .arg(cluster);
    return QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                          "kind: DigitalOceanKubernetesNodePool\n"
                          "metadata:\n  name: %1\n"
                          "spec:\n  nodePoolName: %1\n  cluster:\n%2"
                          "  size: s-2vcpu-4gb\n  nodeCount: %3\n  tags: [team:web]\n")
        .arg(pool, ref)
        .arg(count)
        .toUtf8();
}

QList<manifest::PoolManifest> read(const QByteArray& yaml)
{
    const manifest::ReadResult result = manifest::read(yaml);
    if (!result.ok())
        qWarning() << result.errors.first().message;
    return result.manifests;
}

} // namespace

class TestManifestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clusterResolvesByIdNameAndValueFrom()
    {
        QString error;
        QCOMPARE(resolveManifestCluster({QStringLiteral("c2"), {}, {}, {}}, liveClusters(), &error)
                     ->name,
                 QStringLiteral("staging"));
        QCOMPARE(
            resolveManifestCluster({QStringLiteral("prod"), {}, {}, {}}, liveClusters(), &error)
                ->id,
            QStringLiteral("c1"));
        QCOMPARE(resolveManifestCluster({{},
                                         QStringLiteral("DigitalOceanKubernetesCluster"),
                                         QStringLiteral("staging"),
                                         {}},
                                        liveClusters(), &error)
                     ->id,
                 QStringLiteral("c2"));
        // valueFrom names a resource; a cluster id there is not a name.
        QVERIFY(!resolveManifestCluster(
            {{}, QStringLiteral("DigitalOceanKubernetesCluster"), QStringLiteral("c2"), {}},
            liveClusters(), &error));
        QVERIFY(error.contains(QStringLiteral("prod")));
        QVERIFY(!resolveManifestCluster({{}, {}, {}, {}}, liveClusters(), &error));
    }

    void planGroupsByClusterInOrderOfMention()
    {
        const QByteArray yaml = document(QStringLiteral("staging"), QStringLiteral("default"), 3) +
                                "---\n" + document(QStringLiteral("c1"), QStringLiteral("web"), 2) +
                                "---\n" +
                                document(QStringLiteral("prod"), QStringLiteral("new"), 1);
        const ManifestPlan plan = planManifests(read(yaml), liveClusters(), {});
        QVERIFY(plan.errors.isEmpty());
        QCOMPARE(plan.clusters.size(), 2);
        QCOMPARE(plan.clusters.at(0).cluster.id, QStringLiteral("c2"));
        QCOMPARE(plan.clusters.at(1).cluster.id, QStringLiteral("c1"));
        // staging/default 2 -> 3; prod/web unchanged; prod/new created.
        QCOMPARE(plan.operationCount(), 2);
        QCOMPARE(plan.clusters.at(0).plan.operations.first().kind, OperationKind::Update);
        QCOMPARE(plan.clusters.at(1).plan.operations.first().kind, OperationKind::Create);
        QCOMPARE(plan.clusters.at(1).desired.first().cluster.value, QStringLiteral("c1"));
        QVERIFY(!plan.isDestructive());
        QVERIFY(plan.canApply());
        const QString text = planText(plan);
        QVERIFY(text.startsWith(QStringLiteral("cluster staging (c2):\n")));
        QVERIFY(text.contains(QStringLiteral("\ncluster prod (c1):\n")));
    }

    void nothingToDoGivesEmptyText()
    {
        const ManifestPlan plan = planManifests(
            read(document(QStringLiteral("c1"), QStringLiteral("web"), 2)), liveClusters(), {});
        QVERIFY(plan.isEmpty());
        QVERIFY(planText(plan).isEmpty());
    }

    void pruneOnlyTouchesNamedClusters()
    {
        PlanOptions options;
        options.prune = true;
        const ManifestPlan plan =
            planManifests(read(document(QStringLiteral("c1"), QStringLiteral("web"), 2)),
                          liveClusters(), options);
        QCOMPARE(plan.clusters.size(), 1);
        QCOMPARE(plan.operationCount(), 1);
        QCOMPARE(plan.clusters.first().plan.operations.first().kind, OperationKind::Delete);
        QCOMPARE(plan.clusters.first().plan.operations.first().poolName, QStringLiteral("default"));
        QVERIFY(plan.isDestructive());
    }

    void unknownClusterAndDuplicatePoolAreErrorsAtTheirLines()
    {
        const QByteArray yaml = document(QStringLiteral("nope"), QStringLiteral("web"), 2) +
                                "---\n" + document(QStringLiteral("c1"), QStringLiteral("web"), 2) +
                                "---\n" +
                                document(QStringLiteral("prod"), QStringLiteral("web"), 4);
        const ManifestPlan plan = planManifests(read(yaml), liveClusters(), {});
        QCOMPARE(plan.errors.size(), 2);
        QCOMPARE(plan.errors.at(0).manifest, 0);
        QCOMPARE(plan.errors.at(0).error.path, QStringLiteral("spec.cluster.value"));
        QCOMPARE(plan.errors.at(0).error.position.line, 8);
        QVERIFY(plan.errors.at(0).error.message.contains(QStringLiteral("no cluster \"nope\"")));
        QCOMPARE(plan.errors.at(1).manifest, 2);
        QCOMPARE(plan.errors.at(1).error.path, QStringLiteral("spec.nodePoolName"));
        QVERIFY(plan.errors.at(1).error.message.contains(QStringLiteral("declared twice")));
        QVERIFY(!plan.canApply());
    }

    void checkFindsEveryKindOfProblemAtItsLine()
    {
        ManifestCheckContext context;
        context.clusters = liveClusters();
        // Document 1: a bad taint effect (line 14); document 2: unknown cluster.
        const QByteArray yaml = "apiVersion: digital-ocean.project-planton.org/v1\n"
                                "kind: DigitalOceanKubernetesNodePool\n"
                                "metadata:\n  name: web\n"
                                "spec:\n  nodePoolName: web\n  cluster:\n    value: c1\n"
                                "  size: s-2vcpu-4gb\n  nodeCount: 2\n  tags: [team:web]\n"
                                "  taints:\n"
                                "    - key: dedicated\n"
                                "      effect: NoWhere\n"
                                "---\n" +
                                document(QStringLiteral("nope"), QStringLiteral("api"), 2);
        const ManifestCheck check = checkManifests(yaml, context);
        QCOMPARE(check.count(ManifestProblem::Severity::Error), 2);
        QVERIFY(check.hasErrors());
        const ManifestProblem& taint = check.problems.first();
        QCOMPARE(taint.path, QStringLiteral("spec.taints[0].effect"));
        QCOMPARE(taint.position.line, 14);
        // The invalid document is not planned; the other one is, and fails.
        QCOMPARE(check.manifests.size(), 1);
        const auto unknown =
            std::find_if(check.problems.begin(), check.problems.end(),
                         [](const ManifestProblem& p) { return p.path == u"spec.cluster.value"; });
        QVERIFY(unknown != check.problems.end());
        QCOMPARE(unknown->position.line, 23);
    }

    void checkReportsLintWithSeverity()
    {
        ManifestCheckContext context;
        context.clusters = liveClusters();
        // No team tag: the cost-attribution rule speaks up, as a finding.
        QByteArray yaml = document(QStringLiteral("c1"), QStringLiteral("web"), 2);
        yaml.replace("  tags: [team:web]\n", "");
        const ManifestCheck check = checkManifests(yaml, context);
        QVERIFY(!check.hasErrors());
        QVERIFY(!check.problems.isEmpty());
        for (const ManifestProblem& p : check.problems) {
            QVERIFY(p.severity != ManifestProblem::Severity::Error);
            QVERIFY(!p.ruleId.isEmpty());
            QVERIFY(p.position.line > 0);
        }
    }

    void checkWithoutClustersDoesNotResolve()
    {
        const ManifestCheck check =
            checkManifests(document(QStringLiteral("nope"), QStringLiteral("web"), 2), {});
        QVERIFY(!check.hasErrors());
        QCOMPARE(check.manifests.size(), 1);
    }

    void syntaxErrorIsAnErrorWithPosition()
    {
        const ManifestCheck check = checkManifests("spec: [unclosed\n", {});
        QVERIFY(check.hasErrors());
        QVERIFY(check.problems.first().position.line > 0);
    }

    void positionOfFallsBackToParent()
    {
        const QList<manifest::PoolManifest> manifests =
            read(document(QStringLiteral("c1"), QStringLiteral("web"), 2));
        QCOMPARE(manifest::positionOf(manifests.first(), QStringLiteral("spec.labels[\"x\"]")).line,
                 6);
        QCOMPARE(manifest::positionOf(manifests.first(), QStringLiteral("spec.nodeCount")).line,
                 10);
        QCOMPARE(manifest::positionOf(manifests.first(), QStringLiteral("nowhere")).line, 0);
    }
};

QTEST_GUILESS_MAIN(TestManifestImport)
#include "tst_manifestimport.moc"
