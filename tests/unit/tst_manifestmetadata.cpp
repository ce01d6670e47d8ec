// Project Planton's CloudResourceMetadata in a manifest: every field read and
// type-checked at its line, kept out of the spec, and written back as it was.
#include "core/manifest.h"

#include <QFile>
#include <QTest>

using namespace core;
using namespace core::manifest;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray plantonExample()
{
    return readFile(QStringLiteral(POOLSTUDIO_TEST_DATA "/manifests/planton-pool.yaml"));
}

// A valid document whose metadata is `name: app` followed by `lines`, which
// therefore start on line 5.
QByteArray withMetadata(const QByteArray& lines)
{
    return "apiVersion: digital-ocean.project-planton.org/v1\n"
           "kind: DigitalOceanKubernetesNodePool\n"
           "metadata:\n"
           "  name: app\n" +
           lines +
           "spec:\n  nodePoolName: app\n  cluster:\n    value: c1\n  size: s-2vcpu-4gb\n"
           "  nodeCount: 2\n";
}

ManifestMetadata exampleMetadata()
{
    ManifestMetadata m;
    m.slug = QStringLiteral("checkout-workers");
    m.id = QStringLiteral("dokpool-01hq7m3v2k");
    m.org = QStringLiteral("acme");
    m.env = QStringLiteral("production");
    m.labels = {{QStringLiteral("team"), QStringLiteral("payments")},
                {QStringLiteral("planton.org/owner"), QStringLiteral("platform")}};
    m.annotations = {{QStringLiteral("planton.org/description"),
                      QStringLiteral("workers for the checkout services")},
                     {QStringLiteral("example.com/ticket"), QStringLiteral("4211")}};
    m.tags = {QStringLiteral("payments"), QStringLiteral("pci")};
    m.relationships = {{QStringLiteral("DigitalOceanKubernetesCluster"),
                        QStringLiteral("production"), QStringLiteral("prod-cluster"),
                        QStringLiteral("runs_on"), QString()},
                       {QStringLiteral("DigitalOceanVpc"), QString(), QStringLiteral("prod-vpc"),
                        QStringLiteral("depends_on"), QStringLiteral("network")}};
    return m;
}

QString describe(const ReadResult& result)
{
    QStringList out;
    for (const ManifestError& e : result.errors)
        out << QStringLiteral("%1:%2 %3: %4 (%5)")
                   .arg(e.position.line)
                   .arg(e.position.column)
                   .arg(e.path, e.message, e.hint);
    return out.join(u'\n');
}

} // namespace

class ManifestMetadataTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryPlantonField()
    {
        const ReadResult result = read(plantonExample());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.manifests.size(), 1);
        const PoolManifest& m = result.manifests.first();
        QCOMPARE(m.metadataName, QStringLiteral("checkout-workers"));
        QCOMPARE(m.metadata, exampleMetadata());
        QCOMPARE(manifest::validate(result.manifests), QList<ManifestError>());
        // Planton's labels and tags are not the pool's.
        QCOMPARE(m.spec.labels.keys(), QStringList({QStringLiteral("workload")}));
        QCOMPARE(m.spec.tags, QStringList({QStringLiteral("team:payments")}));
        QCOMPARE(m.positions.value(QStringLiteral("metadata.labels[\"planton.org/owner\"]")),
                 (SourcePosition{11, 24}));
        QCOMPARE(m.positions.value(QStringLiteral("metadata.relationships[1].group")),
                 (SourcePosition{26, 14}));
    }

    void writesTheFormattedExampleByteForByte()
    {
        const QByteArray yaml = plantonExample();
        const ReadResult result = read(yaml);
        QVERIFY(result.ok());
        QCOMPARE(write(result.manifests.first()), yaml);
    }

    void writesMetadataInPlantonsOrderKeepingMapOrder()
    {
        PoolManifest m = read(plantonExample()).manifests.first();
        m.metadata.labels = {{QStringLiteral("z"), QStringLiteral("last")},
                             {QStringLiteral("a"), QStringLiteral("first")}};
        m.metadata.annotations.clear();
        m.metadata.relationships.clear();
        m.metadata.id.clear();
        const QByteArray out = write(m);
        QVERIFY2(out.contains("metadata:\n  name: checkout-workers\n  slug: checkout-workers\n"
                              "  org: acme\n  env: production\n"
                              "  labels:\n    z: last\n    a: first\n"
                              "  tags:\n    - payments\n    - pci\nspec:\n"),
                 out.constData());
        QCOMPARE(read(out).manifests.first(), m);
    }

    void quotesWhatWouldReadBackAsAnotherType()
    {
        PoolManifest m = read(plantonExample()).manifests.first();
        m.metadata.org = QStringLiteral("true");
        m.metadata.tags = {QStringLiteral("1.5")};
        m.metadata.annotations = {{QStringLiteral("on"), QStringLiteral("null")}};
        const QByteArray out = write(m);
        QVERIFY(out.contains("  org: \"true\"\n"));
        const ReadResult again = read(out);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.manifests.first(), m);
    }

    void leavesMetadataOutWhenThereIsNone()
    {
        const ReadResult result = read(withMetadata({}));
        QVERIFY(result.ok());
        QVERIFY(result.manifests.first().metadata.isEmpty());
        QVERIFY(write(result.manifests.first()).contains("metadata:\n  name: app\nspec:\n"));
    }

    void emptyFieldsReadAsLeftOut()
    {
        const ReadResult result =
            read(withMetadata("  slug:\n  org: \"\"\n  labels:\n  tags: []\n  relationships:\n"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result.manifests.first().metadata.isEmpty());
    }

    void metadataMakesManifestsDifferButNotTheirSpecs()
    {
        const PoolManifest planton = read(plantonExample()).manifests.first();
        PoolManifest plain = planton;
        plain.metadata = {};
        QVERIFY(!(plain == planton));
        QCOMPARE(plain.spec, planton.spec);
    }

    void flowStyleReadsTheSame()
    {
        // yaml-cpp reads flow style; it must give what the block reader gives.
        const QByteArray flow =
            "{apiVersion: digital-ocean.project-planton.org/v1, "
            "kind: DigitalOceanKubernetesNodePool, metadata: {name: checkout-workers, "
            "slug: checkout-workers, id: dokpool-01hq7m3v2k, org: acme, env: production, "
            "labels: {team: payments, planton.org/owner: platform}, "
            "annotations: {planton.org/description: workers for the checkout services, "
            "example.com/ticket: '4211'}, tags: [payments, pci], "
            "relationships: [{kind: DigitalOceanKubernetesCluster, env: production, "
            "name: prod-cluster, type: runs_on}, {kind: DigitalOceanVpc, name: prod-vpc, "
            "type: depends_on, group: network}]}, spec: {nodePoolName: checkout-workers, "
            "cluster: {valueFrom: {kind: DigitalOceanKubernetesCluster, name: prod-cluster}}, "
            "size: s-4vcpu-8gb, nodeCount: 3, labels: {workload: checkout}, "
            "tags: [team:payments]}}\n";
        const ReadResult result = read(flow);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.manifests, read(plantonExample()).manifests);
    }

    void reportsEachWrongTypeAtItsField_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("slug list") << QByteArray("  slug: [a]\n") << "metadata.slug" << 5 << 9
                                   << "expected a string, got a list";
        QTest::newRow("id number")
            << QByteArray("  id: 42\n") << "metadata.id" << 5 << 7 << "expected a string";
        QTest::newRow("org bool") << QByteArray("  org: true\n") << "metadata.org" << 5 << 8
                                  << "expected a string";
        QTest::newRow("env map") << QByteArray("  env:\n    name: prod\n") << "metadata.env" << 6
                                 << 5 << "expected a string, got a mapping";
        QTest::newRow("labels list") << QByteArray("  labels:\n    - team\n") << "metadata.labels"
                                     << 6 << 5 << "expected a mapping, got a list";
        QTest::newRow("label value")
            << QByteArray("  labels:\n    team: payments\n    tier: 1\n")
            << "metadata.labels[\"tier\"]" << 7 << 11 << "expected a string";
        QTest::newRow("label twice")
            << QByteArray("  labels:\n    team: a\n    team: b\n") << "metadata.labels[\"team\"]"
            << 7 << 5 << "label 'team' appears twice";
        QTest::newRow("annotations scalar")
            << QByteArray("  annotations: none\n") << "metadata.annotations" << 5 << 16
            << "expected a mapping";
        QTest::newRow("annotation value")
            << QByteArray("  annotations:\n    example.com/ticket: 4211\n")
            << "metadata.annotations[\"example.com/ticket\"]" << 6 << 25
            << "expected a string, got an integer";
        QTest::newRow("tags map") << QByteArray("  tags:\n    a: b\n") << "metadata.tags" << 6 << 5
                                  << "expected a list, got a mapping";
        QTest::newRow("tag number") << QByteArray("  tags:\n    - pci\n    - 1.5\n")
                                    << "metadata.tags[1]" << 7 << 7 << "expected a string";
        QTest::newRow("relationships map")
            << QByteArray("  relationships:\n    kind: DigitalOceanVpc\n")
            << "metadata.relationships" << 6 << 5 << "expected a list";
        QTest::newRow("relationship scalar")
            << QByteArray("  relationships:\n    - prod-vpc\n") << "metadata.relationships[0]" << 6
            << 7 << "expected a mapping";
        QTest::newRow("relationship kind")
            << QByteArray("  relationships:\n    - kind: [DigitalOceanVpc]\n"
                          "      name: prod-vpc\n      type: uses\n")
            << "metadata.relationships[0].kind" << 6 << 13 << "expected a string, got a list";
        QTest::newRow("relationship group")
            << QByteArray("  relationships:\n    - kind: DigitalOceanVpc\n"
                          "      name: prod-vpc\n      type: uses\n      group: 7\n")
            << "metadata.relationships[0].group" << 9 << 14 << "expected a string";
        QTest::newRow("relationship name missing")
            << QByteArray("  relationships:\n    - kind: DigitalOceanVpc\n      type: uses\n")
            << "metadata.relationships[0].name" << 6 << 7
            << "'metadata.relationships[0].name' is required";
        QTest::newRow("relationship type")
            << QByteArray("  relationships:\n    - kind: DigitalOceanVpc\n"
                          "      name: prod-vpc\n      type: runs-on\n")
            << "metadata.relationships[0].type" << 8 << 13 << "unknown relationship type 'runs-on'";
        QTest::newRow("relationship key")
            << QByteArray("  relationships:\n    - kind: DigitalOceanVpc\n"
                          "      name: prod-vpc\n      type: uses\n      colour: red\n")
            << "metadata.relationships[0].colour" << 9 << 7 << "unknown key 'colour'";
        QTest::newRow("metadata key") << QByteArray("  owner: platform\n") << "metadata.owner" << 5
                                      << 3 << "unknown key 'owner'";
    }
    void reportsEachWrongTypeAtItsField()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ReadResult result = read(withMetadata(lines));
        QVERIFY(result.manifests.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        const ManifestError& error = result.errors.first();
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        QCOMPARE(error.position, (SourcePosition{line, column}));
    }

    void suggestsTheClosestPlantonKey()
    {
        const ReadResult result = read(withMetadata("  orgs: acme\n  annotation:\n    a: b\n"));
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).path, QStringLiteral("metadata.orgs"));
        QCOMPARE(result.errors.at(0).hint, QStringLiteral("did you mean 'org'?"));
        QCOMPARE(result.errors.at(1).path, QStringLiteral("metadata.annotation"));
        QCOMPARE(result.errors.at(1).hint, QStringLiteral("did you mean 'annotations'?"));
    }

    void unknownRelationshipTypesNameTheAllowedOnes()
    {
        const ReadResult result = read(withMetadata(
            "  relationships:\n    - {kind: DigitalOceanVpc, name: v, type: unspecified}\n"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().hint,
                 QStringLiteral("use one of: depends_on, runs_on, managed_by, uses"));
    }

    void flowStyleErrorsArePlacedToo()
    {
        const ReadResult result = read(withMetadata("  labels: {team: payments, tier: 1}\n"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().path, QStringLiteral("metadata.labels[\"tier\"]"));
        QCOMPARE(result.errors.first().position, (SourcePosition{5, 34}));
    }
};

QTEST_GUILESS_MAIN(ManifestMetadataTest)
#include "tst_manifestmetadata.moc"
