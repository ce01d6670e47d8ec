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
};

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
    // A wrong content type is a 200 from a proxy unless told otherwise.
    r.status = o.value(u"status").toInt(r.kind == FaultKind::WrongContentType ? 200 : 503);
    if (r.nth < 1) {
        if (error)
            *error = QStringLiteral("nth must be at least 1");
        return false;
    }
    *out = r;
    return true;
}

QJsonObject FaultRule::toJson() const
{
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("nth"), nth},
                       {QStringLiteral("times"), times},
                       {QStringLiteral("kind"), faultKindName(kind)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("latency_ms"), latencyMs},
                       {QStringLiteral("retry_after"), retryAfterSecs},
                       {QStringLiteral("seen"), seen}};
}

FaultPlan FaultTable::planFor(const QString& method, const QString& path)
{
    FaultPlan plan;
    for (FaultRule& rule : m_rules) {
        if (!rule.take(method, path))
            continue;
        plan.latencyMs += rule.latencyMs;
        if (rule.kind == FaultKind::Latency)
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
