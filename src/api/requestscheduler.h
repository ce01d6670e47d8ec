#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>

namespace api {

// Keeps the client under DigitalOcean's limits, and in step with the server:
// - at most `limit` starts in any sliding `window` (the local count);
// - after a 429 nothing starts until the time the server named; then one
//   request goes alone and the rest follow only once it is answered, so a
//   queue of fifty does not become fifty 429s;
// - when the server's own `ratelimit-remaining` runs low (other tools share
//   the token), starts are spaced so what is left lasts until its reset.
// Requests wait in a queue, in order.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    // 240 a minute leaves room under DO's 250 for the odd request of another tool.
    static constexpr int DefaultLimit = 240;
    static constexpr std::chrono::milliseconds DefaultWindow{60'000};
    // No wait between two starts is longer than this, whatever the budget.
    static constexpr qint64 MaxSpacingMs = 60'000;

    explicit RequestScheduler(QObject* parent = nullptr);

    void setLimit(int requests, std::chrono::milliseconds window = DefaultWindow);
    int limit() const { return m_limit; }
    std::chrono::milliseconds window() const { return m_window; }

    // Runs `start` now if the window has room, later otherwise.
    void submit(std::function<void()> start);
    // The same, ahead of everything queued: for a request the server asked
    // to send again later, which then goes first.
    void submitFirst(std::function<void()> start);
    int waiting() const { return int(m_queue.size()); }
    // Starts within the current window.
    int recentStarts();

    // --- what the server says -------------------------------------------
    // A 429: hold every start for `delay`, then probe with one request.
    void holdFor(std::chrono::milliseconds delay);
    // Whether the start now running is the probe after a hold: only its
    // answer tells whether the server takes requests again (answers to
    // requests sent before the 429 say nothing about that).
    bool startingProbe() const { return m_startingProbe; }
    // The probe was answered, and not with a 429: the rest may follow.
    void probeAnswered();
    // The request just started was not sent after all (nobody waits for it):
    // another one may probe.
    void notSent();
    bool isHeld() const;
    // The server's count from the last answer's ratelimit-* headers.
    void noteServerBudget(int limit, int remaining, const QDateTime& reset, const QDateTime& now);
    qint64 spacingMs() const { return m_spacingMs; }

    // How long the next start must wait, given the start times (ms, oldest
    // first) of the requests in the window.
    static qint64 waitBeforeNext(const std::deque<qint64>& startedAt, qint64 now, int limit,
                                 qint64 window);
    // The gap between starts that makes `remaining` requests last until the
    // reset, once fewer than a twentieth of `limit` (at least 10) are left;
    // 0 while plenty are.
    static qint64 spacingFor(int limit, int remaining, qint64 msUntilReset);

Q_SIGNALS:
    // The queue is held back; the next request starts in `delayMs`.
    void throttled(int delayMs);
    // The server asked to wait (429): nothing starts for `delayMs`.
    void held(int delayMs);

private:
    void pump();
    void forgetOld(qint64 now);
    void wakeIn(qint64 ms);

    int m_limit = DefaultLimit;
    std::chrono::milliseconds m_window = DefaultWindow;
    QElapsedTimer m_clock;
    std::deque<qint64> m_startedAt;
    std::deque<std::function<void()>> m_queue;
    QTimer m_timer;
    qint64 m_heldUntil = 0;  // on m_clock; nothing starts before
    bool m_probing = false;  // after a hold: one request at a time until one is answered
    bool m_probeOut = false; // that request is on its way
    bool m_startingProbe = false;
    qint64 m_spacingMs = 0;
};

} // namespace api
