#pragma once

#include "sim/billingledger.h"
#include "sim/httpserver.h"
#include "sim/jsonwriter.h"

#include <QUrl>

// The billing routes of DigitalOcean's API, answered from the ledger
// (billinginvoices.h): balance, the invoice list with its preview, and one
// invoice's items (paged; `preview` for the month so far). The router hands
// over any request under /v2/customers/my/ and answers what this returns.
namespace sim {

struct BillingRouteInfo
{
    QByteArray method;
    QString pathTemplate; // as the billing contract spells it
};

class BillingRoutes
{
public:
    // The routes claimed, for the contract test.
    static QList<BillingRouteInfo> routes();
    // Whether the request is one for this class (any method under the prefix).
    static bool claims(const HttpRequest& request);

    struct Context
    {
        const Tables& tables;
        const BillingLedger& ledger;
        QDateTime now;
        json::Page page;
        bool pageValid = true;
        QUrl linkUrl;        // what paging links are made from
        bool allowed = true; // the token has billing:read
    };
    static HttpResponse answer(const HttpRequest& request, const QString& requestId,
                               const Context& context);
};

} // namespace sim
