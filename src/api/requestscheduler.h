#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>

namespace api {

// Keeps the client under DigitalOcean's per-minute limit by spacing requests:
// at most `limit` starts in any sliding `window`. Requests beyond that wait in
// a queue, in order, and start as the oldest ones age out.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    // 240 a minute leaves room under DO's 250 for the odd request of another tool.
    static constexpr int DefaultLimit = 240;
    static constexpr std::chrono::milliseconds DefaultWindow{60'000};

    explicit RequestScheduler(QObject* parent = nullptr);

    void setLimit(int requests, std::chrono::milliseconds window = DefaultWindow);
    int limit() const { return m_limit; }
    std::chrono::milliseconds window() const { return m_window; }

    // Runs `start` now if the window has room, later otherwise.
    void submit(std::function<void()> start);
    int waiting() const { return int(m_queue.size()); }
    // Starts within the current window.
    int recentStarts();

    // How long the next start must wait, given the start times (ms, oldest
    // first) of the requests in the window.
    static qint64 waitBeforeNext(const std::deque<qint64>& startedAt, qint64 now, int limit,
                                 qint64 window);

Q_SIGNALS:
    // The queue is held back; the next request starts in `delayMs`.
    void throttled(int delayMs);

private:
    void pump();
    void forgetOld(qint64 now);

    int m_limit = DefaultLimit;
    std::chrono::milliseconds m_window = DefaultWindow;
    QElapsedTimer m_clock;
    std::deque<qint64> m_startedAt;
    std::deque<std::function<void()>> m_queue;
    QTimer m_timer;
};

} // namespace api
