#pragma once

#include "nodepool.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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

    friend bool operator==(const Cluster&, const Cluster&) = default;
};

} // namespace core
