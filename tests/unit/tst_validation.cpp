#include "core/validation.h"

#include <QTest>

using namespace core;

namespace {

NodePoolSpec validSpec()
{
    NodePoolSpec spec;
    spec.name = QStringLiteral("app-workers");
    spec.cluster.value = QStringLiteral("bd5f5959-5e1e-4205-a714-a914373942af");
    spec.size = QStringLiteral("s-2vcpu-4gb");
    spec.count = 3;
    return spec;
}

QStringList pathsOf(const QList<ValidationIssue>& issues)
{
    QStringList out;
    for (const ValidationIssue& issue : issues)
        out << issue.path;
    return out;
}

Size size(const QString& slug)
{
    Size s;
    s.slug = slug;
    return s;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidSpec() { QCOMPARE(validate(validSpec()), QList<ValidationIssue>()); }

    void checksPoolNameAsDns1123Label_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "workers" << true;
        QTest::newRow("digits and dash") << "pool-1" << true;
        QTest::newRow("single char") << "a" << true;
        QTest::newRow("63 chars") << QString(63, u'a') << true;
        QTest::newRow("64 chars") << QString(64, u'a') << false;
        QTest::newRow("upper case") << "Workers" << false;
        QTest::newRow("underscore") << "app_workers" << false;
        QTest::newRow("dot") << "app.workers" << false;
        QTest::newRow("leading dash") << "-workers" << false;
        QTest::newRow("trailing dash") << "workers-" << false;
        QTest::newRow("space") << "app workers" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("unicode") << QStringLiteral("pööl") << false;
    }
    void checksPoolNameAsDns1123Label()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        NodePoolSpec spec = validSpec();
        spec.name = name;
        const QList<ValidationIssue> issues = validate(spec);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(pathsOf(issues), QStringList{QStringLiteral("spec.nodePoolName")});
            QVERIFY(!issues.first().hint.isEmpty());
        }
    }

    void acceptsExistingPoolWithOddName()
    {
        NodePoolSpec spec = validSpec();
        spec.name = QStringLiteral("Legacy_Pool");
        ValidationOptions options;
        options.currentName = QStringLiteral("Legacy_Pool");
        QCOMPARE(validate(spec, options), QList<ValidationIssue>());
    }

    void rejectsRenameToOddName()
    {
        NodePoolSpec spec = validSpec();
        spec.name = QStringLiteral("New_Name");
        ValidationOptions options;
        options.currentName = QStringLiteral("Legacy_Pool");
        QCOMPARE(pathsOf(validate(spec, options)),
                 QStringList{QStringLiteral("spec.nodePoolName")});
    }

    void rejectsNameUsedByAnotherPool()
    {
        ValidationOptions options;
        options.otherPoolNames = {QStringLiteral("app-workers")};
        const QList<ValidationIssue> issues = validate(validSpec(), options);
        QCOMPARE(pathsOf(issues), QStringList{QStringLiteral("spec.nodePoolName")});
        QVERIFY(issues.first().message.contains(u"already"));
    }

    void rejectsUnknownSizeWithSuggestion()
    {
        NodePoolSpec spec = validSpec();
        spec.size = QStringLiteral("s-2vcpu-4bg");
        ValidationOptions options;
        options.sizes = {size(QStringLiteral("s-1vcpu-2gb")), size(QStringLiteral("s-2vcpu-4gb"))};
        const QList<ValidationIssue> issues = validate(spec, options);
        QCOMPARE(pathsOf(issues), QStringList{QStringLiteral("spec.size")});
        QVERIFY2(issues.first().hint.contains(u"s-2vcpu-4gb"), qPrintable(issues.first().hint));
    }

    void checksSizeShapeWithoutCatalog_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("valid");
        QTest::newRow("basic") << "s-2vcpu-4gb" << true;
        QTest::newRow("cpu") << "c-2" << true;
        QTest::newRow("gpu") << "gpu-h100x1-80gb" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("upper") << "S-2VCPU" << false;
        QTest::newRow("space") << "s 2" << false;
    }
    void checksSizeShapeWithoutCatalog()
    {
        QFETCH(QString, slug);
        QFETCH(bool, valid);
        NodePoolSpec spec = validSpec();
        spec.size = slug;
        QCOMPARE(validate(spec).isEmpty(), valid);
    }

    void checksCountAndAutoscalingBounds_data()
    {
        QTest::addColumn<bool>("autoScale");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("minNodes");
        QTest::addColumn<int>("maxNodes");
        QTest::addColumn<QStringList>("paths");
        const QStringList none;
        QTest::newRow("fixed 1") << false << 1 << 0 << 0 << none;
        QTest::newRow("fixed 0") << false << 0 << 0 << 0 << QStringList{"spec.nodeCount"};
        QTest::newRow("fixed negative") << false << -2 << 0 << 0 << QStringList{"spec.nodeCount"};
        QTest::newRow("auto in range") << true << 3 << 2 << 5 << none;
        QTest::newRow("auto at min") << true << 2 << 2 << 5 << none;
        QTest::newRow("auto at max") << true << 5 << 2 << 5 << none;
        QTest::newRow("auto scale to zero") << true << 0 << 0 << 4 << none;
        QTest::newRow("auto count below min")
            << true << 1 << 2 << 5 << QStringList{"spec.nodeCount"};
        QTest::newRow("auto count above max")
            << true << 6 << 2 << 5 << QStringList{"spec.nodeCount"};
        QTest::newRow("auto min negative") << true << 1 << -1 << 5 << QStringList{"spec.minNodes"};
        QTest::newRow("auto max zero") << true << 0 << 0 << 0 << QStringList{"spec.maxNodes"};
        QTest::newRow("auto min above max") << true << 3 << 4 << 3 << QStringList{"spec.minNodes"};
        QTest::newRow("auto min equals max") << true << 3 << 3 << 3 << none;
    }
    void checksCountAndAutoscalingBounds()
    {
        QFETCH(bool, autoScale);
        QFETCH(int, count);
        QFETCH(int, minNodes);
        QFETCH(int, maxNodes);
        QFETCH(QStringList, paths);
        NodePoolSpec spec = validSpec();
        spec.autoScale = autoScale;
        spec.count = count;
        spec.minNodes = minNodes;
        spec.maxNodes = maxNodes;
        QCOMPARE(pathsOf(validate(spec)), paths);
    }

    void checksLabels_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "app"
                               << "web" << true;
        QTest::newRow("prefixed") << "example.com/team"
                                  << "ml" << true;
        QTest::newRow("empty value") << "marker"
                                     << "" << true;
        QTest::newRow("dots dashes underscores") << "a.b-c_d"
                                                 << "x.y-z_1" << true;
        QTest::newRow("name 63") << QString(63, u'k') << "v" << true;
        QTest::newRow("name 64") << QString(64, u'k') << "v" << false;
        QTest::newRow("value 63") << "k" << QString(63, u'v') << true;
        QTest::newRow("value 64") << "k" << QString(64, u'v') << false;
        QTest::newRow("prefix 253") << QString(63, u'a') + "." + QString(63, u'b') + "." +
                                           QString(63, u'c') + "." + QString(61, u'd') + "/k"
                                    << "v" << true;
        QTest::newRow("prefix 254") << QString(63, u'a') + "." + QString(63, u'b') + "." +
                                           QString(63, u'c') + "." + QString(62, u'd') + "/k"
                                    << "v" << false;
        QTest::newRow("empty key") << ""
                                   << "v" << false;
        QTest::newRow("two slashes") << "a/b/c"
                                     << "v" << false;
        QTest::newRow("empty prefix") << "/name"
                                      << "v" << false;
        QTest::newRow("empty name") << "example.com/"
                                    << "v" << false;
        QTest::newRow("upper prefix") << "Example.com/x"
                                      << "v" << false;
        QTest::newRow("name starts with dash") << "-app"
                                               << "v" << false;
        QTest::newRow("name ends with dot") << "app."
                                            << "v" << false;
        QTest::newRow("value with space") << "app"
                                          << "a b" << false;
        QTest::newRow("value ends with dash") << "app"
                                              << "web-" << false;
        QTest::newRow("value with slash") << "app"
                                          << "a/b" << false;
        QTest::newRow("doks prefix") << "doks.digitalocean.com/node-pool"
                                     << "x" << false;
        QTest::newRow("kubernetes.io") << "kubernetes.io/hostname"
                                       << "x" << false;
        QTest::newRow("node-role") << "node-role.kubernetes.io/worker"
                                   << "" << false;
        QTest::newRow("node.kubernetes.io") << "node.kubernetes.io/instance-type"
                                            << "x" << false;
        QTest::newRow("k8s.io") << "k8s.io/x"
                                << "x" << false;
        QTest::newRow("lookalike prefix allowed") << "mykubernetes.io/x"
                                                  << "x" << true;
        QTest::newRow("kubernetes.io.example allowed") << "kubernetes.io.example.com/x"
                                                       << "x" << true;
    }
    void checksLabels()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        NodePoolSpec spec = validSpec();
        spec.labels.insert(key, value);
        const QList<ValidationIssue> issues = validate(spec);
        QCOMPARE(issues.isEmpty(), valid);
        for (const ValidationIssue& issue : issues)
            QCOMPARE(issue.path, labelPath(key));
    }

    void rejectsReservedLabelWithHint()
    {
        const QList<ValidationIssue> issues =
            validateLabel(QStringLiteral("node-role.kubernetes.io/gpu"), QString());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path,
                 QStringLiteral("spec.labels[\"node-role.kubernetes.io/gpu\"]"));
        QVERIFY(issues.first().message.contains(u"joining"));
        QVERIFY(!issues.first().hint.isEmpty());
    }

    void checksTaints_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("effect");
        QTest::addColumn<QStringList>("paths");
        const QStringList none;
        QTest::newRow("gpu") << "nvidia.com/gpu"
                             << "true"
                             << "NoSchedule" << none;
        QTest::newRow("prefer") << "dedicated"
                                << "batch"
                                << "PreferNoSchedule" << none;
        QTest::newRow("execute") << "dedicated"
                                 << ""
                                 << "NoExecute" << none;
        QTest::newRow("bad effect") << "dedicated"
                                    << "batch"
                                    << "NoSchedul" << QStringList{"spec.taints[0].effect"};
        QTest::newRow("lower effect") << "dedicated"
                                      << "batch"
                                      << "noschedule" << QStringList{"spec.taints[0].effect"};
        QTest::newRow("empty effect") << "dedicated"
                                      << "batch"
                                      << "" << QStringList{"spec.taints[0].effect"};
        QTest::newRow("empty key") << ""
                                   << "batch"
                                   << "NoSchedule" << QStringList{"spec.taints[0].key"};
        QTest::newRow("bad key") << "a b"
                                 << "batch"
                                 << "NoSchedule" << QStringList{"spec.taints[0].key"};
        QTest::newRow("bad value") << "k"
                                   << "a b"
                                   << "NoSchedule" << QStringList{"spec.taints[0].value"};
        QTest::newRow("long value")
            << "k" << QString(64, u'v') << "NoSchedule" << QStringList{"spec.taints[0].value"};
        QTest::newRow("all bad") << ""
                                 << "-"
                                 << "x"
                                 << QStringList{"spec.taints[0].key", "spec.taints[0].value",
                                                "spec.taints[0].effect"};
    }
    void checksTaints()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, effect);
        QFETCH(QStringList, paths);
        NodePoolSpec spec = validSpec();
        spec.taints = {{key, value, effect}};
        QCOMPARE(pathsOf(validate(spec)), paths);
    }

    void rejectsTaintWithUnknownEffect()
    {
        NodePoolSpec spec = validSpec();
        spec.taints = {
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("NoSchedule")},
            {QStringLiteral("dedicated"), QStringLiteral("batch"), QStringLiteral("NoSchedul")}};
        const QList<ValidationIssue> issues = validate(spec);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("spec.taints[1].effect"));
        QVERIFY(issues.first().hint.contains(u"'NoSchedule'"));
    }

    void rejectsDuplicateTaintByKeyAndEffect()
    {
        NodePoolSpec spec = validSpec();
        spec.taints = {{QStringLiteral("k"), QStringLiteral("a"), QStringLiteral("NoSchedule")},
                       {QStringLiteral("k"), QStringLiteral("b"), QStringLiteral("NoExecute")},
                       {QStringLiteral("k"), QStringLiteral("c"), QStringLiteral("NoSchedule")}};
        QCOMPARE(pathsOf(validate(spec)), QStringList{QStringLiteral("spec.taints[2]")});
    }

    void checksTags_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("ok") << QStringList{"team:ml", "env-prod", "cost_center", "A1"}
                            << QStringList();
        QTest::newRow("255 chars") << QStringList{QString(255, u't')} << QStringList();
        QTest::newRow("256 chars")
            << QStringList{QString(256, u't')} << QStringList{"spec.tags[0]"};
        QTest::newRow("empty") << QStringList{"ok", ""} << QStringList{"spec.tags[1]"};
        QTest::newRow("space") << QStringList{"team ml"} << QStringList{"spec.tags[0]"};
        QTest::newRow("slash") << QStringList{"team/ml"} << QStringList{"spec.tags[0]"};
        QTest::newRow("dot") << QStringList{"v1.2"} << QStringList{"spec.tags[0]"};
        QTest::newRow("duplicate") << QStringList{"a", "b", "a"} << QStringList{"spec.tags[2]"};
        QTest::newRow("duplicate other case")
            << QStringList{"Prod", "prod"} << QStringList{"spec.tags[1]"};
        QTest::newRow("automatic k8s") << QStringList{"k8s"} << QStringList{"spec.tags[0]"};
        QTest::newRow("automatic worker")
            << QStringList{"x", "k8s:worker"} << QStringList{"spec.tags[1]"};
    }
    void checksTags()
    {
        QFETCH(QStringList, tags);
        QFETCH(QStringList, paths);
        NodePoolSpec spec = validSpec();
        spec.tags = tags;
        QCOMPARE(pathsOf(validate(spec)), paths);
    }

    void requiresClusterOnlyWhenAsked_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("fromKind");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("value") << "c1"
                               << ""
                               << "" << QStringList();
        QTest::newRow("valueFrom") << ""
                                   << "prod"
                                   << "DigitalOceanKubernetesCluster" << QStringList();
        QTest::newRow("none") << ""
                              << ""
                              << "" << QStringList{"spec.cluster"};
        QTest::newRow("both") << "c1"
                              << "prod"
                              << "" << QStringList{"spec.cluster"};
        QTest::newRow("valueFrom without name")
            << ""
            << ""
            << "DigitalOceanKubernetesCluster" << QStringList{"spec.cluster.valueFrom.name"};
    }
    void requiresClusterOnlyWhenAsked()
    {
        QFETCH(QString, value);
        QFETCH(QString, fromName);
        QFETCH(QString, fromKind);
        QFETCH(QStringList, paths);
        NodePoolSpec spec = validSpec();
        spec.cluster = {value, fromKind, fromName, QString()};
        QCOMPARE(validate(spec), QList<ValidationIssue>());
        ValidationOptions options;
        options.requireCluster = true;
        QCOMPARE(pathsOf(validate(spec, options)), paths);
    }

    void reportsEveryProblemInFieldOrder()
    {
        NodePoolSpec spec;
        spec.name = QStringLiteral("Bad Name");
        spec.size = QString();
        spec.count = 0;
        spec.labels.insert(QStringLiteral("kubernetes.io/x"), QStringLiteral("y"));
        spec.taints = {{QStringLiteral("k"), QString(), QStringLiteral("Never")}};
        spec.tags = {QStringLiteral("bad tag")};
        QCOMPARE(pathsOf(validate(spec)),
                 (QStringList{"spec.nodePoolName", "spec.size", "spec.nodeCount",
                              "spec.labels[\"kubernetes.io/x\"]", "spec.taints[0].effect",
                              "spec.tags[0]"}));
    }

    void rejectsDuplicateNamesWithinOneCluster()
    {
        NodePoolSpec a = validSpec();
        NodePoolSpec b = validSpec();
        NodePoolSpec otherCluster = validSpec();
        otherCluster.cluster.value = QStringLiteral("another");
        const QList<ValidationIssue> issues = validateAll({a, otherCluster, b});
        QCOMPARE(pathsOf(issues), QStringList{QStringLiteral("[2].spec.nodePoolName")});
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
