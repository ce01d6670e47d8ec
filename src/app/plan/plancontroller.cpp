#include "plancontroller.h"

#include "api/planrunner.h"
#include "app/editor/pooleditor.h"
#include "app/shell/money.h"
#include "core/cost.h"
#include "core/journalfile.h"
#include "core/replacementname.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStandardPaths>

namespace app {

namespace {

// Demo mode runs a simulator whose nodes settle in seconds.
constexpr std::chrono::milliseconds DemoWatchInterval{500};

// Whether `pool` bears the name a blue/green replace of `oldName` proposes
// (NAME-<size>, or NAME-<n> when that was taken), as the Drift tab pairs them.
bool bearsReplacementName(const QString& oldName, const QString& oldSize,
                          const core::NodePool& pool)
{
    const QString& name = pool.spec.name;
    if (name == core::proposeReplacementName(oldName, oldSize, pool.spec.size, {oldName}))
        return true;
    const QString prefix = oldName + u'-';
    bool numbered = false;
    if (name.startsWith(prefix))
        name.mid(prefix.size()).toInt(&numbered);
    return numbered;
}

} // namespace

PlanController::PlanController(QObject* parent) : QObject(parent) {}

void PlanController::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    m_workspace = workspace;
    Q_EMIT planChanged();
}

void PlanController::setClusterPlan(const core::Cluster& cluster, const core::Plan& plan,
                                    const QString& title, const QString& confirmationName)
{
    core::ManifestPlan one;
    one.clusters = {core::ClusterPlan{cluster, {}, plan}};
    m_preflight = preflight(one);
    setPlan(one, title, confirmationName);
}

void PlanController::setManifestPlan(const core::ManifestPlan& plan, const QString& title)
{
    m_preflight = preflight(plan);
    setPlan(plan, title, {}, replacedPoolWarnings(plan));
}

core::DropletPreflight PlanController::preflight(const core::ManifestPlan& plan) const
{
    if (!m_workspace || plan.isEmpty())
        return {};
    return core::checkDropletRoom(plan, m_workspace->allClusters(), m_workspace->dropletLimit());
}

QString PlanController::refusal() const
{
    QStringList reasons = m_plan.refusals();
    if (!m_preflight.fits())
        reasons << m_preflight.refusal;
    return reasons.join(u' ');
}

QHash<int, QStringList> PlanController::replacedPoolWarnings(const core::ManifestPlan& plan)
{
    QHash<int, QStringList> warnings;
    int index = 0;
    for (const core::ClusterPlan& cluster : plan.clusters) {
        QStringList desired;
        for (const core::NodePoolSpec& spec : cluster.desired)
            desired << spec.name;
        for (const core::PlanOperation& op : cluster.plan.operations) {
            const int step = index++;
            if (op.kind != core::OperationKind::Create)
                continue;
            QStringList replacements;
            for (const core::NodePool& pool : cluster.cluster.pools)
                if (!desired.contains(pool.spec.name) &&
                    bearsReplacementName(op.poolName, op.after.size, pool))
                    replacements << pool.spec.name;
            // One candidate, as Drift pairs them; two would be a guess.
            if (replacements.size() == 1)
                warnings[step]
                    << tr("%1 was replaced by %2 in a blue/green size change: applying this "
                          "manifest creates %1 again beside it. Rewrite the manifest from the "
                          "live pool instead (Drift tab, or poolctl apply --rewrite).")
                           .arg(op.poolName, replacements.first());
        }
    }
    return warnings;
}

void PlanController::setPlan(const core::ManifestPlan& plan, const QString& title,
                             const QString& confirmationName,
                             const QHash<int, QStringList>& warnings)
{
    m_plan = plan;
    m_title = title;
    m_confirmationName = confirmationName;
    m_warnings.clear();
    for (int step = 0; step < plan.operationCount(); ++step)
        m_warnings << warnings.value(step);
    m_steps.setPlan(plan, warnings);
    m_summary.clear();
    m_finished = false;
    m_succeeded = false;
    m_log.clear();
    m_stepText.clear();
    m_resultText.clear();
    m_nodesRunning = m_nodesWanted = 0;
    Q_EMIT planChanged();
    Q_EMIT runChanged();
}

