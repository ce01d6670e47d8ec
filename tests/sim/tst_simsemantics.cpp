// poolsim's rules, one behaviour per case: what DigitalOcean accepts, refuses
// and changes on its own, and the node lifecycle with the clock advanced.
#include "demosim.h"
#include "sim/simulator.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString Token = QStringLiteral("semantics-token");

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto& [k, v] : fields)
        o.insert(k, v);
    return o;
}

QStringList strings(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue& item : v.toArray())
        list.append(item.toString());
    return list;
}

QStringList states(const QJsonObject& pool)
{
    QStringList list;
    for (const QJsonValue& n : pool.value(u"nodes").toArray())
        list.append(n.toObject().value(u"status").toObject().value(u"state").toString());
    return list;
}

} // namespace

class SimSemanticsTest : public QObject
{
    Q_OBJECT

    struct Fixture : DemoSim
    {
        sim::ClusterRow prod;    // tor1: default-pool, web, api (autoscaled), gpu-inference
        sim::ClusterRow staging; // fra1

        Fixture() : DemoSim(Token)
        {
            prod = simulator.clusters().at(0);
            staging = simulator.clusters().at(1);
        }

        QString pools(const sim::ClusterRow& c) const
        {
            return QStringLiteral("/v2/kubernetes/clusters/%1/node_pools").arg(c.id);
        }
        QString pool(const sim::ClusterRow& c, int index) const
        {
            return pools(c) + u'/' + c.pools.at(index).id;
        }
        SimReply create(const QJsonObject& body) { return client->post(pools(prod), body); }
        QJsonObject createOk(const QJsonObject& body)
        {
            const SimReply r = create(body);
            if (r.status != 201)
                qWarning() << r.status << r.body;
            return r.json().value(u"node_pool").toObject();
        }
    };

    static QJsonObject simplePool(const QString& name, int count = 1)
    {
        return obj({{QStringLiteral("name"), name},
                    {QStringLiteral("size"), QStringLiteral("s-2vcpu-4gb")},
                    {QStringLiteral("count"), count}});
    }

    static void verifyRefused(const SimReply& r, int status, const QString& messagePart)
    {
        QCOMPARE(r.status, status);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"id").toString(), status == 422
                                                   ? QStringLiteral("unprocessable_entity")
                                               : status == 400 ? QStringLiteral("bad_request")
                                               : status == 403 ? QStringLiteral("forbidden")
                                                               : QStringLiteral("not_found"));
        QVERIFY2(body.value(u"message").toString().contains(messagePart),
                 qPrintable(body.value(u"message").toString()));
        QVERIFY(!body.value(u"request_id").toString().isEmpty());
        QCOMPARE(body.value(u"request_id").toString().toUtf8(), r.header("x-request-id"));
    }

