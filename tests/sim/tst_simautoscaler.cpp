// PUT /v2/kubernetes/clusters/{id} with only cluster_autoscaler_configuration,
// checked against the contract: every expander of the OpenAPI enum is
// accepted, anything else is a 422 naming the field, the answer has the
// contract's shape, and fields not sent stay as they were.
#include "demosim.h"
#include "schemachecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

const QString Token = QStringLiteral("autoscaler-token");
const QString Prod = QStringLiteral("81427890-05c8-4261-a62f-752e9e2788d2");
const QString ClusterPath = QStringLiteral("/v2/kubernetes/clusters/") + Prod;

QJsonObject putOperation()
{
    QFile file(QStringLiteral(POOLSTUDIO_TEST_DATA "/do-api/do-api-nodepools.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no contract");
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(u"paths")
        .toObject()
        .value(u"/v2/kubernetes/clusters/{cluster_id}")
        .toObject()
        .value(u"put")
        .toObject();
}

QJsonObject requestConfigSchema()
{
    return putOperation()
        .value(u"requestBody")
        .toObject()
        .value(u"content")
        .toObject()
        .value(u"application/json")
        .toObject()
        .value(u"schema")
        .toObject()
        .value(u"properties")
        .toObject()
        .value(u"cluster_autoscaler_configuration")
        .toObject();
}

QJsonObject answerSchema()
{
    return putOperation()
        .value(u"responses")
        .toObject()
        .value(u"202")
        .toObject()
        .value(u"content")
        .toObject()
        .value(u"application/json")
        .toObject()
        .value(u"schema")
        .toObject();
}

QJsonObject configBody(const QJsonObject& config)
{
    return {{QStringLiteral("cluster_autoscaler_configuration"), config}};
}

} // namespace

class SimAutoscalerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsEveryExpanderOfTheContractsEnum()
    {
        const QJsonArray enumValues = requestConfigSchema()
                                          .value(u"properties")
                                          .toObject()
                                          .value(u"expanders")
                                          .toObject()
                                          .value(u"items")
                                          .toObject()
                                          .value(u"enum")
                                          .toArray();
        QCOMPARE(enumValues.size(), 3);
        for (const QJsonValue& expander : enumValues) {
            DemoSim s(Token);
            const SimReply r = s.client->put(
                ClusterPath, configBody({{QStringLiteral("expanders"), QJsonArray{expander}}}));
            QCOMPARE(r.status, 202);
            const QStringList problems = SchemaChecker::check(r.json(), answerSchema());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QCOMPARE(s.simulator.cluster(Prod)->expanders, QStringList{expander.toString()});
            QCOMPARE(r.json()
                         .value(u"kubernetes_cluster")
                         .toObject()
                         .value(u"cluster_autoscaler_configuration")
                         .toObject()
                         .value(u"expanders")
                         .toArray(),
                     QJsonArray{expander});
        }
    }

    void refusesAnExpanderOutsideTheEnum()
    {
        DemoSim s(Token);
        const SimReply r = s.client->put(
            ClusterPath,
            configBody({{QStringLiteral("expanders"),
                         QJsonArray{QStringLiteral("priority"), QStringLiteral("most-pods")}}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(u"id").toString(), QStringLiteral("unprocessable_entity"));
        const QString message = r.json().value(u"message").toString();
        QVERIFY2(message.contains(u"cluster_autoscaler_configuration.expanders[1]") &&
                     message.contains(u"most-pods"),
                 qPrintable(message));
        QVERIFY(!r.json().value(u"request_id").toString().isEmpty());
        QVERIFY(s.simulator.cluster(Prod)->expanders.isEmpty()); // nothing half-applied
    }

    void validatesThresholdAndDurationAsDoes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("threshold above 1")
            << "scale_down_utilization_threshold" << QJsonValue(1.2) << 422 << "between 0 and 1";
        QTest::newRow("negative threshold")
            << "scale_down_utilization_threshold" << QJsonValue(-0.1) << 422 << "between 0 and 1";
        QTest::newRow("threshold as a string")
            << "scale_down_utilization_threshold" << QJsonValue("0.6") << 400 << "float64";
        QTest::newRow("duration in words")
            << "scale_down_unneeded_time" << QJsonValue("5 minutes") << 422 << "invalid duration";
        QTest::newRow("duration without a unit")
            << "scale_down_unneeded_time" << QJsonValue("300") << 422 << "invalid duration";
        QTest::newRow("duration as a number")
            << "scale_down_unneeded_time" << QJsonValue(300) << 400 << "string";
        QTest::newRow("go's long form")
            << "scale_down_unneeded_time" << QJsonValue("1h30m0s") << 202 << "";
        QTest::newRow("threshold 0")
            << "scale_down_utilization_threshold" << QJsonValue(0) << 202 << "";
    }
    void validatesThresholdAndDurationAsDoes()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, says);
        DemoSim s(Token);
        const SimReply r = s.client->put(ClusterPath, configBody({{field, value}}));
        QCOMPARE(r.status, status);
        if (status != 202) {
            const QString message = r.json().value(u"message").toString();
            QVERIFY2(message.contains(field) && message.contains(says), qPrintable(message));
            QCOMPARE(s.simulator.cluster(Prod)->scaleDownUtilizationThreshold, 0.5);
            QCOMPARE(s.simulator.cluster(Prod)->scaleDownUnneededTime, QStringLiteral("10m"));
        }
    }

    void keepsWhatIsNotSentAndClearsExpandersWithAnEmptyList()
    {
        DemoSim s(Token);
        QCOMPARE(s.client
                     ->put(ClusterPath,
                           configBody({{QStringLiteral("scale_down_utilization_threshold"), 0.65},
                                       {QStringLiteral("expanders"),
                                        QJsonArray{QStringLiteral("least_waste")}}}))
                     .status,
                 202);
        QCOMPARE(
            s.client
                ->put(ClusterPath, configBody({{QStringLiteral("scale_down_unneeded_time"), "5m"}}))
                .status,
            202);
        sim::ClusterRow row = *s.simulator.cluster(Prod);
        QCOMPARE(row.scaleDownUtilizationThreshold, 0.65);
        QCOMPARE(row.scaleDownUnneededTime, QStringLiteral("5m"));
        QCOMPARE(row.expanders, QStringList{"least_waste"});
        QCOMPARE(row.name, QStringLiteral("prod-tor1")); // no name sent: kept

        const SimReply cleared =
            s.client->put(ClusterPath, configBody({{QStringLiteral("expanders"), QJsonArray{}}}));
        QCOMPARE(cleared.status, 202);
        QVERIFY(s.simulator.cluster(Prod)->expanders.isEmpty());
        const QJsonObject config = s.client->get(ClusterPath)
                                       .json()
                                       .value(u"kubernetes_cluster")
                                       .toObject()
                                       .value(u"cluster_autoscaler_configuration")
                                       .toObject();
        QCOMPARE(config.value(u"scale_down_utilization_threshold").toDouble(), 0.65);
        QVERIFY(!config.contains(u"expanders"));
    }

    void aReadOnlyTokenIsRefusedAndAnUnknownClusterIsNotFound()
    {
        DemoSim s(Token);
        s.simulator.setReadOnlyToken(QStringLiteral("reader"));
        SimClient reader(s.simulator.baseUrl(), QStringLiteral("reader"));
        QCOMPARE(reader.put(ClusterPath, configBody({{"scale_down_unneeded_time", "5m"}})).status,
                 403);
        QCOMPARE(s.client
                     ->put(QStringLiteral("/v2/kubernetes/clusters/nope"),
                           configBody({{"scale_down_unneeded_time", "5m"}}))
                     .status,
                 404);
        QCOMPARE(s.simulator.cluster(Prod)->scaleDownUnneededTime, QStringLiteral("10m"));
    }
};

QTEST_GUILESS_MAIN(SimAutoscalerTest)
#include "tst_simautoscaler.moc"
