#pragma once

#include "validationissue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A cluster's `cluster_autoscaler_configuration`: how eagerly the Kubernetes
// cluster-autoscaler DOKS runs scales nodes down, and how it picks the pool
// to grow. The bounds of each pool are the pool's own (min/max nodes); these
// three settings are the cluster's. Every field is optional: what is not set
// keeps the autoscaler's default.
namespace core {

struct ClusterAutoscalerConfig
{
    // 0..1: a node whose requested CPU and memory are both below this share
    // of what it can hold is a candidate for removal (the autoscaler's
    // default is 0.5).
    std::optional<double> scaleDownUtilizationThreshold;
    // A Go duration ("1m0s", "5m", "1h30m"): how long a node must be unneeded
    // before it is removed (default 10m). Empty: not set.
    QString scaleDownUnneededTime;
    // The expanders, applied in order (default: random). nullopt: not set;
    // an empty list clears earlier customisations (the API says so).
    std::optional<QStringList> expanders;

    bool isEmpty() const
    {
        return !scaleDownUtilizationThreshold && scaleDownUnneededTime.isEmpty() && !expanders;
    }
    friend bool operator==(const ClusterAutoscalerConfig&,
                           const ClusterAutoscalerConfig&) = default;
};

// The defaults of the cluster-autoscaler DOKS runs, shown where a field is not set.
inline constexpr double DefaultScaleDownUtilizationThreshold = 0.5;
inline constexpr const char* DefaultScaleDownUnneededTime = "10m";

// The expanders the API accepts: the OpenAPI document's enum, in its order.
QStringList autoscalerExpanderNames();
// One line on what an expander does, for the editor and poolctl.
QString autoscalerExpanderMeaning(const QString& expander);

// Go's time.ParseDuration, as DigitalOcean's server reads the field: one or
// more decimal numbers, each with a unit (ns, us, µs, ms, s, m, h), "0"
// alone allowed. Negative durations are refused (a wait cannot be negative).
// The length in nanoseconds, or nullopt with `error` saying what is wrong.
std::optional<qint64> parseGoDuration(const QString& text, QString* error = nullptr);
// Go's Duration.String(): 90 s -> "1m30s", 5400 s -> "1h30m0s", 0 -> "0s".
QString formatGoDuration(qint64 nanoseconds);
// For a person: "5 minutes", "1 hour 30 minutes", "45 seconds", "500 ms".
QString describeDuration(qint64 nanoseconds);

// "scale down a node when less than 65 % of it is requested".
QString thresholdMeaning(double threshold);

// Each problem at its field path (cluster_autoscaler_configuration.expanders[1]).
QList<ValidationIssue> validateAutoscalerConfig(const ClusterAutoscalerConfig& config);

// The values in effect: what is set, else the autoscaler's default.
double effectiveThreshold(const std::optional<ClusterAutoscalerConfig>& config);
QString effectiveUnneededTime(const std::optional<ClusterAutoscalerConfig>& config);
QStringList effectiveExpanders(const std::optional<ClusterAutoscalerConfig>& config);

// "0.65" (at most two decimals, as a person sets it).
QString formatThreshold(double threshold);

} // namespace core
