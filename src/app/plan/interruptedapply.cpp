#include "interruptedapply.h"

#include "app/shell/workspace.h"
#include "core/journalfile.h"
#include "plancontroller.h"

namespace app {

namespace {

// "web-s-4vcpu-8gb: 1 of 2 nodes running", "web: not live".
QString liveLine(const QList<core::Cluster>& clusters, const QString& clusterId,
                 const QString& poolName)
{
    for (const core::Cluster& cluster : clusters) {
        if (cluster.id != clusterId)
            continue;
        for (const core::NodePool& pool : cluster.pools) {
            if (pool.spec.name != poolName)
                continue;
            int running = 0;
            for (const core::Node& node : pool.nodes)
                running += node.state == u"running" ? 1 : 0;
            return InterruptedApply::tr("%1 (%2 × %3): %4 of %5 nodes running")
                .arg(poolName, QString::number(pool.spec.count), pool.spec.size,
                     QString::number(running), QString::number(pool.spec.count));
        }
        return InterruptedApply::tr("%1: not live").arg(poolName);
    }
    return InterruptedApply::tr("%1: its cluster is not in this account").arg(poolName);
}

} // namespace

InterruptedApply::InterruptedApply(QObject* parent) : QObject(parent) {}

Workspace* InterruptedApply::workspace() const
{
    return m_controller ? m_controller->workspace() : nullptr;
}

void InterruptedApply::setController(PlanController* controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &PlanController::runEnded, this, &InterruptedApply::check);
        // The workspace may be set on the controller after us (QML order).
        connect(m_controller, &PlanController::planChanged, this, [this] {
            if (workspace() != m_workspace)
                check();
        });
    }
    Q_EMIT controllerChanged();
    check();
}

void InterruptedApply::check()
{
    if (workspace() != m_workspace) {
        if (m_workspace)
            disconnect(m_workspace, nullptr, this, nullptr);
        m_workspace = workspace();
        // What is live changes with every refresh.
        if (m_workspace)
            connect(m_workspace, &Workspace::refreshed, this, &InterruptedApply::changed);
    }
    m_journal.reset();
    m_rollback.reset();
    m_rollBackText.clear();
    m_errorText.clear();
    if (m_controller && m_workspace && !m_controller->running()) {
        const core::JournalFile file(m_controller->journalDirectory());
        QString error;
        if (file.exists()) {
            if (auto journal = file.load(&error); !journal)
                m_errorText = tr("The journal of an earlier apply cannot be read (%1). Look at "
                                 "the cluster, then forget the journal.")
                                  .arg(error);
            else if (!journal->isComplete())
                m_journal = journal;
            else
                file.remove(); // written by a run that ended just before removing it
        }
    }
    if (m_journal) {
        QString refusal;
        QStringList notes;
        m_rollback = core::rollbackJournal(*m_journal, &refusal, &notes);
        if (m_rollback) {
            QStringList deletes;
            for (const core::JournalStep& step : m_rollback->steps)
                deletes << step.operation.poolName;
            m_rollBackText = tr("Roll back deletes %1.").arg(deletes.join(QStringLiteral(", ")));
            if (!notes.isEmpty())
                m_rollBackText += u' ' + notes.join(u' ');
        } else {
            m_rollBackText = tr("It cannot be rolled back: %1.").arg(refusal);
        }
    }
    Q_EMIT changed();
}

QString InterruptedApply::text() const
{
    return m_journal ? core::interruptionText(*m_journal) : QString();
}

QString InterruptedApply::liveText() const
{
    if (!m_journal || !m_workspace)
        return {};
    if (!m_workspace->clustersRead())
        return tr("Live now: not read yet.");
    QStringList lines;
    QStringList seen;
    for (const core::JournalStep& step : m_journal->steps) {
        const core::PlanOperation& op = step.operation;
        for (const QString& name : {op.poolName, op.finalPoolName()}) {
            const QString key = step.clusterId + u'/' + name;
            if (name.isEmpty() || seen.contains(key))
                continue;
            seen << key;
            lines << liveLine(m_workspace->allClusters(), step.clusterId, name);
        }
    }
    return tr("Live now: %1.").arg(lines.join(QStringLiteral("; ")));
}

QStringList InterruptedApply::steps() const
{
    return m_journal ? core::journalSummary(*m_journal) : QStringList();
}

bool InterruptedApply::resume()
{
    if (!m_journal || !m_controller)
        return false;
    const core::ApplyJournal journal = *m_journal;
    if (!m_controller->runJournal(journal, tr("Resume the interrupted apply")))
        return false;
    check(); // the runner holds the journal now
    Q_EMIT runStarted();
    return true;
}

bool InterruptedApply::rollBack()
{
    if (!m_rollback || !m_controller)
        return false;
    const core::ApplyJournal undo = *m_rollback;
    if (!m_controller->runJournal(undo, tr("Roll back the interrupted apply")))
        return false;
    check();
    Q_EMIT runStarted();
    return true;
}

bool InterruptedApply::forget()
{
    if (!m_controller || m_controller->running())
        return false;
    const core::JournalFile file(m_controller->journalDirectory());
    QString error;
    if (!file.remove(&error)) {
        if (m_workspace)
            m_workspace->showError(tr("The apply journal cannot be removed: %1").arg(error));
        return false;
    }
    check();
    return true;
}

} // namespace app
