// The app killed between the create and the delete of a blue/green replace,
// and started again. A helper process (applykiller: the app's own editor,
// plan controller and runner) applies a size change against the simulator
// in this process and ends with _Exit right after the new pool's nodes run
// (POOLSTUDIO_TEST_EXIT_AFTER_STEP=create), leaving both pools and the
// journal in its context folder. The next start, the real window over the
// same folder, offers Resume; resuming ends with exactly one pool of the new
// size, no duplicate create, and the old pool gone.
#include "api/doclient.h"
#include "app/plan/interruptedapply.h"
#include "app/plan/plancontroller.h"
#include "app/shell/colors.h"
#include "app/shell/workspace.h"
#include "core/journalfile.h"
#include "sim/simulator.h"
#include "windowdriver.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

const QString Token = QStringLiteral("dop_v1_applykill_test_token_13579");
const QString ClusterName = QStringLiteral("staging-fra1");
const QString OldName = QStringLiteral("workers");
const QString NewSize = QStringLiteral("s-4vcpu-8gb");
const QString NewName = QStringLiteral("workers-s-4vcpu-8gb");

} // namespace

class ApplyKillTest : public QObject
{
    Q_OBJECT

    sim::Simulator m_simulator;
    QTemporaryDir m_dir;
    QString m_clusterId;
    QStringList m_posts;
    int m_lowestRunning = 1'000;

    int runningForWorkload() const
    {
        int running = 0;
        const auto cluster = m_simulator.cluster(m_clusterId);
        for (const sim::PoolRow& pool : cluster->pools)
            if (pool.name == OldName || pool.name == NewName)
                for (const sim::NodeRow& node : pool.nodes)
                    running += node.state == sim::NodeState::Running ? 1 : 0;
        return running;
    }

    QList<sim::PoolRow> workloadPools() const
    {
        QList<sim::PoolRow> out;
        const auto cluster = m_simulator.cluster(m_clusterId);
        for (const sim::PoolRow& pool : cluster->pools)
            if (!pool.deleted && pool.name.startsWith(OldName))
                out << pool;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        app::Colors::setTheme(qEnvironmentVariable("POOLSTUDIO_THEME", QStringLiteral("system")));
        m_simulator.clock().setManual(); // before the seed: its times are the clock's
        m_simulator.loadDemoSeed();
        m_simulator.setToken(Token);
        m_simulator.setRateLimits(1'000'000, 10'000'000);
        QVERIFY(m_simulator.listen(0) != 0);
        for (const sim::ClusterRow& cluster : m_simulator.clusters())
            if (cluster.name == ClusterName)
                m_clusterId = cluster.id;
        QVERIFY(!m_clusterId.isEmpty());
        // Time moves a second whenever a pool is watched: nobody sleeps.
        connect(&m_simulator, &sim::Simulator::requestHandled, this,
                [this](const QString& method, const QString& path, int status) {
                    m_lowestRunning = std::min(m_lowestRunning, runningForWorkload());
                    if (method == u"POST" && status < 300)
                        m_posts << path;
                    if (method == u"GET" && path.contains(u"/node_pools/"))
                        m_simulator.clock().advance(1);
                });
    }

    void theNextStartOffersResumeAndResumingFinishesWithOnePool()
    {
        const int before = runningForWorkload();
        QCOMPARE(before, 2);

        // The first run: killed right after the create settled.
        QProcess killed;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("POOLSTUDIO_TEST_EXIT_AFTER_STEP"),
                           QStringLiteral("create"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        killed.setProcessEnvironment(environment);
        QSignalSpy finished(&killed, &QProcess::finished);
        killed.start(
            QStringLiteral(APPLYKILLER_PATH),
            {m_simulator.baseUrl().toString(), Token, m_dir.path(), ClusterName, OldName, NewSize});
        QVERIFY(finished.wait(60'000));
        QVERIFY2(killed.exitCode() == 86,
                 qPrintable(QString::number(killed.exitCode()) + u' ' +
                            QString::fromUtf8(killed.readAllStandardError())));
        QCOMPARE(workloadPools().size(), 2); // both pools: nothing was deleted
        QCOMPARE(m_posts.size(), 1);
        const core::JournalFile journal(m_dir.path());
        QVERIFY(journal.exists());

        // The next start: the real window over the same context folder.
        api::DoClient client;
        client.setBaseUrl(m_simulator.baseUrl());
        client.setToken(Token);
        app::Workspace workspace(&client, true);
        workspace.setDataDirectory(m_dir.path());
        QQmlApplicationEngine engine;
        engine.setInitialProperties(
            {{QStringLiteral("workspace"), QVariant::fromValue(&workspace)}});
        engine.load(QUrl(QStringLiteral("qrc:/PoolStudio/qml/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(window->property("extrasReady").toBool()); // shortcuts, drawers
        WindowDriver driver(window);
        QTRY_VERIFY(workspace.loaded());

        QTRY_VERIFY(driver.shown(QStringLiteral("interruptedApplyBanner")));
        const QString said =
            driver.find(QStringLiteral("interruptedText"))->property("text").toString();
        QVERIFY2(said.contains(u"interrupted at step 1 of 1") && said.contains(NewName),
                 qPrintable(said));
        QTRY_VERIFY(driver.find(QStringLiteral("interruptedLiveText"))
                        ->property("text")
                        .toString()
                        .contains(u"2 of 2 nodes running"));
        driver.screenshot(QStringLiteral("applykill-next-start"));

        QVERIFY(driver.click(QStringLiteral("interruptedResumeButton")));
        auto* plan = driver.find<app::PlanController>(QStringLiteral("planController"));
        QVERIFY(plan);
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_simulator.clock().advance(1);
                return plan->finished();
            },
            60'000));
        QVERIFY2(plan->succeeded(), qPrintable(plan->resultText()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_simulator.clock().advance(1);
                return !m_simulator.poolByName(m_clusterId, OldName);
            },
            20'000));

        const QList<sim::PoolRow> pools = workloadPools();
        QCOMPARE(pools.size(), 1);
        QCOMPARE(pools.first().name, NewName);
        QCOMPARE(pools.first().size, NewSize);
        QCOMPARE(pools.first().count, 2);
        QCOMPARE(m_posts.size(), 1); // no duplicate create
        QCOMPARE(m_lowestRunning, before);
        QVERIFY(!journal.exists());
        QTRY_VERIFY(!driver.shown(QStringLiteral("interruptedApplyBanner")));
    }
};

QTEST_MAIN(ApplyKillTest)
#include "tst_applykill.moc"
