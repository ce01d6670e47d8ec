#include "operationwatcher.h"

#include "doclient.h"

namespace api {

OperationWatcher::OperationWatcher(DoClient* client, QString clusterId, QString poolId, Goal goal,
                                   QObject* parent)
    : QObject(parent), m_client(client), m_clusterId(std::move(clusterId)),
      m_poolId(std::move(poolId)), m_goal(goal)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &OperationWatcher::poll);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        ApiError error;
        error.id = QStringLiteral("watch_timeout");
        error.message = tr("the change had not settled after %1 s; it goes on at DigitalOcean")
                            .arg(m_timeout.count() / 1000.0);
        end(Outcome::TimedOut, error);
    });
}

bool OperationWatcher::isSettled(const core::NodePool& pool)
{
    if (pool.nodes.size() != pool.spec.count)
        return false;
    return std::all_of(pool.nodes.begin(), pool.nodes.end(),
                       [](const core::Node& node) { return node.state == u"running"; });
}

void OperationWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_polls = 0;
    m_failedInARow = 0;
    m_timeoutTimer.start(m_timeout);
    poll();
}

void OperationWatcher::cancel()
{
    if (m_running)
        end(Outcome::Cancelled);
}

void OperationWatcher::poll()
{
    if (!m_running)
        return;
    if (!m_client) {
        ApiError gone;
        gone.message = tr("the API client is gone");
        end(Outcome::Failed, gone);
        return;
    }
    delete m_pollContext;
    m_pollContext = new QObject(this);
    ++m_polls;
    m_client->fetchNodePool(
        m_clusterId, m_poolId, m_pollContext,
        [this](const core::NodePool& pool, const ApiError& error) { answered(pool, error); });
}

void OperationWatcher::answered(const core::NodePool& pool, const ApiError& error)
{
    if (!m_running)
        return;
    if (error.httpStatus == 404) {
        if (m_goal == Goal::Gone) {
            core::NodePool none = m_pool;
            none.nodes.clear();
            report(none);
            end(Outcome::Gone);
        } else {
            end(Outcome::Failed, error); // the pool vanished while we waited for it
        }
        return;
    }
    if (error.isError()) {
        Q_EMIT pollFailed(error);
        if (!error.isRetryable() || ++m_failedInARow >= m_maxFailedPolls) {
            end(Outcome::Failed, error);
            return;
        }
        m_next.start(m_interval);
        return;
    }
    m_failedInARow = 0;
    report(pool);
    Q_EMIT polled(pool);
    if (m_goal == Goal::Settled && isSettled(pool)) {
        end(Outcome::Settled);
        return;
    }
    m_next.start(m_interval);
}

void OperationWatcher::report(const core::NodePool& pool)
{
    QHash<QString, QString> now;
    for (const core::Node& node : pool.nodes) {
        now.insert(node.id, node.state);
        const QString before = m_states.value(node.id);
        if (before != node.state)
            Q_EMIT nodeStateChanged(node.id, node.name, before, node.state);
    }
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (!now.contains(it.key())) {
            QString name;
            for (const core::Node& node : m_pool.nodes)
                if (node.id == it.key())
                    name = node.name;
            Q_EMIT nodeStateChanged(it.key(), name, it.value(), QString());
        }
    }
    m_states = now;
    m_pool = pool;
    const int running = int(std::count_if(pool.nodes.begin(), pool.nodes.end(),
                                          [](const auto& n) { return n.state == u"running"; }));
    Q_EMIT progress(running, m_goal == Goal::Gone ? 0 : pool.spec.count);
}

void OperationWatcher::end(Outcome outcome, const ApiError& error)
{
    m_running = false;
    m_next.stop();
    m_timeoutTimer.stop();
    delete m_pollContext; // an answer still on its way is dropped
    m_pollContext = nullptr;
    Q_EMIT finished(outcome, error);
}

} // namespace api
