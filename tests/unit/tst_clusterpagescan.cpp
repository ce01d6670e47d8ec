// The one-pass scan of a cluster page (core/clusterpagescan.h) against the
// full reader it stands in for: QJsonDocument, the duplicate-key scan, the
// type check and clustersFromResponse(), both as summaries and as the whole
// clusters the window reads (scanWholeClusterPage). On the contract's examples and on a
// generated account (served by the simulator over a real socket) it must
// read the same summaries, and poolctl's listing (cli/clusterlisting.h) must
// print byte for byte what `poolctl clusters` printed from fully decoded
// clusters. On hand-written and 20,000 mutated pages it must never answer
// where the full reader refuses, nor answer differently where both answer.
#include "api/doclient.h"
#include "clusterlisting.h"
#include "clustersprintedbefore.h"
#include "contractfiles.h"
#include "core/clusterpagescan.h"
#include "core/dojson.h"
#include "core/dojsoncheck.h"
#include "core/jsonduplicates.h"
#include "output.h"
#include "servedaccount.h"
#include "sim/seedgenerator.h"
#include "sim/simulator.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using core::SummaryDetail;

namespace {

const QString Token = QStringLiteral("dop_v1_scan_test_token");

// What the listing prints now, page by page, from scanned pages.
QByteArray printedNow(const QList<QList<core::ClusterSummary>>& pages, const QString& format)
{
    cli::ClusterListing listing(format);
    QByteArray out;
    for (const QList<core::ClusterSummary>& page : pages)
        out += listing.page(page);
    return out + listing.end();
}

const QStringList Formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("yaml")};

// Both readers on `bytes`; the scan may decline where the full reader
// answers, never the other way round, and never answers differently.
bool scanAgreesWithFullReader(const QByteArray& bytes)
{
    const std::optional<FullRead> full = readFully(bytes);
    // The whole clusters the window reads, to the last node.
    if (const auto whole = core::dojson::scanWholeClusterPage(bytes)) {
        if (!full) {
            qWarning("the whole scan read a page the full reader refuses: %s",
                     bytes.left(300).data());
            return false;
        }
        if (whole->clusters != full->clusters ||
            whole->nextLink != full->body[u"links"][u"pages"][u"next"].toString()) {
            qWarning("the whole scan read a page differently: %s", bytes.left(300).data());
            return false;
        }
    }
    for (const SummaryDetail detail : {SummaryDetail::Counts, SummaryDetail::Pools}) {
        const std::optional<core::dojson::ClusterPage> scanned =
            core::dojson::scanClusterPage(bytes, detail);
        if (!scanned)
            continue;
        if (!full) {
            qWarning("the scan read a page the full reader refuses: %s", bytes.left(300).data());
            return false;
        }
        if (scanned->clusters != summaries(full->clusters, detail)) {
            qWarning("the scan read a page differently: %s", bytes.left(300).data());
            return false;
        }
        const QJsonValue next = full->body[u"links"][u"pages"][u"next"];
        const QJsonValue total = full->body[u"meta"][u"total"];
        if (scanned->nextLink != next.toString() ||
            scanned->total.has_value() != total.isDouble() ||
            (total.isDouble() && *scanned->total != total.toInt())) {
            qWarning("the scan read the paging fields differently: %s", bytes.left(300).data());
            return false;
        }
    }
    return true;
}

// The contract's examples of a clusters page.
QList<QJsonObject> clusterListExamples()
{
    return contractfiles::responseExamples(contractfiles::nodePools(),
                                           QStringLiteral("/v2/kubernetes/clusters"),
                                           QStringLiteral("get"), QStringLiteral("200"));
}

// A page of one cluster whose fields are `pool` (a JSON object's members).
QByteArray pageWithPool(const QByteArray& pool)
{
    return R"({"kubernetes_clusters":[{"id":"c1","name":"one","region":"fra1","version":"1.32",)"
           R"("status":{"state":"running"},"node_pools":[{)" +
           pool + R"(}]}],"links":{},"meta":{"total":1}})";
}

} // namespace

class TestClusterPageScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractExamplesPrintAsTheFullReaderWould()
    {
        const QList<QJsonObject> examples = clusterListExamples();
        QVERIFY2(!examples.isEmpty(), "no GET /v2/kubernetes/clusters example in the contract");
        for (const QJsonObject& example : examples) {
            for (const auto form : {QJsonDocument::Compact, QJsonDocument::Indented}) {
                const QByteArray bytes = QJsonDocument(example).toJson(form);
                const std::optional<FullRead> full = readFully(bytes);
                QVERIFY(full && !full->clusters.isEmpty());
                QVERIFY(scanAgreesWithFullReader(bytes));
                QVERIFY2(core::dojson::scanWholeClusterPage(bytes),
                         "the whole scan declined a contract example");
                for (const QString& format : Formats) {
                    const auto scanned =
                        core::dojson::scanClusterPage(bytes, cli::ClusterListing(format).detail());
                    QVERIFY2(scanned, "the scan declined a contract example");
                    QCOMPARE(printedNow({scanned->clusters}, format),
                             printedBefore(full->clusters, format));
                }
            }
        }
    }

    void aGeneratedAccountPrintsAsTheFullReaderWould()
    {
        sim::Simulator simulator;
        QVERIFY(simulator.loadSeed(sim::generateSeed({30, 10, 20})));
        simulator.setToken(Token);
        QVERIFY(simulator.listen(0) != 0);

        // One page of 30 clusters, 6,000 nodes.
        const QByteArray page = fetchClusterPage(simulator.baseUrl(), Token, 1, 200);
        const std::optional<FullRead> full = readFully(page);
        QVERIFY(full);
        QCOMPARE(full->clusters.size(), 30);
        QVERIFY(scanAgreesWithFullReader(page));
        const auto whole = core::dojson::scanWholeClusterPage(page);
        QVERIFY2(whole, "the whole scan declined the simulator's page");
        QCOMPARE(whole->clusters, full->clusters);
        for (const QString& format : Formats) {
            const auto scanned =
                core::dojson::scanClusterPage(page, cli::ClusterListing(format).detail());
            QVERIFY2(scanned, "the scan declined the simulator's page");
            QCOMPARE(printedNow({scanned->clusters}, format),
                     printedBefore(full->clusters, format));
        }

        // The same account in pages of 7: JSON and YAML are still the one
        // document they were; the table has every row once.
        QList<QList<core::ClusterSummary>> tablePages, detailPages;
        QList<core::Cluster> all;
        for (int number = 1; number <= 5; ++number) {
            const QByteArray bytes = fetchClusterPage(simulator.baseUrl(), Token, number, 7);
            const auto fullPage = readFully(bytes);
            QVERIFY(fullPage);
            all += fullPage->clusters;
            QVERIFY(scanAgreesWithFullReader(bytes));
            const auto counts = core::dojson::scanClusterPage(bytes, SummaryDetail::Counts);
            const auto pools = core::dojson::scanClusterPage(bytes, SummaryDetail::Pools);
            QVERIFY(counts && pools);
            QCOMPARE(counts->nextLink.isEmpty(), number == 5);
            QCOMPARE(counts->total.value_or(-1), 30);
            tablePages << counts->clusters;
            detailPages << pools->clusters;
        }
        QCOMPARE(all.size(), 30);
        for (const QString& format : {QStringLiteral("json"), QStringLiteral("yaml")})
            QCOMPARE(printedNow(detailPages, format), printedBefore(all, format));
        const QStringList rows = QString::fromUtf8(printedNow(tablePages, QStringLiteral("table")))
                                     .split(u'\n', Qt::SkipEmptyParts);
        const QStringList rowsBefore =
            QString::fromUtf8(printedBefore(all, QStringLiteral("table")))
                .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 31);
        for (int i = 0; i < rows.size(); ++i) // the same cells; widths may differ by page
            QCOMPARE(rows.at(i).split(u' ', Qt::SkipEmptyParts),
                     rowsBefore.at(i).split(u' ', Qt::SkipEmptyParts));
    }

    void anEmptyListingPrintsAsBefore()
    {
        const QByteArray bytes = R"({"kubernetes_clusters":[],"links":{},"meta":{"total":0}})";
        const auto scanned = core::dojson::scanClusterPage(bytes, SummaryDetail::Pools);
        QVERIFY(scanned && scanned->clusters.isEmpty());
        for (const QString& format : Formats) {
            QCOMPARE(printedNow({}, format), printedBefore({}, format));
            QCOMPARE(printedNow({{}}, format), printedBefore({}, format));
        }
    }

    void tableColumnsKeepTheFirstPagesWidths()
    {
        core::ClusterSummary shortName{QStringLiteral("id-1"),    QStringLiteral("a"),
                                       QStringLiteral("fra1"),    QStringLiteral("1.32"),
                                       QStringLiteral("running"), {}};
        core::ClusterSummary longName = shortName;
        longName.name = QStringLiteral("a-much-longer-name");
        const QString text =
            QString::fromUtf8(printedNow({{shortName}, {longName}}, QStringLiteral("table")));
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).indexOf(u"id-1"), lines.at(0).indexOf(u"ID"));
        // The long name pushes its own row, two spaces on.
        QVERIFY2(lines.at(2).startsWith(u"a-much-longer-name  id-1  fra1"),
                 qPrintable(lines.at(2)));
    }

    void handWrittenPages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("scanned");  // the scan answers
        QTest::addColumn<bool>("readable"); // the full reader answers

        const auto pool = [](const char* members) { return pageWithPool(members); };
        // Read by the scan.
        QTest::newRow("nulls everywhere")
            << QByteArray(R"({"kubernetes_clusters":[{"id":null,"name":"a","status":null,)"
                          R"("ha":null,"tags":null,"node_pools":[{"count":null,"labels":null,)"
                          R"("taints":null,"tags":null,"nodes":null,"auto_scale":null}],)"
                          R"("cluster_autoscaler_configuration":null}],"meta":null})")
            << true << true;
        QTest::newRow("no node_pools")
            << QByteArray(R"({"kubernetes_clusters":[{"id":"x","name":"a"}]})") << true << true;
        QTest::newRow("escapes and UTF-8 in values")
            << QByteArray(
                   "{\"kubernetes_clusters\":[{\"id\":\"c\\u00e9\\n\\\"x\\\"\\/\\t\","
                   "\"name\":\"caf\xC3\xA9 \xF0\x9F\x9A\x80 \xE2\x82\xAC\",\"node_pools\":[]}]}")
            << true << true;
        QTest::newRow("taints in any case")
            << pool(R"("taints":[{"Key":"k","VALUE":"v","effect":"NoSchedule","key":"exact",)"
                    R"("other":5},{"kEy":null,"Effect":"NoExecute"}])")
            << true << true;
        QTest::newRow("labels") << pool(R"("labels":{"b":"2","a":"1","c":null})") << true << true;
        // Past 32 keys the duplicate check changes from a list to a hash set.
        QByteArray many;
        for (int i = 0; i < 50; ++i)
            many += QByteArray(i ? "," : "") + "\"k" + QByteArray::number(i) + "\":\"v\"";
        QTest::newRow("50 labels") << pool("\"labels\":{" + many + "}") << true << true;
        QTest::newRow("50 labels, the last twice")
            << pool("\"labels\":{" + many + ",\"k49\":\"w\"}") << false << false;
        QTest::newRow("50 labels, the first twice")
            << pool("\"labels\":{" + many + ",\"k0\":\"w\"}") << false << false;
        QTest::newRow("automatic tags")
            << pool(R"("tags":["k8s","k8s:worker","team:x","k8s:abc","k8s-worker"])") << true
            << true;
        QTest::newRow("node states")
            << pool(R"("count":3,"nodes":[{"status":{"state":"running"}},{"status":{"state":)"
                    R"("run\u006eing","message":"ok"}},{"status":{"state":"provisioning"}},)"
                    R"({"droplet_id":12},{"droplet_id":"13"},{"droplet_id":1.5e3}])")
            << true << true;
        QTest::newRow("unknown fields of every kind")
            << pool(R"("x":{"a":[1,-2.5e-3,true,false,null,{"b":{"c":[[[]]]}}],"d":"\u20ac"},)"
                    R"("y":123456789012345678901234567890,"count":2)")
            << true << true;
        QTest::newRow("whitespace") << QByteArray(" {\n\t\"kubernetes_clusters\" : [ ] ,\r\n"
                                                  "\"links\" : { \"pages\" : { } } }\n ")
                                    << true << true;
        QTest::newRow("next link at DigitalOcean's host")
            << QByteArray(
                   R"({"kubernetes_clusters":[],"links":{"pages":{"next":)"
                   R"("https://api.digitalocean.com/v2/kubernetes/clusters?page=2&per_page=1",)"
                   R"("last":"x"}},"meta":{"total":2}})")
            << true << true;
        QTest::newRow("links of other types")
            << QByteArray(R"({"kubernetes_clusters":[],"links":{"pages":{"next":5}}})") << true
            << true;
        QTest::newRow("links not an object")
            << QByteArray(R"({"kubernetes_clusters":[],"links":[1]})") << true << true;

        // Refused by both.
        QTest::newRow("not JSON") << QByteArray("<html>") << false << false;
        QTest::newRow("empty") << QByteArray() << false << false;
        QTest::newRow("truncated") << pool(R"("count":1)").chopped(3) << false << false;
        QTest::newRow("trailing garbage") << pool(R"("count":1)") + " x" << false << false;
        QTest::newRow("root array") << QByteArray("[]") << false << false;
        QTest::newRow("no envelope") << QByteArray(R"({"links":{}})") << false << false;
        QTest::newRow("duplicate pool key") << pool(R"("count":3,"count":300)") << false << false;
        QTest::newRow("duplicate key deep")
            << pool(R"("x":{"y":[{"a":1,"a":2}]})") << false << false;
        QTest::newRow("duplicate root key")
            << QByteArray(R"({"kubernetes_clusters":[],"kubernetes_clusters":[]})") << false
            << false;
        QTest::newRow("count as string") << pool(R"("count":"3")") << false << false;
        QTest::newRow("count fractional") << pool(R"("count":3.5)") << false << false;
        QTest::newRow("count beyond 32 bits") << pool(R"("count":10000000000)") << false << false;
        QTest::newRow("auto_scale as string") << pool(R"("auto_scale":"yes")") << false << false;
        QTest::newRow("tags of numbers") << pool(R"("tags":[1])") << false << false;
        QTest::newRow("a null tag") << pool(R"("tags":[null])") << false << false;
        QTest::newRow("label of a number") << pool(R"("labels":{"a":1})") << false << false;
        QTest::newRow("taint key of a number") << pool(R"("taints":[{"KEY":5}])") << false << false;
        QTest::newRow("a null node") << pool(R"("nodes":[null])") << false << false;
        QTest::newRow("node status a string")
            << pool(R"("nodes":[{"status":"running"}])") << false << false;
        QTest::newRow("droplet_id true")
            << pool(R"("nodes":[{"droplet_id":true}])") << false << false;
        QTest::newRow("node_pools an object")
            << QByteArray(R"({"kubernetes_clusters":[{"node_pools":{}}]})") << false << false;
        QTest::newRow("invalid UTF-8") << pool("\"x\":\"\xC0\x80\"") << false << false;
        QTest::newRow("a surrogate in UTF-8") << pool("\"x\":\"\xED\xA0\x80\"") << false << false;
        QTest::newRow("number too large") << pool(R"("x":1e999)") << false << false;
        QTest::newRow("total as string")
            << QByteArray(R"({"kubernetes_clusters":[],"meta":{"total":"1"}})") << false << false;
        QTest::newRow("another envelope of the wrong type")
            << QByteArray(R"({"kubernetes_clusters":[],"sizes":"x"})") << false << false;
        QTest::newRow("threshold a string")
            << QByteArray(R"({"kubernetes_clusters":[{"cluster_autoscaler_configuration":)"
                          R"({"scale_down_utilization_threshold":"0.5"}}]})")
            << false << false;

        // Left to the full reader, which reads them.
        QTest::newRow("escaped key") << pool(R"("co\u0075nt":3)") << false << true;
        QTest::newRow("whole number with a fraction") << pool(R"("count":3.0)") << false << true;
        QTest::newRow("clusters null")
            << QByteArray(R"({"kubernetes_clusters":null})") << false << true;
        QTest::newRow("one-object form")
            << QByteArray(R"({"kubernetes_clusters":{"id":"x"}})") << false << true;
        QTest::newRow("singular envelope beside")
            << QByteArray(R"({"kubernetes_clusters":[],"kubernetes_cluster":{"id":"x"}})") << false
            << true;
        QTest::newRow("NUL escape") << pool(R"("name":"a\u0000b")") << false << true;
        QTest::newRow("Kelvin sign key") << pool("\"taints\":[{\"\xE2\x84\xAA"
                                                 "ey\":\"k\"}]")
                                         << false << true;
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF{\"kubernetes_clusters\":[]}") << false << true;
        QTest::newRow("raw control character") << pool("\"name\":\"a\x01\"") << false << true;
        QByteArray deep = "[";
        for (int i = 0; i < 80; ++i)
            deep = "[" + deep + "]";
        QTest::newRow("deep nesting") << pool("\"x\":" + deep + "]") << false << true;
    }

    void handWrittenPages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, scanned);
        QFETCH(bool, readable);
        QCOMPARE(readFully(bytes).has_value(), readable);
        QCOMPARE(core::dojson::scanClusterPage(bytes, SummaryDetail::Pools).has_value(), scanned);
        QCOMPARE(core::dojson::scanClusterPage(bytes, SummaryDetail::Counts).has_value(), scanned);
        QVERIFY(scanAgreesWithFullReader(bytes));
    }

    void mutatedPagesAreNeverReadDifferently()
    {
        // A page with a little of everything the scan reads.
        QJsonObject example = clusterListExamples().first();
        example.insert(QStringLiteral("links"),
                       QJsonObject{{QStringLiteral("pages"),
                                    QJsonObject{{QStringLiteral("next"),
                                                 QStringLiteral("https://api.digitalocean.com/v2/"
                                                                "kubernetes/clusters?page=2")}}}});
        const QByteArray base = QJsonDocument(example).toJson(QJsonDocument::Compact);
        QVERIFY(readFully(base));
        static const char Significant[] = "{}[]\",:.-+eE0123456789 \\untfal\x80\xC3\xFF";
        QRandomGenerator random(16);
        int answered = 0, declined = 0;
        for (int i = 0; i < 20'000; ++i) {
            QByteArray bytes = base;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(bytes.size()));
                switch (random.bounded(4)) {
                case 0:
                    bytes[at] = Significant[random.bounded(int(sizeof Significant - 1))];
                    break;
                case 1:
                    bytes.remove(at, 1 + random.bounded(8));
                    break;
                case 2:
                    bytes.insert(at, Significant[random.bounded(int(sizeof Significant - 1))]);
                    break;
                default: // a span repeated: duplicate keys, doubled values
                    bytes.insert(at, bytes.mid(at, 1 + random.bounded(40)));
                    break;
                }
            }
            if (!scanAgreesWithFullReader(bytes))
                QFAIL(qPrintable(QStringLiteral("mutation %1 was read differently").arg(i)));
            (core::dojson::scanClusterPage(bytes, SummaryDetail::Pools) ? answered : declined)++;
        }
        qInfo("scan answered %d and declined %d of 20,000 mutated pages", answered, declined);
        QVERIFY(answered > 500);
        QVERIFY(declined > 500);
    }

    // A page the scan declines and the full reader reads still lists, through
    // DoClient: here a cluster name with U+0000, which the simulator writes
    // as \u0000.
    void aPageTheScanDeclinesIsReadTheFullWay()
    {
        QJsonDocument seed = QJsonDocument::fromJson(sim::generateSeed({3, 2, 2}));
        QJsonObject root = seed.object();
        QJsonArray clusters = root.value(u"clusters").toArray();
        QJsonObject first = clusters.at(0).toObject();
        first.insert(QStringLiteral("name"),
                     QStringLiteral("odd") + QChar(0) + QStringLiteral("name"));
        clusters.replace(0, first);
        root.insert(QStringLiteral("clusters"), clusters);

        sim::Simulator simulator;
        QVERIFY(simulator.loadSeed(QJsonDocument(root).toJson()));
        simulator.setToken(Token);
        QVERIFY(simulator.listen(0) != 0);
        const QByteArray page = fetchClusterPage(simulator.baseUrl(), Token, 1, 200);
        QVERIFY(page.contains("odd\\u0000name"));
        QVERIFY(!core::dojson::scanClusterPage(page, SummaryDetail::Pools));
        const std::optional<FullRead> full = readFully(page);
        QVERIFY(full);

        api::DoClient client;
        client.setBaseUrl(simulator.baseUrl());
        client.setToken(Token);
        QList<core::ClusterSummary> listed;
        std::optional<api::ApiError> result;
        client.fetchClusterSummaries(
            SummaryDetail::Pools, this,
            [&](const QList<core::ClusterSummary>& clustersOfPage) { listed += clustersOfPage; },
            [&](const api::ApiError& error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000);
        QVERIFY2(!result->isError(), qPrintable(result->humanText()));
        QCOMPARE(listed, summaries(full->clusters, SummaryDetail::Pools));
        QCOMPARE(listed.first().name, first.value(u"name").toString());
    }
    // What the full reader says of a malformed page is what the listing says,
    // with the HTTP status and request id; no page is handed on.
    void aMalformedPageSaysSoWithStatusAndRequestId()
    {
        ServedAccount served({3, 2, 2}, Token);
        sim::FaultRule malformed =
            sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Malformed,
                               QStringLiteral("/v2/kubernetes/clusters"));
        malformed.times = 0;
        served.simulator.addFault(malformed);
        const ServedAccount::Listing listing = served.list(SummaryDetail::Counts, this);
        const api::ApiError& result = listing.result;
        QCOMPARE(result.id, QStringLiteral("malformed_response"));
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(!result.requestId.isEmpty());
        QVERIFY2(result.message.contains(u"not valid JSON"), qPrintable(result.message));
        QVERIFY(result.humanText().contains(result.requestId));
        QVERIFY(listing.pageSizes.isEmpty());
    }

    // Pages stream: a listing whose second page links back hands on the
    // first, then says why it stopped.
    void aListingThatBreaksOffHasHandedOnThePagesBefore()
    {
        ServedAccount served({5, 1, 1}, Token);
        sim::FaultRule loop = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::LinkLoop,
                                                 QStringLiteral("/v2/kubernetes/clusters"));
        loop.nextPage = 1;
        loop.nth = 2;
        served.simulator.addFault(loop);
        served.client.setPageSize(2);
        const ServedAccount::Listing listing = served.list(SummaryDetail::Counts, this);
        QCOMPARE(listing.result.id, QStringLiteral("paging_broken"));
        QCOMPARE(listing.pageSizes, QList<int>{2});
    }
};

QTEST_GUILESS_MAIN(TestClusterPageScan)
#include "tst_clusterpagescan.moc"
