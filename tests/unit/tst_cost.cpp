#include "core/cost.h"

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

NodePool pool(const QString& size, int count, bool autoScale = false, int min = 0, int max = 0)
{
    NodePool p;
    p.spec.size = size;
    p.spec.count = count;
    p.spec.autoScale = autoScale;
    p.spec.minNodes = min;
    p.spec.maxNodes = max;
    return p;
}

} // namespace

class TestCost : public QObject
{
    Q_OBJECT

private slots:
    void poolCostIsCountTimesMonthlyPrice()
    {
        QCOMPARE(
            poolMonthlyCents(pool(QStringLiteral("s"), 3).spec, priced(QStringLiteral("s"), 2400)),
            7200);
        QCOMPARE(
            poolMonthlyCents(pool(QStringLiteral("s"), 0).spec, priced(QStringLiteral("s"), 2400)),
            0);
        QCOMPARE(
            poolMonthlyCents(pool(QStringLiteral("s"), -1).spec, priced(QStringLiteral("s"), 2400)),
            0);
    }

    void bigPoolsDoNotOverflow()
    {
        QCOMPARE(poolMonthlyCents(pool(QStringLiteral("g"), 100000).spec,
                                  priced(QStringLiteral("g"), 452930)),
                 qint64(45293000000));
    }

    void autoscaledPoolHasABand()
    {
        const Size size = priced(QStringLiteral("s"), 1000);
        QCOMPARE(poolCostBand(pool(QStringLiteral("s"), 3, true, 1, 5).spec, size),
                 (CostBand{1000, 3000, 5000}));
        QCOMPARE(poolCostBand(pool(QStringLiteral("s"), 3).spec, size),
                 (CostBand{3000, 3000, 3000}));
    }

    void sumsPerClusterAndNamesUnpricedSizes()
    {
        Cluster cluster;
        cluster.pools = {pool(QStringLiteral("a"), 2), pool(QStringLiteral("b"), 1, true, 0, 4),
                         pool(QStringLiteral("mystery"), 3)};
        const ClusterCost cost = clusterCost(
            cluster, {priced(QStringLiteral("a"), 1200), priced(QStringLiteral("b"), 452930)});
        QCOMPARE(cost.band, (CostBand{2400, 2400 + 452930, 2400 + 4 * 452930}));
        QCOMPARE(cost.unpricedSizes, QStringList{QStringLiteral("mystery")});
    }

    void findsSizesBySlug()
    {
        const QList<Size> sizes{priced(QStringLiteral("a"), 1), priced(QStringLiteral("b"), 2)};
        QCOMPARE(findSize(sizes, QStringLiteral("b"))->priceMonthlyCents, 2);
        QVERIFY(!findSize(sizes, QStringLiteral("c")));
    }

    void formatsCents_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "$0.00";
        QTest::newRow("cents") << qint64(5) << "$0.05";
        QTest::newRow("dollars") << qint64(2400) << "$24.00";
        QTest::newRow("thousands") << qint64(452930) << "$4,529.30";
        QTest::newRow("millions") << qint64(123456789) << "$1,234,567.89";
        QTest::newRow("negative") << qint64(-1250) << "-$12.50";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << "-$92,233,720,368,547,758.08";
    }
    void formatsCents()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QCOMPARE(formatCents(cents), text);
    }
};

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"
