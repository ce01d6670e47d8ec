#pragma once

#include "autoscalerconfig.h"
#include "nodepool.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace core {

struct Cluster
{
    QString id;
    QString name;
    QString region;
    QString version;
    QString state; // running, provisioning, degraded, error, deleted, upgrading, invalid, ...
    bool highlyAvailable = false;
    QStringList tags;
    QList<NodePool> pools;
    QDateTime createdAt;
    // `cluster_autoscaler_configuration`; nullopt when the API sends null or nothing.
    std::optional<ClusterAutoscalerConfig> autoscalerConfig;

    friend bool operator==(const Cluster&, const Cluster&) = default;
};

} // namespace core
