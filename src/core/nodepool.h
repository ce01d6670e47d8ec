#pragma once

#include "node.h"
#include "nodepoolspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace core {

// A pool as the API reports it: the declared spec plus what DigitalOcean owns.
struct NodePool
{
    QString id;
    NodePoolSpec spec;
    QStringList automaticTags; // k8s, k8s:worker, k8s:<cluster-id>: read-only
    QList<Node> nodes;

    friend bool operator==(const NodePool&, const NodePool&) = default;
};

} // namespace core
