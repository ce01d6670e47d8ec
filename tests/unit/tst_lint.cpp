#include "core/lint.h"

#include <QTest>

using namespace core;

namespace {

// A pool that trips no rule on its own.
NodePoolSpec quietSpec()
{
    NodePoolSpec spec;
    spec.name = QStringLiteral("app");
    spec.size = QStringLiteral("s-2vcpu-4gb");
    spec.count = 3;
    spec.tags = {QStringLiteral("team:web")};
    return spec;
}

Size cpuSize()
{
    Size size;
    size.slug = QStringLiteral("s-2vcpu-4gb");
    size.regions = {QStringLiteral("nyc1"), QStringLiteral("fra1")};
    return size;
}

Size gpuSize()
{
    Size size;
    size.slug = QStringLiteral("gpu-h100x1-80gb");
    size.gpu = {1, QStringLiteral("nvidia_h100"), 80};
    size.regions = {QStringLiteral("tor1")};
    return size;
}

NodePool livePool(const NodePoolSpec& spec, const QString& id)
{
    NodePool pool;
    pool.id = id;
    pool.spec = spec;
    return pool;
}

QStringList rules(const QList<LintFinding>& findings)
{
    QStringList out;
    for (const LintFinding& f : findings)
        out << f.ruleId;
    return out;
}

LintContext withSizes()
{
    LintContext context;
    context.sizes = {cpuSize(), gpuSize()};
    return context;
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void quietSpecHasNoFindings()
    {
        QCOMPARE(lint(quietSpec(), withSizes()), QList<LintFinding>());
    }

    void firesEachRuleOnItsOwn_data()
    {
        QTest::addColumn<NodePoolSpec>("spec");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");

        NodePoolSpec s = quietSpec();
        s.count = 1;
        QTest::newRow("single-node") << s << "single-node"
                                     << "spec.nodeCount";
        s = quietSpec();
        s.autoScale = true;
        s.minNodes = 1;
        s.maxNodes = 2;
        QTest::newRow("autoscale-max-below-count") << s << "autoscale-max-below-count"
                                                   << "spec.maxNodes";
        s = quietSpec();
        s.maxNodes = 5;
        QTest::newRow("bounds-without-autoscale") << s << "bounds-without-autoscale"
                                                  << "spec.autoScale";
        s = quietSpec();
        s.size = gpuSize().slug;
        QTest::newRow("gpu-without-taint") << s << "gpu-without-taint"
                                           << "spec.taints";
        s = quietSpec();
        s.taints = {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("true"),
                     QStringLiteral("NoSchedule")}};
        QTest::newRow("gpu-taint-on-cpu-size") << s << "gpu-taint-on-cpu-size"
                                               << "spec.taints";
        s = quietSpec();
        s.tags = {QStringLiteral("web"), QStringLiteral("k8s:worker")};
        QTest::newRow("missing-cost-tag") << s << "missing-cost-tag"
                                          << "spec.tags";
        s = quietSpec();
        s.count = 26;
        QTest::newRow("beyond-droplet-limit count") << s << "beyond-droplet-limit"
                                                    << "spec.nodeCount";
        s = quietSpec();
        s.autoScale = true;
        s.minNodes = 1;
        s.maxNodes = 40;
        QTest::newRow("beyond-droplet-limit max") << s << "beyond-droplet-limit"
                                                  << "spec.maxNodes";
        s = quietSpec();
        s.taints = {
            {QStringLiteral("dedicated"), QStringLiteral("db"), QStringLiteral("NoExecute")}};
        QTest::newRow("noexecute-taint") << s << "noexecute-taint"
                                         << "spec.taints[0].effect";
        s = quietSpec();
        s.count = 1;
        s.labels = {{QStringLiteral("env"), QStringLiteral("production")}};
        QTest::newRow("production-single-node label") << s << "production-single-node"
                                                      << "spec.nodeCount";
        s = quietSpec();
        s.autoScale = true;
        s.count = 1;
        s.minNodes = 1;
        s.maxNodes = 1;
        s.tags << QStringLiteral("env:prod");
        QTest::newRow("production-single-node autoscaled tag") << s << "production-single-node"
                                                               << "spec.maxNodes";
        s = quietSpec();
        s.autoScale = true;
        s.minNodes = 0;
        s.maxNodes = 5;
        QTest::newRow("scale-to-zero-untainted") << s << "scale-to-zero-untainted"
                                                 << "spec.minNodes";
        s = quietSpec();
        s.labels = {{QStringLiteral("node-role.kubernetes.io/worker"), QString()}};
        QTest::newRow("reserved-label-prefix kubernetes.io")
            << s << "reserved-label-prefix"
            << "spec.labels[\"node-role.kubernetes.io/worker\"]";
        s = quietSpec();
        s.labels = {{QStringLiteral("doks.digitalocean.com/node-pool"), QStringLiteral("x")}};
        QTest::newRow("reserved-label-prefix doks")
            << s << "reserved-label-prefix"
            << "spec.labels[\"doks.digitalocean.com/node-pool\"]";
        s = quietSpec();
        s.size = gpuSize().slug;
        s.taints = {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("true"),
                     QStringLiteral("PreferNoSchedule")}};
        QTest::newRow("gpu-without-taint PreferNoSchedule is not enough")
            << s << "gpu-without-taint"
            << "spec.taints";
    }
    void firesEachRuleOnItsOwn()
    {
        QFETCH(NodePoolSpec, spec);
        QFETCH(QString, rule);
        QFETCH(QString, path);
        const QList<LintFinding> findings = lint(spec, withSizes());
        QCOMPARE(rules(findings), QStringList{rule});
        QCOMPARE(findings.first().path, path);
        QVERIFY(!findings.first().message.isEmpty());
        QVERIFY(!findings.first().hint.isEmpty());
    }

    void quietNeighboursOfTheNewRules()
    {
        NodePoolSpec s = quietSpec();
        s.labels = {{QStringLiteral("env"), QStringLiteral("prod")}};
        QCOMPARE(lint(s), QList<LintFinding>()); // production with 3 nodes
        s.autoScale = true;
        s.count = 1;
        s.minNodes = 1;
        s.maxNodes = 3;
        QCOMPARE(lint(s), QList<LintFinding>()); // production that can grow
        s = quietSpec();
        s.autoScale = true;
        s.minNodes = 0;
        s.maxNodes = 5;
        s.taints = {
            {QStringLiteral("dedicated"), QStringLiteral("batch"), QStringLiteral("NoSchedule")}};
        QCOMPARE(lint(s), QList<LintFinding>()); // tainted scale-to-zero pool
        s = quietSpec();
        s.labels = {{QStringLiteral("example.com/role"), QStringLiteral("web")},
                    {QStringLiteral("kubernetes.example.com/x"), QStringLiteral("y")}};
        QCOMPARE(lint(s), QList<LintFinding>()); // prefixes that only look reserved
        s = quietSpec();
        s.tags = {QStringLiteral("project:shop")};
        QCOMPARE(lint(s), QList<LintFinding>()); // any key:value tag attributes cost
        s.tags = {QStringLiteral("k8s:worker"), QStringLiteral("team:"), QStringLiteral(":web")};
        QCOMPARE(rules(lint(s)), QStringList{QStringLiteral("missing-cost-tag")});
        s = quietSpec();
        s.size = gpuSize().slug;
        s.taints = {
            {QStringLiteral("dedicated"), QStringLiteral("ml"), QStringLiteral("NoSchedule")}};
        QCOMPARE(lint(s, withSizes()), QList<LintFinding>()); // any NoSchedule taint keeps pods off
    }

    void productionSingleNodeReplacesSingleNode()
    {
        NodePoolSpec s = quietSpec();
        s.count = 1;
        s.labels = {{QStringLiteral("example.com/environment"), QStringLiteral("PROD")}};
        QCOMPARE(rules(lint(s)), QStringList{QStringLiteral("production-single-node")});
    }

    void warnsAboutASinglePoolCluster()
    {
        LintContext context;
        context.cluster = Cluster();
        context.cluster->pools = {livePool(quietSpec(), QStringLiteral("p1"))};
        const QList<LintFinding> findings = lintAll({quietSpec()}, context);
        QCOMPARE(rules(findings), QStringList{QStringLiteral("single-pool-cluster")});
        QCOMPARE(findings.first().path, QStringLiteral("cluster"));
        NodePoolSpec second = quietSpec();
        second.name = QStringLiteral("workers");
        QCOMPARE(lintAll({quietSpec(), second}, context), QList<LintFinding>());
        QCOMPARE(lintAll({quietSpec()}), QList<LintFinding>()); // cluster unknown offline
    }

    void warnsAboutWorkloadsOnTheDefaultPool()
    {
        NodePoolSpec first = quietSpec();
        first.name = QStringLiteral("default");
        NodePoolSpec second = quietSpec();
        LintContext context;
        context.cluster = Cluster();
        NodePoolSpec labelled = first;
        labelled.labels = {{QStringLiteral("app"), QStringLiteral("shop")}};
        context.cluster->pools = {livePool(labelled, QStringLiteral("p1")),
                                  livePool(second, QStringLiteral("p2"))};
        QList<LintFinding> findings = lint(labelled, context);
        QCOMPARE(rules(findings), QStringList{QStringLiteral("workloads-on-default-pool")});
        QCOMPARE(findings.first().path, QStringLiteral("spec.labels"));
        NodePoolSpec autoscaled = first;
        autoscaled.autoScale = true;
        autoscaled.minNodes = 2;
        autoscaled.maxNodes = 6;
        context.cluster->pools.first().spec = autoscaled;
        findings = lint(autoscaled, context);
        QCOMPARE(rules(findings), QStringList{QStringLiteral("workloads-on-default-pool")});
        QCOMPARE(findings.first().path, QStringLiteral("spec.autoScale"));
        NodePoolSpec labelledSecond = second;
        labelledSecond.labels = {{QStringLiteral("app"), QStringLiteral("shop")}};
        QCOMPARE(lint(labelledSecond, context), QList<LintFinding>()); // not the default pool
    }

    void everyRuleHasASeverity()
    {
        QCOMPARE(lintSeverity(QStringLiteral("single-node")), LintSeverity::Info);
        QCOMPARE(lintSeverity(QStringLiteral("missing-cost-tag")), LintSeverity::Info);
        QCOMPARE(lintSeverity(QStringLiteral("gpu-without-taint")), LintSeverity::Warning);
        QCOMPARE(lintSeverity(QStringLiteral("production-single-node")), LintSeverity::Warning);
        QCOMPARE(lintSeverity(QStringLiteral("beyond-droplet-limit")), LintSeverity::Warning);
        QCOMPARE(lintSeverityName(LintSeverity::Info), QStringLiteral("info"));
        QCOMPARE(lintSeverityName(LintSeverity::Warning), QStringLiteral("warning"));
    }

    void gpuPoolWithTaintIsQuiet()
    {
        NodePoolSpec spec = quietSpec();
        spec.size = gpuSize().slug;
        spec.taints = {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("true"),
                        QStringLiteral("NoSchedule")}};
        QCOMPARE(lint(spec, withSizes()), QList<LintFinding>());
    }

    void acceptsCostCenterTag()
    {
        NodePoolSpec spec = quietSpec();
        spec.tags = {QStringLiteral("cost-center:ml")};
        QCOMPARE(lint(spec), QList<LintFinding>());
    }

    void honoursTheAccountDropletLimit()
    {
        NodePoolSpec spec = quietSpec();
        spec.count = 26;
        LintContext context;
        context.dropletLimit = 100;
        QCOMPARE(lint(spec, context), QList<LintFinding>());
    }

    void warnsWhenTheOnlyPoolScalesToZero()
    {
        NodePoolSpec spec = quietSpec();
        spec.autoScale = true;
        spec.count = 1;
        spec.minNodes = 0;
        spec.maxNodes = 3;
        // Tainted, so scale-to-zero-untainted stays out of this test.
        spec.taints = {
            {QStringLiteral("dedicated"), QStringLiteral("batch"), QStringLiteral("NoSchedule")}};
        LintContext context;
        context.cluster = Cluster();
        context.cluster->pools = {livePool(spec, QStringLiteral("p1"))};
        QCOMPARE(rules(lint(spec, context)),
                 QStringList{QStringLiteral("only-pool-scales-to-zero")});
        // The other pool comes first: it is the default pool, so this
        // autoscaled one is not workloads-on-default-pool.
        context.cluster->pools.prepend(livePool(quietSpec(), QStringLiteral("p2")));
        context.cluster->pools.first().spec.name = QStringLiteral("other");
        QCOMPARE(lint(spec, context), QList<LintFinding>());
        NodePoolSpec other = quietSpec();
        other.name = QStringLiteral("other");
        QCOMPARE(rules(lintAll({spec, other})), QStringList()); // two declared pools
    }

    void warnsWhenTouchingTheDefaultPool()
    {
        NodePoolSpec first = quietSpec();
        first.name = QStringLiteral("default");
        NodePoolSpec second = quietSpec();
        LintContext context;
        context.cluster = Cluster();
        context.cluster->pools = {livePool(first, QStringLiteral("p1")),
                                  livePool(second, QStringLiteral("p2"))};
        QCOMPARE(lint(first, context), QList<LintFinding>()); // unchanged
        NodePoolSpec changed = first;
        changed.count = 5;
        QCOMPARE(rules(lint(changed, context)),
                 QStringList{QStringLiteral("touches-default-pool")});
        NodePoolSpec otherChanged = second;
        otherChanged.count = 5;
        QCOMPARE(lint(otherChanged, context), QList<LintFinding>());
    }

    void warnsThatRemovedLabelsStayOnNodes()
    {
        NodePoolSpec before = quietSpec();
        before.labels = {{QStringLiteral("tier"), QStringLiteral("db")}};
        LintContext context;
        context.cluster = Cluster();
        context.cluster->pools = {livePool(before, QStringLiteral("p1")),
                                  livePool(quietSpec(), QStringLiteral("p0"))};
        context.cluster->pools.last().spec.name = QStringLiteral("other");
        std::swap(context.cluster->pools[0], context.cluster->pools[1]); // not the default pool
        const QList<LintFinding> findings = lint(quietSpec(), context);
        QCOMPARE(rules(findings), QStringList{QStringLiteral("label-removal-sticks")});
        QVERIFY(findings.first().message.contains(u"tier"));
    }

    void existingNoExecuteTaintIsNotNews()
    {
        NodePoolSpec spec = quietSpec();
        spec.taints = {
            {QStringLiteral("dedicated"), QStringLiteral("db"), QStringLiteral("NoExecute")}};
        LintContext context;
        context.cluster = Cluster();
        context.cluster->pools = {livePool(quietSpec(), QStringLiteral("p0")),
                                  livePool(spec, QStringLiteral("p1"))};
        context.cluster->pools.first().spec.name = QStringLiteral("default");
        QCOMPARE(lint(spec, context), QList<LintFinding>());
    }

    void checksSizeRegionAndAvailability()
    {
        LintContext context = withSizes();
        context.cluster = Cluster();
        context.cluster->region = QStringLiteral("sgp1");
        context.cluster->pools = {livePool(quietSpec(), QStringLiteral("p0"))};
        context.cluster->pools.first().spec.name = QStringLiteral("default");
        QCOMPARE(rules(lint(quietSpec(), context)),
                 QStringList{QStringLiteral("size-not-in-region")});
        context.cluster->region = QStringLiteral("fra1");
        context.sizes.first().available = false;
        QCOMPARE(rules(lint(quietSpec(), context)),
                 QStringList{QStringLiteral("size-unavailable")});
    }

    void sumsPeakNodesAcrossTheCluster()
    {
        NodePoolSpec a = quietSpec();
        a.count = 10;
        NodePoolSpec b = quietSpec();
        b.name = QStringLiteral("b");
        b.autoScale = true;
        b.minNodes = 1;
        b.count = 1;
        b.maxNodes = 20;
        const QList<LintFinding> findings = lintAll({a, b});
        QCOMPARE(rules(findings), QStringList{QStringLiteral("beyond-droplet-limit")});
        QCOMPARE(findings.first().path, QStringLiteral("cluster"));
        QVERIFY(findings.first().message.contains(u"30"));
    }

    void prefixesPathsWithTheSpecIndex()
    {
        NodePoolSpec single = quietSpec();
        single.name = QStringLiteral("b");
        single.count = 1;
        const QList<LintFinding> findings = lintAll({quietSpec(), single});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().path, QStringLiteral("[1].spec.nodeCount"));
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
