#include "core/manifest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
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

QString testData(const QString& name)
{
    return QStringLiteral(POOLSTUDIO_TEST_DATA "/manifests/") + name;
}

QByteArray header()
{
    return "apiVersion: digital-ocean.project-planton.org/v1\n"
           "kind: DigitalOceanKubernetesNodePool\n"
           "metadata:\n"
           "  name: app\n";
}

// A valid document with `extra` appended inside spec.
QByteArray docWithSpec(const QByteArray& specLines)
{
    return header() +
           "spec:\n  nodePoolName: app\n  cluster:\n    value: c1\n  size: s-2vcpu-4gb\n" +
           specLines;
}

PoolManifest gpuManifest()
{
    PoolManifest m;
    m.metadataName = QStringLiteral("gpu-workers");
    m.spec.name = QStringLiteral("gpu-workers");
    m.spec.cluster.value = QStringLiteral("bd5f5959-5e1e-4205-a714-a914373942af");
    m.spec.size = QStringLiteral("gpu-h100x1-80gb");
    m.spec.count = 1;
    m.spec.autoScale = true;
    m.spec.minNodes = 0;
    m.spec.maxNodes = 4;
    m.spec.labels = {{QStringLiteral("hardware"), QStringLiteral("gpu")},
                     {QStringLiteral("workload"), QStringLiteral("ml")}};
    m.spec.taints = {
        {QStringLiteral("nvidia.com/gpu"), QStringLiteral("true"), QStringLiteral("NoSchedule")}};
    m.spec.tags = {QStringLiteral("hardware:gpu"), QStringLiteral("cost-center:ml-team")};
    return m;
}

// The fewest fields a manifest has: pool "app" of cluster c1, two nodes.
PoolManifest smallManifest()
{
    PoolManifest m;
    m.spec.name = QStringLiteral("app");
    m.spec.cluster.value = QStringLiteral("c1");
    m.spec.size = QStringLiteral("s-1vcpu-2gb");
    m.spec.count = 2;
    return m;
}

