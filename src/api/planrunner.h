#pragma once

#include "apierror.h"
#include "core/manifestplan.h"
#include "operationwatcher.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <chrono>

namespace api {

class DoClient;

// Applies a reviewed plan, one operation at a time and cluster after cluster:
// sends the request, then watches the pool until the change has settled (or,
// for a delete, until the pool is gone) before the next step starts. A failure
// stops the rest, and the summary says exactly what was and was not applied.
// Cancelling stops the watching and the steps not yet sent, never a change
// already sent.
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    PlanRunner(DoClient* client, const core::ManifestPlan& plan, QObject* parent = nullptr);

    void setWatchInterval(std::chrono::milliseconds interval) { m_watchInterval = interval; }
    // Off: a step is done once DigitalOcean has accepted it (as poolctl
    // does, like doctl); only a replacement still waits for the old pool to
    // go, since the new one takes its name. On by default.
    void setWaitForSettle(bool wait) { m_waitForSettle = wait; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // The operation of step `index`, steps counted across clusters.
    const core::PlanOperation& stepOperation(int index) const
    {
        return m_steps.at(index).operation;
    }

    // One line per step: applied, sent and still settling, failed or not
    // sent; with the cluster's name when the plan spans clusters.
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
    // Watches for the goal when waiting for changes to settle; else goes on.
    void settle(const QString& poolId, OperationWatcher::Goal goal, std::function<void()> then);
    void fail(const ApiError& error);
    void finishStep();
    QString describe(const core::PlanOperation& operation) const;
    static QString describeStep(const core::PlanOperation& operation);
    const core::PlanOperation& operation() const { return m_steps.at(m_current).operation; }
    const QString& clusterId() const { return m_steps.at(m_current).clusterId; }

    struct Step
    {
        QString clusterId;
        QString clusterName;
        core::PlanOperation operation;
    };

    DoClient* m_client;
    QList<Step> m_steps;
    bool m_manyClusters = false;
    QList<StepState> m_states;
    QStringList m_notes; // what part of a step already happened (a replace's delete)
    int m_current = -1;
    bool m_running = false;
    std::chrono::milliseconds m_watchInterval = OperationWatcher::DefaultInterval;
    bool m_waitForSettle = true;
    QPointer<OperationWatcher> m_watcher;
};

} // namespace api
