#include "contractfiles.h"
#include "core/dojson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace core;
using namespace core::dojson;
using contractfiles::responseExamples;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

NodePoolSpec sampleSpec()
{
    NodePoolSpec spec;
    spec.name = QStringLiteral("workers");
    spec.size = QStringLiteral("s-2vcpu-4gb");
    spec.count = 3;
    spec.labels = {{QStringLiteral("app"), QStringLiteral("web")}};
    spec.taints = {
        {QStringLiteral("dedicated"), QStringLiteral("web"), QStringLiteral("NoSchedule")}};
    spec.tags = {QStringLiteral("team:web")};
    return spec;
}

QStringList keysOf(const QJsonObject& json)
{
    QStringList keys = json.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestDoJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryContractExample()
    {
        const QJsonObject contract = contractfiles::nodePools();
        QVERIFY2(!contract.isEmpty(), "tests/data/do-api/do-api-nodepools.json is missing");

        int clusters = 0, pools = 0, nodes = 0;
        const QString clustersPath = QStringLiteral("/v2/kubernetes/clusters");
        const QString clusterPath = QStringLiteral("/v2/kubernetes/clusters/{cluster_id}");
        for (const auto& [path, method, status] :
             {std::tuple{clustersPath, QStringLiteral("get"), QStringLiteral("200")},
              std::tuple{clustersPath, QStringLiteral("post"), QStringLiteral("201")},
              std::tuple{clusterPath, QStringLiteral("get"), QStringLiteral("200")},
              std::tuple{clusterPath, QStringLiteral("put"), QStringLiteral("202")}}) {
            const QList<QJsonObject> examples = responseExamples(contract, path, method, status);
            QVERIFY2(!examples.isEmpty(), qPrintable(method + u' ' + path));
            for (const QJsonObject& example : examples) {
                const QList<Cluster> parsed = clustersFromResponse(example);
                QVERIFY(!parsed.isEmpty());
                for (const Cluster& cluster : parsed) {
                    QVERIFY(!cluster.id.isEmpty());
                    QVERIFY(!cluster.name.isEmpty());
                    QVERIFY(!cluster.state.isEmpty());
                    QVERIFY(!cluster.pools.isEmpty());
                    for (const NodePool& pool : cluster.pools) {
                        QVERIFY(!pool.spec.name.isEmpty());
                        QVERIFY(!pool.spec.size.isEmpty());
                        for (const QString& tag : pool.spec.tags)
                            QVERIFY2(!isAutomaticTag(tag), qPrintable(tag));
                        nodes += int(pool.nodes.size());
                    }
                    pools += int(cluster.pools.size());
                    ++clusters;
                }
            }
        }

        const QList<QJsonObject> poolLists = responseExamples(
            contract, QStringLiteral("/v2/kubernetes/clusters/{cluster_id}/node_pools"),
            QStringLiteral("get"), QStringLiteral("200"));
        QCOMPARE(poolLists.size(), 1);
        const QList<NodePool> listed = nodePoolsFromResponse(poolLists.first());
        QCOMPARE(listed.size(), poolLists.first().value(u"node_pools").toArray().size());
        QVERIFY(!listed.isEmpty());
        const NodePool& frontend = listed.first();
        QCOMPARE(frontend.spec.name, QStringLiteral("frontend-pool"));
        QCOMPARE(frontend.spec.labels, (QMap<QString, QString>())); // labels: null
        QCOMPARE(frontend.spec.tags, (QStringList{"production", "web-team"}));
        QCOMPARE(frontend.automaticTags.size(), 3);
        QCOMPARE(frontend.nodes.first().dropletId, QStringLiteral("205545370"));
        QCOMPARE(frontend.nodes.first().state, QStringLiteral("running"));
        QVERIFY(frontend.nodes.first().createdAt.isValid());
        for (const NodePool& pool : listed)
            nodes += int(pool.nodes.size());

        // The pool create request example reads as a pool, too.
        const QJsonObject createRequest =
            contract[u"paths"][u"/v2/kubernetes/clusters/{cluster_id}/node_pools"][u"post"]
                    [u"requestBody"][u"content"][u"application/json"][u"example"]
                        .toObject();
        const NodePool requested = nodePoolFromJson(createRequest);
        QCOMPARE(requested.spec.name, QStringLiteral("new-pool"));
        QVERIFY(requested.spec.autoScale);
        QCOMPARE(requested.spec.maxNodes, 6);

        const QList<QJsonObject> options =
            responseExamples(contract, QStringLiteral("/v2/kubernetes/options"),
                             QStringLiteral("get"), QStringLiteral("200"));
        QCOMPARE(options.size(), 1);
        const KubernetesOptions parsed = optionsFromResponse(options.first());
        const QJsonObject rawOptions = options.first().value(u"options").toObject();
        QCOMPARE(parsed.regions.size(), rawOptions.value(u"regions").toArray().size());
        QCOMPARE(parsed.versions.size(), rawOptions.value(u"versions").toArray().size());
        QCOMPARE(parsed.sizes.size(), rawOptions.value(u"sizes").toArray().size());
        QVERIFY(!parsed.sizes.isEmpty());
        QCOMPARE(parsed.sizes.first().slug, QStringLiteral("s-1vcpu-2gb"));
        QVERIFY(!parsed.versions.first().kubernetesVersion.isEmpty());

        QVERIFY(clusters >= 4);
        QVERIFY(pools > clusters);
        QVERIFY(nodes > 0);
    }

    void parsesTheSizesCatalog()
    {
        QFile file(QStringLiteral(POOLSTUDIO_TEST_DATA "/do-api/sizes-catalog.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QList<Size> sizes = sizesFromResponse(json);
        QCOMPARE(sizes.size(), json.value(u"sizes").toArray().size());
        for (const Size& size : sizes) {
            QVERIFY(!size.slug.isEmpty());
            QVERIFY(size.priceMonthlyCents > 0);
            QVERIFY(size.vcpus > 0);
        }
        const auto gpu =
            std::find_if(sizes.begin(), sizes.end(), [](const Size& s) { return s.gpu.count > 0; });
        QVERIFY(gpu != sizes.end());
        QCOMPARE(gpu->slug, QStringLiteral("gpu-h100x1-80gb"));
        QCOMPARE(gpu->priceMonthlyCents, 452930);
        QCOMPARE(gpu->gpu.vramGiB, 80);
    }

    void readsPricesAsIntegerCents_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << QByteArray(R"({"price_monthly": 24.0})") << qint64(2400);
        QTest::newRow("float noise")
            << QByteArray(R"({"price_monthly": 4529.3})") << qint64(452930);
        QTest::newRow("one cent") << QByteArray(R"({"price_monthly": 0.01})") << qint64(1);
        QTest::newRow("missing") << QByteArray(R"({})") << qint64(0);
        QTest::newRow("past 2^63 cents")
            << QByteArray(R"({"price_monthly": 1.9e86})") << qint64(1000000000000000);
        QTest::newRow("past -2^63 cents")
            << QByteArray(R"({"price_monthly": -1.9e86})") << qint64(-1000000000000000);
    }
    void readsPricesAsIntegerCents()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, cents);
        QCOMPARE(sizeFromJson(parse(json)).priceMonthlyCents, cents);
    }

    void toleratesWhatTheRealApiSends_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("labels null, taints missing")
            << QByteArray(R"({"id":"p","name":"a","size":"s","count":1,"labels":null,"tags":[]})");
        QTest::newRow("extra fields")
            << QByteArray(R"({"id":"p","name":"a","size":"s","count":1,"future":{"x":1}})");
        QTest::newRow("tags missing")
            << QByteArray(R"({"id":"p","name":"a","size":"s","count":1})");
        QTest::newRow("taints null")
            << QByteArray(R"({"id":"p","name":"a","size":"s","count":1,"taints":null})");
        QTest::newRow("nodes null")
            << QByteArray(R"({"id":"p","name":"a","size":"s","count":1,"nodes":null})");
    }
    void toleratesWhatTheRealApiSends()
    {
        QFETCH(QByteArray, json);
        const NodePool pool = nodePoolFromJson(parse(json));
        QCOMPARE(pool.id, QStringLiteral("p"));
        QCOMPARE(pool.spec.name, QStringLiteral("a"));
        QCOMPARE(pool.spec.count, 1);
        QVERIFY(pool.spec.labels.isEmpty());
        QVERIFY(pool.spec.taints.isEmpty());
    }

    void readsDropletIdAsStringOrNumber_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("dropletId");
        QTest::newRow("string") << QByteArray(R"({"droplet_id":"205545370"})") << "205545370";
        QTest::newRow("number") << QByteArray(R"({"droplet_id":205545370})") << "205545370";
        QTest::newRow("big number") << QByteArray(R"({"droplet_id":4205545370})") << "4205545370";
        QTest::newRow("empty while provisioning") << QByteArray(R"({"droplet_id":""})") << "";
        QTest::newRow("null") << QByteArray(R"({"droplet_id":null})") << "";
        QTest::newRow("missing") << QByteArray(R"({})") << "";
    }
    void readsDropletIdAsStringOrNumber()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, dropletId);
        QCOMPARE(nodeFromJson(parse(json)).dropletId, dropletId);
    }

    // Times in DigitalOcean's one form are read without QDateTime::fromString
    // (issue 16): the result must be what fromString gives, for that form,
    // for impossible dates and times, and for every other ISO spelling.
    void readsTimesAsQDateTimeDoes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"2024-01-01T09:30:00Z",
                                 "1999-12-31T23:59:59Z",
                                 "2024-02-29T00:00:00Z",
                                 "2023-02-29T00:00:00Z",
                                 "2024-13-01T00:00:00Z",
                                 "2024-04-31T12:00:00Z",
                                 "2024-01-01T24:00:00Z",
                                 "2024-01-01T23:60:00Z",
                                 "2024-01-01T23:59:60Z",
                                 "0000-01-01T00:00:00Z",
                                 "0001-01-01T00:00:00Z",
                                 "9999-12-31T23:59:59Z",
                                 "2024-01-01T09:30:00",
                                 "2024-01-01T09:30:00.123Z",
                                 "2024-01-01T09:30:00+02:00",
                                 "2024-01-01 09:30:00Z",
                                 "2024-01-01T09:30:0aZ",
                                 "2024-1-01T09:30:00Z",
                                 "+024-01-01T09:30:00Z",
                                 "2024-01-01T09:30:00z",
                                 "",
                                 "yesterday"})
            QTest::newRow(*text ? text : "empty") << QString::fromLatin1(text);
    }

    void readsTimesAsQDateTimeDoes()
    {
        QFETCH(QString, text);
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODate);
        QJsonObject json{{QStringLiteral("created_at"), text},
                         {QStringLiteral("updated_at"), text}};
        const Node node = nodeFromJson(json);
        for (const QDateTime& actual : {node.createdAt, node.updatedAt}) {
            QCOMPARE(actual.isValid(), expected.isValid());
            QCOMPARE(actual, expected);
            if (expected.isValid()) {
                QCOMPARE(actual.timeSpec(), expected.timeSpec());
                QCOMPARE(actual.offsetFromUtc(), expected.offsetFromUtc());
                QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
                QCOMPARE(actual.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
            }
        }
        QCOMPARE(clusterFromJson(json).createdAt, expected);
    }

    void keepsUnknownStates()
    {
        const Node node =
            nodeFromJson(parse(R"({"status":{"state":"hibernating","message":"zzz"}})"));
        QCOMPARE(node.state, QStringLiteral("hibernating"));
        QCOMPARE(node.message, QStringLiteral("zzz"));
        const Cluster cluster =
            clusterFromJson(parse(R"({"id":"c","status":{"state":"melting"}})"));
        QCOMPARE(cluster.state, QStringLiteral("melting"));
    }

    void readsTaintFieldsInAnyCase()
    {
        const Taint taint =
            taintFromJson(parse(R"({"Key":"k","VALUE":"v","effect":"NoSchedule"})"));
        QCOMPARE(taint,
                 (Taint{QStringLiteral("k"), QStringLiteral("v"), QStringLiteral("NoSchedule")}));
    }

    void separatesAutomaticTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("automatic");
        QTest::newRow("k8s") << "k8s" << true;
        QTest::newRow("k8s:worker") << "k8s:worker" << true;
        QTest::newRow("k8s-worker") << "k8s-worker" << true;
        QTest::newRow("cluster id") << "k8s:bd5f5959-5e1e-4205-a714-a914373942af" << true;
        QTest::newRow("user") << "team:ml" << false;
        QTest::newRow("k8s prefix word") << "k8sfoo" << false;
    }
    void separatesAutomaticTags()
    {
        QFETCH(QString, tag);
        QFETCH(bool, automatic);
        QCOMPARE(isAutomaticTag(tag), automatic);
    }

    void createBodyHasExactlyTheDocumentedFields()
    {
        NodePoolSpec spec = sampleSpec();
        spec.tags << QStringLiteral("k8s") << QStringLiteral("k8s:worker");
        const QJsonObject body = createPoolBody(spec);
        QCOMPARE(keysOf(body), (QStringList{"auto_scale", "count", "labels", "max_nodes",
                                            "min_nodes", "name", "size", "tags", "taints"}));
        QCOMPARE(body.value(u"tags").toArray(), QJsonArray{QStringLiteral("team:web")});
        QCOMPARE(body.value(u"labels").toObject().value(u"app").toString(), QStringLiteral("web"));
        QCOMPARE(body.value(u"taints").toArray().first().toObject().value(u"effect").toString(),
                 QStringLiteral("NoSchedule"));
        QCOMPARE(body.value(u"auto_scale").toBool(true), false);
        QCOMPARE(body.value(u"count").toInt(), 3);
    }

    void createBodySendsEmptyCollectionsNotNull()
    {
        NodePoolSpec spec = sampleSpec();
        spec.labels.clear();
        spec.taints.clear();
        spec.tags.clear();
        const QJsonObject body = createPoolBody(spec);
        QVERIFY(body.value(u"labels").isObject());
        QVERIFY(body.value(u"taints").isArray());
        QVERIFY(body.value(u"tags").isArray());
    }

    void createBodyZeroesBoundsWithoutAutoscaling()
    {
        NodePoolSpec spec = sampleSpec();
        spec.minNodes = 2;
        spec.maxNodes = 5;
        QCOMPARE(createPoolBody(spec).value(u"min_nodes").toInt(-1), 0);
        spec.autoScale = true;
        spec.count = 3;
        QCOMPARE(createPoolBody(spec).value(u"min_nodes").toInt(), 2);
        QCOMPARE(createPoolBody(spec).value(u"max_nodes").toInt(), 5);
    }

    void createBodyReadsBackAsTheSameSpec()
    {
        NodePoolSpec spec = sampleSpec();
        spec.autoScale = true;
        spec.minNodes = 1;
        spec.maxNodes = 4;
        QCOMPARE(nodePoolFromJson(createPoolBody(spec)).spec, spec);
    }

    void updateBodyHoldsOnlyWhatChanged_data()
    {
        QTest::addColumn<NodePoolSpec>("live");
        QTest::addColumn<NodePoolSpec>("desired");
        QTest::addColumn<bool>("setCount");
        QTest::addColumn<QByteArray>("body");

        const NodePoolSpec base = sampleSpec();
        NodePoolSpec autoscaled = base;
        autoscaled.autoScale = true;
        autoscaled.minNodes = 2;
        autoscaled.maxNodes = 6;

        QTest::newRow("nothing") << base << base << false << QByteArray("{}");
        NodePoolSpec d = base;
        d.count = 5;
        QTest::newRow("count only") << base << d << false << QByteArray(R"({"count":5})");
        d = base;
        d.tags = {QStringLiteral("team:web"), QStringLiteral("k8s"), QStringLiteral("k8s:worker")};
        QTest::newRow("automatic tags ignored") << base << d << false << QByteArray("{}");
        d = base;
        d.tags = {QStringLiteral("team:api")};
        QTest::newRow("tags replace")
            << base << d << false << QByteArray(R"({"tags":["team:api"]})");
        d = base;
        d.taints.clear();
        QTest::newRow("taints cleared") << base << d << false << QByteArray(R"({"taints":[]})");
        d = base;
        d.labels.clear();
        QTest::newRow("labels cleared") << base << d << false << QByteArray(R"({"labels":{}})");
        d = base;
        d.labels.insert(QStringLiteral("tier"), QStringLiteral("db"));
        QTest::newRow("label added")
            << base << d << false << QByteArray(R"({"labels":{"app":"web","tier":"db"}})");
        d = base;
        d.taints = {base.taints.first(),
                    {QStringLiteral("x"), QString(), QStringLiteral("NoExecute")}};
        NodePoolSpec reordered = d;
        std::reverse(reordered.taints.begin(), reordered.taints.end());
        QTest::newRow("taint order ignored") << d << reordered << false << QByteArray("{}");
        QTest::newRow("autoscale on")
            << base << autoscaled << false
            << QByteArray(R"({"auto_scale":true,"min_nodes":2,"max_nodes":6})");
        QTest::newRow("autoscale off")
            << autoscaled << base << false
            << QByteArray(R"({"auto_scale":false,"min_nodes":0,"max_nodes":0})");
        d = autoscaled;
        d.maxNodes = 8;
        QTest::newRow("max raised sends trio")
            << autoscaled << d << false
            << QByteArray(R"({"auto_scale":true,"min_nodes":2,"max_nodes":8})");
        d = autoscaled;
        d.count = 4;
        QTest::newRow("count left alone when autoscaled")
            << autoscaled << d << false << QByteArray("{}");
        QTest::newRow("count sent on request")
            << autoscaled << d << true << QByteArray(R"({"count":4})");
        NodePoolSpec liveOff = base;
        liveOff.minNodes = 0;
        NodePoolSpec desiredOff = base;
        desiredOff.minNodes = 3; // meaningless without autoscaling
        QTest::newRow("bounds ignored while off")
            << liveOff << desiredOff << false << QByteArray("{}");
        d = base;
        d.name = QStringLiteral("renamed");
        QTest::newRow("name") << base << d << false << QByteArray(R"({"name":"renamed"})");
        d = base;
        d.size = QStringLiteral("s-8vcpu-16gb");
        QTest::newRow("size never sent") << base << d << false << QByteArray("{}");
    }
    void updateBodyHoldsOnlyWhatChanged()
    {
        QFETCH(NodePoolSpec, live);
        QFETCH(NodePoolSpec, desired);
        QFETCH(bool, setCount);
        QFETCH(QByteArray, body);
        UpdateOptions options;
        options.setCountOnAutoscaled = setCount;
        QCOMPARE(updatePoolBody(live, desired, options), parse(body));
    }

    void clusterPoolsCarryTheClusterId()
    {
        const Cluster cluster =
            clusterFromJson(parse(R"({"id":"c1","node_pools":[{"id":"p1","name":"a"}]})"));
        QCOMPARE(cluster.pools.first().spec.cluster.value, QStringLiteral("c1"));
    }
};

QTEST_GUILESS_MAIN(TestDoJson)
#include "tst_dojson.moc"
