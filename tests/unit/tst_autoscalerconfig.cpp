// The cluster autoscaler configuration: Go durations as DigitalOcean reads
// them, validation with field paths, the words for the threshold, the JSON
// both ways (every example of the contract), and the plan's one step.
#include "core/autoscalerconfig.h"
#include "core/autoscalerplan.h"
#include "core/dojson.h"
#include "core/dojsoncheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace core;

namespace {

constexpr qint64 Second = 1'000'000'000;

QJsonObject contract()
{
    QFile file(QStringLiteral(POOLSTUDIO_TEST_DATA "/do-api/do-api-nodepools.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every value under a key named `key`, anywhere in the document, with its path.
void collect(const QJsonValue& value, const QString& key, const QString& path,
             QList<QPair<QString, QJsonValue>>* out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = path + u'/' + it.key();
            if (it.key() == key)
                out->append({at, it.value()});
            collect(it.value(), key, at, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array.at(i), key, path + u'/' + QString::number(i), out);
    }
}

Cluster clusterWith(std::optional<ClusterAutoscalerConfig> config)
{
    Cluster cluster;
    cluster.id = QStringLiteral("c1");
    cluster.name = QStringLiteral("prod");
    cluster.autoscalerConfig = std::move(config);
    return cluster;
}

} // namespace

class TestAutoscalerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ns");
        QTest::newRow("minutes") << "5m" << 300 * Second;
        QTest::newRow("go's own form") << "1m0s" << 60 * Second;
        QTest::newRow("hours and minutes") << "1h30m" << 5400 * Second;
        QTest::newRow("fraction") << "1.5h" << 5400 * Second;
        QTest::newRow("leading point") << ".5m" << 30 * Second;
        QTest::newRow("milliseconds") << "300ms" << qint64(300'000'000);
        QTest::newRow("micro sign") << "2\u00b5s" << qint64(2'000);
        QTest::newRow("zero alone") << "0" << qint64(0);
        QTest::newRow("plus sign") << "+10s" << 10 * Second;
    }
    void parsesGoDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ns);
        QString error;
        const std::optional<qint64> parsed = parseGoDuration(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, ns);
    }

    void refusesWhatGoRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("no unit") << "5"
                                 << "no unit";
        QTest::newRow("words") << "5 minutes"
                               << "not a unit";
        QTest::newRow("unknown unit") << "5d"
                                      << "\"d\" is not a unit";
        QTest::newRow("negative") << "-5m"
                                  << "negative";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("just a point") << ".m"
                                      << "a number is missing";
        QTest::newRow("spaces") << " 5m"
                                << "spaces";
        QTest::newRow("huge") << "9999999999999h"
                              << "too long";
    }
    void refusesWhatGoRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!parseGoDuration(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void formatsAsGoDoes()
    {
        QCOMPARE(formatGoDuration(0), QStringLiteral("0s"));
        QCOMPARE(formatGoDuration(60 * Second), QStringLiteral("1m0s"));
        QCOMPARE(formatGoDuration(5400 * Second), QStringLiteral("1h30m0s"));
        QCOMPARE(formatGoDuration(90 * Second + Second / 2), QStringLiteral("1m30.5s"));
        QCOMPARE(formatGoDuration(1'500'000), QStringLiteral("1.5ms"));
        QCOMPARE(describeDuration(5400 * Second), QStringLiteral("1 hour 30 minutes"));
        QCOMPARE(describeDuration(60 * Second), QStringLiteral("1 minute"));
        QCOMPARE(describeDuration(45 * Second), QStringLiteral("45 seconds"));
    }

    void saysWhatTheThresholdMeans()
    {
        QCOMPARE(thresholdMeaning(0.65),
                 QStringLiteral("scale down a node when less than 65 % of it is requested"));
        QCOMPARE(thresholdMeaning(0.5),
                 QStringLiteral("scale down a node when less than 50 % of it is requested"));
        QCOMPARE(formatThreshold(0.65), QStringLiteral("0.65"));
        QCOMPARE(formatThreshold(1.0), QStringLiteral("1"));
    }

    void validatesEachFieldAtItsPath()
    {
        ClusterAutoscalerConfig good;
        good.scaleDownUtilizationThreshold = 0.65;
        good.scaleDownUnneededTime = QStringLiteral("5m");
        good.expanders = QStringList{QStringLiteral("least_waste"), QStringLiteral("random")};
        QVERIFY(validateAutoscalerConfig(good).isEmpty());

        ClusterAutoscalerConfig edges;
        edges.scaleDownUtilizationThreshold = 0.0;
        edges.expanders = QStringList{};
        QVERIFY(validateAutoscalerConfig(edges).isEmpty());
        edges.scaleDownUtilizationThreshold = 1.0;
        QVERIFY(validateAutoscalerConfig(edges).isEmpty());

        ClusterAutoscalerConfig bad;
        bad.scaleDownUtilizationThreshold = 1.5;
        bad.scaleDownUnneededTime = QStringLiteral("5 minutes");
        bad.expanders = QStringList{QStringLiteral("priority"), QStringLiteral("most_pods"),
                                    QStringLiteral("priority")};
        const QList<ValidationIssue> issues = validateAutoscalerConfig(bad);
        QStringList paths;
        for (const ValidationIssue& issue : issues)
            paths << issue.path;
        QCOMPARE(paths,
                 (QStringList{"cluster_autoscaler_configuration.scale_down_utilization_threshold",
                              "cluster_autoscaler_configuration.scale_down_unneeded_time",
                              "cluster_autoscaler_configuration.expanders[1]",
                              "cluster_autoscaler_configuration.expanders[2]"}));
        QVERIFY(issues.at(0).message.contains(u"between 0 and 1"));
        QVERIFY(issues.at(2).message.contains(u"most_pods"));
        QVERIFY(issues.at(2).hint.contains(u"least_waste"));
        QVERIFY(issues.at(3).message.contains(u"twice"));

        ClusterAutoscalerConfig negative;
        negative.scaleDownUtilizationThreshold = -0.1;
        QCOMPARE(validateAutoscalerConfig(negative).size(), 1);
    }

    // The OpenAPI document's enum is the contract for expanders.
    void expandersAreTheContractsEnum()
    {
        const QJsonObject doc = contract();
        QVERIFY(!doc.isEmpty());
        QList<QPair<QString, QJsonValue>> found;
        collect(doc, QStringLiteral("expanders"), QString(), &found);
        int schemas = 0;
        for (const auto& [path, value] : found) {
            const QJsonArray enumValues =
                value.toObject().value(u"items").toObject().value(u"enum").toArray();
            if (enumValues.isEmpty())
                continue;
            ++schemas;
            QStringList names;
            for (const QJsonValue& name : enumValues)
                names << name.toString();
            QCOMPARE(names, autoscalerExpanderNames());
        }
        QVERIFY2(schemas >= 4, "the contract's cluster schemas should each list the enum");
    }

    // Every cluster example in the contract is read, and what it holds is valid.
    void parsesEveryExampleOfTheContract()
    {
        QList<QPair<QString, QJsonValue>> found;
        collect(contract(), QStringLiteral("cluster_autoscaler_configuration"), QString(), &found);
        int examples = 0;
        for (const auto& [path, value] : found) {
            if (!path.contains(u"/examples/"))
                continue;
            ++examples;
            const std::optional<ClusterAutoscalerConfig> config =
                dojson::autoscalerConfigFromJson(value);
            QVERIFY2(config, qPrintable(path));
            QCOMPARE(config->scaleDownUtilizationThreshold, std::optional<double>(0.65));
            QCOMPARE(config->scaleDownUnneededTime, QStringLiteral("1m"));
            QCOMPARE(config->expanders,
                     std::optional<QStringList>(QStringList{"priority", "random"}));
            QVERIFY2(validateAutoscalerConfig(*config).isEmpty(), qPrintable(path));
        }
        QVERIFY2(examples >= 5, qPrintable(QString::number(examples)));

        // The schema's own example duration is Go's long form.
        QVERIFY(parseGoDuration(QStringLiteral("1m0s")));
    }

    void readsTheClusterAnswer()
    {
        const QJsonObject cluster{{"id", "c1"},
                                  {"name", "prod"},
                                  {"cluster_autoscaler_configuration",
                                   QJsonObject{{"scale_down_utilization_threshold", 0.7},
                                               {"scale_down_unneeded_time", "2m"}}}};
        const Cluster read = dojson::clusterFromJson(cluster);
        QVERIFY(read.autoscalerConfig);
        QCOMPARE(read.autoscalerConfig->scaleDownUtilizationThreshold, std::optional<double>(0.7));
        QCOMPARE(read.autoscalerConfig->expanders, std::nullopt); // not sent: not set
        QCOMPARE(effectiveExpanders(read.autoscalerConfig), QStringList{"random"});

        QJsonObject nulled = cluster;
        nulled.insert(QStringLiteral("cluster_autoscaler_configuration"), QJsonValue::Null);
        QCOMPARE(dojson::clusterFromJson(nulled).autoscalerConfig, std::nullopt);
        QCOMPARE(effectiveThreshold(std::nullopt), 0.5);
        QCOMPARE(effectiveUnneededTime(std::nullopt), QStringLiteral("10m"));

        // A wrong type is refused whole, naming the field.
        const QJsonObject wrong{
            {"kubernetes_cluster",
             QJsonObject{{"id", "c1"},
                         {"cluster_autoscaler_configuration",
                          QJsonObject{{"scale_down_utilization_threshold", "0.7"}}}}}};
        QCOMPARE(dojson::responseTypeProblem(wrong),
                 QStringLiteral("kubernetes_cluster.cluster_autoscaler_configuration."
                                "scale_down_utilization_threshold: expected a number, found a "
                                "string"));
    }

    void bodyHoldsOnlyTheObject()
    {
        ClusterAutoscalerConfig config;
        config.scaleDownUtilizationThreshold = 0.65;
        QCOMPARE(dojson::clusterAutoscalerBody(config),
                 (QJsonObject{{"cluster_autoscaler_configuration",
                               QJsonObject{{"scale_down_utilization_threshold", 0.65}}}}));
        config.scaleDownUnneededTime = QStringLiteral("5m");
        config.expanders = QStringList{};
        const QJsonObject body = dojson::clusterAutoscalerBody(config);
        QCOMPARE(body.keys(), QStringList{"cluster_autoscaler_configuration"});
        QCOMPARE(body.value(u"cluster_autoscaler_configuration").toObject().value(u"expanders"),
                 QJsonValue(QJsonArray{})); // sent: it clears earlier customisations
    }

    void plansOneStepWithFieldChanges()
    {
        ClusterAutoscalerConfig live;
        live.scaleDownUtilizationThreshold = 0.5;
        live.scaleDownUnneededTime = QStringLiteral("10m");
        ClusterAutoscalerConfig want;
        want.scaleDownUtilizationThreshold = 0.65;
        want.scaleDownUnneededTime = QStringLiteral("5m");
        want.expanders = QStringList{QStringLiteral("least_waste")};

        const Plan plan = planClusterAutoscaler(clusterWith(live), want);
        QVERIFY(plan.canApply());
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation& op = plan.operations.first();
        QCOMPARE(op.kind, OperationKind::UpdateClusterAutoscaler);
        QCOMPARE(op.changes,
                 (QList<FieldChange>{{"scale_down_utilization_threshold", "0.5", "0.65"},
                                     {"scale_down_unneeded_time", "10m", "5m"},
                                     {"expanders", "", "least_waste"}}));
        QCOMPARE(op.body, dojson::clusterAutoscalerBody(want));
        QVERIFY(!op.isDestructive());
        QVERIFY(op.notes.join(u' ').contains(u"less than 65 % of it is requested"));
        QVERIFY(op.notes.join(u' ').contains(u"5 minutes"));
        const QString text = planText(plan);
        QVERIFY2(text.contains(u"~ configure the cluster autoscaler"), qPrintable(text));
        QVERIFY2(text.contains(u"scale_down_unneeded_time: 10m -> 5m"), qPrintable(text));
        QVERIFY2(text.contains(u"The cluster autoscaler's settings change in one cluster"),
                 qPrintable(text));
    }

    void samePlanIsEmptyAndBadValuesAreRefused()
    {
        ClusterAutoscalerConfig live;
        live.scaleDownUtilizationThreshold = 0.5;
        live.scaleDownUnneededTime = QStringLiteral("1m0s");
        ClusterAutoscalerConfig same;
        same.scaleDownUtilizationThreshold = 0.5;
        same.scaleDownUnneededTime = QStringLiteral("1m"); // the same length, written shorter
        QVERIFY(planClusterAutoscaler(clusterWith(live), same).isEmpty());

        ClusterAutoscalerConfig bad;
        bad.scaleDownUnneededTime = QStringLiteral("soon");
        const Plan refused = planClusterAutoscaler(clusterWith(live), bad);
        QVERIFY(!refused.canApply());
        QVERIFY(refused.refusals.first().startsWith(
            u"cluster_autoscaler_configuration.scale_down_unneeded_time: "));
    }

    void mergeKeepsWhatIsNotSet()
    {
        ClusterAutoscalerConfig live;
        live.scaleDownUtilizationThreshold = 0.4;
        live.expanders = QStringList{QStringLiteral("priority")};
        ClusterAutoscalerConfig want;
        want.scaleDownUnneededTime = QStringLiteral("3m");
        const ClusterAutoscalerConfig merged = mergeAutoscalerConfig(live, want);
        QCOMPARE(merged.scaleDownUtilizationThreshold, std::optional<double>(0.4));
        QCOMPARE(merged.scaleDownUnneededTime, QStringLiteral("3m"));
        QCOMPARE(merged.expanders, std::optional<QStringList>(QStringList{"priority"}));
    }
};

QTEST_GUILESS_MAIN(TestAutoscalerConfig)
#include "tst_autoscalerconfig.moc"
