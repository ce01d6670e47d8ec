// poolctl and the other executables as a script would run them, against an
// in-process simulator whose state the tests then read.
#include "poolctlrun.h"
#include "sim/simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString Token = QStringLiteral("dop_v1_e2e_secret_0123456789");
const QString Prod = QStringLiteral("81427890-05c8-4261-a62f-752e9e2788d2");

using Run = PoolctlRun;

} // namespace

class PoolctlTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_dir; // manifests and poolctl's cache

    // Whatever the program and the token it is given, Token never shows.
    PoolctlOptions options(const QString& token = Token, const QUrl& apiUrl = {}) const
    {
        return {.apiUrl = apiUrl,
                .token = token,
                .environment = {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                                {QStringLiteral("XDG_CACHE_HOME"),
                                 m_dir.filePath(QStringLiteral("cache"))}},
                .secrets = {Token.toUtf8()}};
    }

    Run run(const QString& program, const QStringList& arguments)
    {
        return runProgram(program, arguments, options());
    }

    Run poolctl(const QStringList& arguments, const QString& token = Token)
    {
        return runPoolctl(arguments, options(token, m_simulator->baseUrl()));
    }

    QString writeFile(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

    QJsonObject heldPool(const QString& clusterId, const QString& name) const
    {
        for (const QJsonValue& cluster : m_simulator->snapshot().value(u"clusters").toArray())
            if (cluster.toObject().value(u"id").toString() == clusterId)
                for (const QJsonValue& pool : cluster.toObject().value(u"node_pools").toArray())
                    if (pool.toObject().value(u"name").toString() == name)
                        return pool.toObject();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        m_simulator->loadDemoSeed();
        m_simulator->setToken(Token);
        m_simulator->setDropletLimit(200);
        QVERIFY(m_simulator->listen(0) != 0);
    }

    void everyExecutableAnswersHelpAndVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("poolctl") << QStringLiteral(POOLCTL_PATH);
        QTest::newRow("poolsim") << QStringLiteral(POOLSIM_PATH);
        QTest::newRow("poolstudio") << QStringLiteral(POOLSTUDIO_PATH);
    }
    void everyExecutableAnswersHelpAndVersion()
    {
        QFETCH(QString, program);
        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral(POOLSTUDIO_VERSION)), qPrintable(version.out));
        const Run help = run(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"--help"), qPrintable(help.out));
    }

    void helpListsEveryCommandAndTheExitCodes()
    {
        const Run help = run(QStringLiteral(POOLCTL_PATH), {QStringLiteral("--help")});
        for (const char* command : {"clusters", "pools", "nodes", "get", "export", "plan", "apply",
                                    "delete-pool", "delete-node", "sizes"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        for (const char* code :
             {"0 done", "1 the API", "2 wrong usage", "3 refused", "4 validation"})
            QVERIFY2(help.out.simplified().contains(QLatin1String(code)), code);
    }

    void everyReadingCommandWorksInEveryFormat_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("shows");
        const QStringList formats{QStringLiteral("table"), QStringLiteral("json"),
                                  QStringLiteral("yaml")};
        for (const QString& format : formats) {
            const QStringList o{QStringLiteral("-o"), format};
            QTest::addRow("clusters %s", qPrintable(format))
                << o + QStringList{QStringLiteral("clusters")} << "staging-fra1";
            QTest::addRow("pools by name %s", qPrintable(format))
                << o + QStringList{QStringLiteral("pools"), QStringLiteral("prod-tor1")}
                << "gpu-inference";
            QTest::addRow("pools by id %s", qPrintable(format))
                << o + QStringList{QStringLiteral("pools"), Prod} << "gpu-inference";
            QTest::addRow("nodes %s", qPrintable(format))
                << o + QStringList{QStringLiteral("nodes"), QStringLiteral("prod-tor1"),
                                   QStringLiteral("web")}
                << "web-yfa0y";
            QTest::addRow("get %s", qPrintable(format))
                << o + QStringList{QStringLiteral("get"), QStringLiteral("prod-tor1"),
                                   QStringLiteral("api")}
                << "g-4vcpu-16gb";
            QTest::addRow("sizes %s", qPrintable(format))
                << o + QStringList{QStringLiteral("sizes")} << "s-2vcpu-4gb";
        }
    }
    void everyReadingCommandWorksInEveryFormat()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, shows);
        const Run result = poolctl(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(shows), qPrintable(result.out));
        if (arguments.at(1) == u"json") {
            QJsonParseError error;
            QJsonDocument::fromJson(result.out.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }

    void listsClustersAsATable()
    {
        const Run result = poolctl({QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"NAME"));
        const QJsonArray held = m_simulator->snapshot().value(u"clusters").toArray();
        QCOMPARE(lines.size(), held.size() + 1);
        for (const QJsonValue& cluster : held)
            QVERIFY(result.out.contains(cluster.toObject().value(u"id").toString()));
    }

    void listsClustersAsJsonWithTheirPools()
    {
        const Run result =
            poolctl({QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("clusters")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray printed = QJsonDocument::fromJson(result.out.toUtf8()).array();
        const QJsonArray held = m_simulator->snapshot().value(u"clusters").toArray();
        QCOMPARE(printed.size(), held.size());
        for (int i = 0; i < held.size(); ++i)
            QCOMPARE(printed.at(i).toObject().value(u"node_pools").toArray().size(),
                     held.at(i).toObject().value(u"node_pools").toArray().size());
    }

    void sizesSayHowOldThePricesAre()
    {
        const Run first = poolctl({QStringLiteral("sizes")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(u"prices fetched just now"), qPrintable(first.err));
        const int requests = m_simulator->requestCount();
        const Run cached = poolctl({QStringLiteral("sizes")});
        QCOMPARE(cached.out, first.out);
        QCOMPARE(m_simulator->requestCount(), requests); // from the disk cache
        poolctl({QStringLiteral("sizes"), QStringLiteral("--refresh")});
        QCOMPARE(m_simulator->requestCount(), requests + 1);
    }

    void exportsOnePoolAClusterOrEverything()
    {
        auto documents = [](const QString& yaml) {
            return int(yaml.count(QStringLiteral("kind: DigitalOceanKubernetesNodePool")));
        };
        const Run one =
            poolctl({QStringLiteral("export"), QStringLiteral("prod-tor1"), QStringLiteral("web")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QCOMPARE(documents(one.out), 1);
        QVERIFY(one.out.contains(u"nodePoolName: web"));
        QVERIFY(!one.out.contains(u"k8s:")); // DOKS's own tags are never exported
        const Run cluster = poolctl({QStringLiteral("export"), Prod});
        QCOMPARE(documents(cluster.out), 4);
        const Run all = poolctl({QStringLiteral("export")});
        int pools = 0;
        for (const QJsonValue& c : m_simulator->snapshot().value(u"clusters").toArray())
            pools += int(c.toObject().value(u"node_pools").toArray().size());
        QCOMPARE(documents(all.out), pools);
    }

    void anExportPlansNothingAndAppliesNothing()
    {
        const Run exported = poolctl({QStringLiteral("export")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString file = writeFile(QStringLiteral("all.yaml"), exported.out);
        const QJsonArray before = m_simulator->snapshot().value(u"clusters").toArray();

        const Run plan = poolctl({QStringLiteral("plan"), file});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QVERIFY2(plan.out.contains(u"No changes"), qPrintable(plan.out));

        int writes = 0;
        connect(m_simulator.get(), &sim::Simulator::requestHandled,
                [&](const QString& method) { writes += method != u"GET"; });
        const Run apply = poolctl({QStringLiteral("apply"), file});
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.err));
        QCOMPARE(writes, 0);
        QCOMPARE(m_simulator->snapshot().value(u"clusters").toArray(), before);
    }

    void editingACountPlansExactlyThatAndApplyingItLands()
    {
        const Run exported = poolctl({QStringLiteral("export"), QStringLiteral("prod-tor1")});
        QString yaml = exported.out;
        // web is the second document; its count is 3.
        const qsizetype web = yaml.indexOf(QStringLiteral("nodePoolName: web"));
        const qsizetype count = yaml.indexOf(QStringLiteral("nodeCount: 3"), web);
        QVERIFY(web > 0 && count > web);
        yaml.replace(count, 12, QStringLiteral("nodeCount: 5"));
        const QString file = writeFile(QStringLiteral("prod.yaml"), yaml);

        const Run plan = poolctl({QStringLiteral("plan"), file});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QVERIFY2(plan.out.contains(u"~ update web"), qPrintable(plan.out));
        QVERIFY(plan.out.contains(u"nodeCount: 3 -> 5"));
        QVERIFY2(plan.out.contains(u"0 to create, 1 to update, 0 to replace, 0 to delete"),
                 qPrintable(plan.out));

        const Run apply = poolctl({QStringLiteral("apply"), file}); // growing needs no --yes
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.err));
        QVERIFY(apply.out.contains(u"updated pool web"));
        QCOMPARE(heldPool(Prod, QStringLiteral("web")).value(u"count").toInt(), 5);

        const Run again = poolctl({QStringLiteral("plan"), file});
        QVERIFY2(again.out.contains(u"No changes"), qPrintable(again.out));
    }

    void aDestructivePlanIsRefusedWithoutATerminalOrYes()
    {
        const Run exported =
            poolctl({QStringLiteral("export"), QStringLiteral("prod-tor1"), QStringLiteral("web")});
        QString yaml = exported.out;
        yaml.replace(QStringLiteral("nodeCount: 3"), QStringLiteral("nodeCount: 1"));
        const QString file = writeFile(QStringLiteral("shrink.yaml"), yaml);

        const Run refused = poolctl({QStringLiteral("apply"), file});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"--yes"), qPrintable(refused.err));
        QCOMPARE(heldPool(Prod, QStringLiteral("web")).value(u"count").toInt(), 3);

        const Run confirmed = poolctl({QStringLiteral("apply"), file, QStringLiteral("--yes")});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
        QCOMPARE(heldPool(Prod, QStringLiteral("web")).value(u"count").toInt(), 1);
    }

    void applyCreatesANewPoolAndPruneDeletesTheUndeclared()
    {
        const QString manifest = QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                                                "kind: DigitalOceanKubernetesNodePool\n"
                                                "metadata: {name: batch-2}\n"
                                                "spec:\n"
                                                "  nodePoolName: batch-2\n"
                                                "  cluster: {value: apac-sgp1}\n" // by name
                                                "  size: s-2vcpu-4gb\n"
                                                "  nodeCount: 2\n"
                                                "  tags: [team:data]\n");
        const QString file = writeFile(QStringLiteral("new.yaml"), manifest);
        const Run created = poolctl({QStringLiteral("apply"), file});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY(created.out.contains(u"+ create batch-2"));
        const QString sgp = QStringLiteral("e0f9c718-1758-4c9a-a4a4-65bdd280da7c");
        QCOMPARE(heldPool(sgp, QStringLiteral("batch-2")).value(u"count").toInt(), 2);

        // With --prune, the cluster's other pools (not in the file) go: destructive.
        const Run refused = poolctl({QStringLiteral("apply"), file, QStringLiteral("--prune")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(!heldPool(sgp, QStringLiteral("edge")).isEmpty());
        const Run pruned = poolctl(
            {QStringLiteral("apply"), file, QStringLiteral("--prune"), QStringLiteral("--yes")});
        QVERIFY2(pruned.exitCode == 0, qPrintable(pruned.err));
        m_simulator->clock().advance(600);
        const QJsonArray clusters = m_simulator->snapshot().value(u"clusters").toArray();
        for (const QJsonValue& c : clusters)
            if (c.toObject().value(u"id").toString() == sgp)
                QCOMPARE(c.toObject().value(u"node_pools").toArray().size(), 1);
    }

    void invalidFilesExitWithFourAndNameTheField()
    {
        const Run result =
            poolctl({QStringLiteral("plan"),
                     QStringLiteral(POOLSTUDIO_TEST_DATA "/manifests/invalid-taint-effect.yaml")});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(u"spec.taints[0].effect"), qPrintable(result.err));
        QVERIFY(result.err.contains(QRegularExpression(QStringLiteral(":\\d+:\\d+: "))));

        const QString unknownCluster =
            writeFile(QStringLiteral("elsewhere.yaml"),
                      QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                                     "kind: DigitalOceanKubernetesNodePool\n"
                                     "metadata: {name: x}\n"
                                     "spec: {nodePoolName: x, cluster: {value: nowhere}, size: "
                                     "s-2vcpu-4gb, nodeCount: 1}\n"));
        const Run unknown = poolctl({QStringLiteral("apply"), unknownCluster});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY(unknown.err.contains(u"nowhere"));
    }

    void deletePoolAsksThenDeletes()
    {
        const Run refused = poolctl(
            {QStringLiteral("delete-pool"), QStringLiteral("prod-tor1"), QStringLiteral("web")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(!heldPool(Prod, QStringLiteral("web")).isEmpty());
        const Run deleted = poolctl({QStringLiteral("delete-pool"), QStringLiteral("prod-tor1"),
                                     QStringLiteral("web"), QStringLiteral("--yes")});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        m_simulator->clock().advance(600);
        QVERIFY(heldPool(Prod, QStringLiteral("web")).isEmpty());
    }

    void theLastPoolOfAClusterIsNeverDeleted()
    {
        const QString fra = QStringLiteral("staging-fra1");
        for (const QString& pool : {QStringLiteral("workers"), QStringLiteral("batch")})
            QCOMPARE(poolctl({QStringLiteral("delete-pool"), fra, pool, QStringLiteral("--yes")})
                         .exitCode,
                     0);
        m_simulator->clock().advance(600);
        const Run last = poolctl({QStringLiteral("delete-pool"), fra,
                                  QStringLiteral("default-pool"), QStringLiteral("--yes")});
        QCOMPARE(last.exitCode, 3);
        QVERIFY2(last.err.contains(u"last"), qPrintable(last.err));
    }

    void deleteNodeDrainsAndReplaces()
    {
        const int before = heldPool(Prod, QStringLiteral("web")).value(u"count").toInt();
        const Run refused = poolctl({QStringLiteral("delete-node"), QStringLiteral("prod-tor1"),
                                     QStringLiteral("web"), QStringLiteral("web-yfa0y")});
        QCOMPARE(refused.exitCode, 3);
        const Run replaced = poolctl({QStringLiteral("delete-node"), QStringLiteral("prod-tor1"),
                                      QStringLiteral("web"), QStringLiteral("web-yfa0y"),
                                      QStringLiteral("--replace"), QStringLiteral("--yes")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        const QJsonObject pool = heldPool(Prod, QStringLiteral("web"));
        QCOMPARE(pool.value(u"count").toInt(), before);
        for (const QJsonValue& node : pool.value(u"nodes").toArray())
            if (node.toObject().value(u"name").toString() == u"web-yfa0y")
                QCOMPARE(node.toObject().value(u"status").toObject().value(u"state").toString(),
                         u"draining");

        const Run shrunk = poolctl({QStringLiteral("delete-node"), Prod, QStringLiteral("web"),
                                    QStringLiteral("web-eufj5"), QStringLiteral("--skip-drain"),
                                    QStringLiteral("--yes")});
        QVERIFY2(shrunk.exitCode == 0, qPrintable(shrunk.err));
        QCOMPARE(heldPool(Prod, QStringLiteral("web")).value(u"count").toInt(), before - 1);
    }

    void unknownNamesExitWithOneAndListWhatExists()
    {
        const Run cluster = poolctl({QStringLiteral("pools"), QStringLiteral("nope")});
        QCOMPARE(cluster.exitCode, 1);
        QVERIFY(cluster.err.contains(u"prod-tor1"));
        const Run pool =
            poolctl({QStringLiteral("get"), QStringLiteral("prod-tor1"), QStringLiteral("nope")});
        QCOMPARE(pool.exitCode, 1);
        QVERIFY(pool.err.contains(u"gpu-inference"));
    }

    void aRefusedTokenExitsWithOneAndSaysWhy()
    {
        const Run result = poolctl({QStringLiteral("clusters")}, QStringLiteral("wrong-token"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"401"), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"wrong-token"));
    }

    void theTokenFileIsReadAndNeverEchoed()
    {
        const QString file = writeFile(QStringLiteral("token"), Token + u'\n');
        const Run result =
            poolctl({QStringLiteral("--token-file"), file, QStringLiteral("clusters")}, QString());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{} << Token << "no command";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << Token << "unknown command";
        QTest::newRow("missing argument")
            << QStringList{QStringLiteral("nodes"), QStringLiteral("prod-tor1")} << Token
            << "usage: poolctl nodes CLUSTER POOL";
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("-o"), QStringLiteral("xml"), QStringLiteral("clusters")}
            << Token << "unknown output format";
        QTest::newRow("no token") << QStringList{QStringLiteral("clusters")} << QString()
                                  << "no access token";
        QTest::newRow("plain http remote")
            << QStringList{QStringLiteral("--api-url"), QStringLiteral("http://example.com"),
                           QStringLiteral("clusters")}
            << Token << "loopback";
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, token);
        QFETCH(QString, says);
        const Run result = runPoolctl(arguments, options(token));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(PoolctlTest)
#include "tst_poolctl.moc"
