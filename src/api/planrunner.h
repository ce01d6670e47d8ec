#pragma once

#include "apierror.h"
#include "core/plan.h"
#include "operationwatcher.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <chrono>

namespace api {

class DoClient;

// Applies a reviewed plan for one cluster, one operation at a time: sends the
// request, then watches the pool until the change has settled (or, for a
// delete, until the pool is gone) before the next step starts. A failure stops
// the rest, and the summary says exactly what was and was not applied.
// Cancelling stops the watching and the steps not yet sent, never a change
// already sent.
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    PlanRunner(DoClient* client, QString clusterId, QList<core::PlanOperation> operations,
               QObject* parent = nullptr);

    void setWatchInterval(std::chrono::milliseconds interval) { m_watchInterval = interval; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // One line per step so far: "done", "failed" or "not sent".
    QStringList summary() const;

Q_SIGNALS:
    void stepStarted(int index, const QString& description);
    void nodeStateChanged(const QString& poolName, const QString& nodeName, const QString& from,
                          const QString& to);
    void progress(int running, int wanted);
    void stepFinished(int index);
    // ok is false after a failure or a cancel; error is set after a failure.
    void finished(bool ok, const api::ApiError& error);

private:
    enum class StepState
    {
        NotSent,
        Running,
        Done,
        Failed
    };

    void runStep();
    void sendCreate(const core::NodePoolSpec& spec, bool thenFinishStep);
    void watch(const QString& poolId, OperationWatcher::Goal goal, std::function<void()> then);
    void fail(const ApiError& error);
    void finishStep();
    QString describe(const core::PlanOperation& operation) const;

    DoClient* m_client;
    QString m_clusterId;
    QList<core::PlanOperation> m_operations;
    QList<StepState> m_states;
    QStringList m_notes; // what part of a step already happened (a replace's delete)
    int m_current = -1;
    bool m_running = false;
    std::chrono::milliseconds m_watchInterval = OperationWatcher::DefaultInterval;
    QPointer<OperationWatcher> m_watcher;
};

} // namespace api
