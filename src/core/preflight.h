#pragma once

#include "cluster.h"
#include "manifestplan.h"

#include <QList>
#include <QString>
#include <QStringList>

// The pre-flight every plan passes before any request is sent: does the
// account have room for it? DigitalOcean refuses a create or resize past the
// account's droplet limit with a 422, which would stop an apply half way.
namespace core {

// What a pool may hold: its count, or its autoscaling maximum when that is
// higher (the autoscaler may grow it there without asking anyone).
int dropletRoom(const NodePoolSpec& spec);

struct DropletPreflight
{
    int limit = 0;   // the account's droplet_limit (0: unknown, not checked)
    int current = 0; // what every pool of every cluster may hold now
    int peak = 0;    // the most the plan's steps may need at once
    // The pools the plan grows, with what they may hold before and after:
    // "prod-tor1/batch: 3 → up to 12", "prod-tor1/gpu (new): up to 4".
    QStringList growingPools;
    // Why the plan is refused; empty when it fits.
    QString refusal;

    bool fits() const { return refusal.isEmpty(); }
};

// Walks the plan's steps in the order they are applied, over the account's
// live clusters (all of them, not just the plan's: the limit is the
// account's). A blue/green replacement holds both pools at once. The plan is
// refused when its peak passes the limit and it needs more than the account
// already holds (a plan that grows nothing is never refused). Droplets
// outside Kubernetes count against the limit too, but /v2/account does not
// say how many there are, so they are not counted here.
DropletPreflight checkDropletRoom(const ManifestPlan& plan, const QList<Cluster>& live,
                                  int dropletLimit);

} // namespace core
