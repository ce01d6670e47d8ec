#pragma once

#include "core/billedcost.h"
#include "core/costattribution.h"

#include <QJsonObject>
#include <QString>

// poolctl cost: the estimate the app's charts show, from the same core
// functions (core::costLines, core::costBy).
namespace cli {

// The groups as JSON: every amount in cents and as plain dollars, the total,
// the sizes missing from the catalogue, and "estimate": true.
QJsonObject costToJson(const QString& by, const QList<core::CostGroup>& groups,
                       const QStringList& unpricedSizes);
// The groups as a terminal table with a TOTAL row.
QString costTable(const QString& by, const QList<core::CostGroup>& groups);

// poolctl cost --billed: per cluster `billed_cents` beside `estimated_cents`,
// the difference and why, the totals, the invoice's period and updated_at.
QJsonObject billedToJson(const core::billing::BilledComparison& comparison);
QString billedTable(const core::billing::BilledComparison& comparison);
QString billedCsv(const core::billing::BilledComparison& comparison);

} // namespace cli
