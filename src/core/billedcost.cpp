#include "billedcost.h"

#include "cost.h"
#include "costattribution.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace core::billing {
namespace {

constexpr qint64 CapSeconds = qint64(BillableHoursPerMonth) * 3600;

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::billing)
};

QString hoursText(double hours)
{
    return QString::number(hours, 'f', hours == std::floor(hours) ? 0 : 1);
}

bool isControlPlaneItem(const InvoiceItem& item)
{
    return item.description.contains(u"control plane", Qt::CaseInsensitive);
}

qint64 clippedSeconds(const QDateTime& start, const QDateTime& end, const QDateTime& from,
                      const QDateTime& to)
{
    const QDateTime a = std::max(start, from);
    const QDateTime b = std::min(end, to);
    return b > a ? a.secsTo(b) : 0;
}

struct Tally
{
    qint64 cents = 0;
    double hours = 0.0;
    int nodes = 0;
    QDateTime first; // the earliest instant counted
};

void keepEarliest(QDateTime& earliest, const QDateTime& at)
{
    if (at.isValid() && (!earliest.isValid() || at < earliest))
        earliest = at;
}

} // namespace

QList<ClusterInfo> clusterInfos(const QList<Cluster>& clusters)
{
    QList<ClusterInfo> infos;
    for (const Cluster& c : clusters)
        infos.append({c.id, c.name, c.highlyAvailable});
    return infos;
}

qint64 billedCentsFor(qint64 seconds, qint64 priceMonthlyCents)
{
    const qint64 s = std::min(seconds, CapSeconds);
    return (2 * s * priceMonthlyCents + CapSeconds) / (2 * CapSeconds);
}

QList<UsageSpan> spansFromHistory(const QList<PoolSample>& input,
                                  const QList<ClusterInfo>& clusters, const QDateTime& from,
                                  const QDateTime& to)
{
    QList<PoolSample> samples = input;
    std::stable_sort(samples.begin(), samples.end(),
                     [](const PoolSample& a, const PoolSample& b) { return a.at < b.at; });
    QList<UsageSpan> spans;
    // Per pool: the start of each running node slot, lowest slot first.
    QHash<QString, QList<UsageSpan>> open;
    for (const PoolSample& s : samples) {
        QList<UsageSpan>& running = open[s.poolId];
        const int count = std::max(0, s.at < to ? s.count : int(running.size()));
        while (running.size() > count) {
            UsageSpan span = running.takeLast();
            span.end = s.at;
            spans.append(span);
        }
        while (running.size() < count)
            running.append({s.clusterId, s.poolName, s.size, s.priceMonthlyCents, false, s.at, {}});
    }
    for (auto it = open.begin(); it != open.end(); ++it)
        for (UsageSpan span : it.value()) {
            span.end = to;
            spans.append(span);
        }
    spans.removeIf(
        [&](const UsageSpan& s) { return clippedSeconds(s.start, s.end, from, to) <= 0; });

    // A highly available control plane runs while the cluster has nodes.
    QHash<QString, std::pair<QDateTime, QDateTime>> seen;
    for (const UsageSpan& s : std::as_const(spans)) {
        auto& range = seen[s.clusterId];
        range.first = range.first.isValid() ? std::min(range.first, s.start) : s.start;
        range.second = range.second.isValid() ? std::max(range.second, s.end) : s.end;
    }
    for (const ClusterInfo& c : clusters) {
        if (!c.highlyAvailable || !seen.contains(c.id))
            continue;
        const auto range = seen.value(c.id);
        spans.append({c.id, {}, {}, HaControlPlaneMonthlyCents, true, range.first, range.second});
    }
    return spans;
}

