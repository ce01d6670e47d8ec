#pragma once

#include "cluster.h"
#include "nodepool.h"
#include "nodepoolspec.h"
#include "size.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The plan: what it takes to turn one cluster's live pools into the desired
// specs, as ordered operations a person can review before anything is sent.
namespace core {

enum class OperationKind
{
    Create,  // POST a new pool
    Update,  // PUT a partial body
    Replace, // the size changes: POST the new pool, then DELETE the old one
    Delete,  // DELETE a pool (only when pruning)
    // PUT the cluster with only its cluster_autoscaler_configuration (`body`);
    // no pool changes (core::planClusterAutoscaler).
    UpdateClusterAutoscaler,
};

// How a size change replaces a pool.
enum class ReplaceStrategy
{
    // The default: create the new pool under a new name, wait until its
    // nodes run, then delete the old one. Capacity never drops.
    BlueGreen,
    // "Keep the name": delete the old pool, wait until it is gone, create the
    // new one under the same name. The cluster runs without the pool's nodes
    // meanwhile, so it is allowed only where another pool carries the load.
    InPlace,
};

// "blue-green", "in-place".
QString replaceStrategyName(ReplaceStrategy strategy);
// The strategy a name (as poolctl's --replace takes it) names, or nullopt.
std::optional<ReplaceStrategy> replaceStrategyFromName(const QString& name);

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

    // Replace only. How the pool is replaced and the name the new pool is
    // created under (blue/green: a new name, also in `changes` as "name";
    // in place: poolName). `body` creates the pool under that name.
    ReplaceStrategy replaceStrategy = ReplaceStrategy::BlueGreen;
    QString replacementName;
    // Replace only: the monthly rate while both pools are billed, the old
    // one running until the new one's nodes do (blue/green); 0 in place.
    qint64 monthlyCentsOverlap = 0;
    // Replace in place only: the nodes the cluster is without from the
    // delete until the new pool's nodes run.
    int capacityDip = 0;

    bool isDestructive() const { return !destructive.isEmpty(); }
    // The pool's name once the step is done (the replacement's for a replace).
    QString finalPoolName() const
    {
        return kind == OperationKind::Replace && !replacementName.isEmpty() ? replacementName
                                                                            : poolName;
    }
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
    // How size changes replace their pool.
    ReplaceStrategy replaceStrategy = ReplaceStrategy::BlueGreen;
    // Blue/green: the name chosen for the replacement of a live pool (live
    // name -> new name); pools not named here get proposeReplacementName's.
    // A name that is invalid or taken makes the plan refused.
    QHash<QString, QString> replacementNames;
};

// Desired specs are matched to live pools by name. Operations come in this
// order: creates, replaces (blue/green: the new pool first, then the old one
// goes; in place: the other way round), updates, deletes; within each kind, in the order of the
// desired specs (deletes: of the live pools). Unchanged pools produce no operation.
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
