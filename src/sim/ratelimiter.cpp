#include "sim/ratelimiter.h"

#include <algorithm>

namespace sim {

void RateLimiter::setLimits(int perMinute, int perHour)
{
    m_perMinute = perMinute;
    m_perHour = perHour;
}

RateLimiter::Verdict RateLimiter::take(const QString& token, qint64 nowSecs)
{
    QList<qint64>& times = m_requests[token];
    times.removeIf([&](qint64 t) { return t <= nowSecs - 3600; });
    const auto inMinute =
        std::find_if(times.cbegin(), times.cend(), [&](qint64 t) { return t > nowSecs - 60; });
    const int minuteCount = int(times.cend() - inMinute);

    Verdict v;
    v.limit = m_perHour;
    if (int(times.size()) >= m_perHour) {
        v.allowed = false;
        v.retryAfterSecs = int(qMax<qint64>(1, times.first() + 3600 - nowSecs));
    } else if (minuteCount >= m_perMinute) {
        v.allowed = false;
        v.retryAfterSecs = int(qMax<qint64>(1, *inMinute + 60 - nowSecs));
    } else {
        times.append(nowSecs);
    }
    v.remaining = qMax(0, m_perHour - int(times.size()));
    v.reset = times.isEmpty() ? nowSecs : times.first() + 3600;
    return v;
}

RateLimiter::Verdict RateLimiter::peek(const QString& token, qint64 nowSecs) const
{
    const QList<qint64> times = m_requests.value(token);
    Verdict v;
    v.limit = m_perHour;
    int inHour = 0;
    qint64 oldest = nowSecs;
    for (qint64 t : times)
        if (t > nowSecs - 3600) {
            oldest = inHour == 0 ? t : oldest;
            ++inHour;
        }
    v.remaining = qMax(0, m_perHour - inHour);
    v.reset = inHour == 0 ? nowSecs : oldest + 3600;
    return v;
}

} // namespace sim
