#pragma once

#include "cluster.h"
#include "manifest.h"
#include "plan.h"

#include <QList>
#include <QString>
#include <optional>

// Manifests name their cluster; a plan is per cluster. This groups manifests
// by the live cluster they name and plans each one, for `poolctl plan/apply`
// and the app's import view alike.
namespace core {

struct ClusterPlan
{
    Cluster cluster;
    QList<NodePoolSpec> desired; // cluster refs resolved to the cluster's id
    Plan plan;
};

// A manifest that could not be planned; `manifest` indexes the input list
// (a caller reading several files knows which file that was).
struct ManifestPlanError
{
    qsizetype manifest = 0;
    manifest::ManifestError error;
};

struct ManifestPlan
{
    QList<ClusterPlan> clusters; // in the order the manifests first name them
    // Manifests that could not be planned: an unknown or ambiguous cluster,
    // a pool declared twice for one cluster. Placed at the field's position.
    QList<ManifestPlanError> errors;

    bool isEmpty() const;
    bool isDestructive() const;
    // No errors and no cluster plan refused.
    bool canApply() const;
    QStringList refusals() const;
    qint64 monthlyCentsBefore() const;
    qint64 monthlyCentsAfter() const;
    int operationCount() const;
};

// The live cluster a manifest names: `value` by id or by name, `valueFrom`
// by the cluster resource's name (a DigitalOceanKubernetesCluster is named as
// its live cluster is). nullopt with the reason otherwise.
std::optional<Cluster> resolveManifestCluster(const ClusterRef& ref, const QList<Cluster>& live,
                                              QString* error);

ManifestPlan planManifests(const QList<manifest::PoolManifest>& manifests,
                           const QList<Cluster>& live, const PlanOptions& options);

// Each cluster's planText under a "cluster NAME (ID):" heading; clusters
// with nothing to change or refuse are left out. Empty when nothing changes.
QString planText(const ManifestPlan& plan);

} // namespace core