void PlanController::planFromEditor(PoolEditor* editor)
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    if (!editor || !cluster)
        return;
    core::PlanOptions options;
    options.sizes = m_workspace->sizes();
    options.setCountOnAutoscaled = editor->countTouched();
    if (editor->sizeChangeReplaces()) {
        options.replaceStrategy =
            editor->keepName() ? core::ReplaceStrategy::InPlace : core::ReplaceStrategy::BlueGreen;
        if (!editor->keepName())
            options.replacementNames.insert(editor->name(), editor->replacementName());
    }
    // Only this pool is desired; pruning is off, so the others stay as they are.
    core::Plan plan = core::plan({editor->draft()}, cluster->pools, options);
    setClusterPlan(*cluster, plan,
                   editor->isNew() ? tr("Create pool %1 in %2").arg(editor->name(), cluster->name)
                                   : tr("Change pool %1 in %2").arg(editor->name(), cluster->name),
                   {});
}

void PlanController::planDeleteCurrentPool()
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    const core::NodePool* pool = m_workspace ? m_workspace->currentPool() : nullptr;
    if (!cluster || !pool)
        return;
    // Deleting is pruning everything but this pool out of the desired state.
    QList<core::NodePoolSpec> desired;
    for (const core::NodePool& other : cluster->pools)
        if (other.id != pool->id)
            desired.append(other.spec);
    core::PlanOptions options;
    options.prune = true;
    options.sizes = m_workspace->sizes();
    core::Plan plan = core::plan(desired, cluster->pools, options);
    if (const QString refused = core::refuseDelete(*cluster, pool->id); !refused.isEmpty())
        plan.refusals = QStringList{refused};
    setClusterPlan(*cluster, plan, tr("Delete pool %1 from %2").arg(pool->spec.name, cluster->name),
                   pool->spec.name);
}

QString PlanController::planText() const
{
    if (m_plan.clusters.size() == 1)
        return m_plan.isEmpty() ? tr("Nothing to change: the pool already looks like this.")
                                : core::planText(m_plan.clusters.first().plan);
    return m_plan.isEmpty() ? tr("Nothing to change: the pools already look like this.")
                            : core::planText(m_plan);
}

QStringList PlanController::destructiveReasons() const
{
    QStringList reasons;
    for (const core::ClusterPlan& cluster : m_plan.clusters)
        for (const core::PlanOperation& operation : cluster.plan.operations)
            for (const QString& reason : operation.destructive)
                reasons << tr("%1: %2").arg(operation.poolName, reason);
    return reasons;
}

QStringList PlanController::notes() const
{
    QStringList notes;
    for (const core::ClusterPlan& cluster : m_plan.clusters)
        for (const core::PlanOperation& operation : cluster.plan.operations)
            notes << operation.notes;
    return notes;
}

QString PlanController::costText() const
{
    const QString text = m_plan.clusters.size() == 1 ? tr("Cluster estimate: %1 → %2 a month")
                                                     : tr("Estimate for these clusters: %1 → %2 "
                                                          "a month");
    return text.arg(formatMoney(m_plan.monthlyCentsBefore()),
                    formatMoney(m_plan.monthlyCentsAfter()));
}

bool PlanController::apply(bool confirmed)
{
    if (m_running || !m_workspace || m_workspace->readOnly() || m_plan.isEmpty() ||
        !m_plan.canApply() || !m_preflight.fits() || !journalBlock().isEmpty())
        return false;
    if (m_plan.isDestructive() && !confirmed)
        return false;
    startRunner(new api::PlanRunner(m_workspace->client(), m_plan, this));
    return true;
}

