// poolctl export --format terraform|doctl against the simulator's demo seed:
// exact text for known pools, and whole-account exports that the other tools
// would accept.
#include "poolctlrun.h"
#include "sim/simulator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString Token = QStringLiteral("dop_v1_e2e_export_0123456789");

using Run = PoolctlRun;

} // namespace

class PoolctlExportTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_dir;

    Run poolctl(const QStringList& arguments)
    {
        return runPoolctl(QStringList{QStringLiteral("export")} + arguments,
                          {.apiUrl = m_simulator->baseUrl(),
                           .token = Token,
                           .environment = {{QStringLiteral("XDG_CACHE_HOME"),
                                            m_dir.filePath(QStringLiteral("cache"))}}});
    }

private Q_SLOTS:
    void init()
    {
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        m_simulator->loadDemoSeed();
        m_simulator->setToken(Token);
        QVERIFY(m_simulator->listen(0) != 0);
    }

    void terraformBlockForAKnownPool()
    {
        // The simulator also reports k8s, k8s:worker and k8s:<id>: not written.
        const Run result = poolctl({QStringLiteral("prod-tor1"), QStringLiteral("gpu-inference"),
                                    QStringLiteral("--format"), QStringLiteral("terraform")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        QCOMPARE(
            result.out,
            QStringLiteral("# cluster: prod-tor1\n"
                           "resource \"digitalocean_kubernetes_node_pool\" \"gpu-inference\" {\n"
                           "  cluster_id = \"81427890-05c8-4261-a62f-752e9e2788d2\"\n"
                           "  name       = \"gpu-inference\"\n"
                           "  size       = \"gpu-h100x1-80gb\"\n"
                           "  node_count = 1\n"
                           "  tags       = [\"team:ml\", \"env:prod\", \"cost-center:cc-2040\"]\n"
                           "\n"
                           "  labels = {\n"
                           "    hardware = \"gpu\"\n"
                           "  }\n"
                           "\n"
                           "  taint {\n"
                           "    key    = \"nvidia.com/gpu\"\n"
                           "    value  = \"true\"\n"
                           "    effect = \"NoSchedule\"\n"
                           "  }\n"
                           "}\n"));
    }

    void doctlCommandForAKnownAutoscaledPool()
    {
        const Run result = poolctl({QStringLiteral("staging-fra1"), QStringLiteral("batch"),
                                    QStringLiteral("--format"), QStringLiteral("doctl")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("# cluster: staging-fra1\n"
                                            "doctl kubernetes cluster node-pool create "
                                            "cb352876-217e-4d36-a945-44b23ce94c2f \\\n"
                                            "  --name batch \\\n"
                                            "  --size c-4 \\\n"
                                            "  --count 1 \\\n"
                                            "  --auto-scale \\\n"
                                            "  --min-nodes 0 \\\n"
                                            "  --max-nodes 3 \\\n"
                                            "  --tag env:staging \\\n"
                                            "  --tag cost-center:cc-3100 \\\n"
                                            "  --taint workload=batch:PreferNoSchedule\n"));
    }

    void everyPoolGetsAUniqueResourceName()
    {
        // default-pool is in all three demo clusters.
        const Run result = poolctl({QStringLiteral("--format"), QStringLiteral("terraform")});
        QCOMPARE(result.exitCode, 0);
        const QRegularExpression resource(
            QStringLiteral("^resource \"digitalocean_kubernetes_node_pool\" \"([^\"]+)\" \\{$"),
            QRegularExpression::MultilineOption);
        QStringList names;
        for (const QRegularExpressionMatch& match : resource.globalMatch(result.out))
            names.append(match.captured(1));
        QCOMPARE(names.size(), 10);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        QVERIFY2(names.contains(u"prod-tor1_default-pool"), qPrintable(names.join(u' ')));
        QVERIFY2(!result.out.contains(u"\"k8s"), qPrintable(result.out));
    }

    void terraformFormatsTheWholeExportAsIs()
    {
        // `terraform fmt` parses HCL and reports files it would change; it
        // needs no provider and no network.
        const QString terraform = QStandardPaths::findExecutable(QStringLiteral("terraform"));
        if (terraform.isEmpty())
            QSKIP("terraform is not installed");
        const Run result = poolctl({QStringLiteral("--format"), QStringLiteral("terraform")});
        QCOMPARE(result.exitCode, 0);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("pools.tf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(result.out.toUtf8());
        file.close();
        // No version check against HashiCorp's servers.
        const Run fmt = runProgram(
            terraform,
            {QStringLiteral("fmt"), QStringLiteral("-check"), QStringLiteral("-diff"),
             file.fileName()},
            {.environment = {{QStringLiteral("CHECKPOINT_DISABLE"), QStringLiteral("1")}}});
        QVERIFY2(fmt.exitCode == 0, qPrintable(fmt.out + fmt.err));
    }

    void unknownFormatIsAUsageError()
    {
        const Run result = poolctl({QStringLiteral("--format"), QStringLiteral("pulumi")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"yaml, terraform or doctl"), qPrintable(result.err));
        QCOMPARE(result.out, QString());
    }

    void yamlStaysTheDefault()
    {
        const Run plain = poolctl({QStringLiteral("prod-tor1"), QStringLiteral("web")});
        const Run yaml = poolctl({QStringLiteral("prod-tor1"), QStringLiteral("web"),
                                  QStringLiteral("--format"), QStringLiteral("yaml")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(u"kind: DigitalOceanKubernetesNodePool"),
                 qPrintable(plain.out));
        QCOMPARE(yaml.out, plain.out);
    }
};

QTEST_GUILESS_MAIN(PoolctlExportTest)
#include "tst_poolctl_export.moc"
