// DoClient against the simulator over a real socket: what a user's refresh does.
#include "api/doclient.h"
#include "sim/simulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class DoClientTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        sim::Simulator simulator;
        api::DoClient client;

        explicit Fixture(const QString& clientToken = QStringLiteral("test-token"))
        {
            simulator.loadDemoSeed();
            simulator.setToken(QStringLiteral("test-token"));
            QVERIFY(simulator.listen(0) != 0);
            client.setBaseUrl(simulator.baseUrl());
            client.setToken(clientToken);
        }
    };

    // Runs one async call to completion, without sleeping.
    template <typename T, typename Call> static std::pair<T, api::ApiError> await(Call call)
    {
        std::optional<std::pair<T, api::ApiError>> result;
        QObject context;
        call(&context,
             [&](const T& value, const api::ApiError& error) { result.emplace(value, error); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10'000))
            qFatal("no answer within 10 s");
        return *result;
    }

private Q_SLOTS:
    void fetchesTheAccount()
    {
        Fixture f;
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QVERIFY(account.email.contains(u'@'));
        QVERIFY(account.dropletLimit > 0);
    }

    void fetchesEveryClusterWithPoolsAndNodesAsTheSimulatorHoldsThem()
    {
        Fixture f;
        const auto [clusters, error] = await<QList<core::Cluster>>(
            [&](QObject* ctx, auto done) { f.client.fetchClusters(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));

        const QJsonArray held = f.simulator.snapshot().value(u"clusters").toArray();
        QCOMPARE(clusters.size(), held.size());
        QVERIFY(clusters.size() >= 3);
        int pools = 0;
        for (const core::Cluster& cluster : clusters) {
            QVERIFY(!cluster.id.isEmpty());
            QVERIFY(!cluster.region.isEmpty());
            pools += int(cluster.pools.size());
            for (const core::NodePool& pool : cluster.pools) {
                QVERIFY(!pool.id.isEmpty());
                QVERIFY2(pool.automaticTags.contains(u"k8s"), qPrintable(pool.spec.name));
                for (const QString& tag : pool.spec.tags)
                    QVERIFY2(!tag.startsWith(u"k8s"), qPrintable(tag));
            }
        }
        QVERIFY(pools >= 8);
    }

    void tracksTheRateLimitHeaders()
    {
        Fixture f;
        QSignalSpy changed(&f.client, &api::DoClient::rateLimitChanged);
        await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QVERIFY(changed.count() >= 1);
        QVERIFY(f.client.rateLimitLimit() > 0);
        QVERIFY(f.client.rateLimitRemaining() >= 0);
        QVERIFY(f.client.rateLimitRemaining() < f.client.rateLimitLimit());
        QVERIFY(f.client.rateLimitReset().isValid());
    }

    void reportsAWrongTokenAs401WithRequestId()
    {
        Fixture f(QStringLiteral("not-the-token"));
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.id, QStringLiteral("unauthorized"));
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(error.humanText().contains(u"401"));
        QVERIFY(!error.humanText().contains(u"not-the-token"));
    }

    void dropsTheAnswerWhenItsContextIsGone()
    {
        Fixture f;
        bool called = false;
        auto* context = new QObject;
        f.client.fetchAccount(context,
                              [&](const api::Account&, const api::ApiError&) { called = true; });
        delete context;
        QSignalSpy changed(&f.client, &api::DoClient::rateLimitChanged);
        QVERIFY(changed.wait(10'000)); // the reply did arrive...
        QVERIFY(!called);              // ...and nobody was told
    }

    void reportsAnUnreachableServerAsANetworkFailure()
    {
        api::DoClient client;
        quint16 freePort = 0;
        {
            sim::Simulator probe;
            freePort = probe.listen(0);
        } // closed again: nobody listens there now
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort)));
        client.setToken(QStringLiteral("t"));
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { client.fetchAccount(ctx, done); });
        QVERIFY(error.networkFailure);
        QVERIFY(error.isRetryable());
    }
};

QTEST_GUILESS_MAIN(DoClientTest)
#include "tst_doclient.moc"
