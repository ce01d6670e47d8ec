#include "planrunner.h"

#include "core/dojson.h"
#include "core/preflight.h"
#include "doclient.h"

#include <cstdlib>

namespace api {

namespace {

ApiError localError(const QString& id, const QString& message)
{
    ApiError error;
    error.id = id;
    error.message = message;
    return error;
}

} // namespace

PlanRunner::PlanRunner(DoClient* client, const core::ManifestPlan& plan, QObject* parent)
    : QObject(parent), m_client(client), m_plan(plan), m_journal(core::journalForPlan(plan)),
      m_testExitAfter(qEnvironmentVariable(TestExitVariable))
{}

PlanRunner::PlanRunner(DoClient* client, const core::ApplyJournal& journal, QObject* parent)
    : QObject(parent), m_client(client), m_journal(journal),
      m_testExitAfter(qEnvironmentVariable(TestExitVariable))
{}

void PlanRunner::setWaitForSettle(bool wait)
{
    m_waitForSettle = wait;
    if (m_plan && !m_running) {
        const QString id = m_journal.id;
        m_journal = core::journalForPlan(*m_plan, wait);
        m_journal.id = id;
    }
}

void PlanRunner::setJournalDirectory(const QString& directory)
{
    if (directory.isEmpty())
        m_journalFile.reset();
    else
        m_journalFile.emplace(directory);
}

QString PlanRunner::describe(int index) const
{
    const core::JournalStep& step = m_journal.steps.at(index);
    const core::PlanOperation& op = step.operation;
    QString text;
    switch (op.kind) {
    case core::OperationKind::Create:
        text = tr("Creating pool %1").arg(op.poolName);
        break;
    case core::OperationKind::Update:
        text = tr("Updating pool %1").arg(op.poolName);
        break;
    case core::OperationKind::Replace:
        text = op.replaceStrategy == core::ReplaceStrategy::InPlace
                   ? tr("Replacing pool %1 in place (%2 → %3): deleting the old pool, then "
                        "creating the new one under the same name")
                         .arg(op.poolName, op.before.size, op.after.size)
                   : tr("Replacing pool %1 (%2 → %3): creating %4, then deleting %1 once its "
                        "nodes run")
                         .arg(op.poolName, op.before.size, op.after.size, op.finalPoolName());
        break;
    case core::OperationKind::Delete:
        text = tr("Deleting pool %1 (nodes are drained first; this can take many minutes)")
                   .arg(op.poolName);
        break;
    case core::OperationKind::UpdateClusterAutoscaler:
        text = tr("Configuring the cluster autoscaler of %1").arg(step.clusterName);
        break;
    }
    bool many = false;
    for (const core::JournalStep& other : m_journal.steps)
        many |= other.clusterId != step.clusterId;
    return many ? tr("%1: %2").arg(step.clusterName, text) : text;
}

void PlanRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_step = 0;
    m_announced = -1;
    if (m_plan && m_preflight && !m_journal.rollback)
        runPreflight();
    else
        advance();
}

void PlanRunner::runPreflight()
{
    m_requestContext = new QObject(this);
    const auto refuse = [this](const ApiError& error) {
        ApiError reason = error;
        reason.message = tr("nothing was sent: the droplet-limit check could not read the "
                            "account: %1")
                             .arg(error.humanText());
        finish(false, reason);
    };
    m_client->fetchAccount(m_requestContext, [this, refuse](const Account& account,
                                                            const ApiError& error) {
        if (error.isError()) {
            refuse(error);
            return;
        }
        if (account.dropletLimit <= 0) { // the account names no limit: nothing to check
            advance();
            return;
        }
        const int limit = account.dropletLimit;
        m_client->fetchClusters(m_requestContext, [this, refuse,
                                                   limit](const QList<core::Cluster>& clusters,
                                                          const ApiError& listError) {
            if (listError.isError()) {
                refuse(listError);
                return;
            }
            const core::DropletPreflight room = core::checkDropletRoom(*m_plan, clusters, limit);
            if (!room.fits()) {
                finish(false, localError(QString::fromLatin1(PreflightErrorId),
                                         tr("nothing was sent: %1").arg(room.refusal)));
                return;
            }
            if (!room.warning.isEmpty())
                Q_EMIT preflightWarning(room.warning);
            advance();
        });
    });
}

void PlanRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_watcher)
        m_watcher->cancel();
    delete m_requestContext;
    m_requestContext = nullptr;
    // The journal stays as it is: what was sent can be resumed later.
    Q_EMIT finished(false, {});
}

bool PlanRunner::save()
{
    m_journal.updatedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT journalChanged();
    if (!m_journalFile)
        return true;
    QString error;
    if (m_journalFile->save(m_journal, &error))
        return true;
    finish(false,
           localError(
               QStringLiteral("journal_unwritable"),
               tr("the apply journal cannot be written, so nothing more is sent: %1").arg(error)));
    return false;
}

void PlanRunner::exitIfTestAsks(const core::JournalAction& action) const
{
    if (!m_testExitAfter.isEmpty() && m_testExitAfter == core::actionKindName(action.kind))
        std::_Exit(TestExitCode);
}

void PlanRunner::advance()
{
    while (m_running && m_step < m_journal.steps.size()) {
        const QList<core::JournalAction>& actions = step().actions;
        const auto next = std::find_if(actions.begin(), actions.end(),
                                       [](const core::JournalAction& a) { return !a.isDone(); });
        if (next == actions.end()) {
            if (m_announced == m_step)
                Q_EMIT stepFinished(m_step);
            ++m_step;
            continue;
        }
        if (m_announced != m_step) {
            m_announced = m_step;
            Q_EMIT stepStarted(m_step, describe(m_step));
        }
        m_action = int(next - actions.begin());
        runAction();
        return;
    }
    if (m_running)
        finish(true, {});
}

void PlanRunner::runAction()
{
    // Often called from the previous request's answer: its context goes later.
    if (m_requestContext)
        m_requestContext->deleteLater();
    m_requestContext = new QObject(this);
    const core::JournalAction& a = action();
    switch (a.kind) {
    case core::ActionKind::Create:
        if (!a.poolId.isEmpty()) { // created before; its nodes had not all run
            watch(OperationWatcher::Goal::Settled);
        } else if (a.state == core::ActionState::NotSent) {
            sendCreate();
        } else {
            lookForCreated(); // sent, answer never seen (or refused): is it there?
        }
        return;
    case core::ActionKind::Update:
        if (step().operation.kind == core::OperationKind::UpdateClusterAutoscaler)
            sendClusterAutoscaler(); // a PUT of the cluster: nothing to watch afterwards
        else if (a.state == core::ActionState::Accepted)
            watch(OperationWatcher::Goal::Settled);
        else
            sendUpdate(); // a PUT may go twice: it sets, it does not add
        return;
    case core::ActionKind::Delete:
        if (a.poolId.isEmpty())
            resolveDeleteTarget();
        else if (a.state == core::ActionState::Accepted)
            watch(OperationWatcher::Goal::Gone);
        else
            sendDelete(); // a second DELETE of a pool already going answers 404: done
        return;
    }
}

void PlanRunner::findPoolNamed(const QString& name,
                               std::function<void(const core::NodePool* pool)> then)
{
    m_client->fetchNodePools(
        clusterId(), m_requestContext,
        [this, name, then](const QList<core::NodePool>& pools, const ApiError& error) {
            if (error.isError()) {
                failAction(error);
                return;
            }
            const auto found = std::find_if(pools.begin(), pools.end(), [&](const auto& pool) {
                return pool.spec.name == name;
            });
            then(found == pools.end() ? nullptr : &*found);
        });
}

void PlanRunner::lookForCreated()
{
    findPoolNamed(action().poolName, [this](const core::NodePool* pool) {
        if (pool)
            accepted(pool->id);
        else
            sendCreate();
    });
}

void PlanRunner::resolveDeleteTarget()
{
    findPoolNamed(action().poolName, [this](const core::NodePool* pool) {
        if (!pool) {
            settled(); // never created, or gone already: nothing to delete
            return;
        }
        action().poolId = pool->id;
        sendDelete();
    });
}

