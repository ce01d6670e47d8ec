// The billing contract on the client's side: every response example of the
// balance, invoice list and invoice item operations in DigitalOcean's billing
// description (tests/data/do-api/do-api-billing.json) passes the answer type
// check and reads into values; wrong amounts and types are refused naming the
// field. And the comparison's rules on data no simulator makes: a cluster
// deleted mid-month, sizes priced differently, a month without history.
#include "core/billedcost.h"
#include "core/billedinvoice.h"
#include "core/dojsoncheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace core::billing;

namespace {

QJsonObject contract()
{
    QFile file(QStringLiteral(POOLSTUDIO_TEST_DATA "/do-api/do-api-billing.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/do-api/do-api-billing.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<QJsonObject> examples(const QString& path)
{
    static const QJsonObject c = contract();
    const QJsonObject content =
        c[u"paths"][path][u"get"][u"responses"][u"200"][u"content"][u"application/json"].toObject();
    QList<QJsonObject> out;
    // DigitalOcean puts an example beside the schema or inside it.
    if (content.contains(u"example"))
        out << content.value(u"example").toObject();
    if (content[u"schema"].toObject().contains(u"example"))
        out << content[u"schema"][u"example"].toObject();
    const QJsonObject named = content.value(u"examples").toObject();
    for (auto it = named.begin(); it != named.end(); ++it)
        out << it.value().toObject().value(u"value").toObject();
    return out;
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

InvoiceItem item(const QString& cluster, const QString& description, qint64 cents, double hours,
                 const QDateTime& start, const QDateTime& end, const QString& uuid = {})
{
    InvoiceItem i;
    i.product = KubernetesProduct;
    i.groupDescription = cluster;
    i.description = description;
    i.amountCents = cents;
    i.duration = hours;
    i.durationUnit = QStringLiteral("Hours");
    i.start = start;
    i.end = end;
    i.resourceUuid = uuid;
    return i;
}

} // namespace

class BillingContractTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryInvoiceListExample()
    {
        const QList<QJsonObject> all = examples(QStringLiteral("/v2/customers/my/invoices"));
        QVERIFY(!all.isEmpty());
        for (const QJsonObject& example : all) {
            QCOMPARE(core::dojson::responseTypeProblem(example), QString());
            InvoiceList list;
            QCOMPARE(readInvoiceList(example.value(u"invoices").toArray(),
                                     example.value(u"invoice_preview"), &list),
                     QString());
            QCOMPARE(list.invoices.size(), example.value(u"invoices").toArray().size());
            QVERIFY(list.preview.has_value());
        }
        InvoiceList list;
        const QJsonObject first = all.first();
        readInvoiceList(first.value(u"invoices").toArray(), first.value(u"invoice_preview"), &list);
        QCOMPARE(list.invoices.first().amountCents, 1234);
        QCOMPARE(list.invoices.first().period, QStringLiteral("2019-12"));
        QCOMPARE(list.preview->amountCents, 3456);
        QCOMPARE(list.preview->updatedAt,
                 QDateTime(QDate(2020, 2, 23), QTime(6, 31, 50), QTimeZone::utc()));
    }

    void readsEveryInvoiceItemsExample()
    {
        const QList<QJsonObject> all =
            examples(QStringLiteral("/v2/customers/my/invoices/{invoice_uuid}"));
        QVERIFY(!all.isEmpty());
        for (const QJsonObject& example : all) {
            QCOMPARE(core::dojson::responseTypeProblem(example), QString());
            QList<InvoiceItem> items;
            QCOMPARE(readInvoiceItems(example.value(u"invoice_items").toArray(), &items),
                     QString());
            QCOMPARE(items.size(), example.value(u"invoice_items").toArray().size());
        }
        QList<InvoiceItem> items;
        readInvoiceItems(all.first().value(u"invoice_items").toArray(), &items);
        QCOMPARE(items.at(0).product, KubernetesProduct);
        QCOMPARE(items.at(0).groupDescription, QStringLiteral("my-doks-cluster"));
        QCOMPARE(items.at(0).amountCents, 1234);
        QCOMPARE(items.at(0).hours(), 744.0);
        QCOMPARE(items.at(1).product, QStringLiteral("Spaces Subscription"));
        // Only Kubernetes items are a cluster's; the rest is counted apart.
        const BilledComparison c =
            compareBilled({QStringLiteral("u"), {}, QStringLiteral("2020-01"), 4679, {}}, false,
                          items, {}, {}, utc(2020, 3, 1));
        QCOMPARE(c.rows.size(), 1);
        QCOMPARE(c.rows.first().billedCents, 1234);
        QCOMPARE(c.otherProductsCents, 3445);
    }

    void readsEveryBalanceExample()
    {
        const QList<QJsonObject> all = examples(QStringLiteral("/v2/customers/my/balance"));
        QVERIFY(!all.isEmpty());
        for (const QJsonObject& example : all) {
            QCOMPARE(core::dojson::responseTypeProblem(example), QString());
            Balance b;
            QCOMPARE(readBalance(example, &b), QString());
            QCOMPARE(b.monthToDateUsageCents, 1121);
            QCOMPARE(b.monthToDateBalanceCents, 2344);
            QCOMPARE(b.accountBalanceCents, 1223);
            QVERIFY(b.generatedAt.isValid());
        }
    }

    void refusesWrongAmountsAndTypesNamingTheField()
    {
        QJsonObject example =
            examples(QStringLiteral("/v2/customers/my/invoices/{invoice_uuid}")).first();
        QJsonArray items = example.value(u"invoice_items").toArray();
        QJsonObject second = items.at(1).toObject();
        second.insert(QStringLiteral("amount"), 34.45); // a number, not DO's string
        items.replace(1, second);
        example.insert(QStringLiteral("invoice_items"), items);
        QCOMPARE(core::dojson::responseTypeProblem(example),
                 QStringLiteral("invoice_items[1].amount: expected a string, found a number"));

        second.insert(QStringLiteral("amount"), QStringLiteral("34,45"));
        items.replace(1, second);
        QList<InvoiceItem> read;
        QCOMPARE(readInvoiceItems(items, &read),
                 QStringLiteral("invoice_items[1].amount: expected an amount in dollars such as "
                                "\"12.34\", found \"34,45\""));
        Balance b;
        QCOMPARE(readBalance({{QStringLiteral("month_to_date_usage"), QStringLiteral("$5")}}, &b),
                 QStringLiteral("balance.month_to_date_usage: expected an amount in dollars such "
                                "as \"12.34\", found \"$5\""));
        InvoiceList list;
        QCOMPARE(
            readInvoiceList(
                {}, QJsonObject{{QStringLiteral("invoice_period"), QStringLiteral("Feb")}}, &list),
            QStringLiteral("invoice_preview.invoice_period: expected a month such as "
                           "\"2020-01\", found \"Feb\""));
    }

    void readsAmountsAsCents()
    {
        QCOMPARE(centsFromAmount(QStringLiteral("12.34")), qint64(1234));
        QCOMPARE(centsFromAmount(QStringLiteral("7")), qint64(700));
        QCOMPARE(centsFromAmount(QStringLiteral("0.5")), qint64(50));
        QCOMPARE(centsFromAmount(QStringLiteral("-1.25")), qint64(-125));
        QCOMPARE(centsFromAmount(QStringLiteral("1.005")), qint64(101)); // half away from zero
        QCOMPARE(centsFromAmount(QStringLiteral("1.004")), qint64(100));
        QVERIFY(!centsFromAmount(QStringLiteral("")));
        QVERIFY(!centsFromAmount(QStringLiteral("1e3")));
        QVERIFY(!centsFromAmount(QStringLiteral("12.")));
        QCOMPARE(amountText(-125), QStringLiteral("-1.25"));
    }

    // A cluster deleted on 2025-06-11 12:00: the bill keeps it by name; the
    // history (its pools dropped to 0 then) gives the estimate; no live
    // cluster has the name any more. 10.5 days = 252 h of one c-4 ($84):
    //   252 × 8400 / 672 = 3150 billed and estimated, no difference.
    void keepsTheRowsOfADeletedClusterByName()
    {
        const QString goneId = QStringLiteral("0dead000-0000-4000-8000-000000000001");
        const QList<InvoiceItem> items{item(QStringLiteral("old-lab"), QStringLiteral("c-4 node"),
                                            3150, 252, utc(2025, 6, 1), utc(2025, 6, 11, 12),
                                            QStringLiteral("n1"))};
        const QList<core::PoolSample> history{
            {utc(2025, 5, 20), goneId, QStringLiteral("p1"), QStringLiteral("work"),
             QStringLiteral("c-4"), 1, 8400},
            {utc(2025, 6, 11, 12), goneId, QStringLiteral("p1"), QStringLiteral("work"),
             QStringLiteral("c-4"), 0, 8400},
        };
        const auto spans = spansFromHistory(history, {}, utc(2025, 6, 1), utc(2025, 7, 1));
        QCOMPARE(spans.size(), 1);
        BilledComparison c =
            compareBilled({QStringLiteral("u"), {}, QStringLiteral("2025-06"), 3150, {}}, false,
                          items, spans, {}, utc(2025, 7, 2));
        // Without an id on the bill the estimate cannot be paired by name:
        // two rows, the billed one kept by its name.
        QCOMPARE(c.rows.size(), 2);
        const BilledRow billed =
            c.rows.at(0).clusterName == u"old-lab" ? c.rows.at(0) : c.rows.at(1);
        QCOMPARE(billed.billedCents, 3150);
        QVERIFY(!billed.exists);
        QVERIFY2(billed.explanations.join(u' ').contains(
                     u"deleted mid-month, billed until 2025-06-11 12:00 UTC"),
                 qPrintable(billed.explanations.join(u'|')));
        // With the cluster's id on an item (as poolsim writes a control
        // plane's resource_uuid) the two are one row.
        QList<InvoiceItem> withId = items;
        withId.append(item(QStringLiteral("old-lab"),
                           QStringLiteral("High availability control plane"), 0, 0, utc(2025, 6, 1),
                           utc(2025, 6, 11, 12), goneId));
        c = compareBilled({QStringLiteral("u"), {}, QStringLiteral("2025-06"), 3150, {}}, false,
                          withId, spans, {}, utc(2025, 7, 2));
        QCOMPARE(c.rows.size(), 1);
        QCOMPARE(c.rows.first().billedCents, 3150);
        QCOMPARE(c.rows.first().estimatedCents, 3150);
        QCOMPARE(c.rows.first().differenceCents, 0);
        QVERIFY(!c.rows.first().exists);
    }

    // The same 168 node-hours billed at $96 a month where the history priced
    // the size at $84: 168 × 9600 / 672 = 2400 billed, 168 × 8400 / 672 = 2100
    // estimated, +300 explained by prices.
    void explainsSizesPricedDifferently()
    {
        const QString id = QStringLiteral("c1");
        const QList<core::PoolSample> history{
            {utc(2025, 6, 1), id, QStringLiteral("p1"), QStringLiteral("w"), QStringLiteral("c-4"),
             1, 8400},
            {utc(2025, 6, 8), id, QStringLiteral("p1"), QStringLiteral("w"), QStringLiteral("c-4"),
             0, 8400},
        };
        const QList<ClusterInfo> clusters{{id, QStringLiteral("lab"), false}};
        const auto spans = spansFromHistory(history, clusters, utc(2025, 6, 1), utc(2025, 7, 1));
        const BilledComparison c =
            compareBilled({QStringLiteral("u"), {}, QStringLiteral("2025-06"), 2400, {}}, false,
                          {item(QStringLiteral("lab"), QStringLiteral("c-4 node"), 2400, 168,
                                utc(2025, 6, 1), utc(2025, 6, 8))},
                          spans, clusters, utc(2025, 7, 2));
        QCOMPARE(c.rows.size(), 1);
        QCOMPARE(c.rows.first().estimatedCents, 2100);
        QCOMPARE(c.rows.first().differenceCents, 300);
        QVERIFY2(c.rows.first().explanations.join(u' ').contains(u"other prices"),
                 qPrintable(c.rows.first().explanations.join(u'|')));
    }

    void saysWhenThereIsNoHistory()
    {
        const BilledComparison c = compareBilled(
            {QStringLiteral("u"), {}, QStringLiteral("2025-06"), 100, {}}, false,
            {item(QStringLiteral("lab"), QStringLiteral("node"), 100, 1, utc(2025, 6, 1),
                  utc(2025, 6, 2))},
            {}, {{QStringLiteral("c1"), QStringLiteral("lab"), false}}, utc(2025, 7, 2));
        QVERIFY(!c.rows.first().hasEstimate);
        QVERIFY(c.rows.first().exists);
        QVERIFY(c.rows.first().explanations.join(u' ').contains(u"No recorded history"));
    }
};

QTEST_GUILESS_MAIN(BillingContractTest)
#include "tst_billingcontract.moc"
