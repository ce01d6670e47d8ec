#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace sim {

// What a fault does to one request.
enum class FaultKind
{
    Latency,          // answer normally, `latencyMs` later
    Status,           // answer `status` (429, 500, 502, 503...) with DO's error body; not applied
    Drop,             // close the connection without answering; not applied
    DropAfterApply,   // apply the request, then close without answering
    Truncate,         // apply; send the headers and half the body, then close
    Malformed,        // apply; answer with a body that is not JSON
    WrongContentType, // apply; answer with the right body labelled text/html
    Redirect,         // answer a 30x with `location`; not applied
    LinkLoop,         // answer normally, but `links.pages.next` leads back (`nextPage`)
    StatusAfterApply, // apply, then answer `status` (default 500) with DO's error body
    EmptySuccess,     // apply, then answer the route's 2xx with `{}` (or no body)
    StaleList,        // answer lists without the pools created in the last `lagSecs`
    Headers,          // answer normally with the rate-limit headers overridden
};

// One rule: which requests (method, path pattern, which of the matching
// requests) and what happens to them. Rules count their own matches.
struct FaultRule
{
    QString method = QStringLiteral("*"); // GET, POST, ... or *
    QString path = QStringLiteral("**");  // `*` one path segment, `**` any number
    int nth = 1;                          // first matching request affected (1-based)
    int times = 1;                        // how many from there; 0 = every one after
    FaultKind kind = FaultKind::Status;
    int status = 0;    // 0 = the kind's default (see effectiveStatus)
    int latencyMs = 0; // added before the answer, for any kind
    int retryAfterSecs = 1;

    // status 429: `retry-after` as an IMF-fixdate (real UTC now + retryAfterSecs)
    // instead of seconds, or no `retry-after` at all (then `ratelimit-reset`
    // is real now + retryAfterSecs, the one hint a client has left).
    bool retryAfterDate = false;
    bool noRetryAfter = false;

    // redirect: where to (relative = same origin; absent = the request's own
    // path and query). `{base}` becomes the simulator's base URL, `{path}` the
    // request's path and query.
    QString location;
    // link_loop: the page `next` points at; 0 = the page just answered.
    int nextPage = 0;
    // stale_list: pools created less than this many simulated seconds ago
    // are left out of the answer.
    int lagSecs = 60;
    // empty_success: no body at all instead of `{}`.
    bool noBody = false;
    // Any kind: these rate-limit headers on the answer instead of the real
    // ones (-1 = not overridden). The reset is real UTC now + resetAfterSecs,
    // since clients compare it with the wall clock.
    int ratelimitRemaining = -1;
    int ratelimitLimit = -1;
    int ratelimitResetAfterSecs = -1;

    int seen = 0; // matching requests so far

    // `status`, or the kind's default: 302 for redirect, 500 for
    // status_after_apply, 200 for wrong_content_type, 503 otherwise.
    int effectiveStatus() const;

    bool matches(const QString& method, const QString& path) const;
    // Counts the request and says whether it is one this rule affects.
    bool take(const QString& method, const QString& path);

    // A rule of `kind` for `method` requests to `path`, once; the other
    // fields keep their defaults for the caller to adjust.
    static FaultRule on(const QString& method, FaultKind kind,
                        const QString& path = QStringLiteral("**"));
    static bool parse(const QJsonObject& object, FaultRule* out, QString* error);
    QJsonObject toJson() const;
};

// Rate-limit headers a rule puts on an answer in place of the real ones.
struct HeaderOverrides
{
    int remaining = -1; // -1 = the real value
    int limit = -1;
    int resetAfterSecs = -1;
    bool any() const { return remaining >= 0 || limit >= 0 || resetAfterSecs >= 0; }
};

// The plan for one request, after every rule has had its say. Latency,
// header overrides and a stale list add up across rules; of the kinds that
// change the answer itself, the first rule that took the request wins.
struct FaultPlan
{
    int latencyMs = 0;
    HeaderOverrides headers;
    int staleLagSecs = -1; // >= 0: leave out pools younger than this
    int loopNextPage = -1; // >= 0: `next` leads here (0 = the same page)
    bool hasEffect = false;
    FaultRule effect; // the first rule of an answer-changing kind
};

class FaultTable
{
public:
    void add(const FaultRule& rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    const QList<FaultRule>& rules() const { return m_rules; }
    FaultPlan planFor(const QString& method, const QString& path);

    // `{"faults": [ {rule}, ... ]}` or a bare array of rules.
    bool load(const QByteArray& json, QString* error);
    bool loadFile(const QString& path, QString* error);

private:
    QList<FaultRule> m_rules;
};

QString faultKindName(FaultKind kind);
// Kinds that change how the answer is produced or sent (one per request);
// the others (latency, headers, stale_list, link_loop) only shape a normal
// answer and add up.
bool isEffectKind(FaultKind kind);

} // namespace sim