void PlanRunner::sendCreate()
{
    if (!m_running)
        return;
    action().state = core::ActionState::Sent;
    action().error.clear();
    if (!save())
        return;
    const core::NodePoolSpec spec = core::dojson::nodePoolFromJson(action().body).spec;
    m_client->createNodePool(clusterId(), spec, m_requestContext,
                             [this](const core::NodePool& pool, const ApiError& error) {
                                 if (error.isError())
                                     failAction(error);
                                 else
                                     accepted(pool.id);
                             });
}

void PlanRunner::sendUpdate()
{
    action().state = core::ActionState::Sent;
    action().error.clear();
    if (!save())
        return;
    m_client->updateNodePool(clusterId(), action().poolId, action().body, m_requestContext,
                             [this](const core::NodePool&, const ApiError& error) {
                                 if (error.isError())
                                     failAction(error);
                                 else
                                     accepted(action().poolId);
                             });
}

void PlanRunner::sendClusterAutoscaler()
{
    action().state = core::ActionState::Sent;
    action().error.clear();
    if (!save())
        return;
    m_client->updateClusterAutoscaler(clusterId(), action().body, m_requestContext,
                                      [this](const core::Cluster&, const ApiError& error) {
                                          if (error.isError())
                                              failAction(error);
                                          else
                                              settled();
                                      });
}

void PlanRunner::sendDelete()
{
    if (!m_running)
        return;
    action().state = core::ActionState::Sent;
    action().error.clear();
    if (!save())
        return;
    m_client->deleteNodePool(clusterId(), action().poolId, m_requestContext,
                             [this](const ApiError& error) {
                                 if (error.httpStatus == 404)
                                     settled(); // gone already (a resumed delete)
                                 else if (error.isError())
                                     failAction(error);
                                 else
                                     accepted(action().poolId);
                             });
}

void PlanRunner::accepted(const QString& poolId)
{
    if (!m_running)
        return;
    core::JournalAction& a = action();
    a.poolId = poolId;
    a.state = core::ActionState::Accepted;
    if (!save())
        return;
    if (!a.awaited) {
        exitIfTestAsks(a);
        advance();
        return;
    }
    watch(a.kind == core::ActionKind::Delete ? OperationWatcher::Goal::Gone
                                             : OperationWatcher::Goal::Settled);
}

void PlanRunner::watch(OperationWatcher::Goal goal)
{
    auto* watcher = new OperationWatcher(m_client, clusterId(), action().poolId, goal, this);
    watcher->setInterval(m_watchInterval);
    watcher->setTimeout(m_settleTimeout);
    m_watcher = watcher;
    const QString poolName = action().poolName;
    connect(
        watcher, &OperationWatcher::nodeStateChanged, this,
        [this, poolName](const QString&, const QString& name, const QString& from,
                         const QString& to) { Q_EMIT nodeStateChanged(poolName, name, from, to); });
    connect(watcher, &OperationWatcher::progress, this, &PlanRunner::progress);
    connect(watcher, &OperationWatcher::finished, this,
            [this, watcher](OperationWatcher::Outcome outcome, const ApiError& error) {
                watcher->deleteLater();
                if (!m_running)
                    return; // cancelled: the change goes on without us watching
                if (outcome == OperationWatcher::Outcome::Settled ||
                    outcome == OperationWatcher::Outcome::Gone) {
                    settled();
                    return;
                }
                ApiError reason = error;
                if (outcome == OperationWatcher::Outcome::TimedOut)
                    reason.message =
                        tr("sent, but it had not settled after %1 min")
                            .arg(double(m_settleTimeout.count()) / 60'000.0, 0, 'g', 3);
                failAction(reason);
            });
    watcher->start();
}

void PlanRunner::settled()
{
    if (!m_running)
        return;
    action().state = core::ActionState::Settled;
    if (!save())
        return;
    exitIfTestAsks(action());
    advance();
}

void PlanRunner::failAction(const ApiError& error)
{
    if (!m_running)
        return;
    action().state = core::ActionState::Failed;
    action().error = error.humanText();
    if (!save())
        return;
    finish(false, error);
}

void PlanRunner::finish(bool ok, const ApiError& error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_journalFile && (m_journal.isComplete() || !m_journal.changedSomething()))
        m_journalFile->remove();
    Q_EMIT finished(ok, error);
}

} // namespace api