private Q_SLOTS:
    // --- shapes and paging -------------------------------------------------
    void pagesClustersWithAbsoluteLinksOnlyWhenThereIsMoreThanOnePage()
    {
        Fixture f;
        const QJsonObject all = f.client->get(QStringLiteral("/v2/kubernetes/clusters")).json();
        QCOMPARE(all.value(u"meta").toObject().value(u"total").toInt(), 3);
        QCOMPARE(all.value(u"kubernetes_clusters").toArray().size(), 3);
        QVERIFY(!all.value(u"links").toObject().contains(u"pages"));

        const auto pages = [&](int page) {
            const QJsonObject o =
                f.client
                    ->get(QStringLiteral("/v2/kubernetes/clusters?per_page=1&page=%1").arg(page))
                    .json();
            return o.value(u"links").toObject().value(u"pages").toObject();
        };
        QCOMPARE(pages(1).keys(), (QStringList{"last", "next"}));
        QCOMPARE(pages(2).keys(), (QStringList{"first", "last", "next", "prev"}));
        QCOMPARE(pages(3).keys(), (QStringList{"first", "prev"}));
        const QUrl next(pages(1).value(u"next").toString());
        QCOMPARE(next.scheme(), QStringLiteral("http"));
        QCOMPARE(next.port(), int(f.simulator.baseUrl().port()));
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("per_page")), QStringLiteral("1"));
        const QJsonObject second =
            f.client->get(QStringLiteral("/v2/kubernetes/clusters?per_page=1&page=2")).json();
        QCOMPARE(second.value(u"kubernetes_clusters").toArray().at(0).toObject().value(u"id"),
                 QJsonValue(f.staging.id));
    }

    void refusesAPageSizeOutsideOneToTwoHundred()
    {
        Fixture f;
        verifyRefused(f.client->get(QStringLiteral("/v2/kubernetes/clusters?per_page=0")), 400,
                      QStringLiteral("per_page"));
        verifyRefused(f.client->get(QStringLiteral("/v2/sizes?page=0")), 400,
                      QStringLiteral("page"));
        const QJsonObject capped = f.client->get(QStringLiteral("/v2/sizes?per_page=500")).json();
        QCOMPARE(capped.value(u"sizes").toArray().size(), 19);
    }

    void embedsPoolsAndNodesWithStringDropletIdsAndNullableLabels()
    {
        Fixture f;
        const QJsonObject cluster =
            f.client->get(QStringLiteral("/v2/kubernetes/clusters/") + f.prod.id)
                .json()
                .value(u"kubernetes_cluster")
                .toObject();
        const QJsonArray pools = cluster.value(u"node_pools").toArray();
        QCOMPARE(pools.size(), 4);
        const QJsonObject def = pools.at(0).toObject();
        QVERIFY(def.value(u"labels").isNull());
        QCOMPARE(def.value(u"taints").toArray().size(), 0);
        const QJsonObject node = def.value(u"nodes").toArray().at(0).toObject();
        QVERIFY(node.value(u"droplet_id").isString());
        QVERIFY(node.value(u"name").toString().startsWith(u"default-pool-"));
        QVERIFY(node.value(u"created_at").toString().endsWith(u'Z'));
        QVERIFY(!node.value(u"created_at").toString().contains(u'.'));
        const QJsonObject gpu = pools.at(3).toObject();
        QCOMPARE(gpu.value(u"size").toString(), QStringLiteral("gpu-h100x1-80gb"));
        QCOMPARE(gpu.value(u"taints").toArray().at(0).toObject(),
                 obj({{QStringLiteral("key"), QStringLiteral("nvidia.com/gpu")},
                      {QStringLiteral("value"), QStringLiteral("true")},
                      {QStringLiteral("effect"), QStringLiteral("NoSchedule")}}));
    }

    void acceptsAndIgnoresPagingOnTheNodePoolList()
    {
        Fixture f;
        const SimReply r = f.client->get(f.pools(f.prod) + QStringLiteral("?page=1&per_page=200"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"node_pools").toArray().size(), 4);
        QVERIFY(!r.json().contains(u"meta"));
    }

    void listsTagsOptionsAndPricedSizes()
    {
        Fixture f;
        const QJsonArray tags =
            f.client->get(QStringLiteral("/v2/tags?per_page=200")).json().value(u"tags").toArray();
        QStringList names;
        for (const QJsonValue& t : tags)
            names.append(t.toObject().value(u"name").toString());
        QVERIFY(names.contains(u"team:web"));
        QVERIFY(names.contains(u"k8s:worker"));
        const QJsonObject options = f.client->get(QStringLiteral("/v2/kubernetes/options"))
                                        .json()
                                        .value(u"options")
                                        .toObject();
        QVERIFY(options.value(u"sizes").toArray().contains(
            obj({{QStringLiteral("name"), QStringLiteral("gpu-h100x1-80gb")},
                 {QStringLiteral("slug"), QStringLiteral("gpu-h100x1-80gb")}})));
        QVERIFY(!options.value(u"versions").toArray().isEmpty());
        const QJsonObject size = f.client->get(QStringLiteral("/v2/sizes"))
                                     .json()
                                     .value(u"sizes")
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QVERIFY(size.value(u"price_monthly").toDouble() > 0);
        QVERIFY(size.value(u"price_hourly").toDouble() > 0);
    }

    // --- auth --------------------------------------------------------------
    void refusesAMissingOrWrongTokenWith401()
    {
        Fixture f;
        SimClient nobody(f.simulator.baseUrl(), QString());
        const SimReply r = nobody.get(QStringLiteral("/v2/account"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"id").toString(), QStringLiteral("unauthorized"));
        QVERIFY(!r.header("ratelimit-remaining").isEmpty());
        f.client->setToken(QStringLiteral("semantics-token-not"));
        QCOMPARE(f.client->get(QStringLiteral("/v2/account")).status, 401);
    }

    void aReadOnlyTokenReadsButMayNotWrite()
    {
        Fixture f;
        f.simulator.setReadOnlyToken(QStringLiteral("reader"));
        f.client->setToken(QStringLiteral("reader"));
        QCOMPARE(f.client->get(QStringLiteral("/v2/kubernetes/clusters")).status, 200);
        verifyRefused(f.create(simplePool(QStringLiteral("nope"))), 403, QString());
        verifyRefused(f.client->del(f.pool(f.prod, 1)), 403, QString());
        QCOMPARE(f.simulator.cluster(f.prod.id)->pools.size(), 4);
    }

    // --- create --------------------------------------------------------------
    void createsAPoolWith201AndAppendsTheAutomaticTagsAfterTheUsersTags()
    {
        Fixture f;
        QJsonObject body = simplePool(QStringLiteral("jobs"), 2);
        body.insert(QStringLiteral("tags"),
                    QJsonArray{QStringLiteral("team:data"), QStringLiteral("k8s"),
                               QStringLiteral("k8s-worker")});
        const SimReply r = f.create(body);
        QCOMPARE(r.status, 201);
        const QJsonObject pool = r.json().value(u"node_pool").toObject();
        QCOMPARE(strings(pool.value(u"tags")),
                 (QStringList{QStringLiteral("team:data"), QStringLiteral("k8s"),
                              QStringLiteral("k8s:") + f.prod.id, QStringLiteral("k8s:worker")}));
        QCOMPARE(pool.value(u"count").toInt(), 2);
        QVERIFY(pool.value(u"labels").isNull());
        QCOMPARE(f.simulator.poolByName(f.prod.id, QStringLiteral("jobs"))->tags,
                 QStringList{QStringLiteral("team:data")});
    }

    void createsAnAutoscaledPoolWithoutACountAtItsMinimum()
    {
        Fixture f;
        const QJsonObject pool = f.createOk(obj({{QStringLiteral("name"), QStringLiteral("auto")},
                                                 {QStringLiteral("size"), QStringLiteral("c-2")},
                                                 {QStringLiteral("auto_scale"), true},
                                                 {QStringLiteral("min_nodes"), 2},
                                                 {QStringLiteral("max_nodes"), 5}}));
        QCOMPARE(pool.value(u"count").toInt(), 2);
        QCOMPARE(pool.value(u"nodes").toArray().size(), 2);
    }

    void replacesACountOutsideTheAutoscalingBandByTheMinimum()
    {
        Fixture f;
        QJsonObject body = simplePool(QStringLiteral("band"), 9);
        body.insert(QStringLiteral("auto_scale"), true);
        body.insert(QStringLiteral("min_nodes"), 1);
        body.insert(QStringLiteral("max_nodes"), 3);
        QCOMPARE(f.createOk(body).value(u"count").toInt(), 1);

        const SimReply r = f.client->put(f.pool(f.prod, 2), obj({{QStringLiteral("count"), 10}}));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json().value(u"node_pool").toObject().value(u"count").toInt(), 2); // api: 2..6
    }

    void scaleToZeroIsASettingThatDefaultsToOn()
    {
        Fixture f;
        QJsonObject body = simplePool(QStringLiteral("zero"), 0);
        body.insert(QStringLiteral("auto_scale"), true);
        body.insert(QStringLiteral("min_nodes"), 0);
        body.insert(QStringLiteral("max_nodes"), 2);
        const QJsonObject pool = f.createOk(body);
        QCOMPARE(pool.value(u"min_nodes").toInt(), 0);
        QCOMPARE(pool.value(u"nodes").toArray().size(), 0);

        f.simulator.setScaleToZero(false);
        body.insert(QStringLiteral("name"), QStringLiteral("zero-again"));
        verifyRefused(f.create(body), 422, QStringLiteral("min_nodes must be at least 1"));
    }

    void refusesAnUnknownSizeOrOneNotInTheRegionAsDoDoes()
    {
        Fixture f;
        QJsonObject body = simplePool(QStringLiteral("big"));
        body.insert(QStringLiteral("size"), QStringLiteral("s-99vcpu-1tb"));
        const SimReply r = f.create(body);
        verifyRefused(r, 422, QString());
        QCOMPARE(
            r.json().value(u"message").toString(),
            QStringLiteral("validation error: worker_node_pool_specs[0].invalid droplet size"));
        body.insert(QStringLiteral("size"), QStringLiteral("gpu-h100x1-80gb"));
        verifyRefused(f.client->post(f.pools(f.staging), body), 422,
                      QStringLiteral("invalid droplet size")); // no H100 in fra1
    }

    void refusesLabelsUnderTheReservedPrefixButAcceptsKubernetesIo()
    {
        Fixture f;
        QJsonObject body = simplePool(QStringLiteral("labelled"));
        body.insert(
            QStringLiteral("labels"),
            obj({{QStringLiteral("doks.digitalocean.com/node-pool"), QStringLiteral("x")}}));
        verifyRefused(f.create(body), 422, QStringLiteral("doks.digitalocean.com/"));
        // The API accepts this one; nodes then fail to join (client must warn).
        body.insert(QStringLiteral("labels"),
                    obj({{QStringLiteral("node-role.kubernetes.io/worker"), QStringLiteral("")}}));
        QCOMPARE(f.create(body).status, 201);
    }

    void refusesATaintWithAnUnknownEffectOrTwiceTheSameKeyAndEffect()
    {
        Fixture f;
        QJsonObject body = simplePool(QStringLiteral("tainted"));
        body.insert(QStringLiteral("taints"),
                    QJsonArray{obj({{QStringLiteral("key"), QStringLiteral("a")},
                                    {QStringLiteral("value"), QStringLiteral("b")},
                                    {QStringLiteral("effect"), QStringLiteral("NoScheduled")}})});
        verifyRefused(f.create(body), 422, QStringLiteral("taints[0].effect"));
        const QJsonObject taint = obj({{QStringLiteral("key"), QStringLiteral("a")},
                                       {QStringLiteral("effect"), QStringLiteral("NoExecute")}});
        body.insert(QStringLiteral("taints"), QJsonArray{taint, taint});
        verifyRefused(f.create(body), 422, QStringLiteral("duplicate taint"));
    }

    void acceptsTaintFieldNamesInAnyCaseAndAnswersInLowerCase()
    {
        Fixture f;
        QJsonObject body = simplePool(QStringLiteral("cased"));
        body.insert(QStringLiteral("taints"),
                    QJsonArray{obj({{QStringLiteral("Key"), QStringLiteral("dedicated")},
                                    {QStringLiteral("VALUE"), QStringLiteral("db")},
                                    {QStringLiteral("Effect"), QStringLiteral("NoSchedule")}})});
        const QJsonObject taint = f.createOk(body).value(u"taints").toArray().at(0).toObject();
        QCOMPARE(taint.keys(), (QStringList{"effect", "key", "value"}));
        QCOMPARE(taint.value(u"key").toString(), QStringLiteral("dedicated"));
        QCOMPARE(taint.value(u"value").toString(), QStringLiteral("db"));
    }

    void refusesInvalidTagsNamesAndCounts_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("says");
        QJsonObject tag = simplePool(QStringLiteral("tagged"));
        tag.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("team web")});
        QTest::newRow("tag with a space") << tag << "tags";
        QTest::newRow("upper-case name") << simplePool(QStringLiteral("Web")) << "name";
        QTest::newRow("no name") << simplePool(QString()) << "name";
        QTest::newRow("count 0 without autoscaling")
            << simplePool(QStringLiteral("z"), 0) << "count must be greater than 0";
        QJsonObject band = simplePool(QStringLiteral("band"));
        band.insert(QStringLiteral("auto_scale"), true);
        band.insert(QStringLiteral("min_nodes"), 4);
        band.insert(QStringLiteral("max_nodes"), 2);
        QTest::newRow("min above max") << band << "min_nodes";
        QTest::newRow("duplicate name") << simplePool(QStringLiteral("web")) << "already exists";
    }
    void refusesInvalidTagsNamesAndCounts()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, says);
        Fixture f;
        verifyRefused(f.create(body), 422, says);
        QCOMPARE(f.simulator.cluster(f.prod.id)->pools.size(), 4);
    }

    void answersAWronglyTypedFieldOrBrokenJsonWith400()
    {
        Fixture f;
        QJsonObject body = simplePool(QStringLiteral("typed"));
        body.insert(QStringLiteral("count"), QStringLiteral("3"));
        verifyRefused(f.create(body), 400, QStringLiteral("cannot unmarshal string"));
        verifyRefused(f.client->send("POST", f.pools(f.prod), "{\"name\":"), 400,
                      QStringLiteral("unable to parse"));
    }

    void refusesToGoPastTheDropletLimit()
    {
        Fixture f;
        const int inUse = f.simulator.dropletsInUse();
        QCOMPARE(inUse, 18);
        f.simulator.setDropletLimit(20);
        verifyRefused(f.create(simplePool(QStringLiteral("many"), 3)), 422,
                      QStringLiteral("droplet limit"));
        QCOMPARE(f.create(simplePool(QStringLiteral("two"), 2)).status, 201);
        verifyRefused(f.client->put(f.pool(f.prod, 0), obj({{QStringLiteral("count"), 3}})), 422,
                      QStringLiteral("droplet limit"));
        QCOMPARE(f.client->get(QStringLiteral("/v2/account"))
                     .json()
                     .value(u"account")
                     .toObject()
                     .value(u"droplet_limit")
                     .toInt(),
                 20);
    }

    // --- update ------------------------------------------------------------
    void updatesOnlyWhatIsSent()
    {
        Fixture f;
        const SimReply r = f.client->put(f.pool(f.prod, 3), obj({{QStringLiteral("count"), 2}}));
        QCOMPARE(r.status, 202);
        const QJsonObject pool = r.json().value(u"node_pool").toObject();
        QCOMPARE(pool.value(u"count").toInt(), 2);
        QCOMPARE(pool.value(u"labels").toObject().value(u"hardware").toString(),
                 QStringLiteral("gpu"));
        QCOMPARE(pool.value(u"taints").toArray().size(), 1);
        QCOMPARE(strings(pool.value(u"tags")).first(), QStringLiteral("team:ml"));
        QCOMPARE(pool.value(u"name").toString(), QStringLiteral("gpu-inference"));
    }

    void replacesLabelsTaintsAndTagsWhenSent()
    {
        Fixture f;
        const QJsonObject pool =
            f.client
                ->put(f.pool(f.prod, 3),
                      obj({{QStringLiteral("labels"),
                            obj({{QStringLiteral("x"), QStringLiteral("y")}})},
                           {QStringLiteral("taints"), QJsonArray{}},
                           {QStringLiteral("tags"), QJsonArray{QStringLiteral("env:dev")}}}))
                .json()
                .value(u"node_pool")
                .toObject();
        QCOMPARE(pool.value(u"labels").toObject(),
                 obj({{QStringLiteral("x"), QStringLiteral("y")}}));
        QCOMPARE(pool.value(u"taints").toArray().size(), 0);
        QCOMPARE(strings(pool.value(u"tags")).first(), QStringLiteral("env:dev"));
        QCOMPARE(strings(pool.value(u"tags")).size(), 4);
    }

    void turningAutoscalingOffResetsMinAndMaxToZero()
    {
        Fixture f;
        const QJsonObject pool =
            f.client->put(f.pool(f.prod, 2), obj({{QStringLiteral("auto_scale"), false}}))
                .json()
                .value(u"node_pool")
                .toObject();
        QCOMPARE(pool.value(u"auto_scale").toBool(), false);
        QCOMPARE(pool.value(u"min_nodes").toInt(), 0);
        QCOMPARE(pool.value(u"max_nodes").toInt(), 0);
        QCOMPARE(pool.value(u"count").toInt(), 2);
    }

    void refusesToChangeTheSizeButAcceptsTheSameSize()
    {
        Fixture f;
        verifyRefused(f.client->put(f.pool(f.prod, 1), obj({{QStringLiteral("size"),
                                                             QStringLiteral("s-8vcpu-16gb")}})),
                      422, QStringLiteral("size"));
        QCOMPARE(f.client
                     ->put(f.pool(f.prod, 1),
                           obj({{QStringLiteral("size"), QStringLiteral("s-4vcpu-8gb")}}))
                     .status,
                 202);
    }

    // --- delete --------------------------------------------------------------
    void answers404ForUnknownIds()
    {
        Fixture f;
        const QString unknown = QStringLiteral("3f1c0e52-0000-4000-8000-000000000000");
        verifyRefused(f.client->get(QStringLiteral("/v2/kubernetes/clusters/") + unknown), 404,
                      QStringLiteral("could not be found"));
        verifyRefused(f.client->get(f.pools(f.prod) + u'/' + unknown), 404, QString());
        verifyRefused(f.client->put(f.pools(f.prod) + u'/' + unknown, {}), 404, QString());
        verifyRefused(f.client->del(f.pool(f.prod, 1) + QStringLiteral("/nodes/") + unknown), 404,
                      QString());
        verifyRefused(f.client->get(QStringLiteral("/v2/droplets")), 404, QString());
    }

    void refusesToDeleteTheLastPoolOfACluster()
    {
        Fixture f;
        const sim::ClusterRow apac = f.simulator.clusters().at(2);
        QCOMPARE(f.client->del(f.pool(apac, 1)).status, 204);
        QCOMPARE(f.client->del(f.pool(apac, 2)).status, 204);
        verifyRefused(f.client->del(f.pool(apac, 0)), 422, QStringLiteral("last node pool"));
    }

    void deletingANodeWithoutReplaceShrinksThePool()
    {
        Fixture f;
        const sim::PoolRow web = f.prod.pools.at(1);
        const QString node = web.nodes.at(0).id;
        const SimReply r = f.client->del(f.pool(f.prod, 1) + QStringLiteral("/nodes/") + node);
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
        const sim::PoolRow after = *f.simulator.pool(f.prod.id, web.id);
        QCOMPARE(after.count, web.count - 1);
        QCOMPARE(sim::nodeStateName(after.nodes.at(0).state), QStringLiteral("draining"));
    }

    void deletingANodeWithReplaceKeepsTheCountAndSkipDrainGoesStraightToDeleting()
    {
        Fixture f;
        const sim::PoolRow web = f.prod.pools.at(1);
        const QString node = web.nodes.at(0).id;
        QCOMPARE(f.client
                     ->del(f.pool(f.prod, 1) + QStringLiteral("/nodes/") + node +
                           QStringLiteral("?skip_drain=1&replace=1"))
                     .status,
                 202);
        const sim::PoolRow after = *f.simulator.pool(f.prod.id, web.id);
        QCOMPARE(after.count, web.count);
        QCOMPARE(after.nodes.size(), web.nodes.size() + 1);
        QCOMPARE(sim::nodeStateName(after.nodes.at(0).state), QStringLiteral("deleting"));
        QCOMPARE(sim::nodeStateName(after.nodes.last().state), QStringLiteral("provisioning"));
    }

    void recyclesNodesByReplacingThem()
    {
        Fixture f;
        const sim::PoolRow web = f.prod.pools.at(1);
        const SimReply r =
            f.client->post(f.pool(f.prod, 1) + QStringLiteral("/recycle"),
                           obj({{QStringLiteral("nodes"), QJsonArray{web.nodes.at(1).id}}}));
        QCOMPARE(r.status, 202);
        const sim::PoolRow after = *f.simulator.pool(f.prod.id, web.id);
        QCOMPARE(after.count, web.count);
        QCOMPARE(sim::nodeStateName(after.nodes.at(1).state), QStringLiteral("draining"));
    }

    // --- lifecycle (the clock, advanced by hand) -----------------------------
    void newNodesAreNamelessThenNamedThenRunning()
    {
        Fixture f;
        const sim::Timing t = f.simulator.timing();
        const QJsonObject created = f.createOk(simplePool(QStringLiteral("fresh"), 2));
        const QString path = f.pools(f.prod) + u'/' + created.value(u"id").toString();
        for (const QJsonValue& n : created.value(u"nodes").toArray()) {
            QCOMPARE(n.toObject().value(u"name").toString(), QString());
            QCOMPARE(n.toObject().value(u"droplet_id").toString(), QString());
        }
        QCOMPARE(states(created), (QStringList{"provisioning", "provisioning"}));

        f.simulator.clock().advance(t.nameAfter);
        const QJsonObject named = f.client->get(path).json().value(u"node_pool").toObject();
        QCOMPARE(states(named), (QStringList{"provisioning", "provisioning"}));
        static const QRegularExpression nodeName(QStringLiteral("^fresh-[a-z0-9]{5}$"));
        for (const QJsonValue& n : named.value(u"nodes").toArray()) {
            QVERIFY(nodeName.match(n.toObject().value(u"name").toString()).hasMatch());
            QVERIFY(n.toObject().value(u"droplet_id").toString().toLongLong() > 0);
        }

        f.simulator.clock().advance(t.provision - t.nameAfter);
        const QJsonObject running = f.client->get(path).json().value(u"node_pool").toObject();
        QCOMPARE(states(running), (QStringList{"running", "running"}));
    }

    void scalingDownDrainsThenDeletesTheNewestNodes()
    {
        Fixture f;
        const sim::Timing t = f.simulator.timing();
        const sim::PoolRow pool = f.prod.pools.at(0); // default-pool, 2 running
        const QString path = f.pool(f.prod, 0);
        QCOMPARE(f.client->put(path, obj({{QStringLiteral("count"), 1}})).status, 202);
        QJsonObject now = f.client->get(path).json().value(u"node_pool").toObject();
        QCOMPARE(states(now), (QStringList{"running", "draining"}));
        f.simulator.clock().advance(t.drain);
        now = f.client->get(path).json().value(u"node_pool").toObject();
        QCOMPARE(states(now), (QStringList{"running", "deleting"}));
        f.simulator.clock().advance(t.remove);
        now = f.client->get(path).json().value(u"node_pool").toObject();
        QCOMPARE(states(now), (QStringList{"running"}));
        QCOMPARE(now.value(u"nodes").toArray().at(0).toObject().value(u"id").toString(),
                 pool.nodes.at(0).id);
    }

    void aDeletedPoolAnswersWhileItsNodesDrainThen404()
    {
        Fixture f;
        const sim::Timing t = f.simulator.timing();
        const QString path = f.pool(f.prod, 1);
        QCOMPARE(f.client->del(path).status, 204);
        const SimReply during = f.client->get(path);
        QCOMPARE(during.status, 200);
        const QStringList s = states(during.json().value(u"node_pool").toObject());
        QVERIFY(s.contains(u"draining"));
        QVERIFY(!s.contains(u"running"));
        verifyRefused(f.client->del(path), 404, QString());
        f.simulator.clock().advance(t.drain + t.remove);
        verifyRefused(f.client->get(path), 404, QString());
        QCOMPARE(f.simulator.cluster(f.prod.id)->pools.size(), 3);
    }

    void seededTransitionalNodesMoveOnAsTimePasses()
    {
        Fixture f;
        QCOMPARE(f.simulator.dropletsInUse(), 18);
        f.simulator.clock().advance(60);
        // The staging draining node is gone; the provisioning web node runs.
        QCOMPARE(f.simulator.dropletsInUse(), 17);
        for (const sim::ClusterRow& c : f.simulator.clusters())
            for (const sim::PoolRow& p : c.pools)
                for (const sim::NodeRow& n : p.nodes)
                    QCOMPARE(sim::nodeStateName(n.state), QStringLiteral("running"));
    }

    void theRealTimeClockCanBeAdvancedToo()
    {
        sim::SimClock clock;
        const QDateTime before = clock.now();
        clock.advance(3600);
        QVERIFY(clock.now() >= before.addSecs(3600));
    }

    void theSnapshotHoldsWhatTheServerHolds()
    {
        Fixture f;
        f.createOk(simplePool(QStringLiteral("snap")));
        const QJsonObject snapshot = f.simulator.snapshot();
        QCOMPARE(snapshot.value(u"clusters").toArray().size(), 3);
        QCOMPARE(snapshot.value(u"droplets_in_use").toInt(), 19);
        QCOMPARE(snapshot.value(u"account").toObject().value(u"droplet_limit").toInt(), 25);
        const QJsonArray pools =
            snapshot.value(u"clusters").toArray().at(0).toObject().value(u"node_pools").toArray();
        QCOMPARE(pools.last().toObject().value(u"name").toString(), QStringLiteral("snap"));
    }

    void loadsASeedFileAndReportsABrokenOne()
    {
        sim::Simulator s;
        QString error;
        QVERIFY(s.loadSeedFile(QStringLiteral(POOLSTUDIO_SOURCE_DIR "/resources/seed/demo.json"),
                               &error));
        QVERIFY(!s.loadSeed("{\"account\": {}}", &error));
        QVERIFY(error.contains(u"account"));
        QVERIFY(!s.loadSeedFile(QStringLiteral("/nonexistent/seed.json"), &error));
    }
};

QTEST_GUILESS_MAIN(SimSemanticsTest)
#include "tst_simsemantics.moc"
