// poolsim bills: every billing route answers in the shapes of DigitalOcean's
// billing contract (tests/data/do-api/do-api-billing.json), computed from the
// node-hours its own clock has seen, with paging links, month crossings and
// the 403 of a token without billing:read. Over a real socket, on the sim clock.
#include "schemachecker.h"
#include "sim/billingroutes.h"
#include "sim/simulator.h"
#include "simclient.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <memory>

namespace {

const QString Token = QStringLiteral("billing-token");
const QString NoBilling = QStringLiteral("kubernetes-only-token");
const QString LabCluster = QStringLiteral("b1f3c0de-0000-4000-8000-0000000c1a51");
constexpr int Day = 24 * 3600;

QJsonObject loadJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QJsonObject& spec()
{
    static const QJsonObject s =
        loadJson(QStringLiteral(POOLSTUDIO_TEST_DATA "/do-api/do-api-billing.json"));
    return s;
}

QJsonObject operation(const QString& pathTemplate)
{
    return spec()[u"paths"][pathTemplate][u"get"].toObject();
}

// The simulator on the billing-lab seed, its clock at 2025-06-01 00:00 UTC
// (the bill starts there: what the clock has seen).
struct Lab
{
    sim::Simulator simulator;
    std::unique_ptr<SimClient> client;

    Lab()
    {
        simulator.clock().setManual(QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc()));
        QString error;
        if (!simulator.loadSeedFile(
                QStringLiteral(POOLSTUDIO_TEST_DATA "/billing/billing-lab-seed.json"), &error))
            qFatal("seed: %s", qPrintable(error));
        simulator.setToken(Token);
        simulator.setTokenWithoutBilling(NoBilling);
        if (simulator.listen(0) == 0)
            qFatal("cannot listen");
        client = std::make_unique<SimClient>(simulator.baseUrl(), Token);
    }

    QString poolId(const QString& name) const
    {
        const auto pool = simulator.poolByName(LabCluster, name);
        return pool ? pool->id : QString();
    }

    // June 2025 in the billing-lab cluster: batch (c-4, $84/month) is made
    // with 2 nodes on the 8th, resized to 1 on the 15th, deleted on the 22nd.
    void playJune()
    {
        simulator.clock().advance(7 * Day); // 06-08 00:00
        const SimReply created =
            client->post(QStringLiteral("/v2/kubernetes/clusters/%1/node_pools").arg(LabCluster),
                         {{QStringLiteral("name"), QStringLiteral("batch")},
                          {QStringLiteral("size"), QStringLiteral("c-4")},
                          {QStringLiteral("count"), 2}});
        QCOMPARE(created.status, 201);
        const QString batch = poolId(QStringLiteral("batch"));
        simulator.clock().advance(7 * Day); // 06-15 00:00
        QCOMPARE(client
                     ->put(QStringLiteral("/v2/kubernetes/clusters/%1/node_pools/%2")
                               .arg(LabCluster, batch),
                           {{QStringLiteral("count"), 1}})
                     .status,
                 202);
        simulator.clock().advance(7 * Day); // 06-22 00:00
        QCOMPARE(client
                     ->del(QStringLiteral("/v2/kubernetes/clusters/%1/node_pools/%2")
                               .arg(LabCluster, batch))
                     .status,
                 204);
    }
};

QStringList schemaProblems(const QString& pathTemplate, const QString& code, const SimReply& r)
{
    const QJsonObject responses = operation(pathTemplate).value(u"responses").toObject();
    const QJsonObject response =
        responses.value(responses.contains(code) ? code : QStringLiteral("default")).toObject();
    const QJsonObject schema = response[u"content"][u"application/json"][u"schema"].toObject();
    QStringList problems;
    if (schema.isEmpty())
        problems << QStringLiteral("no schema for ") + code;
    const QJsonObject headers = response.value(u"headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        if (r.header(it.key().toLatin1()).isEmpty())
            problems << QStringLiteral("header missing: ") + it.key();
    if (!r.header("content-type").startsWith("application/json"))
        problems << QStringLiteral("not JSON");
    return problems + SchemaChecker::check(r.json(), schema);
}

QMap<QString, QString> amountsByDescription(const QJsonArray& items)
{
    QMap<QString, QString> out;
    for (const QJsonValue& v : items)
        out.insert(v[u"group_description"].toString() + QStringLiteral(": ") +
                       v[u"description"].toString(),
                   v[u"amount"].toString());
    return out;
}

} // namespace

class BillingSimTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBillingRouteIsInTheBillingContract()
    {
        for (const sim::BillingRouteInfo& route : sim::BillingRoutes::routes())
            QVERIFY2(!operation(route.pathTemplate).isEmpty(), qPrintable(route.pathTemplate));
    }

    // 200, 401, 403 (the contract's `default`), 404, 429 and 500 of every
    // billing route, each against its schema.
    void answersEveryBillingRouteInTheShapeOfItsStatus()
    {
        Lab lab;
        lab.playJune();
        lab.simulator.clock().advance(10 * Day); // 07-02: June is an invoice
        const QJsonObject list =
            lab.client->get(QStringLiteral("/v2/customers/my/invoices")).json();
        const QString june = list[u"invoices"][0][u"invoice_uuid"].toString();
        QVERIFY(!june.isEmpty());
        const QList<QPair<QString, QString>> calls{
            {QStringLiteral("/v2/customers/my/balance"),
             QStringLiteral("/v2/customers/my/balance")},
            {QStringLiteral("/v2/customers/my/invoices"),
             QStringLiteral("/v2/customers/my/invoices")},
            {QStringLiteral("/v2/customers/my/invoices/{invoice_uuid}"),
             QStringLiteral("/v2/customers/my/invoices/") + june},
            {QStringLiteral("/v2/customers/my/invoices/{invoice_uuid}"),
             QStringLiteral("/v2/customers/my/invoices/preview")},
        };
        for (const auto& [pathTemplate, path] : calls) {
            const SimReply ok = lab.client->get(path);
            QCOMPARE(ok.status, 200);
            QStringList problems = schemaProblems(pathTemplate, QStringLiteral("200"), ok);
            QVERIFY2(problems.isEmpty(), qPrintable(path + u'\n' + problems.join(u'\n')));

            SimClient stranger(lab.simulator.baseUrl(), QStringLiteral("wrong"));
            const SimReply unauthorized = stranger.get(path);
            QCOMPARE(unauthorized.status, 401);
            QVERIFY(schemaProblems(pathTemplate, QStringLiteral("401"), unauthorized).isEmpty());

            SimClient scoped(lab.simulator.baseUrl(), NoBilling);
            const SimReply forbidden = scoped.get(path);
            QCOMPARE(forbidden.status, 403);
            QCOMPARE(forbidden.json()[u"id"].toString(), QStringLiteral("forbidden"));
            QVERIFY(!forbidden.json()[u"request_id"].toString().isEmpty());
            problems = schemaProblems(pathTemplate, QStringLiteral("403"), forbidden);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            // ...while the same token reads everything else.
            QCOMPARE(scoped.get(QStringLiteral("/v2/kubernetes/clusters")).status, 200);

            sim::FaultRule fault;
            fault.kind = sim::FaultKind::Status;
            fault.status = 500;
            lab.simulator.addFault(fault);
            QVERIFY(schemaProblems(pathTemplate, QStringLiteral("500"), lab.client->get(path))
                        .isEmpty());
            fault.status = 429;
            lab.simulator.addFault(fault);
            const SimReply limited = lab.client->get(path);
            QCOMPARE(limited.status, 429);
            QVERIFY(schemaProblems(pathTemplate, QStringLiteral("429"), limited).isEmpty());
        }
        const SimReply missing =
            lab.client->get(QStringLiteral("/v2/customers/my/invoices/no-such-invoice"));
        QCOMPARE(missing.status, 404);
        QVERIFY(schemaProblems(QStringLiteral("/v2/customers/my/invoices/{invoice_uuid}"),
                               QStringLiteral("404"), missing)
                    .isEmpty());
        QCOMPARE(lab.client->get(QStringLiteral("/v2/customers/my/billing_history")).status, 404);
    }

    // The month to the cent, by DigitalOcean's rules (per second, at most
    // 672 h a node a month, price_monthly / 672 an hour, HA control plane
    // $40.00 a month), on June 2025 (30 days = 720 h):
    //   billing-lab control plane  720 h → capped 672 h → 4000
    //   base  s-2vcpu-4gb $24      720 h → capped 672 h → 2400
    //   batch c-4 $84, node 1      06-08 → 06-15 = 168 h: 168 × 8400 / 672 = 2100
    //   batch c-4 $84, node 2      06-08 → 06-22 = 336 h: 336 × 8400 / 672 = 4200
    //   side-lab small s-1vcpu-1gb 720 h → capped → 600
    //   invoice: 4000 + 2400 + 2100 + 4200 + 600 = 13300 → "133.00"
    void billsAMonthToTheCentAndMakesItAnInvoiceWhenTheMonthEnds()
    {
        Lab lab;
        lab.playJune();
        // 06-22 00:00, the preview so far (504 h into the month):
        //   plane 504 × 4000 / 672 = 3000; base 504 × 2400 / 672 = 1800;
        //   batch 2100 + 4200; small 504 × 600 / 672 = 450 → 11550
        QJsonObject list = lab.client->get(QStringLiteral("/v2/customers/my/invoices")).json();
        QCOMPARE(list[u"invoices"].toArray().size(), 0);
        QCOMPARE(list[u"invoice_preview"][u"invoice_period"].toString(), QStringLiteral("2025-06"));
        QCOMPARE(list[u"invoice_preview"][u"amount"].toString(), QStringLiteral("115.50"));
        QCOMPARE(list[u"invoice_preview"][u"updated_at"].toString(),
                 QStringLiteral("2025-06-22T00:00:00Z"));
        const QJsonObject balance =
            lab.client->get(QStringLiteral("/v2/customers/my/balance")).json();
        QCOMPARE(balance[u"month_to_date_usage"].toString(), QStringLiteral("115.50"));
        QCOMPARE(balance[u"month_to_date_balance"].toString(), QStringLiteral("115.50"));
        QCOMPARE(balance[u"account_balance"].toString(), QStringLiteral("0.00"));

        lab.simulator.clock().advance(9 * Day); // 07-01 00:00: June is over
        list = lab.client->get(QStringLiteral("/v2/customers/my/invoices")).json();
        QCOMPARE(list[u"invoices"].toArray().size(), 1);
        const QJsonObject june = list[u"invoices"][0].toObject();
        QCOMPARE(june[u"invoice_period"].toString(), QStringLiteral("2025-06"));
        QCOMPARE(june[u"amount"].toString(), QStringLiteral("133.00"));
        QVERIFY(!june.contains(u"updated_at")); // only the preview has it
        QCOMPARE(list[u"invoice_preview"][u"invoice_period"].toString(), QStringLiteral("2025-07"));
        QCOMPARE(list[u"invoice_preview"][u"amount"].toString(), QStringLiteral("0.00"));

        const QJsonObject items =
            lab.client
                ->get(QStringLiteral("/v2/customers/my/invoices/%1?per_page=200")
                          .arg(june[u"invoice_uuid"].toString()))
                .json();
        QCOMPARE(items[u"meta"][u"total"].toInt(), 5);
        const QMap<QString, QString> amounts =
            amountsByDescription(items[u"invoice_items"].toArray());
        QCOMPARE(amounts.value(QStringLiteral("billing-lab: High availability control plane")),
                 QStringLiteral("40.00"));
        QCOMPARE(
            amounts.value(QStringLiteral("billing-lab: s-2vcpu-4gb node base-aaaaa (pool base)")),
            QStringLiteral("24.00"));
        QCOMPARE(
            amounts.value(QStringLiteral("side-lab: s-1vcpu-1gb node small-bbbbb (pool small)")),
            QStringLiteral("6.00"));
        QStringList batch;
        qint64 sum = 0;
        for (const QJsonValue& v : items[u"invoice_items"].toArray()) {
            QCOMPARE(v[u"product"].toString(), QStringLiteral("Kubernetes Clusters"));
            QCOMPARE(v[u"duration_unit"].toString(), QStringLiteral("Hours"));
            if (v[u"description"].toString().contains(u"(pool batch)"))
                batch << v[u"amount"].toString() + u'/' + v[u"duration"].toString();
            sum += qRound64(v[u"amount"].toString().toDouble() * 100);
        }
        batch.sort();
        QCOMPARE(batch, (QStringList{QStringLiteral("21.00/168"), QStringLiteral("42.00/336")}));
        QCOMPARE(sum, 13300); // the items add up to the invoice
        // A month later the same invoice says the same.
        lab.simulator.clock().advance(40 * Day);
        list = lab.client->get(QStringLiteral("/v2/customers/my/invoices")).json();
        QCOMPARE(list[u"invoices"].toArray().size(), 2); // July and June, newest first
        QCOMPARE(list[u"invoices"][0][u"invoice_period"].toString(), QStringLiteral("2025-07"));
        QCOMPARE(list[u"invoices"][1][u"invoice_uuid"], june[u"invoice_uuid"]);
        QCOMPARE(list[u"invoices"][1][u"amount"].toString(), QStringLiteral("133.00"));
        // July: 744 h, every node and the plane capped at 672 h:
        //   4000 + 2400 + 600 = 7000
        QCOMPARE(list[u"invoices"][0][u"amount"].toString(), QStringLiteral("70.00"));
    }

    // Items of a month page like every DO list: absolute links keeping the
    // other query items, first/prev/next/last only where they make sense.
    void pagesInvoiceItemsAndInvoices()
    {
        Lab lab;
        lab.playJune();
        lab.simulator.clock().advance(9 * Day);
        const QString base = lab.simulator.baseUrl().toString();
        SimReply page1 = lab.client->get(QStringLiteral("/v2/customers/my/invoices/preview"));
        QCOMPARE(page1.json()[u"meta"][u"total"].toInt(), 0);
        const QString june = lab.client->get(QStringLiteral("/v2/customers/my/invoices"))
                                 .json()[u"invoices"][0][u"invoice_uuid"]
                                 .toString();
        const QString path = QStringLiteral("/v2/customers/my/invoices/") + june;
        page1 = lab.client->get(path + QStringLiteral("?per_page=2"));
        QCOMPARE(page1.json()[u"invoice_items"].toArray().size(), 2);
        QCOMPARE(page1.json()[u"meta"][u"total"].toInt(), 5);
        const QJsonObject links = page1.json()[u"links"][u"pages"].toObject();
        QCOMPARE(links.value(u"next").toString(),
                 base + path + QStringLiteral("?page=2&per_page=2"));
        QCOMPARE(links.value(u"last").toString(),
                 base + path + QStringLiteral("?page=3&per_page=2"));
        QVERIFY(!links.contains(u"prev"));
        const SimReply page3 = lab.client->get(path + QStringLiteral("?page=3&per_page=2"));
        QCOMPARE(page3.json()[u"invoice_items"].toArray().size(), 1);
        QVERIFY(!page3.json()[u"links"][u"pages"].toObject().contains(u"next"));
        QStringList problems =
            schemaProblems(QStringLiteral("/v2/customers/my/invoices/{invoice_uuid}"),
                           QStringLiteral("200"), page3);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        lab.simulator.clock().advance(70 * Day); // three past months
        const SimReply invoices =
            lab.client->get(QStringLiteral("/v2/customers/my/invoices?per_page=2"));
        QCOMPARE(invoices.json()[u"meta"][u"total"].toInt(), 3);
        QCOMPARE(invoices.json()[u"invoices"].toArray().size(), 2);
        QVERIFY(invoices.json()[u"invoice_preview"].isObject()); // on every page
        QVERIFY(invoices.json()[u"links"][u"pages"][u"next"].isString());
        problems = schemaProblems(QStringLiteral("/v2/customers/my/invoices"),
                                  QStringLiteral("200"), invoices);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A replaced node is a new droplet: both are billed, each for its own hours.
    //   base node 1: 06-01 → 06-10 = 216 h: 216 × 2400 / 672 = 771.43 → 771
    //   base node 2: 06-10 → 07-01 = 504 h: 504 × 2400 / 672 = 1800
    void billsAReplacedNodeAsTwoDroplets()
    {
        Lab lab;
        lab.simulator.clock().advance(9 * Day);
        const sim::PoolRow base = *lab.simulator.poolByName(LabCluster, QStringLiteral("base"));
        QCOMPARE(
            lab.client
                ->del(QStringLiteral("/v2/kubernetes/clusters/%1/node_pools/%2/nodes/%3?replace=1")
                          .arg(LabCluster, base.id, base.nodes.first().id))
                .status,
            202);
        lab.simulator.clock().advance(21 * Day);
        const QJsonObject items =
            lab.client
                ->get(QStringLiteral("/v2/customers/my/invoices/%1")
                          .arg(lab.client->get(QStringLiteral("/v2/customers/my/invoices"))
                                   .json()[u"invoices"][0][u"invoice_uuid"]
                                   .toString()))
                .json();
        QStringList base2;
        for (const QJsonValue& v : items[u"invoice_items"].toArray())
            if (v[u"description"].toString().contains(u"(pool base)"))
                base2 << v[u"amount"].toString();
        base2.sort();
        QCOMPARE(base2, (QStringList{QStringLiteral("18.00"), QStringLiteral("7.71")}));
    }
};

QTEST_GUILESS_MAIN(BillingSimTest)
#include "tst_billingsim.moc"