QStringList errorPaths(const ReadResult& result)
{
    QStringList out;
    for (const ManifestError& e : result.errors)
        out << e.path;
    return out;
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheExampleManifests_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* name : {"basic-pool.yaml", "autoscale-pool.yaml", "gpu-pool.yaml"}) {
            QTest::newRow(name) << testData(QString::fromLatin1(name));
        }
    }
    void readsTheExampleManifests()
    {
        QFETCH(QString, path);
        const ReadResult result = read(readFile(path));
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        QCOMPARE(result.manifests.size(), 1);
        QCOMPARE(manifest::validate(result.manifests), QList<ManifestError>());
        // Whatever the example's layout, writing and reading gives the same spec.
        const ReadResult again = read(write(result.manifests.first()));
        QVERIFY(again.ok());
        QCOMPARE(again.manifests, result.manifests);
    }

    void readsGpuExampleFieldByField()
    {
        const ReadResult result = read(readFile(testData(QStringLiteral("gpu-pool.yaml"))));
        QVERIFY(result.ok());
        QCOMPARE(result.manifests.first(), gpuManifest());
    }

    void rejectsTheInvalidTaintEffectExample_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("example") << testData(QStringLiteral("invalid-taint-effect.yaml"));
    }
    void rejectsTheInvalidTaintEffectExample()
    {
        QFETCH(QString, path);
        const ReadResult result = read(readFile(path));
        QVERIFY(result.ok()); // the YAML is well-formed; the value is wrong
        const QList<ManifestError> errors = manifest::validate(result.manifests);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().path, QStringLiteral("spec.taints[0].effect"));
        QCOMPARE(errors.first().position.line, 15);
        QCOMPARE(errors.first().position.column, 15);
        QVERIFY(errors.first().hint.contains(u"NoSchedule"));
    }

    void writesStableBytesInFormatOrder()
    {
        const QByteArray expected = "apiVersion: digital-ocean.project-planton.org/v1\n"
                                    "kind: DigitalOceanKubernetesNodePool\n"
                                    "metadata:\n"
                                    "  name: gpu-workers\n"
                                    "spec:\n"
                                    "  nodePoolName: gpu-workers\n"
                                    "  cluster:\n"
                                    "    value: bd5f5959-5e1e-4205-a714-a914373942af\n"
                                    "  size: gpu-h100x1-80gb\n"
                                    "  nodeCount: 1\n"
                                    "  autoScale: true\n"
                                    "  minNodes: 0\n"
                                    "  maxNodes: 4\n"
                                    "  labels:\n"
                                    "    hardware: gpu\n"
                                    "    workload: ml\n"
                                    "  taints:\n"
                                    "    - key: nvidia.com/gpu\n"
                                    "      value: \"true\"\n"
                                    "      effect: NoSchedule\n"
                                    "  tags:\n"
                                    "    - hardware:gpu\n"
                                    "    - cost-center:ml-team\n";
        QCOMPARE(write(gpuManifest()), expected);
        // Stable: what it wrote reads back and writes to the same bytes.
        QCOMPARE(write(read(expected).manifests.value(0)), expected);
    }

    void leavesDefaultsOut()
    {
        const QByteArray yaml = write(smallManifest());
        QVERIFY(!yaml.contains("autoScale"));
        QVERIFY(!yaml.contains("labels"));
        QVERIFY(!yaml.contains("taints"));
        QVERIFY(!yaml.contains("tags"));
        QVERIFY(!yaml.contains("status"));
        QVERIFY(yaml.contains("  name: app\n")); // metadata.name falls back to the pool name
    }

    // YAML takes a key on its value's line up to 1024 characters, so a
    // longer one is written as "? key" / ": value" and still reads back (a
    // label key fuzz_manifest found: 0xff bytes read as U+FFFD, control
    // characters written as \x1a, the quoted key past the limit).
    void writesAKeyTooLongForOneLineAsAnExplicitKey()
    {
        PoolManifest m = smallManifest();
        const QString longKey = QStringLiteral("team.example.com/") + QString(1100, u'x');
        m.spec.labels.insert(longKey, QStringLiteral("web"));
        m.spec.labels.insert(QStringLiteral("tier"), QStringLiteral("frontend"));
        m.metadata.labels.append({QString(600, u'\x1a'), QStringLiteral("yes")});
        const QByteArray yaml = write(m);
        QVERIFY(yaml.contains("    ? team.example.com/xxx"));
        QVERIFY(yaml.contains("\n    : web\n"));
        QVERIFY(yaml.contains("    tier: frontend\n")); // short keys stay on one line
        const ReadResult again = read(yaml);
        QVERIFY2(again.ok(),
                 again.errors.isEmpty() ? "" : qPrintable(again.errors.first().message));
        QCOMPARE(again.manifests.size(), 1);
        QCOMPARE(again.manifests.first().spec.labels, m.spec.labels);
        QCOMPARE(again.manifests.first().metadata.labels, m.metadata.labels);
    }

    void roundTripsSpecsThroughYaml_data()
    {
        QTest::addColumn<NodePoolSpec>("spec");
        NodePoolSpec plain;
        plain.name = QStringLiteral("p");
        plain.cluster.value = QStringLiteral("c");
        plain.size = QStringLiteral("s-1vcpu-2gb");
        QTest::newRow("plain") << plain;

        NodePoolSpec tricky = plain;
        tricky.labels = {{QStringLiteral("flag"), QStringLiteral("true")},
                         {QStringLiteral("hex"), QStringLiteral("0x1")},
                         {QStringLiteral("on"), QStringLiteral("on")},
                         {QStringLiteral("ver"), QStringLiteral("1.0")},
                         {QStringLiteral("nothing"), QStringLiteral("null")},
                         {QStringLiteral("tilde"), QStringLiteral("~")},
                         {QStringLiteral("empty"), QString()},
                         {QStringLiteral("yes"), QStringLiteral("no")},
                         {QStringLiteral("example.com/n"), QStringLiteral("007")}};
        tricky.taints = {
            {QStringLiteral("k"), QString(), QStringLiteral("NoExecute")},
            {QStringLiteral("num"), QStringLiteral("12"), QStringLiteral("PreferNoSchedule")}};
        tricky.tags = {QStringLiteral("123"), QStringLiteral("true"), QStringLiteral("a:b"),
                       QStringLiteral("1:30")};
        QTest::newRow("values YAML would misread") << tricky;

        NodePoolSpec strange = plain;
        strange.name = QStringLiteral("Odd Name: #1");
        strange.size = QStringLiteral("- x");
        strange.cluster.value = QStringLiteral("quote \" and \\ slash\nnewline");
        QTest::newRow("invalid but representable") << strange;

        NodePoolSpec ref = plain;
        ref.cluster = {QString(), QStringLiteral("DigitalOceanKubernetesCluster"),
                       QStringLiteral("prod"), QStringLiteral("status.outputs.clusterId")};
        QTest::newRow("valueFrom") << ref;

        NodePoolSpec scaled = plain;
        scaled.autoScale = true;
        scaled.count = 0;
        scaled.minNodes = 0;
        scaled.maxNodes = 9;
        QTest::newRow("scale to zero") << scaled;

        NodePoolSpec oddBounds = plain;
        oddBounds.minNodes = 2;
        oddBounds.maxNodes = 3;
        QTest::newRow("bounds without autoscale") << oddBounds;
    }
    void roundTripsSpecsThroughYaml()
    {
        QFETCH(NodePoolSpec, spec);
        PoolManifest m;
        m.metadataName = QStringLiteral("m");
        m.spec = spec;
        const QByteArray yaml = write(m);
        const ReadResult result = read(yaml);
        QVERIFY2(result.ok(),
                 qPrintable(result.errors.value(0).message + u'\n' + QString::fromUtf8(yaml)));
        QCOMPARE(result.manifests.size(), 1);
        QCOMPARE(result.manifests.first().spec, spec);
        QCOMPARE(write(result.manifests.first()), yaml);
    }

    void quotesAmbiguousStrings()
    {
        PoolManifest m = gpuManifest();
        m.spec.labels = {{QStringLiteral("a"), QStringLiteral("true")},
                         {QStringLiteral("b"), QStringLiteral("0x1")},
                         {QStringLiteral("c"), QStringLiteral("on")},
                         {QStringLiteral("d"), QStringLiteral("1.0")},
                         {QStringLiteral("e"), QStringLiteral("null")},
                         {QStringLiteral("f"), QStringLiteral("~")}};
        const QByteArray yaml = write(m);
        for (const char* line : {"    a: \"true\"\n", "    b: \"0x1\"\n", "    c: \"on\"\n",
                                 "    d: \"1.0\"\n", "    e: \"null\"\n", "    f: \"~\"\n"})
            QVERIFY2(yaml.contains(line), line);
    }

    void neverWritesAutomaticTags()
    {
        PoolManifest m = gpuManifest();
        m.spec.tags = {QStringLiteral("k8s"), QStringLiteral("team:ml"),
                       QStringLiteral("k8s:worker"), QStringLiteral("k8s-worker"),
                       QStringLiteral("k8s:bd5f5959-5e1e-4205-a714-a914373942af")};
        const QByteArray yaml = write(m);
        QVERIFY(yaml.contains("    - team:ml\n"));
        QVERIFY(!yaml.contains("k8s"));
    }

    void writesStatusOnlyWhenAsked()
    {
        NodePool pool;
        pool.id = QStringLiteral("pool-1");
        pool.spec = gpuManifest().spec;
        pool.automaticTags = {QStringLiteral("k8s")};
        Node node;
        node.id = QStringLiteral("node-1");
        pool.nodes = {node};
        const PoolManifest m = fromPool(pool);
        QVERIFY(!write(m).contains("status"));
        WriteOptions options;
        options.includeStatus = true;
        const QByteArray yaml = write(m, options);
        QVERIFY(yaml.endsWith(
            "status:\n  outputs:\n    nodePoolId: pool-1\n    nodeIds:\n      - node-1\n"));
        const ReadResult back = read(yaml);
        QVERIFY(back.ok());
        QCOMPARE(back.manifests.first().status.nodePoolId, QStringLiteral("pool-1"));
        QCOMPARE(back.manifests.first().status.nodeIds, QStringList{QStringLiteral("node-1")});
    }

    void commentsClusterNameWhenKnown()
    {
        WriteOptions options;
        options.clusterNames.insert(QStringLiteral("bd5f5959-5e1e-4205-a714-a914373942af"),
                                    QStringLiteral("prod-01"));
        const QByteArray yaml = write(gpuManifest(), options);
        QVERIFY(yaml.contains("    value: bd5f5959-5e1e-4205-a714-a914373942af  # prod-01\n"));
        const ReadResult back = read(yaml);
        QVERIFY(back.ok());
        QCOMPARE(back.manifests.first().spec.cluster.value,
                 QStringLiteral("bd5f5959-5e1e-4205-a714-a914373942af"));
    }

    void readsAndWritesManyDocuments()
    {
        PoolManifest a = gpuManifest();
        PoolManifest b = gpuManifest();
        b.metadataName = b.spec.name = QStringLiteral("second");
        const QByteArray yaml = writeAll({a, b});
        QCOMPARE(yaml.count("\n---\n"), 1);
        const ReadResult result = read(yaml + "---\n# trailing comment only\n");
        QVERIFY(result.ok());
        QCOMPARE(result.manifests, (QList<PoolManifest>{a, b}));
        QCOMPARE(result.manifests.at(1).document, 1);
    }

    void readsClusterValueFrom()
    {
        const ReadResult result =
            read(header() + "spec:\n  nodePoolName: app\n  cluster:\n    valueFrom:\n"
                            "      kind: DigitalOceanKubernetesCluster\n      name: prod\n"
                            "  size: s-1vcpu-2gb\n  nodeCount: 1\n");
        QVERIFY(result.ok());
        QCOMPARE(result.manifests.first().spec.cluster.fromName, QStringLiteral("prod"));
        QCOMPARE(result.manifests.first().spec.cluster.fromKind,
                 QStringLiteral("DigitalOceanKubernetesCluster"));
    }

    void reportsBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("inMessageOrHint");

        QTest::newRow("misspelled spec key")
            << docWithSpec("  nodeCont: 2\n") << "spec.nodeCont" << 10 << 3 << "nodeCount";
        QTest::newRow("unknown top key") << header() + "specs: {}\n"
                                         << "specs" << 5 << 1 << "spec";
        QTest::newRow("misspelled taint key")
            << docWithSpec("  nodeCount: 1\n  taints:\n    - key: a\n      efect: NoSchedule\n")
            << "spec.taints[0].efect" << 13 << 7 << "effect";
        QTest::newRow("wrong apiVersion")
            << QByteArray("apiVersion: v1\nkind: DigitalOceanKubernetesNodePool\n"
                          "metadata: {name: a}\nspec: {}\n")
            << "apiVersion" << 1 << 13 << "digital-ocean.project-planton.org/v1";
        QTest::newRow("wrong kind")
            << QByteArray("apiVersion: digital-ocean.project-planton.org/v1\nkind: Pod\n") << "kind"
            << 2 << 7 << "DigitalOceanKubernetesNodePool";
        QTest::newRow("count as string")
            << docWithSpec("  nodeCount: \"3\"\n") << "spec.nodeCount" << 10 << 14 << "quotes";
        QTest::newRow("count as word")
            << docWithSpec("  nodeCount: three\n") << "spec.nodeCount" << 10 << 14 << "string";
        QTest::newRow("count as float")
            << docWithSpec("  nodeCount: 2.5\n") << "spec.nodeCount" << 10 << 14 << "number";
        QTest::newRow("autoscale as yes") << docWithSpec("  nodeCount: 1\n  autoScale: yes\n")
                                          << "spec.autoScale" << 11 << 14 << "true or false";
        QTest::newRow("labels as list") << docWithSpec("  nodeCount: 1\n  labels: [a, b]\n")
                                        << "spec.labels" << 11 << 11 << "mapping";
        QTest::newRow("label value boolean")
            << docWithSpec("  nodeCount: 1\n  labels:\n    gpu: true\n") << "spec.labels[\"gpu\"]"
            << 12 << 10 << "quotes";
        QTest::newRow("taint value boolean")
            << docWithSpec(
                   "  nodeCount: 1\n  taints:\n    - {key: a, value: true, effect: NoSchedule}\n")
            << "spec.taints[0].value" << 12 << 23 << "boolean";
        QTest::newRow("tags as string")
            << docWithSpec("  nodeCount: 1\n  tags: team:ml\n") << "spec.tags" << 11 << 9 << "list";
        QTest::newRow("duplicate key") << docWithSpec("  nodeCount: 1\n  nodeCount: 2\n")
                                       << "spec.nodeCount" << 11 << 3 << "twice";
        QTest::newRow("missing nodeCount")
            << docWithSpec("") << "spec.nodeCount" << 6 << 3 << "required";
        QTest::newRow("missing metadata")
            << QByteArray("apiVersion: digital-ocean.project-planton.org/v1\n"
                          "kind: DigitalOceanKubernetesNodePool\nspec: {}\n")
            << "metadata" << 1 << 1 << "required";
        QTest::newRow("cluster as string")
            << header() + "spec:\n  nodePoolName: a\n  cluster: c1\n  size: s\n  nodeCount: 1\n"
            << "spec.cluster" << 7 << 12 << "value";
        QTest::newRow("document is a list")
            << QByteArray("- a\n- b\n") << "" << 1 << 1 << "mapping";
        QTest::newRow("syntax error")
            << QByteArray("apiVersion: [unclosed\nkind: x\n") << "" << 2 << 5 << "syntax";
        QTest::newRow("bad indentation") << header() + "spec:\n  nodePoolName: a\n   size: b\n"
                                         << "" << 7 << 8 << "syntax";
    }
    void reportsBadDocuments()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, inMessageOrHint);
        const ReadResult result = read(yaml);
        QVERIFY(!result.ok());
        QVERIFY(result.manifests.isEmpty());
        const ManifestError& first = result.errors.first();
        QVERIFY2(errorPaths(result).contains(path), qPrintable(errorPaths(result).join(u',')));
        const ManifestError* found = nullptr;
        for (const ManifestError& e : result.errors)
            if (e.path == path && !found)
                found = &e;
        QVERIFY(found);
        Q_UNUSED(first);
        QCOMPARE(found->position.line, line);
        QCOMPARE(found->position.column, column);
        QVERIFY2(
            (found->message + u' ' + found->hint).contains(inMessageOrHint, Qt::CaseInsensitive),
            qPrintable(found->message + QStringLiteral(" / ") + found->hint));
    }

    void keepsGoodDocumentsBesideABadOne()
    {
        const QByteArray good = write(gpuManifest());
        const ReadResult result =
            read(good + "---\n" + docWithSpec("  nodeCount: x\n") + "---\n" + good);
        QCOMPARE(result.manifests.size(), 2);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().document, 1);
        QCOMPARE(result.manifests.at(1).document, 2);
    }

    void rejectsBillionLaughsQuickly()
    {
        QByteArray yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; ++c, ++prev) {
            yaml += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 9; ++i)
                yaml += QByteArray(i ? ", *" : "*") + QByteArray(1, prev);
            yaml += "]\n";
        }
        QElapsedTimer timer;
        timer.start();
        const ReadResult result = read(yaml);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().message.contains(u"expands"));
    }

    void rejectsOversizedFileBeforeParsing()
    {
        ReadOptions options;
        options.maxBytes = 1000;
        const ReadResult result = read(QByteArray(1001, '#'), options);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().message.contains(u"bytes"));
    }

    void rejectsDeepNestingWithoutCrashing()
    {
        const ReadResult result = read(QByteArray(100000, '[') + QByteArray(100000, ']'));
        QVERIFY(!result.ok());
    }

    // A cheap stand-in for a fuzzer: thousands of byte-level mutations of a
    // real manifest must each give manifests or errors, never a crash, and
    // whatever reads cleanly must write and read back to the same thing.
    void survivesMutatedInput()
    {
        const QByteArray original = readFile(testData(QStringLiteral("gpu-pool.yaml")));
        QVERIFY(!original.isEmpty());
        const char alphabet[] = ":-[]{}&*!|>'\"%@#,? \n\t0aZ~";
        QRandomGenerator random(20261128);
        for (int round = 0; round < 3000; ++round) {
            QByteArray yaml = original;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(int(yaml.size())));
                const char c = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
                switch (random.bounded(3)) {
                case 0:
                    yaml[at] = c;
                    break;
                case 1:
                    yaml.insert(at, c);
                    break;
                default:
                    yaml.remove(at, 1);
                }
            }
            const ReadResult result = read(yaml);
            QVERIFY2(!result.manifests.isEmpty() || !result.errors.isEmpty(), yaml.constData());
            for (const PoolManifest& m : result.manifests) {
                const ReadResult again = read(write(m));
                QVERIFY2(again.ok() && again.manifests.size() == 1 && again.manifests.first() == m,
                         yaml.constData());
            }
        }
    }

    void readsEmptyFileAsNoManifests()
    {
        const ReadResult result = read(QByteArray("# nothing here\n"));
        QVERIFY(result.ok());
        QVERIFY(result.manifests.isEmpty());
    }

    void placesValidationIssuesAtTheirLine()
    {
        const ReadResult result =
            read(docWithSpec("  nodeCount: 0\n  labels:\n    kubernetes.io/role: x\n"));
        QVERIFY(result.ok());
        const QList<ManifestError> errors = manifest::validate(result.manifests);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).path, QStringLiteral("spec.nodeCount"));
        QCOMPARE(errors.at(0).position.line, 10);
        QCOMPARE(errors.at(1).path, QStringLiteral("spec.labels[\"kubernetes.io/role\"]"));
        QCOMPARE(errors.at(1).position.line, 12);
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