bool PlanController::runJournal(const core::ApplyJournal& journal, const QString& title)
{
    if (m_running || !m_workspace || m_workspace->readOnly())
        return false;
    // The steps as a plan again, cluster by cluster, for the table.
    core::ManifestPlan plan;
    for (const core::JournalStep& step : journal.steps) {
        if (plan.clusters.isEmpty() || plan.clusters.last().cluster.id != step.clusterId) {
            core::ClusterPlan cluster;
            cluster.cluster.id = step.clusterId;
            cluster.cluster.name = step.clusterName;
            plan.clusters << cluster;
        }
        plan.clusters.last().plan.operations << step.operation;
    }
    m_preflight = {}; // the runner checks a resumed journal itself
    setPlan(plan, title, {});
    m_steps.setStates(journal);
    startRunner(new api::PlanRunner(m_workspace->client(), journal, this));
    return true;
}

QString PlanController::journalDirectory() const
{
    if (m_workspace && !m_workspace->dataDirectory().isEmpty())
        return m_workspace->dataDirectory();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString PlanController::journalBlock() const
{
    if (m_running || !m_workspace)
        return {};
    const core::JournalFile file(journalDirectory());
    if (!file.exists())
        return {};
    const auto journal = file.load();
    if (journal && journal->isComplete())
        return {};
    return tr("An earlier apply was interrupted. Resume, roll back or forget it (the banner "
              "above the pools) before applying another.");
}

void PlanController::copyPlanText() const
{
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_title + QStringLiteral("\n\n") + planText());
}

void PlanController::startRunner(api::PlanRunner* runner)
{
    m_runner = runner;
    m_runner->setJournalDirectory(journalDirectory());
    if (m_workspace->demoMode())
        m_runner->setWatchInterval(DemoWatchInterval);
    connect(m_runner, &api::PlanRunner::stepStarted, this, [this](int, const QString& description) {
        m_stepText = description;
        m_log << description;
        Q_EMIT runChanged();
    });
    // The runner's own pre-flight, against the live account at Apply: its
    // warning goes in the log, as poolctl prints it before the steps.
    connect(m_runner, &api::PlanRunner::preflightWarning, this, [this](const QString& text) {
        m_log << QStringLiteral("⚠ ") + text;
        Q_EMIT runChanged();
    });
    connect(m_runner, &api::PlanRunner::journalChanged, this,
            [this] { m_steps.setStates(m_runner->journal()); });
    connect(m_runner, &api::PlanRunner::nodeStateChanged, this,
            [this](const QString&, const QString& node, const QString& from, const QString& to) {
                const QString name = node.isEmpty() ? tr("a new node") : node;
                if (from.isEmpty())
                    m_log << tr("  %1 appeared (%2)").arg(name, to);
                else if (to.isEmpty())
                    m_log << tr("  %1 is gone").arg(name);
                else
                    m_log << tr("  %1: %2 → %3").arg(name, from, to);
                Q_EMIT runChanged();
            });
    connect(m_runner, &api::PlanRunner::progress, this, [this](int running, int wanted) {
        m_nodesRunning = running;
        m_nodesWanted = wanted;
        Q_EMIT runChanged();
    });
    connect(m_runner, &api::PlanRunner::finished, this,
            [this](bool ok, const api::ApiError& error) {
                onFinished(ok, error.isError() ? error.humanText() : QString());
            });

    m_running = true;
    m_finished = false;
    m_workspace->operationStarted();
    Q_EMIT runChanged();
    m_runner->start();
}

void PlanController::cancel()
{
    if (m_runner && m_running)
        m_runner->cancel();
}

void PlanController::onFinished(bool ok, const QString& errorText)
{
    m_steps.setStates(m_runner->journal());
    m_summary = m_runner->summary();
    m_log << m_summary;
    m_runner->deleteLater();
    m_runner = nullptr;
    m_running = false;
    m_finished = true;
    m_succeeded = ok;
    if (ok)
        m_resultText = tr("Done. Every change has settled.");
    else if (errorText.isEmpty())
        m_resultText = tr("Stopped sending. Changes already sent go on in DigitalOcean; Resume "
                          "sends the rest.");
    else
        m_resultText = tr("Failed: %1").arg(errorText);
    if (m_workspace) {
        m_workspace->operationFinished();
        m_workspace->refresh();
    }
    Q_EMIT runChanged();
    Q_EMIT runEnded();
    if (ok)
        Q_EMIT applied();
}

} // namespace app
