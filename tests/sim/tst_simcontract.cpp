// The contract test: every route poolsim claims exists in DigitalOcean's
// OpenAPI document, and every answer it gives matches the schema the document
// declares for that status code, headers included. Every request example of
// the document is sent and must be accepted.
#include "demosim.h"
#include "schemachecker.h"
#include "sim/router.h"
#include "sim/simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

namespace {

const QString Token = QStringLiteral("contract-token");

QJsonObject loadSpec()
{
    QFile file(QStringLiteral(POOLSTUDIO_TEST_DATA "/do-api/do-api-nodepools.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the contract: %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QJsonObject& spec()
{
    static const QJsonObject s = loadSpec();
    return s;
}

QJsonObject operation(const sim::RouteInfo& route)
{
    return spec()
        .value(u"paths")
        .toObject()
        .value(route.pathTemplate)
        .toObject()
        .value(QString::fromLatin1(route.method.toLower()))
        .toObject();
}

QString successCode(const QJsonObject& op)
{
    for (const QString& code : op.value(u"responses").toObject().keys())
        if (code.startsWith(u'2'))
            return code;
    return QString();
}

QList<QJsonObject> requestExamples(const QJsonObject& op)
{
    const QJsonObject content = op.value(u"requestBody")
                                    .toObject()
                                    .value(u"content")
                                    .toObject()
                                    .value(u"application/json")
                                    .toObject();
    QList<QJsonObject> examples;
    if (content.value(u"example").isObject())
        examples.append(content.value(u"example").toObject());
    const QJsonObject named = content.value(u"examples").toObject();
    for (auto it = named.begin(); it != named.end(); ++it)
        examples.append(it.value().toObject().value(u"value").toObject());
    return examples;
}

} // namespace

class SimContractTest : public QObject
{
    Q_OBJECT

    struct Ids
    {
        QString cluster, pool, node, otherPool;
    };

    // A fresh simulator per case: contract calls mutate (create, delete).
    struct Fixture : DemoSim
    {
        Ids ids;

        Fixture() : DemoSim(Token)
        {
            const sim::ClusterRow cluster = simulator.clusters().first();
            ids.cluster = cluster.id;
            ids.pool = cluster.pools.at(1).id;
            ids.otherPool = cluster.pools.at(2).id;
            ids.node = cluster.pools.at(1).nodes.first().id;
        }

        QString path(const QString& pathTemplate) const
        {
            QString p = pathTemplate;
            p.replace(QStringLiteral("{cluster_id}"), ids.cluster);
            p.replace(QStringLiteral("{node_pool_id}"), ids.pool);
            p.replace(QStringLiteral("{node_id}"), ids.node);
            return p;
        }
    };

    static QByteArray bodyFor(const sim::RouteInfo& route, const Ids& ids)
    {
        if (route.method == "POST" && route.pathTemplate.endsWith(u"/node_pools"))
            return R"({"name":"contract-pool","size":"s-2vcpu-4gb","count":1})";
        if (route.method == "PUT")
            return R"({"count":2})";
        if (route.pathTemplate.endsWith(u"/recycle"))
            return QJsonDocument(QJsonObject{{QStringLiteral("nodes"), QJsonArray{ids.node}}})
                .toJson();
        return {};
    }

    // Checks an answer against the contract's response object for `code`.
    static void verifyAgainst(const QJsonObject& op, const QString& code, const SimReply& reply,
                              const QString& what)
    {
        QCOMPARE(QString::number(reply.status), code);
        const QJsonObject response = op.value(u"responses").toObject().value(code).toObject();
        QVERIFY2(!response.isEmpty(), qPrintable(what + QStringLiteral(": no response ") + code +
                                                 QStringLiteral(" in spec")));
        const QJsonObject headers = response.value(u"headers").toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QByteArray value = reply.header(it.key().toLatin1());
            QVERIFY2(!value.isEmpty(),
                     qPrintable(what + QStringLiteral(": header missing: ") + it.key()));
            if (it.value().toObject().value(u"schema").toObject().value(u"type").toString() ==
                u"integer") {
                bool ok = false;
                value.toLongLong(&ok);
                QVERIFY2(ok,
                         qPrintable(what + QStringLiteral(": header not an integer: ") + it.key()));
            }
        }
        QVERIFY2(!reply.header("x-request-id").isEmpty(), qPrintable(what));
        const QJsonObject content = response.value(u"content").toObject();
        if (content.isEmpty()) {
            QVERIFY2(reply.body.isEmpty(),
                     qPrintable(what + QStringLiteral(": a body where the spec has none")));
            return;
        }
        QVERIFY2(reply.header("content-type").startsWith("application/json"), qPrintable(what));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(what));
        const QJsonObject schema =
            content.value(u"application/json").toObject().value(u"schema").toObject();
        const QStringList problems = SchemaChecker::check(doc.object(), schema);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(what + QStringLiteral(":\n") + problems.join(u'\n')));
    }

private Q_SLOTS:
    void theCheckerCatchesWhatItShould()
    {
        const QJsonObject schema{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("id")}},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("id"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                 {QStringLiteral("state"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                              {QStringLiteral("enum"), QJsonArray{QStringLiteral("a")}}}}}}};
        QVERIFY(SchemaChecker::check(QJsonObject{{QStringLiteral("id"), 1}}, schema).isEmpty());
        QCOMPARE(SchemaChecker::check(QJsonObject{}, schema).size(), 1);
        QCOMPARE(SchemaChecker::check(QJsonObject{{QStringLiteral("id"), 1.5}}, schema).size(), 1);
        QCOMPARE(SchemaChecker::check(QJsonObject{{QStringLiteral("id"), 1},
                                                  {QStringLiteral("state"), QStringLiteral("b")}},
                                      schema)
                     .size(),
                 1);
    }

    void everyClaimedRouteIsInTheContract()
    {
        const QList<sim::RouteInfo> routes = sim::Router::routes();
        QVERIFY(routes.size() >= 13);
        for (const sim::RouteInfo& route : routes)
            QVERIFY2(!operation(route).isEmpty(),
                     qPrintable(route.method + ' ' + route.pathTemplate));
    }

    void answersEveryClaimedRouteInTheShapeOfItsStatus_data()
    {
        QTest::addColumn<int>("index");
        const QList<sim::RouteInfo> routes = sim::Router::routes();
        for (int i = 0; i < routes.size(); ++i)
            QTest::newRow(qPrintable(routes[i].method + ' ' + routes[i].pathTemplate)) << i;
    }
    void answersEveryClaimedRouteInTheShapeOfItsStatus()
    {
        QFETCH(int, index);
        const sim::RouteInfo route = sim::Router::routes().at(index);
        const QJsonObject op = operation(route);
        Fixture f;
        const QString path = f.path(route.pathTemplate);
        const QByteArray body = bodyFor(route, f.ids);

        const SimReply ok = f.client->send(route.method, path, body);
        verifyAgainst(op, successCode(op), ok, QStringLiteral("success"));

        SimClient stranger(f.simulator.baseUrl(), QStringLiteral("wrong"));
        verifyAgainst(op, QStringLiteral("401"), stranger.send(route.method, path, body),
                      QStringLiteral("401"));

        if (op.value(u"responses").toObject().contains(u"404") && path.contains(f.ids.cluster)) {
            QString missing = path;
            missing.replace(f.ids.cluster, QStringLiteral("00000000-0000-4000-8000-000000000000"));
            verifyAgainst(op, QStringLiteral("404"), f.client->send(route.method, missing, body),
                          QStringLiteral("404"));
        }

        f.simulator.setRateLimits(1, 5000);
        f.client->get(QStringLiteral("/v2/account"));
        verifyAgainst(op, QStringLiteral("429"), f.client->send(route.method, path, body),
                      QStringLiteral("429"));
        f.simulator.setRateLimits(250, 5000);
        f.simulator.clock().advance(61);

        sim::FaultRule fault;
        fault.kind = sim::FaultKind::Status;
        fault.status = 500;
        f.simulator.addFault(fault);
        verifyAgainst(op, QStringLiteral("500"), f.client->send(route.method, path, body),
                      QStringLiteral("500"));
    }

    // In every link style, and with a looping `next`: the links are strings
    // wherever they point, the shape stays the contract's.
    void pagesEveryPagedCollectionInTheContractShape_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("style");
        QTest::addColumn<bool>("loop");
        const QPair<const char*, sim::LinkStyle> styles[] = {
            {"absolute", sim::LinkStyle::Absolute},
            {"foreign", sim::LinkStyle::Foreign},
            {"relative", sim::LinkStyle::Relative}};
        for (const char* path : {"/v2/kubernetes/clusters", "/v2/sizes", "/v2/tags"}) {
            for (const auto& [name, style] : styles)
                QTest::addRow("%s %s", path, name)
                    << QString::fromLatin1(path) << int(style) << false;
            QTest::addRow("%s link_loop", path)
                << QString::fromLatin1(path) << int(sim::LinkStyle::Absolute) << true;
        }
    }
    void pagesEveryPagedCollectionInTheContractShape()
    {
        QFETCH(QString, path);
        QFETCH(int, style);
        QFETCH(bool, loop);
        Fixture f;
        f.simulator.setLinkStyle(sim::LinkStyle(style));
        if (loop) {
            sim::FaultRule looping;
            looping.kind = sim::FaultKind::LinkLoop;
            looping.times = 0;
            f.simulator.addFault(looping);
        }
        const QJsonObject op = operation({"GET", path});
        for (int page = 1; page <= 3; ++page) {
            const SimReply r =
                f.client->get(path + QStringLiteral("?per_page=1&page=%1").arg(page));
            verifyAgainst(op, QStringLiteral("200"), r, QStringLiteral("page %1").arg(page));
        }
    }

    void acceptsEveryRequestExampleOfTheContract()
    {
        int sent = 0;
        for (const sim::RouteInfo& route : sim::Router::routes()) {
            const QJsonObject op = operation(route);
            for (const QJsonObject& example : requestExamples(op)) {
                Fixture f;
                const QString path = f.path(route.pathTemplate);
                const SimReply r =
                    f.client->send(route.method, path, QJsonDocument(example).toJson());
                verifyAgainst(op, successCode(op), r,
                              route.method + ' ' + route.pathTemplate + u' ' +
                                  QString::fromUtf8(QJsonDocument(example).toJson()));
                ++sent;
            }
        }
        QVERIFY(sent >= 1);
    }
};

QTEST_GUILESS_MAIN(SimContractTest)
#include "tst_simcontract.moc"
