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

void RequestScheduler::pump()
{
    while (!m_queue.empty()) {
        const qint64 now = m_clock.elapsed();
        forgetOld(now);
        const qint64 wait = waitBeforeNext(m_startedAt, now, m_limit, m_window.count());
        if (wait > 0) {
            if (!m_timer.isActive()) {
                m_timer.start(int(wait));
                Q_EMIT throttled(int(wait));
            }
            return;
        }
        m_startedAt.push_back(now);
        std::function<void()> start = std::move(m_queue.front());
        m_queue.pop_front();
        start();
    }
}

} // namespace api
