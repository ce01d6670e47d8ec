#pragma once

#include "commands.h"

// poolctl autoscaler CLUSTER [--threshold 0.65] [--unneeded 5m] [--expanders a,b]
namespace cli {

// Without flags: the cluster's autoscaler configuration, what is set and what
// is in effect (with the defaults), in words. With flags: validated as the
// API validates them, planned (only the fields given change), confirmed
// (--yes) and applied through the same runner as `apply`, droplet pre-flight
// included: a PUT of the cluster with only cluster_autoscaler_configuration.
void runAutoscaler(api::DoClient& client, const QStringList& args, const Options& options,
                   Finish finish);

} // namespace cli
