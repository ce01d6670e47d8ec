// poolctl apply of a size change against the simulator in this process, on
// a cluster of one pool: blue/green ends with only the new pool (and
// --rewrite names it in the file), --replace=in-place is refused before any
// change is sent, and an apply killed with _Exit between the create and the
// delete is finished by --resume with exactly one new pool. The simulator's
// clock moves a second whenever a pool is polled, so nothing sleeps.
#include "poolctlrun.h"
#include "sim/simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString Token = QStringLiteral("dop_v1_e2e_replace_secret_24680");
const QString Cluster = QStringLiteral("5b1c8a52-8d8e-4b8b-9d52-1c0f0c0a0001");
const QString Old = QStringLiteral("workers");
const QString New = QStringLiteral("workers-s-4vcpu-8gb");

QByteArray onePoolSeed()
{
    QJsonArray nodes;
    for (int i = 0; i < 2; ++i)
        nodes.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("node-%1").arg(i)},
                        {QStringLiteral("name"), QStringLiteral("workers-abc%1").arg(i)},
                        {QStringLiteral("droplet_id"), QString::number(700000 + i)},
                        {QStringLiteral("state"), QStringLiteral("running")},
                        {QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05Z")}});
    const QJsonObject pool{
        {QStringLiteral("id"), QStringLiteral("pool-workers")},
        {QStringLiteral("name"), Old},
        {QStringLiteral("size"), QStringLiteral("s-2vcpu-4gb")},
        {QStringLiteral("count"), 2},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("team:web")}},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("web")}}},
        {QStringLiteral("taints"), QJsonArray{}},
        {QStringLiteral("auto_scale"), false},
        {QStringLiteral("min_nodes"), 0},
        {QStringLiteral("max_nodes"), 0},
        {QStringLiteral("nodes"), nodes}};
    const QJsonObject cluster{
        {QStringLiteral("id"), Cluster},
        {QStringLiteral("name"), QStringLiteral("solo")},
        {QStringLiteral("region"), QStringLiteral("fra1")},
        {QStringLiteral("version"), QStringLiteral("1.32.5-do.0")},
        {QStringLiteral("ha"), false},
        {QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05Z")},
        {QStringLiteral("node_pools"), QJsonArray{pool}}};
    const QJsonObject seed{
        {QStringLiteral("account"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("ops@example.com")},
                     {QStringLiteral("uuid"), QStringLiteral("acc-solo")},
                     {QStringLiteral("droplet_limit"), 50}}},
        {QStringLiteral("clusters"), QJsonArray{cluster}}};
    return QJsonDocument(seed).toJson(QJsonDocument::Compact);
}

// The manifest of the one pool with a bigger size.
const QByteArray Manifest = R"(# the web tier
apiVersion: digital-ocean.project-planton.org/v1
kind: DigitalOceanKubernetesNodePool
metadata:
  name: workers
spec:
  nodePoolName: workers
  cluster:
    value: solo
  size: s-4vcpu-8gb
  nodeCount: 2
  labels: {tier: web}
  tags: [team:web]
)";

using Run = PoolctlRun;

} // namespace

class PoolctlReplaceTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_dir;
    QString m_manifest;
    QStringList m_changes; // POST and DELETE requests the simulator answered
    int m_lowestRunning = 1'000;

    int runningForWorkload() const
    {
        int running = 0;
        const auto cluster = m_simulator->cluster(Cluster);
        for (const sim::PoolRow& pool : cluster->pools)
            for (const sim::NodeRow& node : pool.nodes)
                running += node.state == sim::NodeState::Running ? 1 : 0;
        return running;
    }

    QList<sim::PoolRow> livePools() const
    {
        QList<sim::PoolRow> out;
        const auto cluster = m_simulator->cluster(Cluster);
        for (const sim::PoolRow& pool : cluster->pools)
            if (!pool.deleted)
                out << pool;
        return out;
    }

    // exitAfter: the step after which poolctl ends itself (_Exit), as if killed.
    Run poolctl(const QStringList& arguments, const QString& exitAfter = {})
    {
        const QString exitHook = QStringLiteral("POOLSTUDIO_TEST_EXIT_AFTER_STEP");
        QList<std::pair<QString, QString>> environment{
            {QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("c"))},
            {QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("g"))},
            {QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("d"))}};
        if (!exitAfter.isEmpty())
            environment.append({exitHook, exitAfter});
        return runPoolctl(QStringList{QStringLiteral("--poll-interval"), QStringLiteral("0.01")} +
                              arguments,
                          {.apiUrl = m_simulator->baseUrl(),
                           .token = Token,
                           .environment = environment,
                           .unset = {exitHook},
                           .timeoutMs = 60'000});
    }

    QStringList apply(const QStringList& more = {})
    {
        return QStringList{QStringLiteral("apply"), m_manifest, QStringLiteral("--yes")} + more;
    }

private Q_SLOTS:
    void init()
    {
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        QVERIFY(m_simulator->loadSeed(onePoolSeed()));
        m_simulator->setToken(Token);
        m_simulator->setRateLimits(1'000'000, 10'000'000);
        QVERIFY(m_simulator->listen(0) != 0);
        m_changes.clear();
        m_lowestRunning = 1'000;
        connect(m_simulator.get(), &sim::Simulator::requestHandled, this,
                [this](const QString& method, const QString& path, int) {
                    m_lowestRunning = std::min(m_lowestRunning, runningForWorkload());
                    if (method == u"POST" || method == u"DELETE" || method == u"PUT")
                        m_changes << method + u' ' + path;
                    if (method == u"GET" && path.contains(u"/node_pools/"))
                        m_simulator->clock().advance(1);
                });
        m_manifest =
            m_dir.filePath(QStringLiteral("pools-%1.yaml").arg(QTest::currentTestFunction()));
        QFile file(m_manifest);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Manifest);
    }

    void aSizeChangeEndsWithOnlyTheNewPool()
    {
        const Run plan = poolctl({QStringLiteral("plan"), m_manifest});
        QVERIFY2(plan.out.contains(u"-/+ replace workers with workers-s-4vcpu-8gb"),
                 qPrintable(plan.out + plan.err));

        const Run run = poolctl(apply({QStringLiteral("--rewrite")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"✓ replace workers with workers-s-4vcpu-8gb"),
                 qPrintable(run.out));
        QCOMPARE(livePools().size(), 1);
        QCOMPARE(livePools().first().name, New);
        QCOMPARE(livePools().first().size, QStringLiteral("s-4vcpu-8gb"));
        QCOMPARE(livePools().first().labels.value(QStringLiteral("tier")), QStringLiteral("web"));
        QCOMPARE(m_lowestRunning, 2);
        m_simulator->clock().advance(30); // the old pool drains and goes
        QCOMPARE(m_simulator->cluster(Cluster)->pools.size(), 1);

        // --rewrite: the document names the new pool (other documents of a file
        // stay byte for byte: tst_manifestrewrite).
        QVERIFY2(run.out.contains(u"rewrote"), qPrintable(run.out));
        QFile file(m_manifest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray now = file.readAll();
        QVERIFY2(now.contains("nodePoolName: workers-s-4vcpu-8gb"), now.constData());
        QVERIFY(now.startsWith("# the web tier\n"));
        // Applied again, the rewritten file changes nothing.
        const Run again = poolctl({QStringLiteral("plan"), m_manifest});
        QVERIFY2(again.out.contains(u"0 to create, 0 to update, 0 to replace") ||
                     again.out.contains(u"No changes"),
                 qPrintable(again.out + again.err));
    }

    void inPlaceIsRefusedOnAOnePoolCluster()
    {
        const Run run = poolctl(apply({QStringLiteral("--replace=in-place")}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"refused") && run.out.contains(u"no other pool"),
                 qPrintable(run.out + run.err));
        QVERIFY2(m_changes.isEmpty(), qPrintable(m_changes.join(u'\n')));
        QCOMPARE(livePools().size(), 1);
        QCOMPARE(livePools().first().name, Old);

        const Run wrong = poolctl(apply({QStringLiteral("--replace=sideways")}));
        QCOMPARE(wrong.exitCode, 2);
    }

    void anApplyKilledBetweenCreateAndDeleteIsResumed()
    {
        const Run killed = poolctl(apply(), QStringLiteral("create"));
        QCOMPARE(killed.exitCode, 86);   // _Exit right after the create settled
        QCOMPARE(livePools().size(), 2); // both pools: nothing was deleted

        const Run refused = poolctl(apply());
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"interrupted at step 1 of 1") &&
                     refused.err.contains(u"--resume"),
                 qPrintable(refused.err));
        QCOMPARE(livePools().size(), 2);

        const Run resumed = poolctl({QStringLiteral("apply"), QStringLiteral("--resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(livePools().size(), 1);
        QCOMPARE(livePools().first().name, New);
        QCOMPARE(livePools().first().size, QStringLiteral("s-4vcpu-8gb"));
        const auto creates = m_changes.filter(u"POST");
        QCOMPARE(creates.size(), 1); // no duplicate
        QCOMPARE(m_lowestRunning, 2);

        const Run nothing = poolctl({QStringLiteral("apply"), QStringLiteral("--resume")});
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.contains(u"No interrupted apply"));
    }
};

QTEST_GUILESS_MAIN(PoolctlReplaceTest)
#include "tst_poolctl_replace.moc"
