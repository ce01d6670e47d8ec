#pragma once

#include "sim/tables.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <optional>

// PUT /v2/kubernetes/clusters/{id}, the part of it the simulator keeps: the
// cluster's name and its cluster_autoscaler_configuration. Decoded as DO's Go
// server does (keys in any case, `null` = not sent, a wrong JSON type is a
// 400), then validated as DOKS validates it (422 naming the field). A body
// without `name` is accepted, as godo sends it (the contract marks it
// required). Fields the simulator does not model are ignored.
namespace sim {

// The expanders DOKS accepts, as the contract's enum lists them.
QStringList knownExpanders();

// Go's time.ParseDuration grammar, checked on its own (the simulator never
// uses src/core): "1m0s", "5m", "1h30m", "0"; negatives are refused.
bool isGoDuration(const QString& text);

// Applies the body to `cluster`; nothing is changed when it fails.
std::optional<Failure> updateCluster(ClusterRow& cluster, const QByteArray& body,
                                     const QDateTime& now);

} // namespace sim
