// poolsim's faults at the API's edges (issue 13): redirects, paging links in
// every style and a link that loops, writes applied and then answered with an
// error or an empty body, lists that lag behind creates, 429s with an
// HTTP-date or no Retry-After, overridden rate-limit headers, and https.
// Real HTTP over a loopback socket; the simulated clock moves by hand.
#include "demosim.h"
#include "sim/faultanswers.h"
#include "sim/simulator.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

namespace {

const QString Token = QStringLiteral("edge-token");
const QString PoolsPattern = QStringLiteral("/v2/kubernetes/clusters/*/node_pools");
const QString ClustersPath = QStringLiteral("/v2/kubernetes/clusters");

sim::FaultRule rule(sim::FaultKind kind, const QString& method, const QString& path, int nth = 1,
                    int times = 1)
{
    sim::FaultRule r;
    r.kind = kind;
    r.method = method;
    r.path = path;
    r.nth = nth;
    r.times = times;
    return r;
}

sim::FaultRule parsed(const QByteArray& json)
{
    sim::FaultRule r;
    QString error;
    if (!sim::FaultRule::parse(QJsonDocument::fromJson(json).object(), &r, &error))
        qFatal("fault rule refused: %s", qPrintable(error));
    return r;
}

QByteArray testData(const char* name)
{
    QFile file(QStringLiteral(POOLSTUDIO_TEST_DATA "/tls/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

// IMF-fixdate only (RFC 7231 7.1.1.1), not the obsolete forms.
QDateTime parseHttpDate(const QByteArray& value)
{
    static const QRegularExpression imfFixdate(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        "\\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"));
    const QString text = QString::fromLatin1(value);
    if (!imfFixdate.match(text).hasMatch())
        return QDateTime();
    QDateTime t =
        QLocale::c().toDateTime(text.chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString nextLink(const SimReply& r)
{
    return r.json().value(u"links").toObject().value(u"pages").toObject().value(u"next").toString();
}

QStringList poolNames(const QJsonArray& pools)
{
    QStringList names;
    for (const QJsonValue& p : pools)
        names.append(p.toObject().value(u"name").toString());
    return names;
}

} // namespace

class SimEdgeFaultsTest : public QObject
{
    Q_OBJECT

    struct Fixture : DemoSim
    {
        QString clusterId;
        QString pools;

        Fixture() : DemoSim(Token)
        {
            clusterId = simulator.clusters().first().id;
            pools = QStringLiteral("/v2/kubernetes/clusters/%1/node_pools").arg(clusterId);
            client->setFollowRedirects(false);
        }

        SimReply create(const QString& name)
        {
            return client->post(pools,
                                QJsonObject{{QStringLiteral("name"), name},
                                            {QStringLiteral("size"), QStringLiteral("s-2vcpu-4gb")},
                                            {QStringLiteral("count"), 1}});
        }
        int poolsNamed(const QString& name) const
        {
            int n = 0;
            const std::optional<sim::ClusterRow> cluster = simulator.cluster(clusterId);
            for (const sim::PoolRow& p : cluster->pools)
                n += p.name == name ? 1 : 0;
            return n;
        }
        QStringList listedPoolNames()
        {
            return poolNames(client->get(pools).json().value(u"node_pools").toArray());
        }
    };

private Q_SLOTS:
    // --- redirect ------------------------------------------------------------
    void redirectsAWriteWithoutApplyingIt_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }
    void redirectsAWriteWithoutApplyingIt()
    {
        QFETCH(int, status);
        Fixture f;
        sim::FaultRule r = rule(sim::FaultKind::Redirect, QStringLiteral("POST"), PoolsPattern);
        r.status = status;
        r.location = QStringLiteral("/v2/account");
        f.simulator.addFault(r);
        const SimReply redirected = f.create(QStringLiteral("moved"));
        QCOMPARE(redirected.status, status);
        QCOMPARE(redirected.header("location"), QByteArray("/v2/account"));
        QVERIFY(redirected.body.isEmpty());
        QCOMPARE(f.poolsNamed(QStringLiteral("moved")), 0); // not applied
        QCOMPARE(f.create(QStringLiteral("moved")).status, 201);
        QCOMPARE(f.poolsNamed(QStringLiteral("moved")), 1);
    }

    void redirectsADeleteWithoutDeleting()
    {
        Fixture f;
        const sim::PoolRow pool = f.simulator.cluster(f.clusterId)->pools.first();
        f.simulator.addFault(parsed("{\"kind\": \"redirect\", \"method\": \"DELETE\", "
                                    "\"status\": 307, \"location\": \"/v2/account\"}"));
        const SimReply r = f.client->del(f.pools + u'/' + pool.id);
        QCOMPARE(r.status, 307);
        QCOMPARE(f.simulator.pool(f.clusterId, pool.id)->deleted, false);
    }

    void redirectsToAnotherOriginWithThePathKept()
    {
        Fixture f;
        f.simulator.addFault(parsed("{\"kind\": \"redirect\", \"path\": \"/v2/kubernetes/**\", "
                                    "\"location\": \"http://127.0.0.2:9{path}\", \"times\": 0}"));
        const SimReply r = f.client->get(ClustersPath + QStringLiteral("?page=2&per_page=1"));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("location"),
                 QByteArray("http://127.0.0.2:9/v2/kubernetes/clusters?page=2&per_page=1"));
        QCOMPARE(f.client->get(QStringLiteral("/v2/account")).status, 200); // not matched

        f.simulator.clearFaults();
        f.simulator.addFault(parsed("{\"kind\": \"redirect\", \"status\": 308, "
                                    "\"location\": \"https://elsewhere.example/v2/account\"}"));
        const SimReply absolute = f.client->get(QStringLiteral("/v2/sizes"));
        QCOMPARE(absolute.status, 308);
        QCOMPARE(absolute.header("location"), QByteArray("https://elsewhere.example/v2/account"));
    }

    void redirectsToItselfWhenNoLocationIsGiven()
    {
        Fixture f;
        f.simulator.addFault(parsed("{\"kind\": \"redirect\", \"path\": \"/v2/sizes\", "
                                    "\"times\": 2}"));
        for (int i = 0; i < 2; ++i) {
            const SimReply r = f.client->get(QStringLiteral("/v2/sizes?page=2&per_page=5"));
            QCOMPARE(r.status, 302);
            QCOMPARE(r.header("location"), QByteArray("/v2/sizes?page=2&per_page=5"));
        }
        QCOMPARE(f.client->get(QStringLiteral("/v2/sizes?page=2&per_page=5")).status, 200);
    }

    void aClientFollowingASameOriginRedirectGetsTheTarget()
    {
        Fixture f;
        f.client->setFollowRedirects(true);
        QSignalSpy handled(&f.simulator, &sim::Simulator::requestHandled);
        f.simulator.addFault(parsed("{\"kind\": \"redirect\", \"path\": \"/v2/sizes\", "
                                    "\"location\": \"{base}/v2/account\"}"));
        const SimReply r = f.client->get(QStringLiteral("/v2/sizes"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().contains(u"account"));
        QCOMPARE(handled.count(), 2);
        QCOMPARE(handled.at(0).at(2).toInt(), 302);
        QCOMPARE(handled.at(1).at(1).toString(), QStringLiteral("/v2/account"));
    }

    void refusesARedirectWithoutARedirectStatus()
    {
        sim::FaultRule r;
        QString error;
        const bool ok = sim::FaultRule::parse(
            QJsonDocument::fromJson("{\"kind\": \"redirect\", \"status\": 200}").object(), &r,
            &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"301"), qPrintable(error));
        QCOMPARE(parsed("{\"kind\": \"redirect\"}").status, 302);
    }

    // --- paging links ----------------------------------------------------------
    void writesPagingLinksInTheChosenStyle_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("prefix"); // before /v2/...; "{base}" = the simulator's
        QTest::newRow("absolute") << int(sim::LinkStyle::Absolute) << QString() << "{base}";
        QTest::newRow("foreign, DO's")
            << int(sim::LinkStyle::Foreign) << QString() << "https://api.digitalocean.com";
        QTest::newRow("foreign, a mirror")
            << int(sim::LinkStyle::Foreign) << "https://mirror.example:8443"
            << "https://mirror.example:8443";
        QTest::newRow("relative") << int(sim::LinkStyle::Relative) << QString() << "";
    }
    void writesPagingLinksInTheChosenStyle()
    {
        QFETCH(int, style);
        QFETCH(QString, origin);
        QFETCH(QString, prefix);
        Fixture f;
        f.simulator.setLinkStyle(sim::LinkStyle(style));
        if (!origin.isEmpty())
            f.simulator.setLinkOrigin(origin);
        prefix.replace(QStringLiteral("{base}"), f.simulator.baseUrl().toString());

        const SimReply first = f.client->get(ClustersPath + QStringLiteral("?per_page=1"));
        QCOMPARE(first.status, 200);
        const QJsonObject pages =
            first.json().value(u"links").toObject().value(u"pages").toObject();
        QCOMPARE(pages.value(u"next").toString(),
                 prefix + QStringLiteral("/v2/kubernetes/clusters?page=2&per_page=1"));
        QCOMPARE(pages.value(u"last").toString(),
                 prefix + QStringLiteral("/v2/kubernetes/clusters?page=3&per_page=1"));
        const SimReply second = f.client->get(ClustersPath + QStringLiteral("?page=2&per_page=1"));
        QCOMPARE(
            second.json().value(u"links").toObject().value(u"pages").toObject().value(u"first"),
            QJsonValue(prefix + QStringLiteral("/v2/kubernetes/clusters?page=1&per_page=1")));
        QCOMPARE(nextLink(f.client->get(QStringLiteral("/v2/sizes?per_page=2"))),
                 prefix + QStringLiteral("/v2/sizes?page=2&per_page=2"));
        QCOMPARE(nextLink(f.client->get(QStringLiteral("/v2/tags?per_page=1"))),
                 prefix + QStringLiteral("/v2/tags?page=2&per_page=1"));
        QCOMPARE(f.simulator.snapshot().value(u"settings").toObject().value(u"link_style"),
                 QJsonValue(sim::linkStyleName(sim::LinkStyle(style))));
    }

    void readsTheLinkStyleFromTheSeed()
    {
        QFile demo(QStringLiteral(":/poolsim/seed/demo.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonObject settings = seed.value(u"settings").toObject();
        settings.insert(QStringLiteral("link_style"), QStringLiteral("foreign"));
        settings.insert(QStringLiteral("link_origin"), QStringLiteral("https://proxy.example"));
        seed.insert(QStringLiteral("settings"), settings);
        sim::Simulator s;
        QString error;
        QVERIFY2(s.loadSeed(QJsonDocument(seed).toJson(), &error), qPrintable(error));
        QCOMPARE(s.linkStyle(), sim::LinkStyle::Foreign);
        QCOMPARE(s.linkOrigin(), QStringLiteral("https://proxy.example"));

        settings.insert(QStringLiteral("link_style"), QStringLiteral("sideways"));
        seed.insert(QStringLiteral("settings"), settings);
        sim::Simulator refused;
        QVERIFY(!refused.loadSeed(QJsonDocument(seed).toJson(), &error));
        QVERIFY2(error.contains(u"link_style"), qPrintable(error));
    }

    void loopsTheNextLinkBackToTheSamePage()
    {
        Fixture f;
        f.simulator.addFault(parsed("{\"kind\": \"link_loop\", \"method\": \"GET\", "
                                    "\"path\": \"/v2/kubernetes/clusters\"}"));
        const QString base = f.simulator.baseUrl().toString();
        const SimReply looped = f.client->get(ClustersPath + QStringLiteral("?page=2&per_page=1"));
        QCOMPARE(looped.status, 200);
        QCOMPARE(nextLink(looped),
                 base + QStringLiteral("/v2/kubernetes/clusters?page=2&per_page=1"));
        QCOMPARE(looped.json().value(u"meta").toObject().value(u"total").toInt(),
                 int(f.simulator.clusters().size()));
        QCOMPARE(looped.json().value(u"kubernetes_clusters").toArray().size(), 1);
        // Only the rule's one request: the next read of that page is right.
        QCOMPARE(nextLink(f.client->get(ClustersPath + QStringLiteral("?page=2&per_page=1"))),
                 base + QStringLiteral("/v2/kubernetes/clusters?page=3&per_page=1"));
    }

    void loopsTheNextLinkToAnEarlierPageEvenFromTheLast()
    {
        Fixture f;
        f.simulator.setLinkStyle(sim::LinkStyle::Relative);
        f.simulator.addFault(parsed("{\"kind\": \"link_loop\", \"path\": \"/v2/kubernetes/**\", "
                                    "\"next_page\": 1, \"times\": 0}"));
        const SimReply last = f.client->get(ClustersPath + QStringLiteral("?page=3&per_page=1"));
        QCOMPARE(nextLink(last), QStringLiteral("/v2/kubernetes/clusters?page=1&per_page=1"));
        QCOMPARE(last.json().value(u"meta").toObject().value(u"total").toInt(), 3);
        // One page only: a normal answer has no links, a looping one still leads on.
        QCOMPARE(nextLink(f.client->get(ClustersPath)),
                 QStringLiteral("/v2/kubernetes/clusters?page=1&per_page=20"));
        QVERIFY(nextLink(f.client->get(QStringLiteral("/v2/sizes?per_page=200"))).isEmpty());
    }

    // --- applied, then a failure or an empty success --------------------------------
    void appliesACreateAndThenAnswersAServerError_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
    }
    void appliesACreateAndThenAnswersAServerError()
    {
        QFETCH(int, status);
        Fixture f;
        sim::FaultRule r =
            rule(sim::FaultKind::StatusAfterApply, QStringLiteral("POST"), PoolsPattern);
        r.status = status;
        f.simulator.addFault(r);
        const SimReply failed = f.create(QStringLiteral("applied-anyway"));
        QCOMPARE(failed.status, status);
        QCOMPARE(failed.json().value(u"id").toString(), QStringLiteral("server_error"));
        QCOMPARE(failed.json().value(u"request_id").toString().toUtf8(),
                 failed.header("x-request-id"));
        QVERIFY(!failed.json().contains(u"node_pool"));
        QCOMPARE(failed.header("ratelimit-remaining"), QByteArray("4999")); // it was counted
        QCOMPARE(f.poolsNamed(QStringLiteral("applied-anyway")), 1);        // applied
        QCOMPARE(f.create(QStringLiteral("applied-anyway")).status, 422);   // a retry collides
    }

    void appliesAnUpdateAndThenAnswersAServerError()
    {
        Fixture f;
        const sim::PoolRow pool = f.simulator.cluster(f.clusterId)->pools.first();
        f.simulator.addFault(parsed("{\"kind\": \"status_after_apply\", \"method\": \"PUT\"}"));
        const SimReply r = f.client->put(f.pools + u'/' + pool.id,
                                         QJsonObject{{QStringLiteral("name"), pool.name},
                                                     {QStringLiteral("count"), pool.count + 1}});
        QCOMPARE(r.status, 500); // the default
        QCOMPARE(f.simulator.pool(f.clusterId, pool.id)->count, pool.count + 1);
        QString error;
        sim::FaultRule refused;
        QVERIFY(!sim::FaultRule::parse(
            QJsonDocument::fromJson("{\"kind\": \"status_after_apply\", \"status\": 201}").object(),
            &refused, &error));
    }

    void appliesACreateAndThenAnswersAnEmptyObject()
    {
        Fixture f;
        f.simulator.addFault(
            rule(sim::FaultKind::EmptySuccess, QStringLiteral("POST"), PoolsPattern));
        const SimReply r = f.create(QStringLiteral("no-body"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body, QByteArray("{}"));
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(f.poolsNamed(QStringLiteral("no-body")), 1);
        QVERIFY(f.create(QStringLiteral("with-body")).json().value(u"node_pool").isObject());
    }

    void appliesAnUpdateAndThenAnswersNoBodyAtAll()
    {
        Fixture f;
        const sim::PoolRow pool = f.simulator.cluster(f.clusterId)->pools.first();
        f.simulator.addFault(parsed("{\"kind\": \"empty_success\", \"method\": \"PUT\", "
                                    "\"no_body\": true}"));
        const SimReply r = f.client->put(f.pools + u'/' + pool.id,
                                         QJsonObject{{QStringLiteral("name"), pool.name},
                                                     {QStringLiteral("count"), pool.count + 2}});
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("content-length"), QByteArray("0"));
        QVERIFY(r.header("content-type").isEmpty());
        QCOMPARE(f.simulator.pool(f.clusterId, pool.id)->count, pool.count + 2);
    }

    void leavesAnErrorAsItIsUnderEmptySuccess()
    {
        Fixture f;
        f.simulator.addFault(
            rule(sim::FaultKind::EmptySuccess, QStringLiteral("POST"), PoolsPattern));
        const SimReply r = f.client->post(f.pools, QJsonObject{{QStringLiteral("name"), 3}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().contains(u"message"));
    }

    // --- lists that lag ------------------------------------------------------------
    void leavesAFreshPoolOutOfTheNextListsThenShowsIt()
    {
        Fixture f;
        QCOMPARE(f.create(QStringLiteral("fresh")).status, 201);
        const QStringList seeded = [&] {
            QStringList names;
            const std::optional<sim::ClusterRow> cluster = f.simulator.cluster(f.clusterId);
            for (const sim::PoolRow& p : cluster->pools)
                if (p.name != u"fresh")
                    names.append(p.name);
            return names;
        }();
        f.simulator.addFault(parsed("{\"kind\": \"stale_list\", \"method\": \"GET\", "
                                    "\"path\": \"/v2/kubernetes/**\", \"times\": 2}"));
        QCOMPARE(f.listedPoolNames(), seeded);
        QCOMPARE(f.listedPoolNames(), seeded);
        QCOMPARE(f.listedPoolNames(), seeded + QStringList{QStringLiteral("fresh")});
        QCOMPARE(f.poolsNamed(QStringLiteral("fresh")), 1);
    }

    void lagsEveryListButNotThePoolItself()
    {
        Fixture f;
        const SimReply created = f.create(QStringLiteral("young"));
        const QString poolId =
            created.json().value(u"node_pool").toObject().value(u"id").toString();
        f.simulator.addFault(parsed("{\"kind\": \"stale_list\", \"lag_secs\": 30, \"times\": 0}"));
        auto clusterPools = [&] {
            return poolNames(f.client->get(ClustersPath + u'/' + f.clusterId)
                                 .json()
                                 .value(u"kubernetes_cluster")
                                 .toObject()
                                 .value(u"node_pools")
                                 .toArray());
        };
        auto listedInClusters = [&] {
            for (const QJsonValue& c :
                 f.client->get(ClustersPath).json().value(u"kubernetes_clusters").toArray())
                if (c.toObject().value(u"id").toString() == f.clusterId)
                    return poolNames(c.toObject().value(u"node_pools").toArray());
            return QStringList();
        };
        QVERIFY(!f.listedPoolNames().contains(u"young"));
        QVERIFY(!clusterPools().contains(u"young"));
        QVERIFY(!listedInClusters().contains(u"young"));
        QVERIFY(!clusterPools().isEmpty()); // the seeded pools are old
        QCOMPARE(f.client->get(f.pools + u'/' + poolId).status, 200);

        f.simulator.clock().advance(29);
        QVERIFY(!f.listedPoolNames().contains(u"young"));
        f.simulator.clock().advance(1); // the lag has passed, the rule still holds
        QVERIFY(f.listedPoolNames().contains(u"young"));
        QVERIFY(clusterPools().contains(u"young"));
        QVERIFY(listedInClusters().contains(u"young"));
    }

    // --- retry hints and rate-limit headers --------------------------------------------
    void saysRetryAfterAsAnHttpDate()
    {
        Fixture f;
        f.simulator.addFault(parsed("{\"kind\": \"status\", \"status\": 429, \"retry_after\": 120, "
                                    "\"retry_after_date\": true}"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const SimReply r = f.client->get(QStringLiteral("/v2/account"));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(u"id").toString(), QStringLiteral("too_many_requests"));
        const QDateTime until = parseHttpDate(r.header("retry-after"));
        QVERIFY2(until.isValid(), r.header("retry-after").constData());
        // Whole seconds: the date is at most one second before before + 120.
        QVERIFY(until >= before.addSecs(119));
        QVERIFY(until <= after.addSecs(120));
        QVERIFY(!r.header("ratelimit-reset").isEmpty());
    }

    void formatsHttpDatesInEnglishWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDateTime when(QDate(2015, 10, 21), QTime(7, 28), QTimeZone::utc());
        QCOMPARE(sim::faultanswers::httpDate(when), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
        QCOMPARE(sim::faultanswers::httpDate(when.toOffsetFromUtc(3600)),
                 QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
        QLocale::setDefault(QLocale::c());
    }

    void leavesRetryAfterOutAndSaysWhenTheWindowResets()
    {
        Fixture f;
        f.simulator.addFault(parsed("{\"kind\": \"status\", \"status\": 429, \"retry_after\": 30, "
                                    "\"no_retry_after\": true}"));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const SimReply r = f.client->get(QStringLiteral("/v2/account"));
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(r.status, 429);
        QVERIFY(!r.headers.contains("retry-after"));
        const qint64 reset = r.header("ratelimit-reset").toLongLong();
        // One number: the real reset was replaced, not sent beside it.
        QVERIFY2(reset >= before + 30 && reset <= after + 30,
                 r.header("ratelimit-reset").constData());
        QCOMPARE(f.client->get(QStringLiteral("/v2/account")).status, 200); // times: 1
    }

    void overridesTheRemainingCountOnNormalAnswers()
    {
        Fixture f;
        f.simulator.addFault(parsed("{\"kind\": \"headers\", \"path\": \"/v2/account\", "
                                    "\"ratelimit_remaining\": 3, \"times\": 2}"));
        const SimReply first = f.client->get(QStringLiteral("/v2/account"));
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().contains(u"account"));
        QCOMPARE(first.header("ratelimit-remaining"), QByteArray("3"));
        QCOMPARE(first.header("ratelimit-limit"), QByteArray("5000"));
        QCOMPARE(f.client->get(QStringLiteral("/v2/account")).header("ratelimit-remaining"),
                 QByteArray("3"));
        // The real count went on underneath.
        QCOMPARE(f.client->get(QStringLiteral("/v2/account")).header("ratelimit-remaining"),
                 QByteArray("4997"));
    }

    void overridesRateLimitHeadersFromAnyRuleAndAddsThemUp()
    {
        Fixture f;
        f.simulator.addFault(parsed("{\"kind\": \"latency\", \"latency_ms\": 0, "
                                    "\"ratelimit_remaining\": 0, \"ratelimit_limit\": 250, "
                                    "\"ratelimit_reset_after\": 45}"));
        f.simulator.addFault(
            rule(sim::FaultKind::StatusAfterApply, QStringLiteral("POST"), PoolsPattern));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const SimReply r = f.create(QStringLiteral("both"));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("ratelimit-remaining"), QByteArray("0"));
        QCOMPARE(r.header("ratelimit-limit"), QByteArray("250"));
        const qint64 reset = r.header("ratelimit-reset").toLongLong();
        QVERIFY(reset >= before + 45 && reset <= QDateTime::currentSecsSinceEpoch() + 45);
        QCOMPARE(f.poolsNamed(QStringLiteral("both")), 1);
    }

    // --- the faults file ---------------------------------------------------------------
    void readsAndWritesEveryNewKey()
    {
        const QByteArray file = R"({"faults": [
            {"kind": "redirect", "method": "POST", "status": 307, "location": "{base}/v2/account"},
            {"kind": "link_loop", "path": "/v2/sizes", "next_page": 2},
            {"kind": "status_after_apply", "status": 502},
            {"kind": "empty_success", "no_body": true},
            {"kind": "stale_list", "lag_secs": 90, "times": 2},
            {"kind": "status", "status": 429, "retry_after": 9, "retry_after_date": true},
            {"kind": "status", "status": 429, "no_retry_after": true},
            {"kind": "headers", "ratelimit_remaining": 3, "ratelimit_limit": 250,
             "ratelimit_reset_after": 20}
        ]})";
        sim::Simulator s;
        QString error;
        QVERIFY2(s.loadFaults(file, &error), qPrintable(error));
        const QList<sim::FaultRule> rules = s.faults();
        QCOMPARE(rules.size(), 8);
        QCOMPARE(rules[0].kind, sim::FaultKind::Redirect);
        QCOMPARE(rules[0].status, 307);
        QCOMPARE(rules[0].location, QStringLiteral("{base}/v2/account"));
        QCOMPARE(rules[1].kind, sim::FaultKind::LinkLoop);
        QCOMPARE(rules[1].nextPage, 2);
        QCOMPARE(rules[2].kind, sim::FaultKind::StatusAfterApply);
        QCOMPARE(rules[2].status, 502);
        QCOMPARE(rules[3].kind, sim::FaultKind::EmptySuccess);
        QVERIFY(rules[3].noBody);
        QCOMPARE(rules[4].kind, sim::FaultKind::StaleList);
        QCOMPARE(rules[4].lagSecs, 90);
        QCOMPARE(rules[4].times, 2);
        QVERIFY(rules[5].retryAfterDate);
        QCOMPARE(rules[5].retryAfterSecs, 9);
        QVERIFY(rules[6].noRetryAfter);
        QCOMPARE(rules[7].kind, sim::FaultKind::Headers);
        QCOMPARE(rules[7].ratelimitRemaining, 3);
        QCOMPARE(rules[7].ratelimitLimit, 250);
        QCOMPARE(rules[7].ratelimitResetAfterSecs, 20);
        QCOMPARE(parsed("{\"kind\": \"stale_list\"}").lagSecs, 60);
        QCOMPARE(parsed("{\"kind\": \"status_after_apply\"}").status, 500);

        // toJson writes what parse reads: every rule survives the round trip.
        for (const sim::FaultRule& r : rules) {
            const sim::FaultRule again = parsed(QJsonDocument(r.toJson()).toJson());
            QJsonObject a = r.toJson(), b = again.toJson();
            QCOMPARE(b, a);
        }
    }

