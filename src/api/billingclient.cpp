#include "billingclient.h"

#include <QUrl>

namespace api {

BillingClient::BillingClient(DoClient* client, QObject* parent) : QObject(parent), m_client(client)
{}

ApiError BillingClient::unreadable(const QString& problem)
{
    ApiError error;
    error.id = QStringLiteral("malformed_response");
    error.message = tr("The billing answer could not be read: %1").arg(problem);
    return error;
}

bool BillingClient::lacksBillingScope(const ApiError& error)
{
    return error.httpStatus == 403;
}

QString BillingClient::billingScopeMessage()
{
    return tr("This token may not read billing (DigitalOcean answered 403: it lacks the "
              "billing:read scope). Create a token with billing:read to compare the bill with "
              "the estimate; everything else works without it.");
}

void BillingClient::fetchInvoices(QObject* context, Callback<core::billing::InvoiceList> done)
{
    DoClient* c = m_client;
    QPointer<QObject> guard(context);
    // The preview rides on every page of the list; one small page reads it,
    // then the walk collects every invoice.
    c->get(c->endpoint(QStringLiteral("/v2/customers/my/invoices"),
                       {{QStringLiteral("page"), QStringLiteral("1")},
                        {QStringLiteral("per_page"), QStringLiteral("1")}}),
           QStringLiteral("invoice_preview"), context,
           [c, guard, done](const DoClient::Answer& first) {
               if (first.error.isError()) {
                   done({}, first.error);
                   return;
               }
               const QJsonValue preview = first.body.object().value(u"invoice_preview");
               c->getAllPages(c->firstPage(QStringLiteral("/v2/customers/my/invoices")),
                              QStringLiteral("invoices"), guard,
                              [done, preview](const QJsonArray& invoices, const ApiError& error) {
                                  if (error.isError()) {
                                      done({}, error);
                                      return;
                                  }
                                  core::billing::InvoiceList list;
                                  if (const QString problem =
                                          core::billing::readInvoiceList(invoices, preview, &list);
                                      !problem.isEmpty()) {
                                      done({}, unreadable(problem));
                                      return;
                                  }
                                  done(list, {});
                              });
           });
}

void BillingClient::fetchInvoiceItems(const QString& invoiceUuid, QObject* context,
                                      Callback<QList<core::billing::InvoiceItem>> done)
{
    DoClient* c = m_client;
    const QString path = QStringLiteral("/v2/customers/my/invoices/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(invoiceUuid));
    c->getAllPages(c->firstPage(path), QStringLiteral("invoice_items"), context,
                   [done](const QJsonArray& items, const ApiError& error) {
                       if (error.isError()) {
                           done({}, error);
                           return;
                       }
                       QList<core::billing::InvoiceItem> read;
                       if (const QString problem = core::billing::readInvoiceItems(items, &read);
                           !problem.isEmpty()) {
                           done({}, unreadable(problem));
                           return;
                       }
                       done(read, {});
                   });
}

void BillingClient::fetchBalance(QObject* context, Callback<core::billing::Balance> done)
{
    DoClient* c = m_client;
    c->get(c->endpoint(QStringLiteral("/v2/customers/my/balance")),
           QStringLiteral("month_to_date_usage"), context, [done](const DoClient::Answer& answer) {
               if (answer.error.isError()) {
                   done({}, answer.error);
                   return;
               }
               core::billing::Balance balance;
               if (const QString problem =
                       core::billing::readBalance(answer.body.object(), &balance);
                   !problem.isEmpty()) {
                   done({}, unreadable(problem));
                   return;
               }
               done(balance, {});
           });
}

} // namespace api
