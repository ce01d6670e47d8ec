#include "core/plan.h"

#include <QJsonDocument>
#include <QTest>

using namespace core;

namespace {

NodePoolSpec spec(const QString& name, int count = 2,
                  const QString& size = QStringLiteral("s-2vcpu-4gb"))
{
    NodePoolSpec s;
    s.name = name;
    s.size = size;
    s.count = count;
    s.cluster.value = QStringLiteral("c1");
    return s;
}

NodePool live(const NodePoolSpec& s, const QString& id)
{
    NodePool pool;
    pool.id = id;
    pool.spec = s;
    for (int i = 0; i < s.count; ++i) {
        Node node;
        node.id = QStringLiteral("%1-n%2").arg(id).arg(i);
        pool.nodes << node;
    }
    return pool;
}

QList<Size> sizes()
{
    Size small;
    small.slug = QStringLiteral("s-2vcpu-4gb");
    small.priceMonthlyCents = 2400;
    Size big;
    big.slug = QStringLiteral("s-4vcpu-8gb");
    big.priceMonthlyCents = 4800;
    return {small, big};
}

PlanOptions priced()
{
    PlanOptions options;
    options.sizes = sizes();
    return options;
}

QStringList fields(const PlanOperation& op)
{
    QStringList out;
    for (const FieldChange& c : op.changes)
        out << c.field;
    return out;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void plansNothingWhenLiveMatches()
    {
        const Plan p = plan({spec(QStringLiteral("a"))},
                            {live(spec(QStringLiteral("a")), QStringLiteral("p1"))}, priced());
        QVERIFY(p.isEmpty());
        QVERIFY(!p.isDestructive());
        QCOMPARE(p.monthlyCentsBefore, 4800);
        QCOMPARE(p.monthlyCentsAfter, 4800);
        QVERIFY(planText(p).contains(u"No changes"));
    }

    void createsMissingPools()
    {
        const Plan p = plan({spec(QStringLiteral("a")), spec(QStringLiteral("b"), 3)},
                            {live(spec(QStringLiteral("a")), QStringLiteral("p1"))}, priced());
        QCOMPARE(p.operations.size(), 1);
        const PlanOperation& op = p.operations.first();
        QCOMPARE(op.kind, OperationKind::Create);
        QCOMPARE(op.poolName, QStringLiteral("b"));
        QCOMPARE(op.body.value(u"count").toInt(), 3);
        QCOMPARE(op.monthlyCentsAfter, 7200);
        QVERIFY(!op.isDestructive());
        QCOMPARE(p.monthlyCentsAfter, 4800 + 7200);
    }

    void updatesWithFieldLevelDiff()
    {
        NodePoolSpec before = spec(QStringLiteral("a"), 2);
        before.labels = {{QStringLiteral("keep"), QStringLiteral("1")},
                         {QStringLiteral("drop"), QStringLiteral("x")}};
        before.tags = {QStringLiteral("team:web")};
        NodePoolSpec after = before;
        after.count = 4;
        after.labels.remove(QStringLiteral("drop"));
        after.labels.insert(QStringLiteral("new"), QStringLiteral("y"));
        after.tags = {QStringLiteral("team:api")};
        const Plan p = plan({after}, {live(before, QStringLiteral("p1"))}, priced());
        QCOMPARE(p.operations.size(), 1);
        const PlanOperation& op = p.operations.first();
        QCOMPARE(op.kind, OperationKind::Update);
        QCOMPARE(op.poolId, QStringLiteral("p1"));
        QCOMPARE(fields(op), (QStringList{"nodeCount", "labels.drop", "labels.new", "tags"}));
        QCOMPARE(op.changes.at(1),
                 (FieldChange{QStringLiteral("labels.drop"), QStringLiteral("x"), QString()}));
        QCOMPARE(QJsonDocument(op.body).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"count":4,"labels":{"keep":"1","new":"y"},"tags":["team:api"]})"));
        QVERIFY(!op.isDestructive());
        QVERIFY(op.notes.join(u' ').contains(u"stay"));
        QCOMPARE(op.monthlyCentsBefore, 4800);
        QCOMPARE(op.monthlyCentsAfter, 9600);
    }

