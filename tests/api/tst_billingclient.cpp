// api::BillingClient against poolsim over a real socket, on the sim clock:
// the bill of a month in which pools were created, resized and deleted and a
// node replaced, read through every page, compared with the estimate from the
// history the app records (core::billing), to the cent; and a token without
// billing:read answered 403 while the rest of the API works.
#include "api/billingclient.h"
#include "api/doclient.h"
#include "core/billedcost.h"
#include "sim/simulator.h"
#include "simfixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace core::billing;

namespace {

const QString Token = QStringLiteral("billing-token");
const QString NoBilling = QStringLiteral("kubernetes-only-token");
const QString LabId = QStringLiteral("b1f3c0de-0000-4000-8000-0000000c1a51");
const QString SideId = QStringLiteral("b1f3c0de-0000-4000-8000-0000000c1a52");
constexpr int Day = 24 * 3600;

QDateTime utc(int m, int d)
{
    return QDateTime(QDate(2025, m, d), QTime(0, 0), QTimeZone::utc());
}

struct Lab
{
    sim::Simulator simulator;
    api::DoClient client;
    api::BillingClient billing{&client};
    QTemporaryDir cache;
    QList<core::PoolSample> history; // what the app would have recorded

    explicit Lab(const QString& clientToken = Token)
    {
        simulator.clock().setManual(utc(6, 1));
        QString error;
        if (!simulator.loadSeedFile(
                QStringLiteral(POOLSTUDIO_TEST_DATA "/billing/billing-lab-seed.json"), &error))
            qFatal("seed: %s", qPrintable(error));
        simulator.setToken(Token);
        simulator.setTokenWithoutBilling(NoBilling);
        if (simulator.listen(0) == 0)
            qFatal("cannot listen");
        client.setBaseUrl(simulator.baseUrl());
        client.setToken(clientToken);
        client.catalogCache().setDirectory(cache.path());
        api::RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(1);
        fast.maxDelay = std::chrono::milliseconds(4);
        client.setRetryPolicy(fast);
    }

    void record(const QString& clusterId, const QString& pool, const QString& size, int count,
                qint64 price)
    {
        history.append({simulator.clock().now(), clusterId, pool + QStringLiteral("-id"), pool,
                        size, count, price});
    }

    QString poolId(const QString& name) const
    {
        const auto pool = simulator.poolByName(LabId, name);
        return pool ? pool->id : QString();
    }

    core::NodePool createPool(const QString& name, const QString& size, int count)
    {
        core::NodePoolSpec spec;
        spec.name = name;
        spec.size = size;
        spec.count = count;
        const auto [pool, error] = testing::await<core::NodePool>(
            [&](QObject* c, auto done) { client.createNodePool(LabId, spec, c, done); });
        if (error.isError())
            qFatal("create: %s", qPrintable(error.humanText()));
        return pool;
    }

    // June 2025 (720 h): batch (c-4, $84) made with 2 nodes on the 8th,
    // resized to 1 on the 15th, deleted on the 22nd; base's node replaced on
    // the 10th. The history records each count as the app would.
    void playJune()
    {
        record(LabId, QStringLiteral("base"), QStringLiteral("s-2vcpu-4gb"), 1, 2400);
        record(SideId, QStringLiteral("small"), QStringLiteral("s-1vcpu-1gb"), 1, 600);
        simulator.clock().advance(7 * Day); // 06-08
        const core::NodePool batch = createPool(QStringLiteral("batch"), QStringLiteral("c-4"), 2);
        record(LabId, QStringLiteral("batch"), QStringLiteral("c-4"), 2, 8400);
        simulator.clock().advance(2 * Day); // 06-10: base's node replaced (count stays 1)
        const sim::PoolRow base = *simulator.poolByName(LabId, QStringLiteral("base"));
        api::NodeDeleteOptions replace;
        replace.replace = true;
        QVERIFY(!testing::awaitDone([&](QObject* c, auto done) {
                     client.deleteNode(LabId, base.id, base.nodes.first().id, replace, c, done);
                 }).isError());
        simulator.clock().advance(5 * Day); // 06-15
        const auto [resized, error] = testing::await<core::NodePool>([&](QObject* c, auto done) {
            client.updateNodePool(LabId, batch.id, {{QStringLiteral("count"), 1}}, c, done);
        });
        QVERIFY(!error.isError());
        record(LabId, QStringLiteral("batch"), QStringLiteral("c-4"), 1, 8400);
        simulator.clock().advance(7 * Day); // 06-22
        QVERIFY(!testing::awaitDone([&](QObject* c, auto done) {
                     client.deleteNodePool(LabId, batch.id, c, done);
                 }).isError());
        record(LabId, QStringLiteral("batch"), QStringLiteral("c-4"), 0, 8400);
        simulator.clock().advance(9 * Day); // 07-01 00:00
    }

    InvoiceList invoices()
    {
        const auto [list, error] = testing::await<InvoiceList>(
            [&](QObject* c, auto done) { billing.fetchInvoices(c, done); });
        if (error.isError())
            qFatal("invoices: %s", qPrintable(error.humanText()));
        return list;
    }

