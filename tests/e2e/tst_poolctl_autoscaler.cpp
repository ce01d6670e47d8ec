// poolctl autoscaler, as a script runs it, against an in-process simulator:
// show, change (plan, --yes), refusals before any request, and the droplet
// pre-flight of apply.
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

const QString Token = QStringLiteral("dop_v1_e2e_autoscaler_0123456789");
const QString Prod = QStringLiteral("81427890-05c8-4261-a62f-752e9e2788d2");

using Run = PoolctlRun;

} // namespace

class PoolctlAutoscalerTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_dir;
    QStringList m_writes; // method and path of every request that is not a GET

    // Never a terminal: nobody to ask.
    Run poolctl(const QStringList& arguments)
    {
        return runPoolctl(arguments, {.apiUrl = m_simulator->baseUrl(),
                                      .token = Token,
                                      .environment = {{QStringLiteral("XDG_CACHE_HOME"),
                                                       m_dir.filePath(QStringLiteral("cache"))},
                                                      {QStringLiteral("XDG_DATA_HOME"),
                                                       m_dir.filePath(QStringLiteral("data"))}}});
    }

    sim::ClusterRow prod() const { return *m_simulator->cluster(Prod); }

private Q_SLOTS:
    void init()
    {
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        m_simulator->loadDemoSeed();
        m_simulator->setToken(Token);
        QVERIFY(m_simulator->listen(0) != 0);
        m_writes.clear();
        connect(m_simulator.get(), &sim::Simulator::requestHandled, this,
                [this](const QString& method, const QString& path, int) {
                    if (method != u"GET")
                        m_writes << method + u' ' + path;
                });
    }

    void showsTheSettingsInWords()
    {
        const Run shown = poolctl({QStringLiteral("autoscaler"), QStringLiteral("prod-tor1")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(
            shown.out.contains(u"scale_down_utilization_threshold  0.5") &&
                shown.out.contains(u"scale down a node when less than 50 % of it is requested") &&
                shown.out.contains(u"a node must be unneeded for 10 minutes") &&
                shown.out.contains(u"expanders  random (default)"),
            qPrintable(shown.out));

        const Run json = poolctl(
            {QStringLiteral("autoscaler"), Prod, QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(u"cluster").toObject().value(u"name").toString(),
                 QStringLiteral("prod-tor1"));
        QCOMPARE(object.value(u"effective").toObject().value(u"expanders").toArray(),
                 QJsonArray{QStringLiteral("random")});
        QCOMPARE(object.value(u"cluster_autoscaler_configuration")
                     .toObject()
                     .value(u"scale_down_unneeded_time")
                     .toString(),
                 QStringLiteral("10m"));
        QVERIFY(m_writes.isEmpty());
    }

    void changesTheSettingsWithYes()
    {
        const QStringList change{
            QStringLiteral("autoscaler"),  QStringLiteral("prod-tor1"),
            QStringLiteral("--threshold"), QStringLiteral("0.65"),
            QStringLiteral("--unneeded"),  QStringLiteral("5m"),
            QStringLiteral("--expanders"), QStringLiteral("least_waste,random")};
        // Without --yes and without a terminal: the plan, then refused.
        const Run asked = poolctl(change);
        QCOMPARE(asked.exitCode, 3);
        QVERIFY2(asked.out.contains(u"~ configure the cluster autoscaler") &&
                     asked.out.contains(u"scale_down_utilization_threshold: 0.5 -> 0.65"),
                 qPrintable(asked.out));
        QVERIFY(m_writes.isEmpty());

        const Run applied = poolctl(change + QStringList{QStringLiteral("--yes")});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err + applied.out));
        QCOMPARE(m_writes, QStringList{"PUT /v2/kubernetes/clusters/" + Prod});
        QCOMPARE(prod().scaleDownUtilizationThreshold, 0.65);
        QCOMPARE(prod().scaleDownUnneededTime, QStringLiteral("5m"));
        QCOMPARE(prod().expanders, (QStringList{"least_waste", "random"}));
        QVERIFY2(applied.out.contains(u"~ configured the cluster autoscaler"),
                 qPrintable(applied.out));

        // Asked again: nothing to change, nothing sent.
        m_writes.clear();
        const Run again = poolctl(change + QStringList{QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"No changes"));
        QVERIFY(m_writes.isEmpty());

        // An empty list clears the expanders; the rest stays.
        const Run cleared = poolctl({QStringLiteral("autoscaler"), QStringLiteral("prod-tor1"),
                                     QStringLiteral("--expanders="), QStringLiteral("--yes")});
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
        QVERIFY(prod().expanders.isEmpty());
        QCOMPARE(prod().scaleDownUtilizationThreshold, 0.65);
    }

    void refusesBadValuesBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("says");
        QTest::newRow("threshold above 1")
            << QStringList{"--threshold", "1.5"}
            << "cluster_autoscaler_configuration.scale_down_utilization_threshold: 1.5";
        QTest::newRow("threshold not a number")
            << QStringList{"--threshold", "most"} << "--threshold most: not a number";
        QTest::newRow("duration in words")
            << QStringList{"--unneeded", "5 minutes"}
            << "cluster_autoscaler_configuration.scale_down_unneeded_time";
        QTest::newRow("unknown expander")
            << QStringList{"--expanders", "priority,most-pods"}
            << "cluster_autoscaler_configuration.expanders[1]: \"most-pods\"";
    }
    void refusesBadValuesBeforeAnyRequest()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, says);
        const int before = m_simulator->requestCount();
        const Run refused =
            poolctl(QStringList{QStringLiteral("autoscaler"), QStringLiteral("prod-tor1"),
                                QStringLiteral("--yes")} +
                    flags);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
        QCOMPARE(m_simulator->requestCount(), before); // not even a read
    }

    void theFlagsBelongToAutoscalerAlone()
    {
        const Run wrong = poolctl(
            {QStringLiteral("clusters"), QStringLiteral("--threshold"), QStringLiteral("0.6")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(u"are for autoscaler"));
    }

    // apply passes the same pre-flight: a manifest past the droplet limit is
    // refused whole, before any write, with the same exit code (3, refused).
    void applyIsRefusedPastTheDropletLimit()
    {
        m_simulator->setDropletLimit(25); // the demo's pools hold 17 nodes; 9 more pass it
        const QString path = m_dir.filePath(QStringLiteral("big.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("apiVersion: digital-ocean.project-planton.org/v1\n"
                                  "kind: DigitalOceanKubernetesNodePool\n"
                                  "metadata:\n  name: burst\n"
                                  "spec:\n  nodePoolName: burst\n"
                                  "  cluster:\n    value: %1\n"
                                  "  size: s-2vcpu-4gb\n  nodeCount: 9\n")
                       .arg(Prod)
                       .toUtf8());
        file.close();
        const Run refused = poolctl({QStringLiteral("apply"), path, QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"nothing was sent") &&
                     refused.err.contains(u"prod-tor1/burst (new): 9") &&
                     refused.err.contains(u"droplet limit is 25"),
                 qPrintable(refused.err));
        QVERIFY(m_writes.isEmpty());
        QVERIFY(!m_simulator->poolByName(Prod, QStringLiteral("burst")));
    }
};

QTEST_GUILESS_MAIN(PoolctlAutoscalerTest)
#include "tst_poolctl_autoscaler.moc"
