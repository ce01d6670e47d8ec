#pragma once

#include <QDateTime>
#include <QTimeZone>

// Dates and times with a fixed offset from UTC, built the way Qt's own ISO
// reader builds them (time spec Qt::UTC for "Z", Qt::OffsetFromUTC for
// "+05:00"). Qt 6.8 deprecates the Qt::TimeSpec constructor; its
// replacements (QTimeZone::UTC, fromSecondsAheadOfUtc) came with Qt 6.5.
namespace core {

inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

inline QDateTime offsetDateTime(QDate date, QTime time, int secondsAheadOfUtc)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(secondsAheadOfUtc));
#else
    return QDateTime(date, time, Qt::OffsetFromUTC, secondsAheadOfUtc);
#endif
}

} // namespace core