QList<UsageSpan> spansFromLiveNodes(const QList<Cluster>& clusters, const QList<Size>& sizes,
                                    const QDateTime& from, const QDateTime& to)
{
    QList<UsageSpan> spans;
    for (const Cluster& c : clusters) {
        if (c.highlyAvailable) {
            const QDateTime start = c.createdAt.isValid() ? c.createdAt : from;
            if (clippedSeconds(start, to, from, to) > 0)
                spans.append({c.id, {}, {}, HaControlPlaneMonthlyCents, true, start, to});
        }
        for (const NodePool& p : c.pools) {
            const std::optional<Size> size = findSize(sizes, p.spec.size);
            for (const Node& n : p.nodes) {
                const QDateTime start = n.createdAt.isValid() ? n.createdAt : from;
                if (clippedSeconds(start, to, from, to) > 0)
                    spans.append({c.id, p.spec.name, p.spec.size,
                                  size ? size->priceMonthlyCents : 0, false, start, to});
            }
        }
    }
    return spans;
}

std::pair<QDateTime, QDateTime> estimateWindow(const InvoiceSummary& invoice, bool preview,
                                               const QDateTime& now)
{
    const auto bounds = periodBounds(invoice.period);
    if (!bounds)
        return {};
    if (!preview)
        return *bounds;
    const QDateTime asOf = invoice.updatedAt.isValid() ? invoice.updatedAt : now;
    return {bounds->first, std::clamp(asOf, bounds->first, bounds->second)};
}

