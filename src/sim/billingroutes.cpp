#include "sim/billingroutes.h"

#include "sim/billinginvoices.h"
#include "sim/router.h"

#include <QJsonArray>

namespace sim {
namespace {

const QString Prefix = QStringLiteral("/v2/customers/my/");
const QString Invoices = QStringLiteral("/v2/customers/my/invoices");

QString trimmed(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

HttpResponse notFoundAnswer(const QString& requestId)
{
    return Router::errorResponse(404, QStringLiteral("not_found"),
                                 QStringLiteral("The resource you requested could not be found."),
                                 requestId);
}

} // namespace

QList<BillingRouteInfo> BillingRoutes::routes()
{
    return {{"GET", QStringLiteral("/v2/customers/my/balance")},
            {"GET", Invoices},
            {"GET", QStringLiteral("/v2/customers/my/invoices/{invoice_uuid}")}};
}

bool BillingRoutes::claims(const HttpRequest& request)
{
    return request.path.startsWith(Prefix);
}

HttpResponse BillingRoutes::answer(const HttpRequest& request, const QString& requestId,
                                   const Context& c)
{
    const QString path = trimmed(request.path);
    const bool known = path == u"/v2/customers/my/balance" || path == Invoices ||
                       (path.startsWith(Invoices + u'/') && path.count(u'/') == 5);
    if (!known || request.method != "GET")
        return notFoundAnswer(requestId);
    // A custom-scoped token without billing:read reads nothing here.
    if (!c.allowed)
        return Router::errorResponse(
            403, QStringLiteral("forbidden"),
            QStringLiteral("You do not have access for the attempted action."), requestId);
    if (!c.pageValid)
        return Router::errorResponse(400, QStringLiteral("bad_request"),
                                     QStringLiteral("invalid page or per_page"), requestId);

    const QList<BilledSpan> spans = c.ledger.spans(c.tables, c.now);
    const QString account = c.tables.account.uuid;
    const InvoiceRow preview = previewInvoice(spans, c.tables.sizes, c.now, account);

    if (path == u"/v2/customers/my/balance") {
        // Every past invoice counts as paid: what is owed is this month's use.
        return Router::jsonResponse(
            200, {{QStringLiteral("month_to_date_balance"), dollars(preview.amountCents)},
                  {QStringLiteral("account_balance"), QStringLiteral("0.00")},
                  {QStringLiteral("month_to_date_usage"), dollars(preview.amountCents)},
                  {QStringLiteral("generated_at"), json::timestamp(c.now)}});
    }

    const QList<InvoiceRow> past =
        pastInvoices(spans, c.tables.sizes, c.ledger.since(), c.now, account);
    if (path == Invoices) {
        QJsonArray all;
        for (const InvoiceRow& invoice : past)
            all.append(json::invoiceSummary(invoice));
        QJsonObject body = json::pagedEnvelope(QStringLiteral("invoices"), all, c.page, c.linkUrl);
        body.insert(QStringLiteral("invoice_preview"), json::invoiceSummary(preview));
        return Router::jsonResponse(200, body);
    }

    const QString uuid = path.section(u'/', 5, 5);
    const InvoiceRow* invoice = nullptr;
    if (uuid == u"preview" || uuid == preview.uuid)
        invoice = &preview;
    for (const InvoiceRow& p : past)
        if (p.uuid == uuid)
            invoice = &p;
    if (!invoice)
        return notFoundAnswer(requestId);
    QJsonArray items;
    for (const InvoiceItemRow& item : invoice->items)
        items.append(json::invoiceItem(item));
    return Router::jsonResponse(
        200, json::pagedEnvelope(QStringLiteral("invoice_items"), items, c.page, c.linkUrl));
}

} // namespace sim
