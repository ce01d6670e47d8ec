// Cost rules to the cent on hand-computed cases: splits, untagged, the HA
// control plane, autoscaling bands, and the totals of every grouping.
#include "core/costattribution.h"

#include <QTest>

using namespace core;

namespace {

Size priced(const QString& slug, qint64 cents)
{
    Size size;
    size.slug = slug;
    size.priceMonthlyCents = cents;
    return size;
}

NodePool pool(const QString& id, const QString& size, int count, QStringList tags = {},
              bool autoScale = false, int min = 0, int max = 0)
{
    NodePool p;
    p.id = id;
    p.spec.name = id;
    p.spec.size = size;
    p.spec.count = count;
    p.spec.tags = std::move(tags);
    p.spec.autoScale = autoScale;
    p.spec.minNodes = min;
    p.spec.maxNodes = max;
    return p;
}

Cluster cluster(const QString& name, bool ha, QList<NodePool> pools)
{
    Cluster c;
    c.id = name + QStringLiteral("-id");
    c.name = name;
    c.highlyAvailable = ha;
    c.pools = std::move(pools);
    return c;
}

const QList<Size> prices{priced(QStringLiteral("s1"), 1000), priced(QStringLiteral("s3"), 1001),
                         priced(QStringLiteral("big"), 452930)};

const CostGroup* find(const QList<CostGroup>& groups, const QString& label)
{
    for (const CostGroup& group : groups)
        if (group.label() == label)
            return &group;
    return nullptr;
}

} // namespace

