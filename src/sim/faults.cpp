#include "sim/faults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sim {
namespace {

struct KindName
{
    FaultKind kind;
    const char* name;
};
constexpr KindName kindNames[] = {
    {FaultKind::Latency, "latency"},
    {FaultKind::Status, "status"},
    {FaultKind::Drop, "drop"},
    {FaultKind::DropAfterApply, "drop_after_apply"},
    {FaultKind::Truncate, "truncate"},
    {FaultKind::Malformed, "malformed"},
    {FaultKind::WrongContentType, "wrong_content_type"},
    {FaultKind::Redirect, "redirect"},
    {FaultKind::LinkLoop, "link_loop"},
    {FaultKind::StatusAfterApply, "status_after_apply"},
    {FaultKind::EmptySuccess, "empty_success"},
    {FaultKind::StaleList, "stale_list"},
    {FaultKind::Headers, "headers"},
};

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int defaultStatus(FaultKind kind)
{
    switch (kind) {
    case FaultKind::WrongContentType:
        return 200; // a proxy's page, unless told otherwise
    case FaultKind::Redirect:
        return 302;
    case FaultKind::StatusAfterApply:
        return 500;
    default:
        return 503;
    }
}

QRegularExpression patternToRegex(const QString& pattern)
{
    QString re;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.mid(i, 2) == u"**") {
            re += QStringLiteral(".*");
            ++i;
        } else if (pattern[i] == u'*') {
            re += QStringLiteral("[^/]*");
        } else {
            re += QRegularExpression::escape(pattern.mid(i, 1));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re));
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const KindName& k : kindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QString();
}

bool isEffectKind(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Latency:
    case FaultKind::Headers:
    case FaultKind::StaleList:
    case FaultKind::LinkLoop:
        return false;
    default:
        return true;
    }
}

int FaultRule::effectiveStatus() const
{
    return status > 0 ? status : defaultStatus(kind);
}

