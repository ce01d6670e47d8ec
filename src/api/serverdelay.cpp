#include "serverdelay.h"

#include <QLocale>
#include <QTimeZone>

namespace api {

namespace {

std::chrono::milliseconds until(const QDateTime& when, const QDateTime& now)
{
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace

std::optional<QDateTime> parseHttpDate(const QByteArray& text)
{
    // Day and month names are English whatever the user's locale.
    const QLocale c = QLocale::c();
    // The weekday adds nothing, and Qt would check it against a two-digit
    // year read as 19xx: drop it.
    QString value = QString::fromLatin1(text.trimmed()).simplified();
    value = value.mid(value.indexOf(value.contains(u',') ? u',' : u' ') + 1).trimmed();
    for (const char* format : {"dd MMM yyyy hh:mm:ss 'GMT'", // IMF-fixdate
                               "dd-MMM-yy hh:mm:ss 'GMT'",   // RFC 850
                               "MMM d hh:mm:ss yyyy"}) {     // asctime, spaces simplified
        QDateTime parsed = c.toDateTime(value, QString::fromLatin1(format));
        if (!parsed.isValid())
            continue;
        if (parsed.date().year() < 1970) // RFC 850's two-digit years
            parsed = parsed.addYears(100);
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    }
    return std::nullopt;
}

std::chrono::milliseconds serverAskedDelay(const QByteArray& retryAfter,
                                           const QByteArray& rateLimitReset, bool rateLimited,
                                           const QDateTime& now)
{
    const QByteArray asked = retryAfter.trimmed();
    if (!asked.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = asked.toLongLong(&isNumber);
        if (isNumber)
            return std::chrono::seconds(std::max<qint64>(0, seconds));
        if (const auto date = parseHttpDate(asked))
            return until(*date, now);
    }
    if (!rateLimited)
        return {};
    bool isNumber = false;
    const qint64 reset = rateLimitReset.trimmed().toLongLong(&isNumber);
    if (!isNumber)
        return {};
    return until(QDateTime::fromSecsSinceEpoch(reset, QTimeZone::utc()), now);
}

} // namespace api
