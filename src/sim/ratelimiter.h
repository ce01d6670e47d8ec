#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace sim {

// DigitalOcean's two windows per token: a minute (250) and an hour (5000).
// Sliding windows over request times, so a burst is refused exactly when the
// real API would refuse it and frees up as the oldest request ages out.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;          // ratelimit-limit (the hourly limit, as DO sends)
        int remaining = 0;      // ratelimit-remaining (in the hour)
        qint64 reset = 0;       // ratelimit-reset: when the oldest request expires (Unix)
        int retryAfterSecs = 0; // retry-after, when refused
    };

    void setLimits(int perMinute, int perHour);
    int perMinute() const { return m_perMinute; }
    int perHour() const { return m_perHour; }

    // Counts one request for `token` at `nowSecs` unless a window is full.
    Verdict take(const QString& token, qint64 nowSecs);
    // The same numbers without counting a request (for injected answers).
    Verdict peek(const QString& token, qint64 nowSecs) const;
    void clear() { m_requests.clear(); }

private:
    int m_perMinute = 250;
    int m_perHour = 5000;
    QHash<QString, QList<qint64>> m_requests; // oldest first
};

} // namespace sim
