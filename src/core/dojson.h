#pragma once

#include "cluster.h"
#include "kubernetesoptions.h"
#include "size.h"

#include <QJsonObject>
#include <QList>
#include <optional>

// DigitalOcean API JSON <-> value types. Tolerant in what it reads (labels may
// be null, taints missing, unknown states and fields), strict in what it writes.
namespace core::dojson {

Node nodeFromJson(const QJsonObject& json);
NodePool nodePoolFromJson(const QJsonObject& json);
Cluster clusterFromJson(const QJsonObject& json);
Size sizeFromJson(const QJsonObject& json);
KubernetesOptions optionsFromJson(const QJsonObject& json); // the `options` object
Taint taintFromJson(const QJsonObject& json);               // accepts Key/Value/Effect in any case
// `cluster_autoscaler_configuration`: nullopt for null or a missing object.
std::optional<ClusterAutoscalerConfig> autoscalerConfigFromJson(const QJsonValue& json);

// Response envelopes: {"kubernetes_clusters": [...]}, {"node_pools": [...]},
// {"sizes": [...]}, {"options": {...}}. A missing list reads as empty;
// clustersFromResponse also reads {"kubernetes_cluster": {...}}.
QList<Cluster> clustersFromResponse(const QJsonObject& json);
QList<NodePool> nodePoolsFromResponse(const QJsonObject& json);
QList<Size> sizesFromResponse(const QJsonObject& json);
KubernetesOptions optionsFromResponse(const QJsonObject& json);

// Request bodies.

// POST /v2/kubernetes/clusters/{id}/node_pools: name, size, count, tags,
// labels, taints, auto_scale, min_nodes, max_nodes, always all of them.
// Automatic tags are dropped; min/max are 0 when autoscaling is off.
QJsonObject createPoolBody(const NodePoolSpec& spec);

struct UpdateOptions
{
    // Setting count on an autoscaled pool overrides what the autoscaler
    // chose; by default it is left out (DO-API-BEHAVIOUR.md).
    bool setCountOnAutoscaled = false;
};

// PUT /v2/kubernetes/clusters/{id}/node_pools/{pool}: only the fields that
// differ between `live` and `desired`. Labels, taints and tags replace the
// old set when sent (an empty list clears); the autoscaling trio goes
// together. `size` cannot change in place and is never sent (see plan.h).
// Returns an empty object when nothing changes.
QJsonObject updatePoolBody(const NodePoolSpec& live, const NodePoolSpec& desired,
                           const UpdateOptions& options = {});

// PUT /v2/kubernetes/clusters/{id} with only the autoscaler configuration:
// {"cluster_autoscaler_configuration": {...}} holding the fields that are set
// (an empty `expanders` list is sent: it clears earlier customisations).
QJsonObject clusterAutoscalerBody(const ClusterAutoscalerConfig& config);

// The order-free comparisons the update body and the plan share: tags and
// taints are sets for DigitalOcean.
bool sameTags(const QStringList& a, const QStringList& b);
bool sameTaints(const QList<Taint>& a, const QList<Taint>& b);

// The automatic tags DOKS puts on every pool: k8s, k8s:worker (or k8s-worker,
// as the spec text spells it) and k8s:<cluster-id>.
bool isAutomaticTag(const QString& tag);

// A time as the API writes it ("2024-01-01T09:30:00Z", or any ISO 8601 form);
// invalid for anything else, the empty string included.
QDateTime timeFromText(const QString& text);

} // namespace core::dojson