    void flagsDestructiveSteps_data()
    {
        QTest::addColumn<NodePoolSpec>("before");
        QTest::addColumn<NodePoolSpec>("after");
        QTest::addColumn<bool>("setCount");
        QTest::addColumn<QString>("reason");

        const NodePoolSpec base = spec(QStringLiteral("a"), 4);
        NodePoolSpec d = base;
        d.count = 2;
        QTest::newRow("count down") << base << d << false << "lowers the node count from 4 to 2";
        d = base;
        d.taints = {
            {QStringLiteral("dedicated"), QStringLiteral("db"), QStringLiteral("NoExecute")}};
        QTest::newRow("new NoExecute taint") << base << d << false << "NoExecute";
        NodePoolSpec autoscaled = base;
        autoscaled.autoScale = true;
        autoscaled.minNodes = 1;
        autoscaled.maxNodes = 6;
        d = autoscaled;
        d.count = 5;
        QTest::newRow("count on autoscaled pool") << autoscaled << d << true << "overrides";
        d = autoscaled;
        d.maxNodes = 3;
        QTest::newRow("max below current count") << autoscaled << d << false << "from 4 to 1";
        d = base;
        d.autoScale = true;
        d.minNodes = 1;
        d.maxNodes = 2;
        QTest::newRow("autoscale on below count") << base << d << false << "from 4 to 1";
    }
    void flagsDestructiveSteps()
    {
        QFETCH(NodePoolSpec, before);
        QFETCH(NodePoolSpec, after);
        QFETCH(bool, setCount);
        QFETCH(QString, reason);
        PlanOptions options = priced();
        options.setCountOnAutoscaled = setCount;
        const Plan p = plan({after}, {live(before, QStringLiteral("p1"))}, options);
        QCOMPARE(p.operations.size(), 1);
        QVERIFY(p.isDestructive());
        QVERIFY2(p.operations.first().destructive.join(u' ').contains(reason),
                 qPrintable(p.operations.first().destructive.join(u'|')));
        QVERIFY(planText(p).contains(u"    ! "));
    }

    void keepsExistingNoExecuteTaintQuiet()
    {
        NodePoolSpec before = spec(QStringLiteral("a"));
        before.taints = {{QStringLiteral("x"), QString(), QStringLiteral("NoExecute")}};
        NodePoolSpec after = before;
        after.tags = {QStringLiteral("team:x")};
        const Plan p = plan({after}, {live(before, QStringLiteral("p1"))});
        QCOMPARE(p.operations.size(), 1);
        QVERIFY(!p.isDestructive());
    }

    void leavesCountAloneOnAutoscaledPoolsByDefault()
    {
        NodePoolSpec before = spec(QStringLiteral("a"), 5);
        before.autoScale = true;
        before.minNodes = 2;
        before.maxNodes = 8;
        NodePoolSpec after = before;
        after.count = 3; // what the manifest says; the autoscaler chose 5
        Plan p = plan({after}, {live(before, QStringLiteral("p1"))}, priced());
        QVERIFY(p.isEmpty()); // only a note would result, and a note is not an operation

        after.maxNodes = 10;
        p = plan({after}, {live(before, QStringLiteral("p1"))}, priced());
        QCOMPARE(p.operations.size(), 1);
        const PlanOperation& op = p.operations.first();
        QVERIFY(!op.body.contains(u"count"));
        QCOMPARE(fields(op), QStringList{QStringLiteral("maxNodes")});
        QVERIFY(op.notes.join(u' ').contains(u"autoscaler"));
        QVERIFY(!op.isDestructive());
        QCOMPARE(op.monthlyCentsAfter, op.monthlyCentsBefore);
    }

    void replacesPoolWhenSizeChanges()
    {
        const NodePoolSpec before = spec(QStringLiteral("a"), 3);
        const NodePoolSpec after = spec(QStringLiteral("a"), 3, QStringLiteral("s-4vcpu-8gb"));
        const Plan p = plan({after}, {live(before, QStringLiteral("p1"))}, priced());
        QCOMPARE(p.operations.size(), 1);
        const PlanOperation& op = p.operations.first();
        QCOMPARE(op.kind, OperationKind::Replace);
        QCOMPARE(op.poolId, QStringLiteral("p1"));
        QCOMPARE(op.body.value(u"size").toString(), QStringLiteral("s-4vcpu-8gb"));
        QVERIFY(op.isDestructive());
        QCOMPARE(op.monthlyCentsBefore, 7200);
        QCOMPARE(op.monthlyCentsAfter, 14400);
        QVERIFY(planText(p).contains(u"-/+ replace a"));
    }

