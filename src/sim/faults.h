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
    int status = 503;
    int latencyMs = 0; // added before the answer, for any kind
    int retryAfterSecs = 1;

    int seen = 0; // matching requests so far

    bool matches(const QString& method, const QString& path) const;
    // Counts the request and says whether it is one this rule affects.
    bool take(const QString& method, const QString& path);

    static bool parse(const QJsonObject& object, FaultRule* out, QString* error);
    QJsonObject toJson() const;
};

// The plan for one request, after every rule has had its say.
struct FaultPlan
{
    int latencyMs = 0;
    bool hasEffect = false;
    FaultRule effect; // the first non-latency rule that took the request
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

} // namespace sim