bool FaultRule::matches(const QString& requestMethod, const QString& requestPath) const
{
    if (method != u"*" && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    // Trailing slashes are not significant for DO's router.
    QString p = requestPath;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    return patternToRegex(path).match(p).hasMatch();
}

bool FaultRule::take(const QString& requestMethod, const QString& requestPath)
{
    if (!matches(requestMethod, requestPath))
        return false;
    ++seen;
    return seen >= nth && (times <= 0 || seen < nth + times);
}

FaultRule FaultRule::on(const QString& requestMethod, FaultKind faultKind,
                        const QString& pathPattern)
{
    FaultRule rule;
    rule.method = requestMethod;
    rule.kind = faultKind;
    rule.path = pathPattern;
    return rule;
}

bool FaultRule::parse(const QJsonObject& o, FaultRule* out, QString* error)
{
    FaultRule r;
    r.method = o.value(u"method").toString(QStringLiteral("*")).toUpper();
    r.path = o.value(u"path").toString(QStringLiteral("**"));
    r.nth = o.value(u"nth").toInt(1);
    r.times = o.value(u"times").toInt(1);
    r.latencyMs = o.value(u"latency_ms").toInt(0);
    r.retryAfterSecs = o.value(u"retry_after").toInt(1);
    const QString kind = o.value(u"kind").toString();
    bool known = false;
    for (const KindName& k : kindNames) {
        if (kind == QLatin1String(k.name)) {
            r.kind = k.kind;
            known = true;
        }
    }
    if (!known) {
        if (error)
            *error = QStringLiteral("unknown fault kind \"%1\"").arg(kind);
        return false;
    }
    r.status = o.value(u"status").toInt(defaultStatus(r.kind));
    r.retryAfterDate = o.value(u"retry_after_date").toBool(false);
    r.noRetryAfter = o.value(u"no_retry_after").toBool(false);
    r.location = o.value(u"location").toString();
    r.nextPage = o.value(u"next_page").toInt(0);
    r.lagSecs = o.value(u"lag_secs").toInt(60);
    r.noBody = o.value(u"no_body").toBool(false);
    r.ratelimitRemaining = o.value(u"ratelimit_remaining").toInt(-1);
    r.ratelimitLimit = o.value(u"ratelimit_limit").toInt(-1);
    r.ratelimitResetAfterSecs = o.value(u"ratelimit_reset_after").toInt(-1);
    auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (r.nth < 1)
        return refuse(QStringLiteral("nth must be at least 1"));
    if (r.kind == FaultKind::Redirect && !isRedirectStatus(r.effectiveStatus()))
        return refuse(
            QStringLiteral("a redirect's status must be 301, 302, 303, 307 or 308, not %1")
                .arg(r.status));
    if (r.kind == FaultKind::StatusAfterApply && r.effectiveStatus() < 400)
        return refuse(
            QStringLiteral("status_after_apply needs an error status, not %1").arg(r.status));
    if (r.lagSecs < 0 || r.nextPage < 0)
        return refuse(QStringLiteral("lag_secs and next_page cannot be negative"));
    *out = r;
    return true;
}

QJsonObject FaultRule::toJson() const
{
    // Every key parse() reads, so a rule read back is the same rule.
    QJsonObject o{{QStringLiteral("method"), method},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("nth"), nth},
                  {QStringLiteral("times"), times},
                  {QStringLiteral("kind"), faultKindName(kind)},
                  {QStringLiteral("status"), effectiveStatus()},
                  {QStringLiteral("latency_ms"), latencyMs},
                  {QStringLiteral("retry_after"), retryAfterSecs},
                  {QStringLiteral("retry_after_date"), retryAfterDate},
                  {QStringLiteral("no_retry_after"), noRetryAfter},
                  {QStringLiteral("next_page"), nextPage},
                  {QStringLiteral("lag_secs"), lagSecs},
                  {QStringLiteral("no_body"), noBody},
                  {QStringLiteral("ratelimit_remaining"), ratelimitRemaining},
                  {QStringLiteral("ratelimit_limit"), ratelimitLimit},
                  {QStringLiteral("ratelimit_reset_after"), ratelimitResetAfterSecs},
                  {QStringLiteral("seen"), seen}};
    if (!location.isEmpty())
        o.insert(QStringLiteral("location"), location);
    return o;
}

FaultPlan FaultTable::planFor(const QString& method, const QString& path)
{
    FaultPlan plan;
    for (FaultRule& rule : m_rules) {
        if (!rule.take(method, path))
            continue;
        plan.latencyMs += rule.latencyMs;
        if (rule.ratelimitRemaining >= 0)
            plan.headers.remaining = rule.ratelimitRemaining;
        if (rule.ratelimitLimit >= 0)
            plan.headers.limit = rule.ratelimitLimit;
        if (rule.ratelimitResetAfterSecs >= 0)
            plan.headers.resetAfterSecs = rule.ratelimitResetAfterSecs;
        if (rule.kind == FaultKind::StaleList)
            plan.staleLagSecs = qMax(plan.staleLagSecs, rule.lagSecs);
        if (rule.kind == FaultKind::LinkLoop)
            plan.loopNextPage = rule.nextPage;
        if (!isEffectKind(rule.kind))
            continue;
        if (!plan.hasEffect) {
            plan.hasEffect = true;
            plan.effect = rule;
        }
    }
    return plan;
}

bool FaultTable::load(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonArray rules = doc.isArray() ? doc.array() : doc.object().value(u"faults").toArray();
    QList<FaultRule> parsed;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        FaultRule rule;
        QString why;
        if (!FaultRule::parse(rules.at(i).toObject(), &rule, &why)) {
            if (error)
                *error = QStringLiteral("faults[%1]: %2").arg(i).arg(why);
            return false;
        }
        parsed.append(rule);
    }
    m_rules.append(parsed);
    return true;
}

bool FaultTable::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return load(file.readAll(), error);
}

} // namespace sim
