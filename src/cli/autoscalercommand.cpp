#include "autoscalercommand.h"

#include "api/doclient.h"
#include "api/planrunner.h"
#include "applyrun.h"
#include "confirm.h"
#include "core/autoscalerplan.h"
#include "core/dojson.h"
#include "output.h"
#include "resolve.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <memory>

namespace cli {

namespace {

// Tr::tr(), not a free Tr::tr(): lupdate then files the messages under this context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(autoscaler)
};

bool anyFlag(const Options& options)
{
    return !options.autoscalerThreshold.isEmpty() || !options.autoscalerUnneeded.isEmpty() ||
           options.autoscalerExpandersSet;
}

// The flags as a configuration, or nullopt after printing what is wrong.
std::optional<core::ClusterAutoscalerConfig> fromFlags(const Options& options)
{
    core::ClusterAutoscalerConfig config;
    if (!options.autoscalerThreshold.isEmpty()) {
        bool ok = false;
        const double threshold = options.autoscalerThreshold.toDouble(&ok);
        if (!ok) {
            printError(
                Tr::tr("--threshold %1: not a number; give a share of a node between 0 and 1, "
                       "such as 0.65")
                    .arg(options.autoscalerThreshold));
            return std::nullopt;
        }
        config.scaleDownUtilizationThreshold = threshold;
    }
    config.scaleDownUnneededTime = options.autoscalerUnneeded;
    if (options.autoscalerExpandersSet) {
        QStringList names;
        for (const QString& name : options.autoscalerExpanders.split(u',', Qt::SkipEmptyParts))
            names << name.trimmed();
        config.expanders = names;
    }
    bool valid = true;
    for (const core::ValidationIssue& issue : core::validateAutoscalerConfig(config)) {
        printError(issue.hint.isEmpty()
                       ? QStringLiteral("%1: %2").arg(issue.path, issue.message)
                       : QStringLiteral("%1: %2 (%3)").arg(issue.path, issue.message, issue.hint));
        valid = false;
    }
    return valid ? std::optional(config) : std::nullopt;
}

QString marked(const QString& value, bool set)
{
    return set ? value : Tr::tr("%1 (default)").arg(value);
}

void show(const core::Cluster& cluster, const Options& options)
{
    const std::optional<core::ClusterAutoscalerConfig>& config = cluster.autoscalerConfig;
    const double threshold = core::effectiveThreshold(config);
    const QString unneeded = core::effectiveUnneededTime(config);
    const QStringList expanders = core::effectiveExpanders(config);
    const bool thresholdSet = config && config->scaleDownUtilizationThreshold;
    const bool unneededSet = config && !config->scaleDownUnneededTime.isEmpty();
    const bool expandersSet = config && config->expanders && !config->expanders->isEmpty();

    const QJsonObject json{
        {QStringLiteral("cluster"),
         QJsonObject{{QStringLiteral("id"), cluster.id}, {QStringLiteral("name"), cluster.name}}},
        {QStringLiteral("cluster_autoscaler_configuration"),
         config ? core::dojson::clusterAutoscalerBody(*config).value(
                      u"cluster_autoscaler_configuration")
                : QJsonValue::Null},
        {QStringLiteral("effective"),
         QJsonObject{{QStringLiteral("scale_down_utilization_threshold"), threshold},
                     {QStringLiteral("scale_down_unneeded_time"), unneeded},
                     {QStringLiteral("expanders"), QJsonArray::fromStringList(expanders)}}}};

    QString table = Tr::tr("Cluster autoscaler of %1 (%2)\n").arg(cluster.name, cluster.id);
    table += QStringLiteral("  %1  %2\n      %3\n")
                 .arg(QStringLiteral("scale_down_utilization_threshold"),
                      marked(core::formatThreshold(threshold), thresholdSet),
                      core::thresholdMeaning(threshold));
    const std::optional<qint64> ns = core::parseGoDuration(unneeded);
    table += QStringLiteral("  %1  %2\n      %3\n")
                 .arg(QStringLiteral("scale_down_unneeded_time"), marked(unneeded, unneededSet),
                      ns ? Tr::tr("a node must be unneeded for %1 before it is removed")
                               .arg(core::describeDuration(*ns))
                         : QString());
    table += QStringLiteral("  %1  %2\n")
                 .arg(QStringLiteral("expanders"),
                      marked(expanders.join(QStringLiteral(", ")), expandersSet));
    for (const QString& expander : expanders)
        table += QStringLiteral("      %1: %2\n")
                     .arg(expander, core::autoscalerExpanderMeaning(expander));
    print(render(options.output, json, table));
}

// Plans the change, asks, and applies it through the runner (pre-flight included).
void applyChange(api::DoClient& client, const core::Cluster& cluster,
                 const core::ClusterAutoscalerConfig& desired, const QList<core::Size>& sizes,
                 const Options& options, const Finish& finish)
{
    core::ManifestPlan plan;
    plan.clusters.append({cluster, {}, core::planClusterAutoscaler(cluster, desired, sizes)});
    if (plan.isEmpty()) {
        print(Tr::tr("No changes: the cluster autoscaler of %1 is already set so.\n")
                  .arg(cluster.name));
        finish(ExitOk);
        return;
    }
    print(core::planText(plan));
    if (!confirmOrRefuse(Tr::tr("Change the cluster autoscaler of %1?").arg(cluster.name),
                         options.yes, finish))
        return;
    auto* runner = new api::PlanRunner(&client, plan);
    configureRunner(runner, options);
    runAndReport(runner, finish);
}

} // namespace

void runAutoscaler(api::DoClient& client, const QStringList& args, const Options& options,
                   Finish finish)
{
    std::optional<core::ClusterAutoscalerConfig> desired;
    if (anyFlag(options)) {
        desired = fromFlags(options);
        if (!desired) { // refused before any request
            finish(ExitUsage);
            return;
        }
    }
    const QString clusterArg = args.value(0);
    withClusters(
        client, finish,
        [&client, clusterArg, options, desired, finish](const QList<core::Cluster>& clusters) {
            QString problem;
            const std::optional<core::Cluster> cluster =
                resolveCluster(clusters, clusterArg, &problem);
            if (!cluster) {
                printError(problem);
                finish(ExitApiError);
                return;
            }
            if (!desired) {
                show(*cluster, options);
                finish(ExitOk);
                return;
            }
            // Prices for the plan's cost line (the day-long cache); unpriced without them.
            client.fetchSizes(&client, [&client, found = *cluster, options, desired, finish](
                                           const QList<core::Size>& sizes, const api::ApiError&) {
                applyChange(client, found, *desired, sizes, options, finish);
            });
        });
}

} // namespace cli
