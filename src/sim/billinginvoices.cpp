#include "sim/billinginvoices.h"

#include "sim/jsonwriter.h"

#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace sim {
namespace {

QDateTime monthStartOf(const QDateTime& t)
{
    const QDate d = t.toUTC().date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), QTimeZone::utc());
}

qint64 monthlyCentsOf(const QJsonArray& sizes, const QString& slug)
{
    for (const QJsonValue& s : sizes) {
        const QJsonObject size = s.toObject();
        if (size.value(u"slug").toString() == slug)
            return qint64(std::llround(size.value(u"price_monthly").toDouble() * 100.0));
    }
    return 0;
}

// seconds × monthly price / 672 h, rounded half up to the cent, exactly.
qint64 amountFor(qint64 seconds, qint64 monthlyCents)
{
    return (2 * seconds * monthlyCents + BillingCapSeconds) / (2 * BillingCapSeconds);
}

QString hours(qint64 seconds)
{
    QString text = QString::number(double(seconds) / 3600.0, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString uuidFor(const QString& accountUuid, const QString& period)
{
    static const QUuid ns(QStringLiteral("4f0c1a52-9d7e-4a53-b2a4-6d0f3c9b8e11"));
    return QUuid::createUuidV5(ns, accountUuid + u'/' + period).toString(QUuid::WithoutBraces);
}

InvoiceRow invoiceFor(const QList<BilledSpan>& spans, const QJsonArray& sizes,
                      const QDateTime& from, const QDateTime& to, const QString& accountUuid)
{
    InvoiceRow invoice;
    invoice.period = from.toString(QStringLiteral("yyyy-MM"));
    invoice.uuid = uuidFor(accountUuid, invoice.period);
    invoice.invoiceId = QStringLiteral("9") + from.toString(QStringLiteral("yyyyMM"));
    for (const BilledSpan& span : spans) {
        const QDateTime a = std::max(span.start, from);
        const QDateTime b = std::min(span.end, to);
        if (b <= a)
            continue;
        InvoiceItemRow item;
        item.product = KubernetesProduct;
        item.resourceUuid = span.resourceUuid;
        item.resourceId = span.resourceId;
        item.groupDescription = span.clusterName;
        item.controlPlane = span.controlPlane;
        item.billedSeconds = std::min(a.secsTo(b), BillingCapSeconds);
        const qint64 monthly =
            span.controlPlane ? HaControlPlaneMonthlyCentsSim : monthlyCentsOf(sizes, span.size);
        item.amountCents = amountFor(item.billedSeconds, monthly);
        item.description =
            span.controlPlane
                ? QStringLiteral("High availability control plane")
                : QStringLiteral("%1 node %2 (pool %3)")
                      .arg(span.size, span.nodeName.isEmpty() ? span.resourceUuid : span.nodeName,
                           span.poolName);
        item.start = a;
        item.end = b;
        invoice.items.append(item);
        invoice.amountCents += item.amountCents;
    }
    // Grouped as the control panel shows them: by cluster, its control plane first.
    std::stable_sort(invoice.items.begin(), invoice.items.end(),
                     [](const InvoiceItemRow& x, const InvoiceItemRow& y) {
                         if (x.groupDescription != y.groupDescription)
                             return x.groupDescription < y.groupDescription;
                         if (x.controlPlane != y.controlPlane)
                             return x.controlPlane;
                         return x.start < y.start;
                     });
    return invoice;
}

} // namespace

QString dollars(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QList<InvoiceRow> pastInvoices(const QList<BilledSpan>& spans, const QJsonArray& sizes,
                               const QDateTime& since, const QDateTime& now,
                               const QString& accountUuid)
{
    QList<InvoiceRow> invoices;
    if (!since.isValid())
        return invoices;
    const QDateTime current = monthStartOf(now);
    for (QDateTime m = monthStartOf(since); m < current; m = m.addMonths(1))
        invoices.prepend(invoiceFor(spans, sizes, m, m.addMonths(1), accountUuid));
    return invoices;
}

InvoiceRow previewInvoice(const QList<BilledSpan>& spans, const QJsonArray& sizes,
                          const QDateTime& now, const QString& accountUuid)
{
    InvoiceRow preview = invoiceFor(spans, sizes, monthStartOf(now), now, accountUuid);
    preview.preview = true;
    preview.updatedAt = now;
    return preview;
}

namespace json {

QJsonObject invoiceSummary(const InvoiceRow& invoice)
{
    QJsonObject o{{QStringLiteral("invoice_uuid"), invoice.uuid},
                  {QStringLiteral("invoice_id"), invoice.invoiceId},
                  {QStringLiteral("amount"), dollars(invoice.amountCents)},
                  {QStringLiteral("invoice_period"), invoice.period}};
    if (invoice.preview)
        o.insert(QStringLiteral("updated_at"), timestamp(invoice.updatedAt));
    return o;
}

QJsonObject invoiceItem(const InvoiceItemRow& item)
{
    QJsonObject o{{QStringLiteral("product"), item.product},
                  {QStringLiteral("resource_uuid"), item.resourceUuid},
                  {QStringLiteral("group_description"), item.groupDescription},
                  {QStringLiteral("description"), item.description},
                  {QStringLiteral("amount"), dollars(item.amountCents)},
                  {QStringLiteral("duration"), hours(item.billedSeconds)},
                  {QStringLiteral("duration_unit"), QStringLiteral("Hours")},
                  {QStringLiteral("start_time"), timestamp(item.start)},
                  {QStringLiteral("end_time"), timestamp(item.end)},
                  {QStringLiteral("project_name"), QStringLiteral("default")}};
    if (!item.resourceId.isEmpty())
        o.insert(QStringLiteral("resource_id"), item.resourceId);
    return o;
}

} // namespace json
} // namespace sim
