#include "autoscalerconfig.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>
#include <limits>

namespace core {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(autoscalerconfig)
};

const QString ConfigPath = QStringLiteral("cluster_autoscaler_configuration");

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Nanoseconds per unit, as Go's time package spells them.
std::optional<qint64> unitNanoseconds(const QString& unit)
{
    if (unit == u"ns")
        return 1;
    if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
        return 1'000;
    if (unit == u"ms")
        return 1'000'000;
    if (unit == u"s")
        return 1'000'000'000;
    if (unit == u"m")
        return 60LL * 1'000'000'000;
    if (unit == u"h")
        return 3600LL * 1'000'000'000;
    return std::nullopt;
}

std::optional<qint64> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// "1.5" of a fraction: the digits after the point, without trailing zeros.
QString fractionDigits(qint64 value, int digits)
{
    QString text = QString::number(value).rightJustified(digits, u'0');
    while (text.endsWith(u'0'))
        text.chop(1);
    return text;
}

// Go's fmtFrac + fmtInt for a value below one of the larger unit.
QString smallUnit(qint64 ns, qint64 per, int digits, const char* unit)
{
    const QString fraction = fractionDigits(ns % per, digits);
    return QString::number(ns / per) + (fraction.isEmpty() ? QString() : u'.' + fraction) +
           QLatin1String(unit);
}

} // namespace

QStringList autoscalerExpanderNames()
{
    return {QStringLiteral("random"), QStringLiteral("priority"), QStringLiteral("least_waste")};
}

QString autoscalerExpanderMeaning(const QString& expander)
{
    if (expander == u"random")
        return Tr::tr("picks one of the pools that could take the pods at random");
    if (expander == u"priority")
        return Tr::tr("picks the pool with the highest priority in the cluster-autoscaler-priority-"
                      "expander ConfigMap");
    if (expander == u"least_waste")
        return Tr::tr("picks the pool that leaves the least CPU and memory idle");
    return {};
}

std::optional<qint64> parseGoDuration(const QString& text, QString* error)
{
    const QString s = text.trimmed() == text ? text : QString();
    if (text.isEmpty())
        return fail(error, Tr::tr("a duration is empty; write it as 30s, 5m or 1h30m"));
    if (s.isEmpty())
        return fail(error,
                    Tr::tr("\"%1\" has spaces around it; write it as 30s, 5m or 1h30m").arg(text));
    qsizetype i = 0;
    if (s.at(0) == u'-' || s.at(0) == u'+') {
        if (s.at(0) == u'-' && s != u"-0")
            return fail(error, Tr::tr("\"%1\" is negative; a wait cannot be").arg(text));
        i = 1;
    }
    if (s.mid(i) == u"0")
        return 0;
    if (i == s.size())
        return fail(error,
                    Tr::tr("\"%1\" is not a duration; write it as 30s, 5m or 1h30m").arg(text));

    long double total = 0;
    while (i < s.size()) {
        const qsizetype start = i;
        qint64 whole = 0;
        bool wholeDigits = false;
        while (i < s.size() && isDigit(s.at(i))) {
            if (whole > (std::numeric_limits<qint64>::max() - 9) / 10)
                return fail(error, Tr::tr("\"%1\" is too long a duration").arg(text));
            whole = whole * 10 + (s.at(i).unicode() - u'0');
            wholeDigits = true;
            ++i;
        }
        long double fraction = 0;
        bool fractionDigits_ = false;
        if (i < s.size() && s.at(i) == u'.') {
            ++i;
            long double scale = 0.1L;
            while (i < s.size() && isDigit(s.at(i))) {
                fraction += scale * (s.at(i).unicode() - u'0');
                scale /= 10;
                fractionDigits_ = true;
                ++i;
            }
        }
        if (!wholeDigits && !fractionDigits_)
            return fail(error, Tr::tr("\"%1\" is not a duration: a number is missing at \"%2\"; "
                                      "write it as 30s, 5m or 1h30m")
                                   .arg(text, s.mid(start)));
        const qsizetype unitStart = i;
        while (i < s.size() && s.at(i) != u'.' && !isDigit(s.at(i)))
            ++i;
        const QString unit = s.mid(unitStart, i - unitStart);
        if (unit.isEmpty())
            return fail(error, Tr::tr("\"%1\" has no unit after %2; write it as 30s, 5m or 1h30m "
                                      "(units: h, m, s, ms)")
                                   .arg(text, s.mid(start, i - start)));
        const std::optional<qint64> per = unitNanoseconds(unit);
        if (!per)
            return fail(error, Tr::tr("\"%1\": \"%2\" is not a unit DigitalOcean reads; use h, m, "
                                      "s, ms, us or ns (30s, 5m, 1h30m)")
                                   .arg(text, unit));
        total += (static_cast<long double>(whole) + fraction) * static_cast<long double>(*per);
        if (total > static_cast<long double>(std::numeric_limits<qint64>::max()))
            return fail(error, Tr::tr("\"%1\" is too long a duration").arg(text));
    }
    return static_cast<qint64>(total);
}