    QList<InvoiceItem> items(const QString& uuid)
    {
        const auto [items, error] = testing::await<QList<InvoiceItem>>(
            [&](QObject* c, auto done) { billing.fetchInvoiceItems(uuid, c, done); });
        if (error.isError())
            qFatal("items: %s", qPrintable(error.humanText()));
        return items;
    }
};

} // namespace

class BillingClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // June to the cent, by hand (price_monthly / 672 an hour, at most 672 h
    // a node a month; June has 720 h):
    // billed, billing-lab:
    //   HA control plane  720 h → 672 h          4000
    //   base node 1       06-01 → 06-10 = 216 h:  216 × 2400 / 672 = 771.43 →  771
    //   base node 2       06-10 → 07-01 = 504 h:  504 × 2400 / 672            1800
    //   batch node 1      06-08 → 06-15 = 168 h:  168 × 8400 / 672            2100
    //   batch node 2      06-08 → 06-22 = 336 h:  336 × 8400 / 672            4200
    //                                                                        12871
    // estimated from the history (a pool's k-th node runs while count ≥ k):
    //   control plane 4000; base 720 h → 672 h 2400; batch 4200 + 2100     12700
    //   difference +171: the replaced node is a second droplet, each capped on its own
    // side-lab: 720 h → 672 h × 600 / 672 = 600 billed and estimated.
    // Totals: billed 13471, estimated 13300.
    void comparesAMonthOfCreatesResizesAndDeletesToTheCent()
    {
        Lab lab;
        lab.client.setPageSize(2); // 6 items: three pages of invoice items
        lab.playJune();
        const InvoiceList list = lab.invoices();
        QCOMPARE(list.invoices.size(), 1);
        const InvoiceSummary june = list.invoices.first();
        QCOMPARE(june.period, QStringLiteral("2025-06"));
        QCOMPARE(june.amountCents, 13471);
        QVERIFY(list.preview.has_value());
        QCOMPARE(list.preview->period, QStringLiteral("2025-07"));

        int pagesAsked = 0;
        QObject::connect(&lab.simulator, &sim::Simulator::requestHandled, &lab.simulator,
                         [&](const QString&, const QString& path, int) {
                             pagesAsked += path.contains(june.uuid) ? 1 : 0;
                         });
        const QList<InvoiceItem> items = lab.items(june.uuid);
        QCOMPARE(items.size(), 6);
        QCOMPARE(pagesAsked, 3);

        const QList<ClusterInfo> clusters{{LabId, QStringLiteral("billing-lab"), true},
                                          {SideId, QStringLiteral("side-lab"), false}};
        const auto [from, to] = estimateWindow(june, false, lab.simulator.clock().now());
        const BilledComparison c =
            compareBilled(june, false, items, spansFromHistory(lab.history, clusters, from, to),
                          clusters, lab.simulator.clock().now());
        QCOMPARE(c.rows.size(), 2);
        const BilledRow& labRow = c.rows.at(0);
        QCOMPARE(labRow.clusterName, QStringLiteral("billing-lab"));
        QCOMPARE(labRow.billedCents, 12871);
        QCOMPARE(labRow.estimatedCents, 12700);
        QCOMPARE(labRow.differenceCents, 171);
        QCOMPARE(labRow.billedNodes, 4);
        QCOMPARE(labRow.estimatedNodes, 3);
        const QString why = labRow.explanations.join(u' ');
        QVERIFY2(why.contains(u"4 nodes billed, 3 in the estimate"), qPrintable(why));
        QVERIFY2(why.contains(u"part of the period"), qPrintable(why));
        const BilledRow& side = c.rows.at(1);
        QCOMPARE(side.billedCents, 600);
        QCOMPARE(side.estimatedCents, 600);
        QCOMPARE(side.differenceCents, 0);
        QVERIFY(side.explanations.isEmpty());
        QCOMPARE(c.billedTotalCents, 13471);
        QCOMPARE(c.estimatedTotalCents, 13300);
        QCOMPARE(c.billedTotalCents, june.amountCents); // nothing but Kubernetes here
    }

    // History that begins after a cluster was already running (the app
    // installed mid-month) says so. side-lab, billed from 06-01: 600; its
    // first sample on 06-11, so the estimate counts 480 h × 600 / 672 =
    // 428.57 → 429. billing-lab was recorded from 06-01: no such note.
    void saysWhenTheHistoryStartsAfterTheBillDoes()
    {
        Lab lab;
        lab.record(LabId, QStringLiteral("base"), QStringLiteral("s-2vcpu-4gb"), 1, 2400);
        lab.simulator.clock().advance(10 * Day); // 06-11
        lab.record(SideId, QStringLiteral("small"), QStringLiteral("s-1vcpu-1gb"), 1, 600);
        lab.simulator.clock().advance(20 * Day); // 07-01
        const InvoiceSummary june = lab.invoices().invoices.first();
        const QList<ClusterInfo> clusters{{LabId, QStringLiteral("billing-lab"), true},
                                          {SideId, QStringLiteral("side-lab"), false}};
        const auto [from, to] = estimateWindow(june, false, lab.simulator.clock().now());
        const BilledComparison c = compareBilled(june, false, lab.items(june.uuid),
                                                 spansFromHistory(lab.history, clusters, from, to),
                                                 clusters, lab.simulator.clock().now());
        QCOMPARE(c.rows.size(), 2);
        const BilledRow& side = c.rows.at(1);
        QCOMPARE(side.billedCents, 600);
        QCOMPARE(side.estimatedCents, 429);
        QCOMPARE(side.explanations.value(0),
                 QStringLiteral("The recorded history starts on 2025-06-11 00:00 UTC: the "
                                "estimate has nothing from before then."));
        const BilledRow& labRow = c.rows.at(0);
        QCOMPARE(labRow.differenceCents, 0); // control plane and base, from 06-01 both ways
        QVERIFY(labRow.explanations.isEmpty());
    }

    // The preview is as of its updated_at, and the estimate stops there too.
    // At 06-22 00:00 (504 h), side-lab: 504 × 600 / 672 = 450 both ways.
    void comparesThePreviewAsOfItsUpdatedAt()
    {
        Lab lab;
        lab.record(SideId, QStringLiteral("small"), QStringLiteral("s-1vcpu-1gb"), 1, 600);
        lab.simulator.clock().advance(21 * Day);
        const InvoiceList list = lab.invoices();
        QVERIFY(list.invoices.isEmpty());
        QCOMPARE(list.preview->updatedAt, utc(6, 22));
        const QList<InvoiceItem> items = lab.items(QStringLiteral("preview"));
        const QList<ClusterInfo> clusters{{SideId, QStringLiteral("side-lab"), false}};
        const auto [from, to] = estimateWindow(*list.preview, true, {});
        QCOMPARE(to, utc(6, 22));
        const BilledComparison c =
            compareBilled(*list.preview, true, items,
                          spansFromHistory(lab.history, clusters, from, to), clusters, {});
        const BilledRow side = c.rows.at(1);
        QCOMPARE(side.clusterName, QStringLiteral("side-lab"));
        QCOMPARE(side.billedCents, 450);
        QCOMPARE(side.estimatedCents, 450);
        // billing-lab has no history here: billed, nothing to estimate from.
        QVERIFY(!c.rows.at(0).hasEstimate);

        const auto [balance, error] = testing::await<Balance>(
            [&](QObject* ctx, auto done) { lab.billing.fetchBalance(ctx, done); });
        QVERIFY(!error.isError());
        QCOMPARE(balance.monthToDateUsageCents, list.preview->amountCents);
        QCOMPARE(balance.generatedAt, utc(6, 22));
    }

    void aTokenWithoutBillingReadIsToldSoAndStillReadsClusters()
    {
        Lab lab(NoBilling);
        const auto [list, error] = testing::await<InvoiceList>(
            [&](QObject* c, auto done) { lab.billing.fetchInvoices(c, done); });
        QCOMPARE(error.httpStatus, 403);
        QVERIFY(api::BillingClient::lacksBillingScope(error));
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(api::BillingClient::billingScopeMessage().contains(u"billing:read"));
        const auto [items, itemsError] =
            testing::await<QList<InvoiceItem>>([&](QObject* c, auto done) {
                lab.billing.fetchInvoiceItems(QStringLiteral("preview"), c, done);
            });
        QCOMPARE(itemsError.httpStatus, 403);
        const auto [balance, balanceError] = testing::await<Balance>(
            [&](QObject* c, auto done) { lab.billing.fetchBalance(c, done); });
        QCOMPARE(balanceError.httpStatus, 403);
        const auto [clusters, clustersError] = testing::await<QList<core::Cluster>>(
            [&](QObject* c, auto done) { lab.client.fetchClusters(c, done); });
        QVERIFY(!clustersError.isError());
        QCOMPARE(clusters.size(), 2);
    }

    // Many months: the invoice list itself walks its pages.
    void readsEveryPageOfTheInvoiceList()
    {
        Lab lab;
        lab.client.setPageSize(2);
        lab.simulator.clock().advance(5 * 31 * Day); // into November: 5 past months
        const InvoiceList list = lab.invoices();
        QCOMPARE(list.invoices.size(), 5);
        QCOMPARE(list.invoices.first().period, QStringLiteral("2025-10"));
        QCOMPARE(list.invoices.last().period, QStringLiteral("2025-06"));
        // July, 744 h: every node and the plane capped at 672 h: 4000 + 2400 + 600
        QCOMPARE(list.invoices.at(3).period, QStringLiteral("2025-07"));
        QCOMPARE(list.invoices.at(3).amountCents, 7000);
    }
};

QTEST_GUILESS_MAIN(BillingClientTest)
#include "tst_billingclient.moc"
