// poolsim under load and in trouble: the rate-limit windows, and every kind
// of injected fault, over a real socket with the clock advanced by hand.
#include "demosim.h"
#include "sim/simulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

namespace {

const QString Token = QStringLiteral("traffic-token");

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

const QString PoolsPattern = QStringLiteral("/v2/kubernetes/clusters/*/node_pools");

} // namespace

class SimTrafficTest : public QObject
{
    Q_OBJECT

    struct Fixture : DemoSim
    {
        QString pools;

        Fixture() : DemoSim(Token)
        {
            pools = QStringLiteral("/v2/kubernetes/clusters/%1/node_pools")
                        .arg(simulator.clusters().first().id);
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
            for (const sim::PoolRow& p : simulator.clusters().first().pools)
                n += p.name == name ? 1 : 0;
            return n;
        }
    };

private Q_SLOTS:
    // --- rate limits ---------------------------------------------------------
    void refusesTheRequestPastTheMinuteWindowUntilItMovesOn()
    {
        Fixture f;
        f.simulator.setRateLimits(3, 100);
        for (int i = 1; i <= 3; ++i) {
            const SimReply r = f.client->get(QStringLiteral("/v2/account"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("ratelimit-limit"), QByteArray("100"));
            QCOMPARE(r.header("ratelimit-remaining").toInt(), 100 - i);
        }
        const SimReply refused = f.client->get(QStringLiteral("/v2/account"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json().value(u"id").toString(), QStringLiteral("too_many_requests"));
        QCOMPARE(refused.header("retry-after"), QByteArray("60"));
        QCOMPARE(refused.header("ratelimit-remaining").toInt(), 97); // a refusal costs nothing
        f.simulator.clock().advance(59);
        QCOMPARE(f.client->get(QStringLiteral("/v2/account")).header("retry-after"),
                 QByteArray("1"));
        f.simulator.clock().advance(1);
        QCOMPARE(f.client->get(QStringLiteral("/v2/account")).status, 200);
    }

    void refusesTheRequestPastTheHourWindowAndSaysWhenItResets()
    {
        Fixture f;
        f.simulator.setRateLimits(250, 4);
        const qint64 start = f.simulator.clock().nowSecs();
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(f.client->get(QStringLiteral("/v2/sizes")).status, 200);
            f.simulator.clock().advance(60);
        }
        const SimReply refused = f.client->get(QStringLiteral("/v2/sizes"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("ratelimit-remaining"), QByteArray("0"));
        QCOMPARE(refused.header("ratelimit-reset").toLongLong(), start + 3600);
        QCOMPARE(refused.header("retry-after").toLongLong(),
                 start + 3600 - f.simulator.clock().nowSecs());
        f.simulator.clock().advance(3600);
        QCOMPARE(f.client->get(QStringLiteral("/v2/sizes")).status, 200);
    }

    void countsEachTokenInItsOwnWindows()
    {
        Fixture f;
        f.simulator.setRateLimits(2, 100);
        f.simulator.setReadOnlyToken(QStringLiteral("reader"));
        f.client->get(QStringLiteral("/v2/account"));
        f.client->get(QStringLiteral("/v2/account"));
        QCOMPARE(f.client->get(QStringLiteral("/v2/account")).status, 429);
        SimClient reader(f.simulator.baseUrl(), QStringLiteral("reader"));
        QCOMPARE(reader.get(QStringLiteral("/v2/account")).status, 200);
    }

    void defaultsToDigitalOceansLimits()
    {
        Fixture f;
        const SimReply r = f.client->get(QStringLiteral("/v2/account"));
        QCOMPARE(r.header("ratelimit-limit"), QByteArray("5000"));
        QCOMPARE(r.header("ratelimit-remaining"), QByteArray("4999"));
        QCOMPARE(f.simulator.snapshot().value(u"settings").toObject().value(u"rate_limit_minute"),
                 QJsonValue(250));
    }

    // --- faults --------------------------------------------------------------
    void delaysTheAnswerByTheInjectedLatency()
    {
        Fixture f;
        sim::FaultRule slow =
            rule(sim::FaultKind::Latency, QStringLiteral("GET"), QStringLiteral("/v2/account"));
        slow.latencyMs = 250;
        f.simulator.addFault(slow);
        // Sent at once, the delayed answer is overtaken by one sent after it;
        // the rule's one time spent, the same request is no longer held.
        QNetworkAccessManager network;
        auto send = [&](const QString& path) {
            QNetworkRequest request(f.simulator.baseUrl().resolved(QUrl(path)));
            request.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
            QNetworkReply* reply = network.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        };
        QStringList answered;
        connect(&f.simulator, &sim::Simulator::requestHandled, this,
                [&](const QString&, const QString& path) { answered << path; });
        send(QStringLiteral("/v2/account"));
        QTRY_COMPARE(f.simulator.requestCount(), 1); // the delayed one has arrived
        send(QStringLiteral("/v2/sizes"));
        QTRY_COMPARE(answered.size(), 2);
        QCOMPARE(answered,
                 (QStringList{QStringLiteral("/v2/sizes"), QStringLiteral("/v2/account")}));
        send(QStringLiteral("/v2/account"));
        QTRY_COMPARE(f.simulator.requestCount(), 3);
        send(QStringLiteral("/v2/sizes"));
        QTRY_COMPARE(answered.size(), 4);
        QCOMPARE(answered.mid(2),
                 (QStringList{QStringLiteral("/v2/account"), QStringLiteral("/v2/sizes")}));
    }

    void failsOnlyTheNthMatchingRequestWithAnInjectedStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("id");
        QTest::newRow("429") << 429 << "too_many_requests";
        QTest::newRow("500") << 500 << "server_error";
        QTest::newRow("502") << 502 << "server_error";
        QTest::newRow("503") << 503 << "server_error";
    }
    void failsOnlyTheNthMatchingRequestWithAnInjectedStatus()
    {
        QFETCH(int, status);
        QFETCH(QString, id);
        Fixture f;
        sim::FaultRule second =
            rule(sim::FaultKind::Status, QStringLiteral("POST"), PoolsPattern, 2);
        second.status = status;
        second.retryAfterSecs = 7;
        f.simulator.addFault(second);
        f.client->get(f.pools); // a GET does not count for a POST rule
        QCOMPARE(f.create(QStringLiteral("first")).status, 201);
        const SimReply failed = f.create(QStringLiteral("second"));
        QCOMPARE(failed.status, status);
        QCOMPARE(failed.json().value(u"id").toString(), id);
        QVERIFY(!failed.json().value(u"request_id").toString().isEmpty());
        QVERIFY(!failed.header("ratelimit-remaining").isEmpty());
        QCOMPARE(failed.header("retry-after"), status == 429 ? QByteArray("7") : QByteArray());
        QCOMPARE(f.poolsNamed(QStringLiteral("second")), 0); // not applied
        QCOMPARE(f.create(QStringLiteral("third")).status, 201);
    }

    void dropsTheConnectionWithoutApplyingTheRequest()
    {
        Fixture f;
        f.simulator.addFault(
            rule(sim::FaultKind::Drop, QStringLiteral("POST"), PoolsPattern, 1, 0));
        const SimReply r = f.create(QStringLiteral("dropped"));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
        QCOMPARE(f.poolsNamed(QStringLiteral("dropped")), 0);
    }

    // The case the create-safety code exists for: the pool is created, the
    // client only sees a network error, and must look before creating again.
    void appliesACreateAndThenDropsTheConnection()
    {
        Fixture f;
        QSignalSpy handled(&f.simulator, &sim::Simulator::requestHandled);
        f.simulator.addFault(
            rule(sim::FaultKind::DropAfterApply, QStringLiteral("POST"), PoolsPattern, 1, 1));
        f.client->setFreshConnections(true);
        const SimReply r = f.create(QStringLiteral("ambiguous"));
        QCOMPARE(f.poolsNamed(QStringLiteral("ambiguous")), 1); // no duplicate, ever
        QCOMPARE(handled.first().at(2).toInt(), 0);             // the first answer was a drop
        if (handled.count() == 1) {
            QCOMPARE(r.status, 0);
            QVERIFY(r.error != QNetworkReply::NoError);
        } else {
            // QNetworkAccessManager silently re-sent the POST on the closed
            // connection; DO refuses the duplicate name, as here.
            QCOMPARE(r.status, 422);
            QVERIFY(r.json().value(u"message").toString().contains(u"already exists"));
        }
    }

    void appliesEveryRetryOfADroppedCreateAsItsOwnRequest()
    {
        Fixture f;
        f.simulator.addFault(
            rule(sim::FaultKind::DropAfterApply, QStringLiteral("POST"), PoolsPattern, 1, 0));
        const SimReply r = f.create(QStringLiteral("ambiguous"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(f.poolsNamed(QStringLiteral("ambiguous")), 1);
    }

    void truncatesTheBodyAfterApplying()
    {
        Fixture f;
        f.simulator.addFault(
            rule(sim::FaultKind::Truncate, QStringLiteral("GET"), QStringLiteral("/v2/sizes")));
        const SimReply r = f.client->get(QStringLiteral("/v2/sizes"));
        QVERIFY(r.error != QNetworkReply::NoError ||
                QJsonDocument::fromJson(r.body).isNull()); // short read, never a whole answer
        QVERIFY(!QJsonDocument::fromJson(r.body).isObject());
        QCOMPARE(f.client->get(QStringLiteral("/v2/sizes")).status, 200);
    }

    void answersWithMalformedJsonAfterApplying()
    {
        Fixture f;
        f.simulator.addFault(rule(sim::FaultKind::Malformed, QStringLiteral("POST"), PoolsPattern));
        const SimReply r = f.create(QStringLiteral("garbled"));
        QCOMPARE(r.status, 201);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(f.poolsNamed(QStringLiteral("garbled")), 1);
    }

    void answersWithTheWrongContentType()
    {
        Fixture f;
        const QByteArray faults = "{\"faults\":[{\"kind\":\"wrong_content_type\",\"method\":"
                                  "\"GET\",\"path\":\"/v2/kubernetes/**\"}]}";
        const bool loaded = f.simulator.loadFaults(faults);
        QVERIFY(loaded);
        const SimReply r = f.client->get(QStringLiteral("/v2/kubernetes/clusters"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    }

    void matchesMethodsAndPathPatterns()
    {
        sim::FaultRule r = rule(sim::FaultKind::Status, QStringLiteral("POST"), PoolsPattern);
        QVERIFY(r.matches(QStringLiteral("POST"),
                          QStringLiteral("/v2/kubernetes/clusters/abc/node_pools")));
        QVERIFY(r.matches(QStringLiteral("post"),
                          QStringLiteral("/v2/kubernetes/clusters/abc/node_pools/")));
        QVERIFY(!r.matches(QStringLiteral("GET"),
                           QStringLiteral("/v2/kubernetes/clusters/abc/node_pools")));
        QVERIFY(!r.matches(QStringLiteral("POST"),
                           QStringLiteral("/v2/kubernetes/clusters/abc/node_pools/x/recycle")));
        r.path = QStringLiteral("/v2/kubernetes/**");
        r.method = QStringLiteral("*");
        QVERIFY(r.matches(QStringLiteral("DELETE"),
                          QStringLiteral("/v2/kubernetes/clusters/a/node_pools/b/nodes/c")));
        QVERIFY(!r.matches(QStringLiteral("GET"), QStringLiteral("/v2/account")));
    }

    void countsNthAndTimesPerRule()
    {
        sim::FaultRule r =
            rule(sim::FaultKind::Status, QStringLiteral("*"), QStringLiteral("**"), 2, 2);
        QList<bool> taken;
        for (int i = 0; i < 5; ++i)
            taken.append(r.take(QStringLiteral("GET"), QStringLiteral("/v2/account")));
        QCOMPARE(taken, (QList<bool>{false, true, true, false, false}));
    }

    void loadsAFaultsFileAndRefusesAnUnknownKind()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(
            "{\"faults\": [ "
            "{\"method\": \"POST\", \"path\": \"/v2/kubernetes/clusters/*/node_pools\", \"nth\": "
            "2, "
            "\"kind\": \"drop_after_apply\"}, "
            "{\"path\": \"/v2/account\", \"kind\": \"latency\", \"latency_ms\": 20, \"times\": 0}, "
            "{\"kind\": \"status\", \"status\": 429, \"retry_after\": 3} "
            "]}");
        file.close();
        sim::Simulator s;
        QString error;
        QVERIFY2(s.loadFaultsFile(file.fileName(), &error), qPrintable(error));
        QCOMPARE(s.faults().size(), 3);
        QCOMPARE(s.faults().at(0).kind, sim::FaultKind::DropAfterApply);
        QCOMPARE(s.faults().at(0).nth, 2);
        QCOMPARE(s.faults().at(1).latencyMs, 20);
        QCOMPARE(s.faults().at(2).retryAfterSecs, 3);
        const QByteArray unknown = "[{\"kind\": \"explode\"}]";
        const bool loaded = s.loadFaults(unknown, &error);
        QVERIFY(!loaded);
        QVERIFY(error.contains(u"explode"));
        s.clearFaults();
        QVERIFY(s.faults().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SimTrafficTest)
#include "tst_simtraffic.moc"
