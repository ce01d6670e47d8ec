#pragma once

#include "cluster.h"
#include "cost.h"
#include "size.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// Cost review: every figure here is an ESTIMATE built from the API alone.
//
// Rules (the README's "Costs" section says the same):
// - A pool's monthly estimate is count × price_monthly of its size.
//   DigitalOcean bills droplets per second up to 672 hours a month, so
//   price_monthly is what a node costs when it runs the whole month.
// - An autoscaled pool has a band: min_nodes × price .. max_nodes × price,
//   with the current count inside it. Fixed pools have a band of one point.
// - A highly available cluster adds its control plane
//   (HaControlPlaneMonthlyCents); a basic control plane is free.
// - Tags of the form `key:value` attribute cost. Grouped by a key, a pool
//   whose tags have no value for that key lands in the "untagged" bucket; a
//   pool carrying several values of the key splits its cost evenly among
//   them, in integer cents, the remainder cents going one each to the values
//   first in sorted order, so the parts add up to the whole exactly.
// - Control planes belong to no pool: every grouping shows them as their own
//   "control plane" line, so each view adds up to the same total.
// - Money is integer cents. Sizes missing from the catalogue cost 0 and are
//   flagged `priced == false`.
namespace core {

// ASSUMPTION: DigitalOcean's list price for a highly available control plane,
// $40.00 a month (it is not in /v2/sizes). Change it here when it changes.
inline constexpr qint64 HaControlPlaneMonthlyCents = 4000;

// The hours in a billing month after which a droplet costs its monthly price.
inline constexpr int BillableHoursPerMonth = 672;

// One thing that costs money: a pool, or a cluster's HA control plane.
struct CostLine
{
    enum class Kind
    {
        Pool,
        ControlPlane
    };
    Kind kind = Kind::Pool;
    QString clusterId;
    QString clusterName;
    QString poolId;   // empty for a control plane
    QString poolName; // "control plane" for a control plane
    QString size;     // slug; empty for a control plane
    QStringList tags; // the pool's user tags
    int count = 0;
    bool autoScale = false;
    int minNodes = 0;
    int maxNodes = 0;
    qint64 unitMonthlyCents = 0; // price of one node (or the control plane)
    bool priced = true;          // false: the size is not in the catalogue
    CostBand band;

    bool isControlPlane() const { return kind == Kind::ControlPlane; }
    friend bool operator==(const CostLine&, const CostLine&) = default;
};

// What the control plane of `cluster` adds a month: HaControlPlaneMonthlyCents
// when highly available, else 0.
qint64 controlPlaneMonthlyCents(const Cluster& cluster);

// Every pool of every cluster in order, each cluster's HA control plane
// (when it has one) after its pools.
QList<CostLine> costLines(const QList<Cluster>& clusters, const QList<Size>& sizes);

// The sum of the lines' bands.
CostBand totalBand(const QList<CostLine>& lines);

// The value of tag key `key` in `tags` ("team:web" → "web" for "team"),
// every distinct non-empty one, sorted.
QStringList tagValues(const QStringList& tags, const QString& key);

// Every tag key used in the lines ("team", "env", ...), sorted.
QStringList tagKeys(const QList<CostLine>& lines);

// `total` split into `parts` integer shares that add up to it exactly: the
// first `total % parts` shares get one cent more.
QList<qint64> splitEvenly(qint64 total, int parts);

// A bucket of cost: a cluster, a pool, a size, a tag value, "untagged", or
// the control planes.
struct CostGroup
{
    enum class Kind
    {
        Value,
        Untagged,
        ControlPlane
    };
    QString key; // the cluster name, pool "cluster/pool", size slug, tag value, ...
    Kind kind = Kind::Value;
    CostBand band;
    QStringList poolIds; // the pools with a share in this group
    int nodes = 0;       // current nodes of those pools (whole, not split)

    QString label() const; // key, or "untagged" / "control plane"
    friend bool operator==(const CostGroup&, const CostGroup&) = default;
};

// Groups the lines by the keys `keysOf` gives each line: several keys split
// the line evenly (see splitEvenly; keys in the order given, which should be
// sorted). A pool line with no key goes to "untagged", a control plane line
// with no key to one "control plane" group. Ordered by current cost, highest first, then by key;
// "untagged" and "control plane" come last.
QList<CostGroup> groupCost(const QList<CostLine>& lines,
                           const std::function<QStringList(const CostLine&)>& keysOf);

// The groupings poolctl and the charts both use.
QList<CostGroup> costByPool(const QList<CostLine>& lines);    // key "cluster/pool"
QList<CostGroup> costByCluster(const QList<CostLine>& lines); // control plane included
QList<CostGroup> costBySize(const QList<CostLine>& lines);    // key: size slug
QList<CostGroup> costByTag(const QList<CostLine>& lines, const QString& tagKey);

} // namespace core

namespace core {

// Which grouping `by` names: "pool", "cluster", "size", "tag:KEY". Empty
// optional when `by` is none of them.
std::optional<QList<CostGroup>> costBy(const QList<CostLine>& lines, const QString& by);

// "1234.56": cents as plain decimal dollars for CSV and JSON readers.
QString plainDollars(qint64 cents);

// The groups as CSV (RFC 4180 quoting): group,pools,nodes,min,monthly,max in
// plain dollars, then a "total" row. Both poolctl and the app export this.
QString costCsv(const QList<CostGroup>& groups);

} // namespace core
