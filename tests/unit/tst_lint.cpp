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
        s.tags = {QStringLiteral("env:prod")};
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
        LintContext context;
        context.cluster = Cluster();
        context.cluster->pools = {livePool(spec, QStringLiteral("p1"))};
        QCOMPARE(rules(lint(spec, context)),
                 QStringList{QStringLiteral("only-pool-scales-to-zero")});
        context.cluster->pools << livePool(quietSpec(), QStringLiteral("p2"));
        context.cluster->pools.last().spec.name = QStringLiteral("other");
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