    void deletesOnlyWhenPruning()
    {
        const QList<NodePool> pools{live(spec(QStringLiteral("a")), QStringLiteral("p1")),
                                    live(spec(QStringLiteral("b")), QStringLiteral("p2"))};
        QVERIFY(plan({spec(QStringLiteral("a"))}, pools, priced()).isEmpty());
        PlanOptions options = priced();
        options.prune = true;
        const Plan p = plan({spec(QStringLiteral("a"))}, pools, options);
        QCOMPARE(p.operations.size(), 1);
        QCOMPARE(p.operations.first().kind, OperationKind::Delete);
        QCOMPARE(p.operations.first().poolId, QStringLiteral("p2"));
        QVERIFY(p.isDestructive());
        QVERIFY(p.canApply());
        QCOMPARE(p.monthlyCentsAfter, 4800);
    }

    void refusesToDeleteTheLastPool()
    {
        PlanOptions options;
        options.prune = true;
        const Plan p = plan({}, {live(spec(QStringLiteral("a")), QStringLiteral("p1"))}, options);
        QVERIFY(!p.canApply());
        QVERIFY(planText(p).contains(u"REFUSED"));

        Cluster cluster;
        cluster.name = QStringLiteral("prod");
        cluster.pools = {live(spec(QStringLiteral("a")), QStringLiteral("p1"))};
        QVERIFY(!refuseDelete(cluster, QStringLiteral("p1")).isEmpty());
        cluster.pools << live(spec(QStringLiteral("b")), QStringLiteral("p2"));
        QVERIFY(refuseDelete(cluster, QStringLiteral("p1")).isEmpty());
    }

    void replacingTheOnlyPoolIsAllowed()
    {
        PlanOptions options;
        options.prune = true;
        const Plan p = plan({spec(QStringLiteral("a"), 2, QStringLiteral("s-4vcpu-8gb"))},
                            {live(spec(QStringLiteral("a")), QStringLiteral("p1"))}, options);
        QVERIFY(p.canApply());
    }

    void ordersCreatesReplacesUpdatesDeletes()
    {
        const QList<NodePool> pools{live(spec(QStringLiteral("upd")), QStringLiteral("p1")),
                                    live(spec(QStringLiteral("rep")), QStringLiteral("p2")),
                                    live(spec(QStringLiteral("gone")), QStringLiteral("p3"))};
        PlanOptions options = priced();
        options.prune = true;
        const Plan p = plan({spec(QStringLiteral("upd"), 3),
                             spec(QStringLiteral("rep"), 2, QStringLiteral("s-4vcpu-8gb")),
                             spec(QStringLiteral("new"))},
                            pools, options);
        QList<OperationKind> kinds;
        for (const PlanOperation& op : p.operations)
            kinds << op.kind;
        QCOMPARE(kinds, (QList<OperationKind>{OperationKind::Create, OperationKind::Replace,
                                              OperationKind::Update, OperationKind::Delete}));
        QCOMPARE(p.monthlyCentsBefore, 3 * 4800);
        QCOMPARE(p.monthlyCentsAfter, 7200 + 9600 + 4800);
        const QString text = planText(p);
        QVERIFY(text.contains(u"Plan: 1 to create, 1 to update, 1 to replace, 1 to delete."));
        QVERIFY(text.contains(u"Monthly cost: $144.00 -> $216.00 (+$72.00)"));
    }

    void printsAReviewableText()
    {
        NodePoolSpec before = spec(QStringLiteral("web"), 3);
        NodePoolSpec after = before;
        after.count = 2;
        const QString text =
            planText(plan({after}, {live(before, QStringLiteral("p1"))}, priced()));
        const QString expected = QStringLiteral(
            "~ update web  [$72.00/mo -> $48.00/mo]\n"
            "    nodeCount: 3 -> 2\n"
            "    ! lowers the node count from 3 to 2: 1 node is drained and deleted\n"
            "\n"
            "Plan: 0 to create, 1 to update, 0 to replace, 0 to delete.\n"
            "Monthly cost: $72.00 -> $48.00 (-$24.00)\n"
            "Steps marked ! are destructive and need confirmation.\n");
        QCOMPARE(text, expected);
    }

    void namesUnpricedSizes()
    {
        const Plan p = plan({spec(QStringLiteral("a"), 1, QStringLiteral("x-unknown"))}, {});
        QCOMPARE(p.unpricedSizes, QStringList{QStringLiteral("x-unknown")});
        QVERIFY(planText(p).contains(u"x-unknown"));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
