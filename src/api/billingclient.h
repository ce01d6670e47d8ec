#pragma once

#include "apierror.h"
#include "core/billedinvoice.h"
#include "doclient.h"

#include <QObject>
#include <QPointer>

namespace api {

// DigitalOcean's billing endpoints over a DoClient's request engine (its
// retries, rate-limit spacing, paging walk, size cap and type checks):
// the invoice list with its preview, an invoice's items (every page), the
// balance. A token without the billing:read scope is answered 403 here while
// everything else works: lacksBillingScope() tells that apart.
class BillingClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = DoClient::Callback<T>;

    explicit BillingClient(DoClient* client, QObject* parent = nullptr);

    // GET /v2/customers/my/invoices, every page, and its invoice_preview.
    void fetchInvoices(QObject* context, Callback<core::billing::InvoiceList> done);
    // GET /v2/customers/my/invoices/{uuid}, every page; "preview" (or the
    // preview's uuid) for the month so far.
    void fetchInvoiceItems(const QString& invoiceUuid, QObject* context,
                           Callback<QList<core::billing::InvoiceItem>> done);
    // GET /v2/customers/my/balance.
    void fetchBalance(QObject* context, Callback<core::billing::Balance> done);

    // A 403 on a billing call: the token has no billing:read.
    static bool lacksBillingScope(const ApiError& error);
    // What to tell a person then.
    static QString billingScopeMessage();

private:
    static ApiError unreadable(const QString& problem);

    QPointer<DoClient> m_client;
};

} // namespace api