class TestCostAttribution : public QObject
{
    Q_OBJECT

private slots:
    void haControlPlaneAddsFortyDollarsAMonth()
    {
        const QList<CostLine> lines =
            costLines({cluster(QStringLiteral("ha"), true, {pool("a", "s1", 2)}),
                       cluster(QStringLiteral("basic"), false, {pool("b", "s1", 1)})},
                      prices);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].isControlPlane());
        QCOMPARE(lines[1].clusterName, QStringLiteral("ha"));
        QCOMPARE(lines[1].band, (CostBand{4000, 4000, 4000}));
        QCOMPARE(HaControlPlaneMonthlyCents, 4000);
        QCOMPARE(totalBand(lines), (CostBand{7000, 7000, 7000}));

        const QList<CostGroup> byCluster = costByCluster(lines);
        QCOMPARE(byCluster.size(), 2);
        QCOMPARE(byCluster[0].key, QStringLiteral("ha"));
        QCOMPARE(byCluster[0].band.currentCents, 6000);
        QCOMPARE(byCluster[0].poolIds, QStringList{QStringLiteral("a")});
        QCOMPARE(byCluster[1].band.currentCents, 1000);
    }

    void autoscaledPoolsCarryTheirBandIntoEveryGroup()
    {
        const QList<CostLine> lines = costLines(
            {cluster(QStringLiteral("c"), false,
                     {pool("auto", "s1", 3, {"team:web"}, true, 1, 5), pool("fixed", "s1", 2)})},
            prices);
        QCOMPARE(lines[0].band, (CostBand{1000, 3000, 5000}));
        QCOMPARE(lines[1].band, (CostBand{2000, 2000, 2000}));
        const QList<CostGroup> byTeam = costByTag(lines, QStringLiteral("team"));
        QCOMPARE(byTeam.size(), 2);
        QCOMPARE(byTeam[0].label(), QStringLiteral("web"));
        QCOMPARE(byTeam[0].band, (CostBand{1000, 3000, 5000}));
        QCOMPARE(byTeam[1].label(), QStringLiteral("untagged"));
        QCOMPARE(byTeam[1].band, (CostBand{2000, 2000, 2000}));
        QCOMPARE(byTeam[1].poolIds, QStringList{QStringLiteral("fixed")});
    }

    void severalValuesOfAKeySplitEvenlyWithRemainderCentsFirst()
    {
        // 3 × $10.01 = $30.03 split three ways: 1001 each. 1 × $10.01 split
        // three ways: 334 + 334 + 333, the extra cents to "a" and "b" (sorted).
        const QList<CostLine> lines = costLines(
            {cluster(QStringLiteral("c"), false,
                     {pool("p", "s3", 1, {"team:c", "team:a", "team:b", "team:a", "env:x"})})},
            prices);
        const QList<CostGroup> byTeam = costByTag(lines, QStringLiteral("team"));
        QCOMPARE(byTeam.size(), 3);
        QCOMPARE(find(byTeam, "a")->band.currentCents, 334);
        QCOMPARE(find(byTeam, "b")->band.currentCents, 334);
        QCOMPARE(find(byTeam, "c")->band.currentCents, 333);
        QCOMPARE(byTeam[0].key, QStringLiteral("a"));
        QCOMPARE(byTeam[2].key, QStringLiteral("c"));
        QCOMPARE(find(byTeam, "a")->nodes, 1);
    }

    void splitsAddUpExactly()
    {
        QCOMPARE(splitEvenly(100, 3), (QList<qint64>{34, 33, 33}));
        QCOMPARE(splitEvenly(2, 3), (QList<qint64>{1, 1, 0}));
        QCOMPARE(splitEvenly(-100, 3), (QList<qint64>{-34, -33, -33}));
        QCOMPARE(splitEvenly(452930, 7).size(), 7);
        qint64 sum = 0;
        for (qint64 share : splitEvenly(452930, 7))
            sum += share;
        QCOMPARE(sum, 452930);
        QVERIFY(splitEvenly(5, 0).isEmpty());
    }

    void untaggedCollectsPoolsWithoutTheKeyAndControlPlanesStandApart()
    {
        const QList<CostLine> lines =
            costLines({cluster(QStringLiteral("ha"), true,
                               {pool("w", "s1", 2, {"team:web", "env:prod"}),
                                pool("n", "s1", 1, {"env:prod"}), pool("k", "s1", 1, {"nocolon"}),
                                pool("e", "s1", 1, {"team:"})})},
                      prices);
        const QList<CostGroup> byTeam = costByTag(lines, QStringLiteral("team"));
        QCOMPARE(byTeam.size(), 3);
        QCOMPARE(byTeam[0].label(), QStringLiteral("web"));
        QCOMPARE(byTeam[0].band.currentCents, 2000);
        QCOMPARE(byTeam[1].label(), QStringLiteral("untagged"));
        QCOMPARE(byTeam[1].band.currentCents, 3000);
        QCOMPARE(byTeam[1].poolIds, (QStringList{"n", "k", "e"}));
        QCOMPARE(byTeam[2].label(), QStringLiteral("control plane"));
        QCOMPARE(byTeam[2].band.currentCents, 4000);
        QCOMPARE(tagKeys(lines), (QStringList{"env", "team"}));
    }

    void everyGroupingAddsUpToTheSameTotal()
    {
        const QList<CostLine> lines = costLines(
            {cluster(QStringLiteral("a"), true,
                     {pool("x", "big", 1, {"team:ml", "team:web", "team:ops"}),
                      pool("y", "s3", 5, {"team:web"}, true, 2, 9)}),
             cluster(QStringLiteral("b"), false, {pool("z", "mystery", 4), pool("q", "s1", 1)})},
            prices);
        const CostBand total = totalBand(lines);
        QCOMPARE(total, (CostBand{452930 + 2002 + 1000 + 4000, 452930 + 5005 + 1000 + 4000,
                                  452930 + 9009 + 1000 + 4000}));
        for (const QList<CostGroup>& groups :
             {costByPool(lines), costByCluster(lines), costBySize(lines),
              costByTag(lines, QStringLiteral("team")), costByTag(lines, QStringLiteral("none"))}) {
            CostBand sum;
            for (const CostGroup& group : groups)
                sum += group.band;
            QCOMPARE(sum, total);
        }
        QVERIFY(!lines[3].priced); // "mystery" is not in the catalogue: 0, flagged
        QCOMPARE(lines[3].band, CostBand{});
    }

    void groupsSortByCostThenKey()
    {
        const QList<CostLine> lines =
            costLines({cluster(QStringLiteral("c"), false,
                               {pool("p1", "s1", 1), pool("p2", "s1", 3), pool("p3", "s1", 1)})},
                      prices);
        const QList<CostGroup> byPool = costByPool(lines);
        QCOMPARE(byPool[0].key, QStringLiteral("c/p2"));
        QCOMPARE(byPool[1].key, QStringLiteral("c/p1"));
        QCOMPARE(byPool[2].key, QStringLiteral("c/p3"));
        QCOMPARE(costBySize(lines).size(), 1);
        QCOMPARE(costBySize(lines)[0].nodes, 5);
    }

    void readsTagValues()
    {
        QCOMPARE(tagValues({"team:web", "Team:x", "team: ml ", "env:prod", "team"},
                           QStringLiteral("team")),
                 (QStringList{"ml", "web"}));
    }
};

QTEST_GUILESS_MAIN(TestCostAttribution)
#include "tst_costattribution.moc"
