// poolctl validate, lint and fmt as a script runs them: on the example
// manifests and on generated files, with no token and no network.
#include "../refusedport.h"
#include "poolctlrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("dop_v1_files_secret_0123456789");

using Run = PoolctlRun;

QString example(const char* name)
{
    return QStringLiteral(POOLSTUDIO_TEST_DATA "/manifests/") + QLatin1String(name);
}

QString pool(const QString& name, const QString& body)
{
    return QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                          "kind: DigitalOceanKubernetesNodePool\n"
                          "metadata:\n  name: %1\n"
                          "spec:\n  nodePoolName: %1\n"
                          "  cluster:\n    value: 0a1b2c3d-0000-4000-8000-000000000001\n"
                          "  size: s-2vcpu-4gb\n")
               .arg(name) +
           body;
}

} // namespace

class PoolctlFilesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // No token unless asked: these commands must not need one.
    Run poolctl(const QStringList& arguments, const QString& token = {})
    {
        // Nothing listens here: a command that tried the network would fail.
        const RefusedPort refused;
        return runPoolctl(
            arguments,
            {.token = token,
             .environment = {{QStringLiteral("DIGITALOCEAN_API_URL"),
                              QStringLiteral("http://127.0.0.1:%1").arg(refused.port())}},
             .secrets = {Token.toUtf8()}});
    }

    QString writeFile(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

    QByteArray readFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    // `count` valid pools of one cluster in one file, `---` between them.
    QString generated(int count)
    {
        QStringList documents;
        for (int i = 0; i < count; ++i)
            documents << pool(QStringLiteral("pool-%1").arg(i),
                              QStringLiteral("  nodeCount: %1\n"
                                             "  labels:\n    app: \"on\"\n    index: \"%2\"\n"
                                             "  taints:\n    - key: dedicated\n"
                                             "      value: \"true\"\n      effect: NoSchedule\n"
                                             "  tags:\n    - team:web\n")
                                  .arg(2 + i % 3)
                                  .arg(i));
        return writeFile(QStringLiteral("generated-%1.yaml").arg(count),
                         documents.join(QStringLiteral("---\n")));
    }

private Q_SLOTS:
    void helpListsTheFileCommandsAndTheirExitCodes()
    {
        const Run help = poolctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* word : {"validate FILE...", "lint FILE...", "fmt FILE", "--write",
                                 "--droplet-limit", "no token, no network",
                                 "Exit codes of validate, lint and fmt", "4 validation errors"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
    }

    void validateAcceptsTheExamples_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name :
             {"basic-pool.yaml", "autoscale-pool.yaml", "gpu-pool.yaml", "planton-pool.yaml"})
            QTest::newRow(name) << example(name);
    }
    void validateAcceptsTheExamples()
    {
        QFETCH(QString, file);
        const Run run = poolctl({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"1 pool(s) in 1 file(s): valid"), qPrintable(run.out));
    }

    void validateNeedsNoTokenAndNeverPrintsOne()
    {
        const Run run = poolctl({QStringLiteral("validate"), example("basic-pool.yaml"),
                                 example("invalid-taint-effect.yaml")},
                                Token);
        QCOMPARE(run.exitCode, 1); // poolctl() checks the token did not show
    }

    void validateNamesFileLineColumnAndField()
    {
        const QString file = example("invalid-taint-effect.yaml");
        const Run run = poolctl({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(file + QStringLiteral(":15:15: spec.taints[0].effect: ")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"did you mean 'NoSchedule'?"), qPrintable(run.out));
    }

    void validateSeveralFilesReportsOnlyTheBadOne()
    {
        const Run run = poolctl({QStringLiteral("validate"), example("basic-pool.yaml"),
                                 example("gpu-pool.yaml"), example("invalid-taint-effect.yaml")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out.count(u'\n'), 1);
        QVERIFY(run.out.contains(u"invalid-taint-effect.yaml:15:15"));
    }

    void validateReportsUnknownKeysAndTypesWithTheirLine()
    {
        const QString file = writeFile(
            QStringLiteral("typo.yaml"),
            pool(QStringLiteral("typo"), QStringLiteral("  nodeCont: 3\n  autoScale: maybe\n")));
        const Run run = poolctl({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(file + QStringLiteral(":10:3: spec.nodeCont: ")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"nodeCount"), qPrintable(run.out)); // the suggestion
        QVERIFY2(run.out.contains(file + QStringLiteral(":11:14: spec.autoScale: ")),
                 qPrintable(run.out));
    }

    void validatePlacesPlantonMetadataErrorsAtTheirField()
    {
        // Metadata sits before spec here: lines 5 onwards are the ones below.
        const QString file = writeFile(
            QStringLiteral("planton-bad.yaml"),
            QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                           "kind: DigitalOceanKubernetesNodePool\n"
                           "metadata:\n  name: bad\n"
                           "  org: acme\n  env: [prod]\n"
                           "  labels:\n    tier: 1\n"
                           "  owner: platform\n"
                           "  relationships:\n    - kind: DigitalOceanVpc\n      type: uses\n"
                           "spec:\n  nodePoolName: bad\n"
                           "  cluster:\n    value: 0a1b2c3d-0000-4000-8000-000000000001\n"
                           "  size: s-2vcpu-4gb\n  nodeCount: 2\n"));
        const Run run = poolctl({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 1);
        for (const QString& expected :
             {QStringLiteral(":6:8: metadata.env: expected a string, got a list"),
              QStringLiteral(":8:11: metadata.labels[\"tier\"]: expected a string"),
              QStringLiteral(":9:3: metadata.owner: unknown key 'owner'"),
              QStringLiteral(":11:7: metadata.relationships[0].name: "
                             "'metadata.relationships[0].name' is required")})
            QVERIFY2(run.out.contains(file + expected), qPrintable(run.out));
        QCOMPARE(run.out.count(u'\n'), 4);
    }

    void validateCallsUnusableInputExitTwo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QStringLiteral("spec: [unclosed\n  - x: {\n")
                                << QStringLiteral("YAML syntax error");
        QTest::newRow("not a mapping")
            << QStringLiteral("- just\n- a list\n") << QStringLiteral("must be a mapping");
        QTest::newRow("alias bomb")
            << QStringLiteral("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                              "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                              "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                              "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                              "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n")
            << QStringLiteral("YAML nodes");
    }
    void validateCallsUnusableInputExitTwo()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString file = writeFile(QStringLiteral("unusable.yaml"), text);
        const Run run = poolctl({QStringLiteral("validate"), example("basic-pool.yaml"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QVERIFY2(run.out.startsWith(file + u':'), qPrintable(run.out));
    }

    void validateMissingFileIsUnusable()
    {
        const QString file = m_dir.filePath(QStringLiteral("absent.yaml"));
        const Run run =
            poolctl({QStringLiteral("validate"), file, example("invalid-taint-effect.yaml")});
        QCOMPARE(run.exitCode, 2); // unusable outranks findings
        QVERIFY2(run.out.contains(file + QStringLiteral(": cannot read the file")),
                 qPrintable(run.out));
    }

    void validateWithoutFilesIsUsage()
    {
        QCOMPARE(poolctl({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(poolctl({QStringLiteral("fmt")}).exitCode, 2);
        QCOMPARE(poolctl({QStringLiteral("lint"), example("basic-pool.yaml"),
                          QStringLiteral("--droplet-limit"), QStringLiteral("many")})
                     .exitCode,
                 2);
    }

    void validateGeneratedFile()
    {
        const QString file = generated(300);
        const Run run = poolctl({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"300 pool(s) in 1 file(s): valid"), qPrintable(run.out));
    }

    void validateAThousandPoolFile()
    {
        // More documents than the editor reads at once: a fleet in one file.
        const QString file = generated(1000);
        const Run run = poolctl({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"1000 pool(s) in 1 file(s): valid"), qPrintable(run.out));
    }

    void validateAThousandPoolFileInFlowStyle()
    {
        // Lists written [a, b] are read by yaml-cpp rather than the fast
        // block reader; a fleet written that way is just as valid.
        QString text = QString::fromUtf8(readFile(generated(1000)));
        text.replace(QStringLiteral("  tags:\n    - team:web\n"),
                     QStringLiteral("  tags: [team:web]\n"));
        QCOMPARE(text.count(QStringLiteral("[team:web]")), 1000);
        const QString file = writeFile(QStringLiteral("flow-1000.yaml"), text);
        const Run run = poolctl({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"1000 pool(s) in 1 file(s): valid"), qPrintable(run.out));
    }

    void validateAsJson()
    {
        const Run run = poolctl({QStringLiteral("validate"), QStringLiteral("-o"),
                                 QStringLiteral("json"), example("invalid-taint-effect.yaml")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(u"path").toString(), QStringLiteral("spec.taints[0].effect"));
        QCOMPARE(first.value(u"line").toInt(), 15);
        QCOMPARE(first.value(u"column").toInt(), 15);
        QCOMPARE(first.value(u"severity").toString(), QStringLiteral("error"));
    }

    void lintExamples()
    {
        // basic-pool is clean; the examples share one cluster, 19 droplets at most.
        Run run = poolctl({QStringLiteral("lint"), example("basic-pool.yaml")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"no findings"), qPrintable(run.out));
        run = poolctl({QStringLiteral("lint"), example("basic-pool.yaml"),
                       example("autoscale-pool.yaml"), example("gpu-pool.yaml")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"no findings"), qPrintable(run.out));
        run = poolctl({QStringLiteral("lint"), QStringLiteral("--droplet-limit"),
                       QStringLiteral("8"), example("autoscale-pool.yaml")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(example("autoscale-pool.yaml") +
                                  QStringLiteral(":13:13: warning [beyond-droplet-limit] "
                                                 "spec.maxNodes: ")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"(fix: "), qPrintable(run.out));
        // Validation errors are findings too, with their own rule id.
        run = poolctl({QStringLiteral("lint"), example("invalid-taint-effect.yaml")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u":15:15: error [invalid] spec.taints[0].effect"),
                 qPrintable(run.out));
    }

    void lintFiresTheBestPracticeRules()
    {
        const QString file = writeFile(
            QStringLiteral("lint.yaml"),
            pool(QStringLiteral("prod-one"),
                 QStringLiteral("  nodeCount: 1\n  labels:\n    env: production\n"
                                "  tags: [team:web]\n")) +
                QStringLiteral("---\n") +
                pool(QStringLiteral("batch"),
                     QStringLiteral("  nodeCount: 1\n  autoScale: true\n  minNodes: 0\n"
                                    "  maxNodes: 30\n  tags: [team:data]\n")) +
                QStringLiteral("---\n") +
                pool(QStringLiteral("untagged"), QStringLiteral("  nodeCount: 2\n  tags: [web]\n"))
                    .replace(QStringLiteral("s-2vcpu-4gb"), QStringLiteral("gpu-h100x1-80gb")));
        const Run run = poolctl({QStringLiteral("lint"), file});
        QCOMPARE(run.exitCode, 1);
        const auto has = [&](const QString& text) {
            if (!run.out.contains(text))
                qWarning("missing %s in\n%s", qPrintable(text), qPrintable(run.out));
            return run.out.contains(text);
        };
        QVERIFY(has(file + QStringLiteral(":10:14: warning [production-single-node] "
                                          "spec.nodeCount: ")));
        QVERIFY(has(QStringLiteral(":27:13: warning [beyond-droplet-limit] spec.maxNodes")));
        QVERIFY(has(QStringLiteral("info [scale-to-zero-untainted] spec.minNodes")));
        QVERIFY(has(QStringLiteral("warning [gpu-without-taint] spec.taints")));
        QVERIFY(has(QStringLiteral("info [missing-cost-tag] spec.tags")));
        QVERIFY(has(QStringLiteral("warning [beyond-droplet-limit] cluster: ")));
        QVERIFY(!run.out.contains(u"[single-node]")); // production-single-node replaces it
    }

    void lintReservedLabelPrefix()
    {
        const QString file =
            writeFile(QStringLiteral("reserved.yaml"),
                      pool(QStringLiteral("roles"),
                           QStringLiteral("  nodeCount: 2\n  labels:\n"
                                          "    node-role.kubernetes.io/worker: \"\"\n"
                                          "  tags: [team:web]\n")));
        const Run run = poolctl({QStringLiteral("lint"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"warning [reserved-label-prefix] "
                                  u"spec.labels[\"node-role.kubernetes.io/worker\"]"),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"error [invalid]"), qPrintable(run.out)); // validation too
    }

    void lintAsJson()
    {
        const Run run = poolctl({QStringLiteral("lint"), QStringLiteral("-o"),
                                 QStringLiteral("json"), QStringLiteral("--droplet-limit"),
                                 QStringLiteral("8"), example("autoscale-pool.yaml")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!array.isEmpty());
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(u"rule").toString(), QStringLiteral("beyond-droplet-limit"));
        QCOMPARE(first.value(u"severity").toString(), QStringLiteral("warning"));
        QVERIFY(!first.value(u"hint").toString().isEmpty());
    }

    void lintGeneratedFileIsClean()
    {
        const Run run = poolctl({QStringLiteral("lint"), QStringLiteral("--droplet-limit"),
                                 QStringLiteral("2000"), generated(300)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"no findings"), qPrintable(run.out));
    }

    void fmtPrintsTheCanonicalForm()
    {
        const QString messy = writeFile(
            QStringLiteral("messy.yaml"),
            QStringLiteral("# a comment\n"
                           "kind: DigitalOceanKubernetesNodePool\n"
                           "apiVersion: digital-ocean.project-planton.org/v1\n"
                           "spec:\n"
                           "  tags: [\"on\", team:web]\n"
                           "  taints: [{effect: NoSchedule, key: dedicated, value: 'true'}]\n"
                           "  labels: {b: '0x1', a: \"1.0\"}\n"
                           "  nodeCount: 3\n"
                           "  size: s-2vcpu-4gb\n"
                           "  cluster: {value: 0a1b2c3d-0000-4000-8000-000000000001}\n"
                           "  nodePoolName: messy\n"
                           "metadata: {name: messy}\n"));
        const QByteArray before = readFile(messy);
        const Run run = poolctl({QStringLiteral("fmt"), messy});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(messy), before); // without --write the file stays
        const QString expected = QStringLiteral(
            "apiVersion: digital-ocean.project-planton.org/v1\n"
            "kind: DigitalOceanKubernetesNodePool\n"
            "metadata:\n  name: messy\n"
            "spec:\n  nodePoolName: messy\n"
            "  cluster:\n    value: 0a1b2c3d-0000-4000-8000-000000000001\n"
            "  size: s-2vcpu-4gb\n  nodeCount: 3\n"
            "  labels:\n    a: \"1.0\"\n    b: \"0x1\"\n"
            "  taints:\n    - key: dedicated\n      value: \"true\"\n      effect: NoSchedule\n"
            "  tags:\n    - \"on\"\n    - team:web\n");
        QCOMPARE(run.out, expected);

        // Canonical output is a fixed point and still valid.
        const QString canonical = writeFile(QStringLiteral("canonical.yaml"), run.out);
        QCOMPARE(poolctl({QStringLiteral("fmt"), canonical}).out, expected);
        QCOMPARE(poolctl({QStringLiteral("validate"), canonical}).exitCode, 0);
    }

    void fmtWriteRewritesInPlaceOnce()
    {
        const QString file = writeFile(
            QStringLiteral("rewrite.yaml"),
            QString::fromUtf8(readFile(example("gpu-pool.yaml")))
                .replace(QStringLiteral("  nodeCount"), QStringLiteral("  # note\n  nodeCount")));
        Run run = poolctl({QStringLiteral("fmt"), QStringLiteral("--write"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"formatted"), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const QByteArray once = readFile(file);
        QVERIFY(!once.contains("# note"));
        run = poolctl({QStringLiteral("fmt"), QStringLiteral("--write"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"already formatted"), qPrintable(run.err));
        QCOMPARE(readFile(file), once);
        QCOMPARE(poolctl({QStringLiteral("validate"), file}).exitCode, 0);
    }

    void fmtLeavesAFormattedPlantonFileByteForByte()
    {
        const QByteArray planton = readFile(example("planton-pool.yaml"));
        QVERIFY(planton.contains("  relationships:\n"));
        QCOMPARE(poolctl({QStringLiteral("fmt"), example("planton-pool.yaml")}).out.toUtf8(),
                 planton);
        const QString copy = writeFile(QStringLiteral("planton.yaml"), QString::fromUtf8(planton));
        const Run run = poolctl({QStringLiteral("fmt"), QStringLiteral("--write"), copy});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"already formatted"), qPrintable(run.err));
        QCOMPARE(readFile(copy), planton);
    }

    void fmtKeepsPlantonMetadataOfAMessyFile()
    {
        // Flow style and odd key order in, the canonical order out, with the
        // maps' entries as they were written.
        const QString messy = writeFile(
            QStringLiteral("planton-messy.yaml"),
            QStringLiteral("kind: DigitalOceanKubernetesNodePool\n"
                           "apiVersion: digital-ocean.project-planton.org/v1\n"
                           "spec: {nodePoolName: p, size: s-2vcpu-4gb, nodeCount: 1,\n"
                           "  cluster: {value: 0a1b2c3d-0000-4000-8000-000000000001}}\n"
                           "metadata:\n"
                           "  relationships: [{type: uses, name: v, kind: DigitalOceanVpc}]\n"
                           "  tags: [b, a]\n"
                           "  labels: {z: '1', a: \"2\"}\n"
                           "  env: prod\n  org: acme\n  name: p\n"));
        const Run run = poolctl({QStringLiteral("fmt"), messy});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                                "kind: DigitalOceanKubernetesNodePool\n"
                                "metadata:\n  name: p\n  org: acme\n  env: prod\n"
                                "  labels:\n    z: \"1\"\n    a: \"2\"\n"
                                "  tags:\n    - b\n    - a\n"
                                "  relationships:\n    - kind: DigitalOceanVpc\n"
                                "      name: v\n      type: uses\n"
                                "spec:\n  nodePoolName: p\n"
                                "  cluster:\n    value: 0a1b2c3d-0000-4000-8000-000000000001\n"
                                "  size: s-2vcpu-4gb\n  nodeCount: 1\n"));
    }

    void fmtKeepsEveryDocumentOfAGeneratedFile()
    {
        const QString file = generated(50);
        const Run run = poolctl({QStringLiteral("fmt"), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("nodePoolName: ")), 50);
        QCOMPARE(run.out.count(QStringLiteral("\n---\n")), 49);
    }

    void fmtRefusesFilesItCannotReadWhole()
    {
        const QString broken =
            writeFile(QStringLiteral("broken.yaml"), QStringLiteral("spec: [unclosed\n"));
        Run run = poolctl({QStringLiteral("fmt"), QStringLiteral("--write"), broken});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(broken + u':'), qPrintable(run.err));
        QCOMPARE(readFile(broken), QByteArray("spec: [unclosed\n"));

        const QString typo =
            writeFile(QStringLiteral("fmt-typo.yaml"),
                      pool(QStringLiteral("typo"), QStringLiteral("  nodeCont: 3\n")));
        const QByteArray before = readFile(typo);
        run = poolctl({QStringLiteral("fmt"), QStringLiteral("--write"), typo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"spec.nodeCont"), qPrintable(run.err));
        QCOMPARE(readFile(typo), before);

        run = poolctl({QStringLiteral("fmt"), m_dir.filePath(QStringLiteral("absent.yaml"))});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(PoolctlFilesTest)
#include "tst_poolctl_files.moc"
