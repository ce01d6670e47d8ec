// The plan's replacement step: the proposed name, the caller's name, the
// in-place refusal, the overlap cost; and the journal a plan becomes.
#include "core/applyjournal.h"
#include "core/plan.h"
#include "core/replacementname.h"

#include <QTest>

using namespace core;

namespace {

NodePool live(const QString& name, const QString& size, int count, const QString& id)
{
    NodePool pool;
    pool.id = id;
    pool.spec.name = name;
    pool.spec.size = size;
    pool.spec.count = count;
    pool.spec.labels.insert(QStringLiteral("tier"), QStringLiteral("web"));
    return pool;
}

PlanOptions priced(ReplaceStrategy strategy = ReplaceStrategy::BlueGreen)
{
    PlanOptions options;
    Size small, big;
    small.slug = QStringLiteral("s-2vcpu-4gb");
    small.priceMonthlyCents = 2400;
    big.slug = QStringLiteral("s-4vcpu-8gb");
    big.priceMonthlyCents = 4800;
    options.sizes = {small, big};
    options.replaceStrategy = strategy;
    return options;
}

} // namespace

class ReplacementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposesNameDashSize()
    {
        QCOMPARE(proposeReplacementName(QStringLiteral("web"), QStringLiteral("s-2vcpu-4gb"),
                                        QStringLiteral("s-4vcpu-8gb"), {QStringLiteral("web")}),
                 QStringLiteral("web-s-4vcpu-8gb"));
        // A name that carries its old size swaps it instead of growing.
        QCOMPARE(proposeReplacementName(QStringLiteral("web-s-2vcpu-4gb"),
                                        QStringLiteral("s-2vcpu-4gb"),
                                        QStringLiteral("s-4vcpu-8gb"), {}),
                 QStringLiteral("web-s-4vcpu-8gb"));
    }

    void fallsBackToNumbersWhenTaken()
    {
        const QStringList taken{QStringLiteral("web"), QStringLiteral("web-s-4vcpu-8gb")};
        QCOMPARE(proposeReplacementName(QStringLiteral("web"), QStringLiteral("s-2vcpu-4gb"),
                                        QStringLiteral("s-4vcpu-8gb"), taken),
                 QStringLiteral("web-2"));
        QCOMPARE(proposeReplacementName(QStringLiteral("web-2"), QStringLiteral("x"),
                                        QStringLiteral("s-4vcpu-8gb"),
                                        taken + QStringList{QStringLiteral("web-2-s-4vcpu-8gb")}),
                 QStringLiteral("web-3"));
    }

    void staysAValidLabelOf63()
    {
        const QString longName = QString(60, u'a');
        const QString name = proposeReplacementName(longName, QStringLiteral("s-2vcpu-4gb"),
                                                    QStringLiteral("s-4vcpu-8gb"), {longName});
        QVERIFY(name.size() <= 63);
        QVERIFY(name.endsWith(u"-s-4vcpu-8gb"));
        QVERIFY(checkReplacementName(name, {longName}).isEmpty());
        QVERIFY(!checkReplacementName(QStringLiteral("Web_2"), {}).isEmpty());
        QVERIFY(!checkReplacementName(QStringLiteral("web"), {QStringLiteral("web")}).isEmpty());
    }

    void aBlueGreenStepNamesItsPoolAndItsOverlap()
    {
        NodePoolSpec want = live(QStringLiteral("web"), QStringLiteral("s-4vcpu-8gb"), 2, {}).spec;
        const Plan p = plan(
            {want},
            {live(QStringLiteral("web"), QStringLiteral("s-2vcpu-4gb"), 2, QStringLiteral("p1"))},
            priced());
        QVERIFY(p.canApply()); // a one-pool cluster can be replaced blue/green
        const PlanOperation& op = p.operations.first();
        QCOMPARE(op.kind, OperationKind::Replace);
        QCOMPARE(op.replaceStrategy, ReplaceStrategy::BlueGreen);
        QCOMPARE(op.replacementName, QStringLiteral("web-s-4vcpu-8gb"));
        QCOMPARE(op.finalPoolName(), QStringLiteral("web-s-4vcpu-8gb"));
        QCOMPARE(op.changes.first(), (FieldChange{QStringLiteral("name"), QStringLiteral("web"),
                                                  QStringLiteral("web-s-4vcpu-8gb")}));
        QCOMPARE(op.body.value(u"name").toString(), QStringLiteral("web-s-4vcpu-8gb"));
        QCOMPARE(op.body.value(u"labels").toObject().value(u"tier").toString(),
                 QStringLiteral("web"));
        QCOMPARE(op.monthlyCentsBefore, 4800);
        QCOMPARE(op.monthlyCentsAfter, 9600);
        QCOMPARE(op.monthlyCentsOverlap, 14400);
        QCOMPARE(op.capacityDip, 0);
        QVERIFY(op.isDestructive());
        QVERIFY(planText(p).contains(u"-/+ replace web with web-s-4vcpu-8gb"));
    }

    void theCallerMayNameTheReplacementButNotBadly()
    {
        NodePoolSpec want = live(QStringLiteral("web"), QStringLiteral("s-4vcpu-8gb"), 2, {}).spec;
        const QList<NodePool> pools{
            live(QStringLiteral("web"), QStringLiteral("s-2vcpu-4gb"), 2, QStringLiteral("p1")),
            live(QStringLiteral("api"), QStringLiteral("s-2vcpu-4gb"), 2, QStringLiteral("p2"))};
        PlanOptions options = priced();
        options.replacementNames.insert(QStringLiteral("web"), QStringLiteral("web-big"));
        QCOMPARE(plan({want}, pools, options).operations.first().replacementName,
                 QStringLiteral("web-big"));
        options.replacementNames.insert(QStringLiteral("web"), QStringLiteral("api"));
        const Plan taken = plan({want}, pools, options);
        QVERIFY(!taken.canApply());
        QVERIFY(taken.refusals.first().contains(u"already has a pool named 'api'"));
    }

    void inPlaceNeedsAnotherPool()
    {
        NodePoolSpec want = live(QStringLiteral("web"), QStringLiteral("s-4vcpu-8gb"), 2, {}).spec;
        const NodePool web =
            live(QStringLiteral("web"), QStringLiteral("s-2vcpu-4gb"), 2, QStringLiteral("p1"));
        const Plan alone = plan({want}, {web}, priced(ReplaceStrategy::InPlace));
        QVERIFY(!alone.canApply());
        QVERIFY(alone.refusals.first().contains(u"no other pool"));

        const NodePool api =
            live(QStringLiteral("api"), QStringLiteral("s-2vcpu-4gb"), 1, QStringLiteral("p2"));
        const Plan two = plan({want, api.spec}, {web, api}, priced(ReplaceStrategy::InPlace));
        QVERIFY(two.canApply());
        const PlanOperation& op = two.operations.first();
        QCOMPARE(op.replacementName, QStringLiteral("web"));
        QCOMPARE(op.capacityDip, 2);
        QCOMPARE(op.monthlyCentsOverlap, 0);
        QVERIFY(op.destructive.first().contains(u"2 nodes fewer"));
        QVERIFY(planText(two).contains(u"-/+ replace web (in place)"));
    }

    void aPlanBecomesAJournalThatReadsBack()
    {
        NodePoolSpec want = live(QStringLiteral("web"), QStringLiteral("s-4vcpu-8gb"), 2, {}).spec;
        ManifestPlan manifestPlan;
        Cluster cluster;
        cluster.id = QStringLiteral("c1");
        cluster.name = QStringLiteral("solo");
        cluster.pools = {
            live(QStringLiteral("web"), QStringLiteral("s-2vcpu-4gb"), 2, QStringLiteral("p1"))};
        manifestPlan.clusters.append({cluster, {want}, plan({want}, cluster.pools, priced())});

        ApplyJournal journal = journalForPlan(manifestPlan, false);
        QCOMPARE(journal.steps.size(), 1);
        const QList<JournalAction>& actions = journal.steps.first().actions;
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).kind, ActionKind::Create);
        QCOMPARE(actions.at(0).poolName, QStringLiteral("web-s-4vcpu-8gb"));
        QVERIFY(actions.at(0).awaited); // the old pool goes only once the new one runs
        QCOMPARE(actions.at(1).kind, ActionKind::Delete);
        QCOMPARE(actions.at(1).poolId, QStringLiteral("p1"));
        QCOMPARE(journal.interruptedStep(), 0);
        QVERIFY(!journal.changedSomething());

        journal.steps[0].actions[0].state = ActionState::Settled;
        journal.steps[0].actions[0].poolId = QStringLiteral("p9");
        QString error;
        const auto back = journalFromJson(journalToJson(journal), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, journal);
        QVERIFY(interruptionText(*back).contains(u"step 1 of 1"));
        QVERIFY(stepSummary(back->steps.first()).contains(u"both pools remain"));

        // Rolled back: the new pool is deleted; after the old one's delete, refused.
        QString refusal;
        const auto undo = rollbackJournal(*back, &refusal);
        QVERIFY(undo && undo->rollback);
        QCOMPARE(undo->steps.first().actions.first().poolId, QStringLiteral("p9"));
        journal.steps[0].actions[1].state = ActionState::Accepted;
        QVERIFY(!rollbackJournal(journal, &refusal));
        QVERIFY(refusal.contains(u"resume"));
        QVERIFY(journal.isComplete()); // the delete is not awaited by poolctl
    }
};

QTEST_GUILESS_MAIN(ReplacementTest)
#include "tst_replacement.moc"
