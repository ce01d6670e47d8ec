#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Measured use from the history of node counts: a pool's count is a step
// function of time (each sample holds until the next one of that pool), and
// node-hours over a period are its integral. A pool's first sample starts its
// history: before it nothing is counted.
namespace core {

// What the history records for a pool whenever something about it changed.
// A pool that disappeared gets a sample with count 0.
struct PoolSample
{
    QDateTime at; // UTC
    QString clusterId;
    QString poolId;
    QString poolName;
    QString size;
    int count = 0;
    qint64 priceMonthlyCents = 0; // of one node, when recorded

    friend bool operator==(const PoolSample&, const PoolSample&) = default;
};

struct PoolUsage
{
    QString poolId;
    QString poolName;
    double nodeHours = 0.0;
    // nodeHours × price_monthly / 672, each stretch at the price it was
    // recorded with, rounded to the cent. An estimate: it ignores the monthly
    // cap of a node that runs more than 672 hours in one calendar month.
    qint64 spendCents = 0;

    friend bool operator==(const PoolUsage&, const PoolUsage&) = default;
};

// Node-hours and spend of every pool in [from, to), from samples in any order.
// Pools in order of first appearance in time.
QList<PoolUsage> usageBetween(QList<PoolSample> samples, const QDateTime& from,
                              const QDateTime& to);

// [start of the month of `now` (UTC), now): "this month so far".
QDateTime monthStart(const QDateTime& now);
// [now - 30 days, now): "last 30 days".
QDateTime thirtyDaysBefore(const QDateTime& now);

} // namespace core
