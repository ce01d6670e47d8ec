#pragma once

#include "cluster.h"
#include "nodepool.h"
#include "nodepoolspec.h"
#include "size.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The plan: what it takes to turn one cluster's live pools into the desired
// specs, as ordered operations a person can review before anything is sent.
namespace core {

enum class OperationKind
{
    Create,  // POST a new pool
    Update,  // PUT a partial body
    Replace, // the size changes: POST the new pool, then DELETE the old one
    Delete,  // DELETE a pool (only when pruning)
};

struct FieldChange
{
    QString field;  // nodeCount, autoScale, minNodes, maxNodes, labels.KEY, taints, tags
    QString before; // "" when added
    QString after;  // "" when removed

    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

struct PlanOperation
{
    OperationKind kind = OperationKind::Update;
    QString poolName;
    QString poolId;      // the live pool (update, replace, delete)
    NodePoolSpec before; // live spec; default for a create
    NodePoolSpec after;  // desired spec; default for a delete
    QList<FieldChange> changes;
    // What to send: the create body (create, replace) or the partial PUT body.
    QJsonObject body;
    qint64 monthlyCentsBefore = 0;
    qint64 monthlyCentsAfter = 0;
    // Why the step needs an explicit confirmation; empty when it is safe.
    QStringList destructive;
    // Things to know that need no confirmation (labels stay on nodes, ...).
    QStringList notes;

    bool isDestructive() const { return !destructive.isEmpty(); }
    friend bool operator==(const PlanOperation&, const PlanOperation&) = default;
};

struct Plan
{
    QList<PlanOperation> operations; // in the order to apply them
    qint64 monthlyCentsBefore = 0;   // the whole cluster, live
    qint64 monthlyCentsAfter = 0;    // the whole cluster, after the plan
    QStringList unpricedSizes;       // sizes with no known price (counted as 0)
    // Reasons the plan must not be applied (e.g. it deletes the last pool).
    QStringList refusals;

    bool isEmpty() const { return operations.isEmpty(); }
    bool isDestructive() const;
    bool canApply() const { return refusals.isEmpty(); }
};

struct PlanOptions
{
    // Delete live pools that no desired spec names. Off by default: a
    // manifest of one pool must not delete the others.
    bool prune = false;
    // Send nodeCount for autoscaled pools. Off by default: it overrides the
    // count the autoscaler chose.
    bool setCountOnAutoscaled = false;
    // Prices for the cost columns.
    QList<Size> sizes;
};

// Desired specs are matched to live pools by name. Operations come in this
// order: creates, replaces (new pool first, then the old one goes), updates,
// deletes; within each kind, in the order of the desired specs (deletes: of
// the live pools). Unchanged pools produce no operation.
Plan plan(const QList<NodePoolSpec>& desired, const QList<NodePool>& live,
          const PlanOptions& options = {});

// Why the pool must not be deleted (it is the cluster's last), or "".
QString refuseDelete(const Cluster& cluster, const QString& poolId);

// A short, terraform-like review text:
//   + create, ~ update, -/+ replace, - delete; changed fields indented below;
//   "!" lines for destructive effects; totals and the monthly cost change.
QString planText(const Plan& plan);

QString operationKindName(OperationKind kind);

} // namespace core
