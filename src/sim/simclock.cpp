#include "sim/simclock.h"

#include <QTimeZone>

namespace sim {

SimClock::SimClock(QObject* parent) : QObject(parent) {}

QDateTime SimClock::now() const
{
    if (m_mode == Mode::Manual)
        return m_manualNow;
    // Whole seconds: the API writes RFC 3339 without fractions, and state
    // transitions compare against what was written.
    const qint64 secs = QDateTime::currentSecsSinceEpoch() + m_offsetSecs;
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

void SimClock::setManual(const QDateTime& start)
{
    m_mode = Mode::Manual;
    m_manualNow = start.isValid()
                      ? QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch(), QTimeZone::utc())
                      : QDateTime(QDate(2025, 6, 2), QTime(9, 0), QTimeZone::utc());
}

void SimClock::setRealTime()
{
    m_mode = Mode::RealTime;
    m_offsetSecs = 0;
}

void SimClock::advance(int seconds)
{
    if (seconds <= 0)
        return;
    if (m_mode == Mode::Manual)
        m_manualNow = m_manualNow.addSecs(seconds);
    else
        m_offsetSecs += seconds;
    Q_EMIT advanced();
}

} // namespace sim
