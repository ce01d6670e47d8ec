#pragma once

#include "apierror.h"
#include "core/nodepool.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

namespace api {

class DoClient;

// Follows a pool after a create, update or delete until the change has
// settled: polls the pool (every 10 s by default, as Terraform does) until it
// has `count` nodes that are all running, or, after a delete, until it answers
// 404. Reports each node's state as it moves. Cancelling stops the watching,
// never the change itself.
class OperationWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Goal
    {
        Settled, // after create or update: count nodes, all running
        Gone     // after delete: the pool answers 404
    };
    Q_ENUM(Goal)

    enum class Outcome
    {
        Settled,
        Gone,
        TimedOut,
        Cancelled,
        Failed // the API refused to answer (401, 403, ...) or kept failing
    };
    Q_ENUM(Outcome)

    static constexpr std::chrono::milliseconds DefaultInterval{10'000};
    static constexpr std::chrono::milliseconds DefaultTimeout{30 * 60'000};

    OperationWatcher(DoClient* client, QString clusterId, QString poolId, Goal goal,
                     QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Consecutive failed polls (each already retried by the client) tolerated
    // before giving up with Failed.
    void setMaxFailedPolls(int count) { m_maxFailedPolls = count; }

    QString clusterId() const { return m_clusterId; }
    QString poolId() const { return m_poolId; }
    Goal goal() const { return m_goal; }
    bool isRunning() const { return m_running; }
    int polls() const { return m_polls; }
    // The pool as last seen (empty before the first answer).
    core::NodePool pool() const { return m_pool; }

    // Polls at once, then every interval.
    void start();
    void cancel();

    // Whether a pool has reached what a create or update waits for.
    static bool isSettled(const core::NodePool& pool);

Q_SIGNALS:
    // Every answer, as it came.
    void polled(const core::NodePool& pool);
    // A node appeared (`from` empty), changed state, or went away (`to` empty).
    void nodeStateChanged(const QString& nodeId, const QString& nodeName, const QString& from,
                          const QString& to);
    // Running nodes against the count wanted.
    void progress(int running, int wanted);
    // A poll failed; the watcher keeps going until too many fail in a row.
    void pollFailed(const api::ApiError& error);
    void finished(api::OperationWatcher::Outcome outcome, const api::ApiError& error);

private:
    void poll();
    void answered(const core::NodePool& pool, const ApiError& error);
    void report(const core::NodePool& pool);
    void end(Outcome outcome, const ApiError& error = {});

    QPointer<DoClient> m_client;
    QString m_clusterId;
    QString m_poolId;
    Goal m_goal;
    std::chrono::milliseconds m_interval = DefaultInterval;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    int m_maxFailedPolls = 5;

    bool m_running = false;
    int m_polls = 0;
    int m_failedInARow = 0;
    QDeadlineTimer m_deadline;
    QTimer m_next;
    QTimer m_timeoutTimer;
    // A poll in flight belongs to one run; its answer is dropped after cancel.
    QObject* m_pollContext = nullptr;
    core::NodePool m_pool;
    QHash<QString, QString> m_states; // node id -> state
};

} // namespace api
