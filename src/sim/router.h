#pragma once

#include "sim/httpserver.h"
#include "sim/jsonwriter.h"
#include "sim/ratelimiter.h"
#include "sim/simstate.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sim {

class SimClock;

// One route the simulator answers, by method and path template as the
// contract spells it; the contract test walks this list.
struct RouteInfo
{
    QByteArray method;
    QString pathTemplate; // e.g. /v2/kubernetes/clusters/{cluster_id}
};

// How shaping faults bend an otherwise normal answer.
struct AnswerShape
{
    int staleLagSecs = -1; // >= 0: lists leave out pools created less than this ago
    int loopNextPage = -1; // >= 0: paged `next` leads back here (0 = the same page)
};

// Authentication, rate limiting and every API route: a request in, the
// answer DigitalOcean would give out. It knows nothing of faults or sockets.
class Router
{
public:
    Router(SimState& state, SimClock& clock, RateLimiter& limiter);

    void setToken(const QString& token) { m_token = token; }
    void setReadOnlyToken(const QString& token) { m_readOnlyToken = token; }
    void setTokenWithoutBilling(const QString& token) { m_noBillingToken = token; }
    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }

    HttpResponse handle(const HttpRequest& request, const QString& requestId,
                        const AnswerShape& shape = {});
    // The rate-limit and request-id headers for an answer the router did not
    // make (an injected fault): every response carries them.
    void addHeaders(const HttpRequest& request, const QString& requestId,
                    HttpResponse* response) const;

    // Helpers the fault layer shares, so injected errors look like real ones.
    static HttpResponse jsonResponse(int status, const QJsonObject& body);
    static HttpResponse errorResponse(int status, const QString& id, const QString& message,
                                      const QString& requestId);
    static QList<RouteInfo> routes();

private:
    QString presentedToken(const HttpRequest& request) const;
    HttpResponse dispatch(const HttpRequest& request, const QString& requestId, bool mayWrite,
                          const AnswerShape& shape);
    HttpResponse failure(const Failure& f, const QString& requestId) const;
    bool readPage(const HttpRequest& request, const AnswerShape& shape, json::Page* page) const;
    // The URL paging links are made from, in the configured LinkStyle.
    QUrl linkUrl(const HttpRequest& request) const;
    // The cluster as a lagging list shows it: without its youngest pools.
    ClusterRow listed(const ClusterRow& cluster, const AnswerShape& shape) const;

    HttpResponse clusters(const HttpRequest& request, const QString& requestId,
                          const AnswerShape& shape);
    HttpResponse sizes(const HttpRequest& request, const QString& requestId,
                       const AnswerShape& shape);
    HttpResponse tags(const HttpRequest& request, const QString& requestId,
                      const AnswerShape& shape);
    QJsonObject options() const;

    SimState& m_state;
    SimClock& m_clock;
    RateLimiter& m_limiter;
    QString m_token;
    QString m_readOnlyToken;
    QString m_noBillingToken; // full access but no billing:read
    QUrl m_baseUrl;
};

} // namespace sim