    // --- https -------------------------------------------------------------------------
    void answersOverTlsWithTheGivenCertificate()
    {
        sim::Simulator s;
        s.clock().setManual();
        s.loadDemoSeed();
        s.setToken(Token);
        QString error;
        const quint16 port =
            s.listenTls(0, testData("test-only-cert.pem"), testData("test-only-key.pem"), &error);
        QVERIFY2(port != 0, qPrintable(error));
        QCOMPARE(s.baseUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(s.baseUrl().port(), int(port));

        SimClient trusting(s.baseUrl(), Token);
        trusting.setCaCertificates(QSslCertificate::fromData(testData("test-only-cert.pem")));
        const SimReply r = trusting.get(ClustersPath + QStringLiteral("?per_page=1"));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QVERIFY(nextLink(r).startsWith(QStringLiteral("https://127.0.0.1:%1/").arg(port)));

        // Faults hold over TLS too.
        s.addFault(parsed("{\"kind\": \"status\", \"status\": 503}"));
        QCOMPARE(trusting.get(QStringLiteral("/v2/account")).status, 503);
    }

    void failsTheHandshakeOfAClientThatDoesNotTrustIt()
    {
        sim::Simulator s;
        s.loadDemoSeed();
        s.setToken(Token);
        QSignalSpy handled(&s, &sim::Simulator::requestHandled);
        QVERIFY(s.listenTlsFiles(0, QStringLiteral(POOLSTUDIO_TEST_DATA "/tls/test-only-cert.pem"),
                                 QStringLiteral(POOLSTUDIO_TEST_DATA "/tls/test-only-key.pem")) !=
                0);
        SimClient untrusting(s.baseUrl(), Token);
        const SimReply r = untrusting.get(QStringLiteral("/v2/account"));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(handled.count(), 0); // no request ever reached the API

        QUrl plainUrl = s.baseUrl();
        plainUrl.setScheme(QStringLiteral("http"));
        SimClient plain(plainUrl, Token);
        QCOMPARE(plain.get(QStringLiteral("/v2/account")).status, 0);
        QCOMPARE(handled.count(), 0);
    }

    void refusesAMissingOrBrokenCertificate()
    {
        sim::Simulator s;
        QString error;
        QCOMPARE(s.listenTlsFiles(0, QStringLiteral("/nonexistent/cert.pem"),
                                  QStringLiteral("/nonexistent/key.pem"), &error),
                 quint16(0));
        QVERIFY2(error.contains(u"cert.pem"), qPrintable(error));
        QCOMPARE(s.listenTls(0, "not a certificate", testData("test-only-key.pem"), &error),
                 quint16(0));
        QVERIFY2(error.contains(u"certificate"), qPrintable(error));
        QCOMPARE(s.listenTls(0, testData("test-only-cert.pem"), "not a key", &error), quint16(0));
        QVERIFY2(error.contains(u"key"), qPrintable(error));
        QCOMPARE(s.port(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(SimEdgeFaultsTest)
#include "tst_simedgefaults.moc"
