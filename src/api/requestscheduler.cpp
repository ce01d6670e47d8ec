#include "requestscheduler.h"

#include <algorithm>

namespace api {

RequestScheduler::RequestScheduler(QObject* parent) : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::pump);
}

void RequestScheduler::setLimit(int requests, std::chrono::milliseconds window)
{
    m_limit = std::max(1, requests);
    m_window = std::max(window, std::chrono::milliseconds(1));
    pump();
}

qint64 RequestScheduler::waitBeforeNext(const std::deque<qint64>& startedAt, qint64 now, int limit,
                                        qint64 window)
{
    if (qsizetype(startedAt.size()) < limit)
        return 0;
    // The start that must leave the window before one more fits in it.
    const qint64 blocking = startedAt.at(startedAt.size() - size_t(limit));
    return std::max<qint64>(0, blocking + window - now);
}

qint64 RequestScheduler::spacingFor(int limit, int remaining, qint64 msUntilReset)
{
    const int lowWater = std::max(10, limit / 20);
    if (remaining < 0 || remaining > lowWater || msUntilReset <= 0)
        return 0;
    return std::min(MaxSpacingMs, msUntilReset / (remaining + 1));
}

void RequestScheduler::forgetOld(qint64 now)
{
    while (!m_startedAt.empty() && m_startedAt.front() + m_window.count() <= now)
        m_startedAt.pop_front();
}

int RequestScheduler::recentStarts()
{
    forgetOld(m_clock.elapsed());
    return int(m_startedAt.size());
}

void RequestScheduler::submit(std::function<void()> start)
{
    m_queue.push_back(std::move(start));
    pump();
}

void RequestScheduler::submitFirst(std::function<void()> start)
{
    m_queue.push_front(std::move(start));
    pump();
}

void RequestScheduler::holdFor(std::chrono::milliseconds delay)
{
    m_heldUntil = std::max(m_heldUntil, m_clock.elapsed() + delay.count());
    m_probing = true;
    m_probeOut = false;
    Q_EMIT held(int(delay.count()));
    pump();
}

void RequestScheduler::probeAnswered()
{
    if (!m_probing)
        return;
    m_probing = false;
    m_probeOut = false;
    pump();
}

void RequestScheduler::notSent()
{
    // Called from inside pump(), by the start it is running: the loop there
    // goes on with the next request. What never left the machine costs the
    // server nothing, so it leaves the window too.
    m_probeOut = false;
    if (!m_startedAt.empty())
        m_startedAt.pop_back();
}

bool RequestScheduler::isHeld() const
{
    return m_probing;
}

void RequestScheduler::noteServerBudget(int limit, int remaining, const QDateTime& reset,
                                        const QDateTime& now)
{
    // A reset in the past, or further off than DigitalOcean's hour, says
    // nothing about now (a simulator on a frozen clock, a skewed clock).
    const qint64 untilReset = now.msecsTo(reset);
    m_spacingMs = untilReset > 3'660'000 ? 0 : spacingFor(limit, remaining, untilReset);
}

void RequestScheduler::wakeIn(qint64 ms)
{
    const bool wasWaiting = m_timer.isActive();
    m_timer.start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
    if (!wasWaiting)
        Q_EMIT throttled(int(ms));
}

void RequestScheduler::pump()
{
    while (!m_queue.empty()) {
        const qint64 now = m_clock.elapsed();
        if (now < m_heldUntil) {
            wakeIn(m_heldUntil - now);
            return;
        }
        if (m_probing && m_probeOut)
            return; // answered() or holdFor() goes on
        forgetOld(now);
        qint64 wait = waitBeforeNext(m_startedAt, now, m_limit, m_window.count());
        if (m_spacingMs > 0 && !m_startedAt.empty())
            wait = std::max(wait, m_startedAt.back() + m_spacingMs - now);
        if (wait > 0) {
            wakeIn(wait);
            return;
        }
        m_startedAt.push_back(now);
        m_probeOut = m_probing;
        std::function<void()> start = std::move(m_queue.front());
        m_queue.pop_front();
        m_startingProbe = m_probing;
        start();
        m_startingProbe = false;
    }
}

} // namespace api
