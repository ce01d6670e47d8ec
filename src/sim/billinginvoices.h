#pragma once

#include "sim/billingledger.h"

#include <QJsonArray>
#include <QJsonObject>

// The bill, computed from the ledger by DigitalOcean's rules: per-second
// billing, a node billed for at most 672 hours in a calendar month (UTC), a
// highly available control plane at $40.00 a month by the same rule, each
// item rounded to the cent and the invoice the sum of its items. A past month
// is an invoice; the month of "now" is the preview, as of now.
namespace sim {

inline constexpr qint64 BillingCapSeconds = 672 * 3600;
inline constexpr qint64 HaControlPlaneMonthlyCentsSim = 4000;
inline const QString KubernetesProduct = QStringLiteral("Kubernetes Clusters");

struct InvoiceItemRow
{
    QString product;
    QString resourceUuid;
    QString resourceId;
    QString groupDescription; // the cluster's name
    QString description;
    qint64 amountCents = 0;
    qint64 billedSeconds = 0; // capped at 672 hours
    bool controlPlane = false;
    QDateTime start;
    QDateTime end;
};

struct InvoiceRow
{
    QString uuid;
    QString invoiceId;
    QString period; // YYYY-MM
    bool preview = false;
    QDateTime updatedAt; // the preview's "as of"
    qint64 amountCents = 0;
    QList<InvoiceItemRow> items;
};

// Past months' invoices, newest first, from the month of `since` to the month
// before `now`'s; none when `since` is invalid.
QList<InvoiceRow> pastInvoices(const QList<BilledSpan>& spans, const QJsonArray& sizes,
                               const QDateTime& since, const QDateTime& now,
                               const QString& accountUuid);
// The month of `now` so far.
InvoiceRow previewInvoice(const QList<BilledSpan>& spans, const QJsonArray& sizes,
                          const QDateTime& now, const QString& accountUuid);

// "12.34", as DigitalOcean writes amounts.
QString dollars(qint64 cents);

namespace json {
// The summary in `invoices` (and `invoice_preview`, which adds updated_at).
QJsonObject invoiceSummary(const InvoiceRow& invoice);
QJsonObject invoiceItem(const InvoiceItemRow& item);
} // namespace json

} // namespace sim
