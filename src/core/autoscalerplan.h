#pragma once

#include "autoscalerconfig.h"
#include "cluster.h"
#include "plan.h"

// Changing a cluster's autoscaler configuration as a plan, so it is reviewed
// and applied like a pool change (the same dialog, runner and journal).
namespace core {

// The pseudo pool name the step carries (journal lines read "configure
// cluster-autoscaler").
inline constexpr const char* ClusterAutoscalerStepName = "cluster-autoscaler";

// `desired` merged over what the cluster has: fields `desired` leaves unset
// keep the live value (the PUT is partial, as DigitalOcean reads it).
ClusterAutoscalerConfig mergeAutoscalerConfig(const std::optional<ClusterAutoscalerConfig>& live,
                                              const ClusterAutoscalerConfig& desired);

// One UpdateClusterAutoscaler operation whose body is the PUT of only
// `cluster_autoscaler_configuration`, with a field change per setting that
// differs; an empty plan when nothing differs. Invalid values make the plan
// refused, each with its field path.
// `sizes` price the cluster's pools for the plan's (unchanged) monthly cost.
Plan planClusterAutoscaler(const Cluster& cluster, const ClusterAutoscalerConfig& desired,
                           const QList<Size>& sizes = {});

} // namespace core
