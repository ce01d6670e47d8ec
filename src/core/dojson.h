#pragma once

#include "cluster.h"
#include "size.h"

#include <QJsonObject>
#include <QList>

// DigitalOcean API JSON <-> value types. Tolerant in what it reads (labels may
// be null, taints missing, unknown states and fields), strict in what it writes.
namespace core::dojson {

Node nodeFromJson(const QJsonObject& json);
NodePool nodePoolFromJson(const QJsonObject& json);
Cluster clusterFromJson(const QJsonObject& json);
Size sizeFromJson(const QJsonObject& json);

// The automatic tags DOKS puts on every pool: k8s, k8s:worker (or k8s-worker,
// as the spec text spells it) and k8s:<cluster-id>.
bool isAutomaticTag(const QString& tag);

} // namespace core::dojson
