#pragma once

#include <QDateTime>
#include <QString>

namespace core {

// One droplet of a node pool, as the API reports it. Right after a create the
// name and droplet id are empty and the state is "provisioning".
struct Node
{
    QString id;
    QString name;
    QString state; // provisioning, running, draining, deleting, or anything new
    QString message;
    QString dropletId; // the API sends it as a string
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Node&, const Node&) = default;
};

} // namespace core
