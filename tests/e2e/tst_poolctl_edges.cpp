// poolctl where the real API differs from a well-behaved simulator: paging
// links at DigitalOcean's own host on an account of more than one page,
// redirects (to another server, and of a change), an untrusted certificate, a
// rate limit answered with an HTTP-date, and a create whose answer is lost
// while the list lags behind it. Each run is a real process against a real
// socket; the simulator's state is read afterwards.
#include "poolctlrun.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString Token = QStringLiteral("dop_v1_e2e_edges_secret_987654321");
const QString Prod = QStringLiteral("81427890-05c8-4261-a62f-752e9e2788d2");
const QString WebPool = QStringLiteral("2fcf69e1-a6ca-46ad-aaf2-0b846e17eae8");

using Run = PoolctlRun;

// An account of `clusters` clusters, one small pool each: more than one page
// of 200, as an agency's account has.
QByteArray bigSeed(int clusters)
{
    QJsonArray list;
    for (int i = 0; i < clusters; ++i) {
        const QString n = QString::number(i).rightJustified(4, u'0');
        const QJsonObject node{
            {QStringLiteral("id"), QStringLiteral("node-%1").arg(n)},
            {QStringLiteral("name"), QStringLiteral("pool-%1-aaaaa").arg(n)},
            {QStringLiteral("droplet_id"), QString::number(500000 + i)},
            {QStringLiteral("state"), QStringLiteral("running")},
            {QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05Z")}};
        const QJsonObject pool{
            {QStringLiteral("id"), QStringLiteral("pool-%1").arg(n)},
            {QStringLiteral("name"), QStringLiteral("pool-%1").arg(n)},
            {QStringLiteral("size"), QStringLiteral("s-2vcpu-4gb")},
            {QStringLiteral("count"), 1},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("team:t%1").arg(i % 7)}},
            {QStringLiteral("taints"), QJsonArray{}},
            {QStringLiteral("auto_scale"), false},
            {QStringLiteral("min_nodes"), 0},
            {QStringLiteral("max_nodes"), 0},
            {QStringLiteral("nodes"), QJsonArray{node}}};
        list.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("cluster-%1").arg(n)},
                        {QStringLiteral("name"), QStringLiteral("c-%1").arg(n)},
                        {QStringLiteral("region"), QStringLiteral("fra1")},
                        {QStringLiteral("version"), QStringLiteral("1.32.5-do.0")},
                        {QStringLiteral("ha"), false},
                        {QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05Z")},
                        {QStringLiteral("node_pools"), QJsonArray{pool}}});
    }
    const QJsonObject seed{
        {QStringLiteral("account"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("ops@example.com")},
                     {QStringLiteral("uuid"), QStringLiteral("acc-big")},
                     {QStringLiteral("droplet_limit"), 5000}}},
        {QStringLiteral("clusters"), list}};
    return QJsonDocument(seed).toJson(QJsonDocument::Compact);
}

} // namespace

class PoolctlEdgesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_dir;
    int m_requests = 0;

    Run poolctl(const QStringList& arguments, const QUrl& url = {})
    {
        return runPoolctl(arguments, {.apiUrl = url.isEmpty() ? m_simulator->baseUrl() : url,
                                      .token = Token,
                                      .environment = {{QStringLiteral("XDG_CACHE_HOME"),
                                                       m_dir.filePath(QStringLiteral("c"))},
                                                      {QStringLiteral("XDG_CONFIG_HOME"),
                                                       m_dir.filePath(QStringLiteral("g"))}},
                                      .timeoutMs = 60'000});
    }

    void startSimulator(const QByteArray& seed = {})
    {
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        if (seed.isEmpty())
            m_simulator->loadDemoSeed();
        else
            QVERIFY(m_simulator->loadSeed(seed));
        m_simulator->setToken(Token);
        m_requests = 0;
        connect(m_simulator.get(), &sim::Simulator::requestHandled, this, [this] { ++m_requests; });
    }

private Q_SLOTS:
    void anAccountOfSeveralPagesLoadsThroughLinksAtDigitalOceansHost()
    {
        startSimulator(bigSeed(450));
        m_simulator->setLinkStyle(sim::LinkStyle::Foreign); // https://api.digitalocean.com/...
        QVERIFY(m_simulator->listen(0) != 0);

        const Run clusters =
            poolctl({QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("clusters")});
        QVERIFY2(clusters.exitCode == 0, qPrintable(clusters.err));
        const QJsonArray listed = QJsonDocument::fromJson(clusters.out.toUtf8()).array();
        QCOMPARE(listed.size(), 450);
        QCOMPARE(m_requests, 3); // ⌈450 / 200⌉ pages, each asked of --api-url

        const Run exported = poolctl({QStringLiteral("export")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.out.count(u"kind: DigitalOceanKubernetesNodePool"), 450);
    }

    void relativeLinksWorkToo()
    {
        startSimulator(bigSeed(201));
        m_simulator->setLinkStyle(sim::LinkStyle::Relative);
        QVERIFY(m_simulator->listen(0) != 0);
        const Run cost =
            poolctl({QStringLiteral("cost"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(cost.exitCode == 0, qPrintable(cost.err));
        QCOMPARE(m_requests, 3); // two pages of clusters and one of sizes
    }

    void aLinkThatLoopsEndsTheListingWithAClearError()
    {
        startSimulator(bigSeed(201));
        sim::FaultRule loop = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::LinkLoop,
                                                 QStringLiteral("/v2/kubernetes/clusters"));
        loop.nextPage = 1; // page 2 says page 1 comes next
        loop.nth = 2;
        m_simulator->addFault(loop);
        QVERIFY(m_simulator->listen(0) != 0);
        const Run clusters = poolctl({QStringLiteral("clusters")});
        QCOMPARE(clusters.exitCode, 1);
        QVERIFY2(clusters.err.contains(u"page 2 links back to page 1"), qPrintable(clusters.err));
        QCOMPARE(m_requests, 2);
    }

    void aRedirectToAnotherServerIsNotFollowedAndTheTokenGoesNowhere()
    {
        sim::Simulator elsewhere; // the other host; it would accept the token
        elsewhere.loadDemoSeed();
        elsewhere.setToken(Token);
        QVERIFY(elsewhere.listen(0) != 0);
        int requestsElsewhere = 0;
        connect(&elsewhere, &sim::Simulator::requestHandled, this,
                [&requestsElsewhere] { ++requestsElsewhere; });

        startSimulator();
        sim::FaultRule redirect = sim::FaultRule::on(QStringLiteral("*"), sim::FaultKind::Redirect);
        redirect.status = 302;
        redirect.location = elsewhere.baseUrl().toString() + QStringLiteral("{path}");
        redirect.times = 0;
        m_simulator->addFault(redirect);
        QVERIFY(m_simulator->listen(0) != 0);

        const Run clusters = poolctl({QStringLiteral("clusters")});
        QCOMPARE(clusters.exitCode, 1);
        QVERIFY2(clusters.err.contains(u"another server"), qPrintable(clusters.err));
        QVERIFY(clusters.err.contains(elsewhere.baseUrl().host()));
        QCOMPARE(m_requests, 1); // not retried
        QCOMPARE(requestsElsewhere, 0);
    }

    void aRedirectedChangeIsAnErrorAndChangesNothing()
    {
        startSimulator();
        sim::FaultRule redirect =
            sim::FaultRule::on(QStringLiteral("DELETE"), sim::FaultKind::Redirect);
        redirect.status = 301;
        redirect.location = QStringLiteral("/v2/elsewhere");
        m_simulator->addFault(redirect);
        QVERIFY(m_simulator->listen(0) != 0);

        const Run deleted = poolctl(
            {QStringLiteral("delete-pool"), Prod, QStringLiteral("web"), QStringLiteral("--yes")});
        QCOMPARE(deleted.exitCode, 1);
        QVERIFY2(deleted.err.contains(u"redirect to"), qPrintable(deleted.err));
        QVERIFY(deleted.err.contains(u"/v2/elsewhere"));
        QVERIFY(deleted.err.contains(u"nothing was changed"));
        const auto web = m_simulator->pool(Prod, WebPool);
        QVERIFY(web && !web->deleted);
    }

    void anUntrustedCertificateIsTriedOnceAndSaysSo()
    {
        startSimulator();
        QString error;
        QVERIFY2(m_simulator->listenTlsFiles(
                     0, QStringLiteral(POOLSTUDIO_TEST_DATA "/tls/test-only-cert.pem"),
                     QStringLiteral(POOLSTUDIO_TEST_DATA "/tls/test-only-key.pem"), &error) != 0,
                 qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        const Run clusters = poolctl({QStringLiteral("clusters")});
        QCOMPARE(clusters.exitCode, 1);
        QVERIFY2(clusters.err.contains(u"certificate", Qt::CaseInsensitive),
                 qPrintable(clusters.err));
        QVERIFY(clusters.err.contains(u"nothing was sent"));
        QCOMPARE(m_requests, 0);
        // Five tries with backoff would take 15 s; one takes well under one.
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }

    void aRateLimitWithAnHttpDateIsWaitedOut()
    {
        startSimulator();
        sim::FaultRule limited = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Status);
        limited.status = 429;
        limited.retryAfterDate = true;
        limited.retryAfterSecs = 1;
        m_simulator->addFault(limited);
        QVERIFY(m_simulator->listen(0) != 0);
        const Run clusters = poolctl({QStringLiteral("clusters")});
        QVERIFY2(clusters.exitCode == 0, qPrintable(clusters.err));
        QVERIFY(clusters.out.contains(u"prod-tor1"));
        QCOMPARE(m_requests, 2);
    }

    void aLostCreateIsFoundAlthoughTheListLagsBehindIt()
    {
        startSimulator();
        m_simulator->addFault(
            sim::FaultRule::on(QStringLiteral("POST"), sim::FaultKind::DropAfterApply));
        sim::FaultRule stale =
            sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::StaleList,
                               QStringLiteral("/v2/kubernetes/clusters/*/node_pools"));
        stale.times = 2;
        m_simulator->addFault(stale);
        QVERIFY(m_simulator->listen(0) != 0);

        const QString file = m_dir.filePath(QStringLiteral("batch.yaml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                                 "kind: DigitalOceanKubernetesNodePool\n"
                                 "metadata:\n  name: batch\n  org: acme\n  env: prod\n"
                                 "spec:\n  nodePoolName: batch\n  cluster:\n    value: %1\n"
                                 "  size: s-2vcpu-4gb\n  nodeCount: 2\n")
                      .arg(Prod)
                      .toUtf8());
        out.close();
        const Run apply = poolctl({QStringLiteral("apply"), file});
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.err + apply.out));
        const auto cluster = m_simulator->cluster(Prod);
        QCOMPARE(std::count_if(cluster->pools.cbegin(), cluster->pools.cend(),
                               [](const sim::PoolRow& p) { return p.name == u"batch"; }),
                 1);
    }
};

QTEST_GUILESS_MAIN(PoolctlEdgesTest)
#include "tst_poolctl_edges.moc"
