#include "planrunner.h"

#include "doclient.h"

namespace api {

PlanRunner::PlanRunner(DoClient* client, const core::ManifestPlan& plan, QObject* parent)
    : QObject(parent), m_client(client)
{
    int clustersWithSteps = 0;
    for (const core::ClusterPlan& cluster : plan.clusters) {
        for (const core::PlanOperation& operation : cluster.plan.operations)
            m_steps.append({cluster.cluster.id, cluster.cluster.name, operation});
        clustersWithSteps += cluster.plan.isEmpty() ? 0 : 1;
    }
    m_manyClusters = clustersWithSteps > 1;
    m_states = QList<StepState>(m_steps.size(), StepState::NotSent);
    m_notes = QStringList(m_steps.size());
}

QString PlanRunner::describe(const core::PlanOperation& operation) const
{
    if (m_manyClusters && m_current >= 0)
        return tr("%1: %2").arg(m_steps.at(m_current).clusterName, describeStep(operation));
    return describeStep(operation);
}

QString PlanRunner::describeStep(const core::PlanOperation& operation)
{
    switch (operation.kind) {
    case core::OperationKind::Create:
        return tr("Creating pool %1").arg(operation.poolName);
    case core::OperationKind::Update:
        return tr("Updating pool %1").arg(operation.poolName);
    case core::OperationKind::Replace:
        return tr("Replacing pool %1 (%2 → %3): deleting the old pool, then creating the new one")
            .arg(operation.poolName, operation.before.size, operation.after.size);
    case core::OperationKind::Delete:
        return tr("Deleting pool %1 (nodes are drained first; this can take many minutes)")
            .arg(operation.poolName);
    }
    return {};
}

void PlanRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_current = -1;
    finishStep();
}

void PlanRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_watcher)
        m_watcher->cancel();
    Q_EMIT finished(false, {});
}

void PlanRunner::finishStep()
{
    if (m_current >= 0) {
        m_states[m_current] = StepState::Done;
        Q_EMIT stepFinished(m_current);
    }
    if (++m_current >= m_steps.size()) {
        m_running = false;
        Q_EMIT finished(true, {});
        return;
    }
    runStep();
}

void PlanRunner::fail(const ApiError& error)
{
    m_states[m_current] = StepState::Failed;
    m_running = false;
    Q_EMIT finished(false, error);
}

void PlanRunner::watch(const QString& poolId, OperationWatcher::Goal goal,
                       std::function<void()> then)
{
    auto* watcher = new OperationWatcher(m_client, clusterId(), poolId, goal, this);
    watcher->setInterval(m_watchInterval);
    m_watcher = watcher;
    const QString poolName = operation().poolName;
    connect(
        watcher, &OperationWatcher::nodeStateChanged, this,
        [this, poolName](const QString&, const QString& name, const QString& from,
                         const QString& to) { Q_EMIT nodeStateChanged(poolName, name, from, to); });
    connect(watcher, &OperationWatcher::progress, this, &PlanRunner::progress);
    connect(watcher, &OperationWatcher::finished, this,
            [this, watcher, then](OperationWatcher::Outcome outcome, const ApiError& error) {
                watcher->deleteLater();
                if (!m_running)
                    return; // cancelled: the change goes on without us watching
                if (outcome == OperationWatcher::Outcome::Settled ||
                    outcome == OperationWatcher::Outcome::Gone) {
                    then();
                    return;
                }
                ApiError reason = error;
                if (outcome == OperationWatcher::Outcome::TimedOut)
                    reason.message = tr("the change was sent but did not settle in time");
                fail(reason);
            });
    watcher->start();
}

void PlanRunner::settle(const QString& poolId, OperationWatcher::Goal goal,
                        std::function<void()> then)
{
    if (m_waitForSettle)
        watch(poolId, goal, std::move(then));
    else
        then();
}

void PlanRunner::sendCreate(const core::NodePoolSpec& spec, bool thenFinishStep)
{
    m_client->createNodePool(
        clusterId(), spec, this,
        [this, thenFinishStep](const core::NodePool& pool, const ApiError& error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            settle(pool.id, OperationWatcher::Goal::Settled, [this, thenFinishStep] {
                if (thenFinishStep)
                    finishStep();
            });
        });
}

void PlanRunner::runStep()
{
    m_states[m_current] = StepState::Running;
    const core::PlanOperation& operation = this->operation();
    Q_EMIT stepStarted(m_current, describe(operation));

    switch (operation.kind) {
    case core::OperationKind::Create:
        sendCreate(operation.after, true);
        return;
    case core::OperationKind::Update:
        m_client->updateNodePool(
            clusterId(), operation.poolId, operation.body, this,
            [this, id = operation.poolId](const core::NodePool&, const ApiError& error) {
                if (error.isError())
                    fail(error);
                else
                    settle(id, OperationWatcher::Goal::Settled, [this] { finishStep(); });
            });
        return;
    case core::OperationKind::Delete:
    case core::OperationKind::Replace: {
        // Pool names are unique in a cluster: a replacement can only be
        // created once the old pool is gone.
        const bool replace = operation.kind == core::OperationKind::Replace;
        const core::NodePoolSpec after = operation.after;
        m_client->deleteNodePool(
            clusterId(), operation.poolId, this,
            [this, replace, after, id = operation.poolId](const ApiError& error) {
                if (error.isError()) {
                    fail(error);
                    return;
                }
                if (!replace) {
                    settle(id, OperationWatcher::Goal::Gone, [this] { finishStep(); });
                    return;
                }
                watch(id, OperationWatcher::Goal::Gone, [this, after] {
                    m_notes[m_current] = tr("the old pool is deleted");
                    sendCreate(after, true);
                });
            });
        return;
    }
    }
}

QStringList PlanRunner::summary() const
{
    QStringList lines;
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step& step = m_steps.at(i);
        QString name = step.operation.poolName;
        if (m_manyClusters)
            name = tr("%1 (%2)").arg(name, step.clusterName);
        const QString kind = core::operationKindName(step.operation.kind);
        switch (m_states.at(i)) {
        case StepState::Done:
            lines << tr("✓ %1 %2: applied").arg(kind, name);
            break;
        case StepState::Running:
            lines << tr("… %1 %2: sent, still settling").arg(kind, name);
            break;
        case StepState::Failed:
            lines << (m_notes.at(i).isEmpty()
                          ? tr("✗ %1 %2: failed").arg(kind, name)
                          : tr("✗ %1 %2: failed after %3; the new pool was not created")
                                .arg(kind, name, m_notes.at(i)));
            break;
        case StepState::NotSent:
            lines << tr("· %1 %2: not sent").arg(kind, name);
            break;
        }
    }
    return lines;
}

} // namespace api