QString formatGoDuration(qint64 ns)
{
    if (ns == 0)
        return QStringLiteral("0s");
    const bool negative = ns < 0;
    const qint64 u = negative ? -ns : ns;
    QString out;
    if (u < 1'000'000'000) {
        if (u < 1'000)
            out = QString::number(u) + QStringLiteral("ns");
        else if (u < 1'000'000)
            out = smallUnit(u, 1'000, 3, "\u00b5s");
        else
            out = smallUnit(u, 1'000'000, 6, "ms");
    } else {
        const qint64 hours = u / (3600LL * 1'000'000'000);
        const qint64 minutes = (u / (60LL * 1'000'000'000)) % 60;
        const qint64 secondsNs = u % (60LL * 1'000'000'000);
        out = smallUnit(secondsNs, 1'000'000'000, 9, "s");
        if (hours > 0 || minutes > 0)
            out.prepend(QString::number(minutes) + u'm');
        if (hours > 0)
            out.prepend(QString::number(hours) + u'h');
    }
    return negative ? u'-' + out : out;
}

QString describeDuration(qint64 ns)
{
    if (ns < 1'000'000'000)
        return Tr::tr("%1 ms").arg(double(ns) / 1e6, 0, 'g', 4);
    const qint64 totalSeconds = ns / 1'000'000'000;
    const qint64 hours = totalSeconds / 3600, minutes = (totalSeconds / 60) % 60,
                 seconds = totalSeconds % 60;
    QStringList parts;
    if (hours > 0)
        parts << (hours == 1 ? Tr::tr("1 hour") : Tr::tr("%1 hours").arg(hours));
    if (minutes > 0)
        parts << (minutes == 1 ? Tr::tr("1 minute") : Tr::tr("%1 minutes").arg(minutes));
    if (seconds > 0)
        parts << (seconds == 1 ? Tr::tr("1 second") : Tr::tr("%1 seconds").arg(seconds));
    return parts.join(u' ');
}

QString formatThreshold(double threshold)
{
    return QString::number(std::round(threshold * 100) / 100, 'g', 3);
}

QString thresholdMeaning(double threshold)
{
    return Tr::tr("scale down a node when less than %1 % of it is requested")
        .arg(QString::number(std::round(threshold * 1000) / 10, 'g', 4));
}

QList<ValidationIssue> validateAutoscalerConfig(const ClusterAutoscalerConfig& config)
{
    QList<ValidationIssue> issues;
    if (const auto t = config.scaleDownUtilizationThreshold;
        t && (!std::isfinite(*t) || *t < 0 || *t > 1))
        issues << ValidationIssue{
            ConfigPath + QStringLiteral(".scale_down_utilization_threshold"),
            Tr::tr("%1 is not a share of a node: the threshold is between 0 and 1").arg(*t),
            Tr::tr("0.65 scales down nodes less than 65 % requested")};
    if (!config.scaleDownUnneededTime.isEmpty()) {
        QString problem;
        if (!parseGoDuration(config.scaleDownUnneededTime, &problem))
            issues << ValidationIssue{ConfigPath + QStringLiteral(".scale_down_unneeded_time"),
                                      problem, Tr::tr("a number with a unit: 30s, 5m, 1h30m")};
    }
    if (config.expanders) {
        const QStringList known = autoscalerExpanderNames();
        QSet<QString> seen;
        for (qsizetype i = 0; i < config.expanders->size(); ++i) {
            const QString& name = config.expanders->at(i);
            const QString path = QStringLiteral("%1.expanders[%2]").arg(ConfigPath).arg(i);
            if (!known.contains(name))
                issues << ValidationIssue{
                    path, Tr::tr("\"%1\" is not an expander DigitalOcean knows").arg(name),
                    Tr::tr("one of %1").arg(known.join(QStringLiteral(", ")))};
            else if (seen.contains(name))
                issues << ValidationIssue{path, Tr::tr("%1 is listed twice").arg(name), {}};
            seen.insert(name);
        }
    }
    return issues;
}

double effectiveThreshold(const std::optional<ClusterAutoscalerConfig>& config)
{
    return config && config->scaleDownUtilizationThreshold ? *config->scaleDownUtilizationThreshold
                                                           : DefaultScaleDownUtilizationThreshold;
}

QString effectiveUnneededTime(const std::optional<ClusterAutoscalerConfig>& config)
{
    return config && !config->scaleDownUnneededTime.isEmpty()
               ? config->scaleDownUnneededTime
               : QString::fromLatin1(DefaultScaleDownUnneededTime);
}

QStringList effectiveExpanders(const std::optional<ClusterAutoscalerConfig>& config)
{
    return config && config->expanders && !config->expanders->isEmpty()
               ? *config->expanders
               : QStringList{QStringLiteral("random")};
}

} // namespace core
