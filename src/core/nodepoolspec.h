#pragma once

#include "taint.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace core {

// How a manifest names the cluster a pool belongs to: by id or name in
// `value`, or by reference to a cluster resource in `valueFrom`.
struct ClusterRef
{
    QString value;
    QString fromKind;
    QString fromName;
    QString fromFieldPath;

    friend bool operator==(const ClusterRef&, const ClusterRef&) = default;
};

// What a user declares about a pool: the manifest's `spec`, the editor's draft.
// Tags here are the user's only; the automatic `k8s*` tags never appear.
struct NodePoolSpec
{
    QString name;
    ClusterRef cluster;
    QString size;
    int count = 1;
    bool autoScale = false;
    int minNodes = 0;
    int maxNodes = 0;
    QMap<QString, QString> labels;
    QList<Taint> taints;
    QStringList tags;

    friend bool operator==(const NodePoolSpec&, const NodePoolSpec&) = default;
};

} // namespace core
