#include "nodehours.h"

#include "costattribution.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace core {

QList<PoolUsage> usageBetween(QList<PoolSample> samples, const QDateTime& from, const QDateTime& to)
{
    std::stable_sort(samples.begin(), samples.end(),
                     [](const PoolSample& a, const PoolSample& b) { return a.at < b.at; });
    QList<PoolUsage> usage;
    QHash<QString, qsizetype> index;
    QHash<QString, PoolSample> open; // the sample in force per pool
    QHash<QString, double> spend;    // unrounded cents
    auto close = [&](const PoolSample& start, const QDateTime& end) {
        const QDateTime a = std::max(start.at, from);
        const QDateTime b = std::min(end, to);
        if (b <= a || start.count <= 0)
            return;
        const double hours = double(a.msecsTo(b)) / 3'600'000.0;
        const double nodeHours = hours * start.count;
        usage[index.value(start.poolId)].nodeHours += nodeHours;
        spend[start.poolId] += nodeHours * double(start.priceMonthlyCents) / BillableHoursPerMonth;
    };
    for (const PoolSample& sample : samples) {
        if (!index.contains(sample.poolId)) {
            index.insert(sample.poolId, usage.size());
            usage.append({sample.poolId, sample.poolName, 0.0, 0});
        }
        if (auto it = open.find(sample.poolId); it != open.end())
            close(*it, sample.at);
        open.insert(sample.poolId, sample);
        usage[index.value(sample.poolId)].poolName = sample.poolName;
    }
    for (const PoolSample& sample : std::as_const(open))
        close(sample, to);
    for (PoolUsage& pool : usage)
        pool.spendCents = qint64(std::llround(spend.value(pool.poolId)));
    return usage;
}

QDateTime monthStart(const QDateTime& now)
{
    const QDate date = now.toUTC().date();
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), QTimeZone::utc());
}

QDateTime thirtyDaysBefore(const QDateTime& now)
{
    return now.toUTC().addDays(-30);
}

} // namespace core
