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

// One way of counting what the account's pools take, walked through a plan.
struct DropletTally
{
    int current = 0; // before the plan
    int peak = 0;    // the most the plan's steps take at once
    // The pools the plan grows, with before and after:
    // "prod-tor1/web: 3 → 12", "prod-tor1/gpu (new): 4".
    QStringList growingPools;

    bool passes(int limit) const { return limit > 0 && peak > limit && peak > current; }
};

struct DropletPreflight
{
    int limit = 0; // the account's droplet_limit (0: unknown, not checked)
    // The nodes the apply itself makes: every pool's count after each step.
    // Past the limit, DigitalOcean answers 422 half way: the plan is refused.
    DropletTally nodes;
    // The same with each autoscaled pool at its maximum: past the limit the
    // plan is allowed, but the autoscaler will not be able to grow that far.
    DropletTally atMaxima;
    QString refusal; // why the plan is refused; empty when it fits
    QString warning; // the autoscaling maxima pass the limit; empty otherwise

    bool fits() const { return refusal.isEmpty(); }
};

// Walks the plan's steps in the order they are applied, over the account's
// live clusters (all of them, not just the plan's: the limit is the
// account's). A blue/green replacement holds both pools at once. A plan is
// refused when its node counts pass the limit and it needs more than the
// account already holds (a plan that grows nothing is never refused); it is
// warned about when the autoscaling maxima it raises pass the limit. Droplets
// outside Kubernetes count against the limit too, but /v2/account does not say
// how many there are, so they are not counted here.
DropletPreflight checkDropletRoom(const ManifestPlan& plan, const QList<Cluster>& live,
                                  int dropletLimit);

} // namespace core