BilledComparison compareBilled(const InvoiceSummary& invoice, bool preview,
                               const QList<InvoiceItem>& items, const QList<UsageSpan>& estimate,
                               const QList<ClusterInfo>& clusters, const QDateTime& now)
{
    BilledComparison out;
    out.period = invoice.period;
    out.invoiceUuid = invoice.uuid;
    out.preview = preview;
    out.updatedAt = invoice.updatedAt;
    std::tie(out.from, out.to) = estimateWindow(invoice, preview, now);

    QHash<QString, QString> nameOfId;
    QHash<QString, QString> idOfName;
    for (const ClusterInfo& c : clusters) {
        nameOfId.insert(c.id, c.name);
        idOfName.insert(c.name, c.id);
    }

    QMap<QString, BilledRow> rows; // by name: sorted
    QHash<QString, int> partial;   // node items that ran part of the period, by name
    QHash<QString, QSet<QString>> resources;
    QHash<QString, QDateTime> firstBilled; // the earliest item start, by name
    for (const InvoiceItem& item : items) {
        if (item.product != KubernetesProduct) {
            out.otherProductsCents += item.amountCents;
            continue;
        }
        BilledRow& row = rows[item.groupDescription];
        row.clusterName = item.groupDescription;
        row.billedCents += item.amountCents;
        row.billedHours += item.hours();
        if (item.end.isValid() && (!row.lastBilled.isValid() || item.end > row.lastBilled))
            row.lastBilled = item.end;
        resources[item.groupDescription].insert(item.resourceUuid);
        keepEarliest(firstBilled[item.groupDescription], item.start);
        if (isControlPlaneItem(item))
            continue;
        ++row.billedNodes;
        const bool lateStart = item.start.isValid() && item.start > out.from.addSecs(60);
        const bool earlyEnd = item.end.isValid() && item.end < out.to.addSecs(-60);
        if (lateStart || earlyEnd)
            ++partial[item.groupDescription];
    }

    QHash<QString, Tally> estimated;          // by cluster id
    QHash<QString, QDateTime> firstEstimated; // by name
    for (const UsageSpan& span : estimate) {
        const qint64 seconds = clippedSeconds(span.start, span.end, out.from, out.to);
        if (seconds <= 0)
            continue;
        Tally& t = estimated[span.clusterId];
        t.cents += billedCentsFor(seconds, span.priceMonthlyCents);
        t.hours += double(std::min(seconds, CapSeconds)) / 3600.0;
        if (!span.controlPlane)
            ++t.nodes;
        keepEarliest(t.first, std::max(span.start, out.from));
    }
    for (auto it = estimated.cbegin(); it != estimated.cend(); ++it) {
        QString name = nameOfId.value(it.key());
        if (name.isEmpty()) {
            // A cluster gone from the account: its bill names it, and an item
            // may carry its id (a control plane's resource_uuid).
            for (auto r = resources.cbegin(); r != resources.cend(); ++r)
                if (r.value().contains(it.key()) && !idOfName.contains(r.key()))
                    name = r.key();
        }
        if (name.isEmpty())
            name = Tr::tr("cluster %1… (no longer listed)").arg(it.key().left(8));
        BilledRow& row = rows[name];
        row.clusterName = name;
        row.hasEstimate = true;
        row.estimatedCents += it.value().cents;
        row.estimatedHours += it.value().hours;
        row.estimatedNodes += it.value().nodes;
        keepEarliest(firstEstimated[name], it.value().first);
    }

    for (auto it = rows.begin(); it != rows.end(); ++it) {
        BilledRow& row = it.value();
        row.clusterId = idOfName.value(row.clusterName);
        row.exists = !row.clusterId.isEmpty();
        row.differenceCents = row.billedCents - row.estimatedCents;
        QStringList& why = row.explanations;
        if (!row.exists && row.billedCents > 0) {
            if (row.lastBilled.isValid() && row.lastBilled < out.to.addSecs(-3600))
                why << Tr::tr("The cluster no longer exists: deleted mid-month, billed until %1.")
                           .arg(row.lastBilled.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            else
                why << Tr::tr("No cluster of this name exists now (deleted or renamed); its billed "
                              "rows are kept.");
        }
        if (!row.hasEstimate) {
            why << Tr::tr("No recorded history for this period: nothing to estimate from.");
            continue;
        }
        if (row.billedCents == 0 && row.estimatedCents > 0) {
            why << Tr::tr("Nothing billed under this name in this period.");
            continue;
        }
        if (row.differenceCents == 0)
            continue;
        // The history began after the cluster was already billed in this
        // period (the app was installed, or this account first opened, then):
        // the estimate cannot count the time before.
        const QDateTime estimatedFrom = firstEstimated.value(row.clusterName);
        const QDateTime billedFrom = firstBilled.value(row.clusterName);
        if (estimatedFrom.isValid() && billedFrom.isValid() &&
            estimatedFrom > billedFrom.addSecs(3600))
            why << Tr::tr("The recorded history starts on %1: the estimate has nothing from "
                          "before then.")
                       .arg(estimatedFrom.toUTC().toString(
                           QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        const qint64 tolerance = std::max(row.billedNodes, row.estimatedNodes) + 1;
        if (row.billedNodes > row.estimatedNodes)
            why << Tr::tr(
                       "%1 nodes billed, %2 in the estimate: nodes that came and went (replaced, "
                       "recycled, or removed and added again) are separate droplets, each billed "
                       "up to 672 h.")
                       .arg(row.billedNodes)
                       .arg(row.estimatedNodes);
        else if (row.billedNodes < row.estimatedNodes)
            why << Tr::tr(
                       "%1 nodes billed, %2 in the estimate: the estimate counted nodes that were "
                       "not billed in this period.")
                       .arg(row.billedNodes)
                       .arg(row.estimatedNodes);
        if (const int n = partial.value(row.clusterName); n > 0)
            why << Tr::tr("%n node(s) ran for part of the period (created or removed during it).",
                          nullptr, n);
        const double hourGap = std::abs(row.billedHours - row.estimatedHours);
        if (hourGap <= std::max(0.01, row.estimatedHours * 0.005)) {
            if (std::abs(row.differenceCents) > tolerance)
                why << Tr::tr(
                           "The same node-hours (%1 h) at a different amount: sizes were billed at "
                           "other prices than the ones the estimate used.")
                           .arg(hoursText(row.billedHours));
            else
                why << Tr::tr("Within rounding: every item is rounded to the cent.");
        } else {
            why << Tr::tr("Billed %1 node-hours, the estimate counts %2.")
                       .arg(hoursText(row.billedHours), hoursText(row.estimatedHours));
        }
    }

    for (const BilledRow& row : std::as_const(rows)) {
        out.rows.append(row);
        out.billedTotalCents += row.billedCents;
        out.estimatedTotalCents += row.estimatedCents;
    }
    return out;
}

} // namespace core::billing
