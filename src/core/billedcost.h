#pragma once

#include "billedinvoice.h"
#include "cluster.h"
#include "nodehours.h"
#include "size.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Billed against estimated, per cluster and month. The estimate applies
// DigitalOcean's rules to what Pool Studio saw: per-second billing, each node
// billed for at most 672 hours in a calendar month, a highly available
// control plane at HaControlPlaneMonthlyCents by the same rule. The bill is
// the invoice's "Kubernetes Clusters" items, grouped by `group_description`
// (the cluster's name), so a cluster that no longer exists keeps its rows.
namespace core::billing {

// One node (or control plane) running from `start` to `end`, as an estimate
// sees it.
struct UsageSpan
{
    QString clusterId;
    QString poolName; // "" for a control plane
    QString size;
    qint64 priceMonthlyCents = 0;
    bool controlPlane = false;
    QDateTime start;
    QDateTime end;

    friend bool operator==(const UsageSpan&, const UsageSpan&) = default;
};

// What the app knows of a cluster besides its history.
struct ClusterInfo
{
    QString id;
    QString name;
    bool highlyAvailable = false;
};

QList<ClusterInfo> clusterInfos(const QList<Cluster>& clusters);

// From the history of node counts (the app's history.sqlite): the k-th node
// of a pool runs while the pool's count is at least k, so a count that falls
// and rises again reuses the same node. The control plane of a highly
// available cluster runs from the cluster's first sample in the period.
QList<UsageSpan> spansFromHistory(const QList<PoolSample>& samples,
                                  const QList<ClusterInfo>& clusters, const QDateTime& from,
                                  const QDateTime& to);
// From the nodes the API shows now (poolctl): each live node from its
// created_at; nodes already removed are not seen.
QList<UsageSpan> spansFromLiveNodes(const QList<Cluster>& clusters, const QList<Size>& sizes,
                                    const QDateTime& from, const QDateTime& to);

// seconds (capped at 672 h) × price_monthly / 672 h, rounded half up to the cent.
qint64 billedCentsFor(qint64 seconds, qint64 priceMonthlyCents);

struct BilledRow
{
    QString clusterName;
    QString clusterId; // "" when no live cluster has the name
    bool exists = true;
    bool hasEstimate = false;
    qint64 billedCents = 0;
    qint64 estimatedCents = 0;
    qint64 differenceCents = 0; // billed − estimated
    int billedNodes = 0;        // node items on the invoice
    int estimatedNodes = 0;
    double billedHours = 0.0;
    double estimatedHours = 0.0;
    QDateTime lastBilled; // the latest end_time of the cluster's items
    QStringList explanations;

    friend bool operator==(const BilledRow&, const BilledRow&) = default;
};

struct BilledComparison
{
    QString period; // YYYY-MM
    QString invoiceUuid;
    bool preview = false;
    QDateTime from;
    QDateTime to;          // the end of the month, or the preview's updated_at
    QDateTime updatedAt;   // the preview's
    QList<BilledRow> rows; // by cluster name
    qint64 billedTotalCents = 0;
    qint64 estimatedTotalCents = 0;
    qint64 otherProductsCents = 0; // items that are not Kubernetes Clusters

    friend bool operator==(const BilledComparison&, const BilledComparison&) = default;
};

// The [from, to) an invoice's estimate covers: its month, or for the preview
// the month up to its updated_at (or `now` without one).
std::pair<QDateTime, QDateTime> estimateWindow(const InvoiceSummary& invoice, bool preview,
                                               const QDateTime& now);

BilledComparison compareBilled(const InvoiceSummary& invoice, bool preview,
                               const QList<InvoiceItem>& items, const QList<UsageSpan>& estimate,
                               const QList<ClusterInfo>& clusters, const QDateTime& now);

} // namespace core::billing
