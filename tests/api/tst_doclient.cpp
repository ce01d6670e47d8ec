// DoClient against the simulator over a real socket: every call a user's
// refresh or edit makes, as the simulator then holds it.
#include "../refusedport.h"
#include "api/doclient.h"
#include "core/dojson.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace testing;

class DoClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesTheAccount()
    {
        SimFixture f;
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(account.email, f.simulator.account().email);
        QCOMPARE(account.dropletLimit, f.simulator.account().dropletLimit);
    }

    void fetchesEveryClusterWithPoolsAndNodesAsTheSimulatorHoldsThem()
    {
        SimFixture f;
        const auto [clusters, error] = await<QList<core::Cluster>>(
            [&](QObject* ctx, auto done) { f.client.fetchClusters(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));

        const QList<sim::ClusterRow> held = f.simulator.clusters();
        QCOMPARE(clusters.size(), held.size());
        int pools = 0;
        for (int i = 0; i < held.size(); ++i) {
            QCOMPARE(clusters[i].id, held[i].id);
            QCOMPARE(clusters[i].name, held[i].name);
            QCOMPARE(clusters[i].pools.size(), held[i].pools.size());
            pools += int(clusters[i].pools.size());
            for (const core::NodePool& pool : clusters[i].pools) {
                QVERIFY2(pool.automaticTags.contains(u"k8s"), qPrintable(pool.spec.name));
                QCOMPARE(pool.spec.cluster.value, clusters[i].id);
                for (const QString& tag : pool.spec.tags)
                    QVERIFY2(!tag.startsWith(u"k8s"), qPrintable(tag));
            }
        }
        QVERIFY(pools >= 8);
    }

    void followsEveryPageWhenPagesAreSmall()
    {
        SimFixture f;
        const auto [whole, wholeError] = await<QList<core::Cluster>>(
            [&](QObject* ctx, auto done) { f.client.fetchClusters(ctx, done); });
        QVERIFY(!wholeError.isError());

        f.client.setPageSize(1);
        QStringList asked;
        connect(&f.simulator, &sim::Simulator::requestHandled,
                [&](const QString& method, const QString& path) { asked << method + u' ' + path; });
        const auto [paged, error] = await<QList<core::Cluster>>(
            [&](QObject* ctx, auto done) { f.client.fetchClusters(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(asked.size(), whole.size()); // one request per cluster
        QCOMPARE(paged, whole);
    }

    void answersOnTheCallersThreadAfterParsingElsewhere()
    {
        SimFixture f;
        QThread* answeredOn = nullptr;
        QObject context;
        bool done = false;
        f.client.fetchClusters(&context, [&](const QList<core::Cluster>&, const api::ApiError&) {
            answeredOn = QThread::currentThread();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    void fetchesOneClusterItsPoolsAndOnePool()
    {
        SimFixture f;
        const auto [cluster, error] = await<core::Cluster>(
            [&](QObject* ctx, auto done) { f.client.fetchCluster(ProdCluster, ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(cluster.id, ProdCluster);

        const auto [pools, poolsError] = await<QList<core::NodePool>>(
            [&](QObject* ctx, auto done) { f.client.fetchNodePools(ProdCluster, ctx, done); });
        QVERIFY(!poolsError.isError());
        QCOMPARE(pools, cluster.pools);

        const QString webId = f.poolId(ProdCluster, QStringLiteral("web"));
        const auto [pool, poolError] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.fetchNodePool(ProdCluster, webId, ctx, done);
        });
        QVERIFY(!poolError.isError());
        QCOMPARE(pool.spec.name, u"web");
        QCOMPARE(pool.nodes.size(), f.simulator.poolByName(ProdCluster, "web")->nodes.size());
    }

    void anUnknownPoolIsA404WithAHint()
    {
        SimFixture f;
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.fetchNodePool(
                ProdCluster, QStringLiteral("00000000-0000-4000-8000-000000000000"), ctx, done);
        });
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.id, u"not_found");
        QVERIFY(!error.isRetryable());
        QVERIFY(error.humanText().contains(u"refresh"));
    }

    void createsAPoolTheSimulatorThenHolds()
    {
        SimFixture f;
        const core::NodePoolSpec spec = newPoolSpec(QStringLiteral("created-pool"), 3);
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.createNodePool(ProdCluster, spec, ctx, done);
        });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QVERIFY(!pool.id.isEmpty());
        QCOMPARE(pool.spec.name, spec.name);
        QCOMPARE(pool.spec.cluster.value, ProdCluster);
        const auto held = f.simulator.poolByName(ProdCluster, spec.name);
        QVERIFY(held);
        QCOMPARE(held->id, pool.id);
        QCOMPARE(held->count, 3);
        QCOMPARE(held->size, spec.size);
        QCOMPARE(held->labels.value(QStringLiteral("purpose")), u"test");
        QCOMPARE(held->tags, spec.tags);
    }

    void aRejectedCreateSaysWhyAndIsNotRepeated()
    {
        SimFixture f;
        core::NodePoolSpec spec = newPoolSpec(QStringLiteral("web")); // the name is taken
        int posts = 0;
        connect(&f.simulator, &sim::Simulator::requestHandled,
                [&](const QString& method) { posts += method == u"POST"; });
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.createNodePool(ProdCluster, spec, ctx, done);
        });
        QCOMPARE(error.httpStatus, 422);
        QVERIFY2(error.humanText().contains(u"already exists"), qPrintable(error.humanText()));
        QCOMPARE(posts, 1);
    }

    void updatesACountWithAPartialBody()
    {
        SimFixture f;
        const auto live = f.simulator.poolByName(ProdCluster, QStringLiteral("web"));
        QVERIFY(live);
        core::NodePoolSpec before;
        before.count = live->count;
        core::NodePoolSpec after = before;
        after.count = live->count + 2;
        const QJsonObject body = core::dojson::updatePoolBody(before, after);
        QCOMPARE(body.keys(), QStringList{QStringLiteral("count")});

        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.updateNodePool(ProdCluster, live->id, body, ctx, done);
        });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(pool.spec.count, live->count + 2);
        QCOMPARE(f.simulator.pool(ProdCluster, live->id)->count, live->count + 2);
        QCOMPARE(f.simulator.pool(ProdCluster, live->id)->size, live->size); // untouched
    }

    void deletesAPoolWhichThenDrainsAway()
    {
        SimFixture f;
        const QString id = f.poolId(ProdCluster, QStringLiteral("web"));
        const api::ApiError error = awaitDone(
            [&](QObject* ctx, auto done) { f.client.deleteNodePool(ProdCluster, id, ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        f.simulator.clock().advance(60);
        QVERIFY(!f.simulator.pool(ProdCluster, id));
    }

    void deletesANodeDrainedAndReplaced_data()
    {
        QTest::addColumn<bool>("skipDrain");
        QTest::addColumn<bool>("replace");
        QTest::addColumn<QString>("query");
        QTest::newRow("plain") << false << false << "";
        QTest::newRow("skip drain") << true << false << "skip_drain=1";
        QTest::newRow("replace") << false << true << "replace=1";
        QTest::newRow("both") << true << true << "skip_drain=1&replace=1";
    }
    void deletesANodeDrainedAndReplaced()
    {
        QFETCH(bool, skipDrain);
        QFETCH(bool, replace);
        SimFixture f;
        const auto live = f.simulator.poolByName(ProdCluster, QStringLiteral("web"));
        const sim::NodeRow node = live->nodes.first();
        const api::ApiError error = awaitDone([&](QObject* ctx, auto done) {
            f.client.deleteNode(ProdCluster, live->id, node.id, {skipDrain, replace}, ctx, done);
        });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));

        const auto after = f.simulator.pool(ProdCluster, live->id);
        QCOMPARE(after->count, replace ? live->count : live->count - 1);
        const auto it = std::find_if(after->nodes.cbegin(), after->nodes.cend(),
                                     [&](const sim::NodeRow& n) { return n.id == node.id; });
        QVERIFY(it != after->nodes.cend());
        QCOMPARE(it->state, skipDrain ? sim::NodeState::Deleting : sim::NodeState::Draining);
        QCOMPARE(after->nodes.size(), live->nodes.size() + (replace ? 1 : 0));
    }

    void aReadOnlyTokenIsRefusedWritesWith403()
    {
        SimFixture f(QStringLiteral("read-only"));
        f.simulator.setReadOnlyToken(QStringLiteral("read-only"));
        const QString id = f.poolId(ProdCluster, QStringLiteral("web"));
        const api::ApiError error = awaitDone(
            [&](QObject* ctx, auto done) { f.client.deleteNodePool(ProdCluster, id, ctx, done); });
        QCOMPARE(error.httpStatus, 403);
        QVERIFY(error.humanText().contains(u"write scope"));
        QVERIFY(f.simulator.pool(ProdCluster, id));
    }

    void tracksTheRateLimitHeaders()
    {
        SimFixture f;
        QSignalSpy changed(&f.client, &api::DoClient::rateLimitChanged);
        await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QVERIFY(changed.count() >= 1);
        QVERIFY(f.client.rateLimitLimit() > 0);
        QVERIFY(f.client.rateLimitRemaining() >= 0);
        QVERIFY(f.client.rateLimitRemaining() < f.client.rateLimitLimit());
        QVERIFY(f.client.rateLimitReset().isValid());
    }

    void reportsAWrongTokenAs401WithRequestIdAndDoesNotRetry()
    {
        SimFixture f(QStringLiteral("not-the-token"));
        QSignalSpy retries(&f.client, &api::DoClient::retrying);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); });
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.id, QStringLiteral("unauthorized"));
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(error.humanText().contains(u"401"));
        QVERIFY(!error.humanText().contains(u"not-the-token"));
        QCOMPARE(retries.count(), 0);
    }

    void dropsTheAnswerWhenItsContextIsGone()
    {
        SimFixture f;
        bool called = false;
        auto* context = new QObject;
        f.client.fetchAccount(context,
                              [&](const api::Account&, const api::ApiError&) { called = true; });
        QSignalSpy changed(&f.client, &api::DoClient::rateLimitChanged);
        delete context;
        QVERIFY(changed.wait(10'000)); // the reply did arrive...
        QVERIFY(!called);              // ...and nobody was told
    }

    void reportsAnUnreachableServerAsANetworkFailureAfterRetrying()
    {
        api::DoClient client;
        const RefusedPort refused; // bound, never listening: every connect is refused
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(refused.port())));
        client.setToken(QStringLiteral("t"));
        api::RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(1);
        client.setRetryPolicy(fast);
        QSignalSpy retries(&client, &api::DoClient::retrying);
        const auto [account, error] =
            await<api::Account>([&](QObject* ctx, auto done) { client.fetchAccount(ctx, done); });
        QVERIFY(error.networkFailure);
        QVERIFY(error.isRetryable());
        QCOMPARE(retries.count(), fast.maxAttempts - 1);
        QVERIFY(error.humanText().contains(u"network"));
    }

    void sizesAndOptionsComeFromTheDiskCacheForADay()
    {
        SimFixture f;
        int requests = 0;
        connect(&f.simulator, &sim::Simulator::requestHandled, [&] { ++requests; });

        const auto [sizes, error] = await<QList<core::Size>>(
            [&](QObject* ctx, auto done) { f.client.fetchSizes(ctx, done); });
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QVERIFY(sizes.size() >= 10);
        QCOMPARE(requests, 1);
        const QDateTime fetched = f.client.sizesFetchedAt();
        QVERIFY(fetched.isValid());

        // A second client (a new start) answers from disk, with the same age.
        api::DoClient again;
        again.setBaseUrl(f.client.baseUrl());
        again.setToken(Token);
        again.catalogCache().setDirectory(f.cacheDir.path());
        const auto [cached, cachedError] =
            await<QList<core::Size>>([&](QObject* ctx, auto done) { again.fetchSizes(ctx, done); });
        QVERIFY(!cachedError.isError());
        QCOMPARE(cached, sizes);
        QCOMPARE(requests, 1);
        QCOMPARE(again.sizesFetchedAt().toSecsSinceEpoch(), fetched.toSecsSinceEpoch());

        // Refresh asks again.
        await<QList<core::Size>>([&](QObject* ctx, auto done) {
            again.fetchSizes(ctx, done, api::DoClient::CachePolicy::Refresh);
        });
        QCOMPARE(requests, 2);

        const auto [options, optionsError] = await<core::KubernetesOptions>(
            [&](QObject* ctx, auto done) { f.client.fetchKubernetesOptions(ctx, done); });
        QVERIFY2(!optionsError.isError(), qPrintable(optionsError.humanText()));
        QVERIFY(!options.sizes.isEmpty());
        QVERIFY(!options.regions.isEmpty());
        QCOMPARE(requests, 3);
        const auto [optionsAgain, e2] = await<core::KubernetesOptions>(
            [&](QObject* ctx, auto done) { again.fetchKubernetesOptions(ctx, done); });
        QCOMPARE(optionsAgain, options);
        QCOMPARE(requests, 3);
    }

    void anExpiredCacheIsFetchedAgain()
    {
        SimFixture f;
        int requests = 0;
        connect(&f.simulator, &sim::Simulator::requestHandled, [&] { ++requests; });
        await<QList<core::Size>>([&](QObject* ctx, auto done) { f.client.fetchSizes(ctx, done); });
        f.client.catalogCache().setMaxAge(std::chrono::seconds(0));
        await<QList<core::Size>>([&](QObject* ctx, auto done) { f.client.fetchSizes(ctx, done); });
        QCOMPARE(requests, 2);
    }
};

QTEST_GUILESS_MAIN(DoClientTest)
#include "tst_doclient.moc"
