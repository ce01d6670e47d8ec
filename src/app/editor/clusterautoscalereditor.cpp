#include "clusterautoscalereditor.h"

#include "app/plan/plancontroller.h"
#include "core/autoscalerplan.h"

#include <QSet>
#include <cmath>

namespace app {

namespace {

QSet<QString> asSet(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

ClusterAutoscalerEditor::ClusterAutoscalerEditor(QObject* parent) : QObject(parent) {}

void ClusterAutoscalerEditor::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::currentClusterChanged, this,
                &ClusterAutoscalerEditor::onLiveChanged);
        connect(m_workspace, &Workspace::lastRefreshChanged, this,
                &ClusterAutoscalerEditor::onLiveChanged);
    }
    onLiveChanged();
}

void ClusterAutoscalerEditor::onLiveChanged()
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    // A refresh keeps the draft; another cluster starts from its own values.
    if (!cluster || cluster->id != m_loadedFor)
        reset();
    Q_EMIT liveChanged();
}

std::optional<core::ClusterAutoscalerConfig> ClusterAutoscalerEditor::live() const
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    return cluster ? cluster->autoscalerConfig : std::nullopt;
}

QString ClusterAutoscalerEditor::clusterName() const
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    return cluster ? cluster->name : QString();
}

QString ClusterAutoscalerEditor::liveSummary() const
{
    if (clusterName().isEmpty())
        return {};
    const auto config = live();
    const std::optional<qint64> ns = core::parseGoDuration(core::effectiveUnneededTime(config));
    return tr("Cluster autoscaler: %1, once unneeded for %2; expanders: %3")
        .arg(core::thresholdMeaning(core::effectiveThreshold(config)),
             ns ? core::describeDuration(*ns) : core::effectiveUnneededTime(config),
             core::effectiveExpanders(config).join(QStringLiteral(", ")));
}

void ClusterAutoscalerEditor::reset()
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    m_loadedFor = cluster ? cluster->id : QString();
    const auto config = live();
    m_threshold = core::effectiveThreshold(config);
    m_unneeded = core::effectiveUnneededTime(config);
    m_expanders = config && config->expanders ? *config->expanders : QStringList{};
    Q_EMIT draftChanged();
}

void ClusterAutoscalerEditor::setThreshold(double threshold)
{
    // The slider moves in steps of 0.05; keep two decimals as a person sets them.
    const double rounded = std::round(threshold * 100) / 100;
    if (qFuzzyCompare(rounded + 1, m_threshold + 1))
        return;
    m_threshold = rounded;
    Q_EMIT draftChanged();
}

QString ClusterAutoscalerEditor::thresholdMeaning() const
{
    return core::thresholdMeaning(m_threshold);
}

void ClusterAutoscalerEditor::setUnneededTime(const QString& text)
{
    if (text == m_unneeded)
        return;
    m_unneeded = text;
    Q_EMIT draftChanged();
}

QString ClusterAutoscalerEditor::unneededMeaning() const
{
    const std::optional<qint64> ns = core::parseGoDuration(m_unneeded);
    return ns ? tr("a node must be unneeded for %1 before it is removed")
                    .arg(core::describeDuration(*ns))
              : QString();
}

QString ClusterAutoscalerEditor::unneededError() const
{
    QString error;
    core::parseGoDuration(m_unneeded, &error);
    return error;
}

QStringList ClusterAutoscalerEditor::expanderChoices() const
{
    // priority first narrows by the user's priorities, least_waste next,
    // random breaks what ties remain.
    return {QStringLiteral("priority"), QStringLiteral("least_waste"), QStringLiteral("random")};
}

QString ClusterAutoscalerEditor::expandersText() const
{
    return m_expanders.isEmpty()
               ? tr("none chosen: the autoscaler uses random")
               : tr("applied in this order: %1").arg(m_expanders.join(QStringLiteral(" → ")));
}

QString ClusterAutoscalerEditor::expanderMeaning(const QString& expander) const
{
    return core::autoscalerExpanderMeaning(expander);
}

void ClusterAutoscalerEditor::setExpanderChosen(const QString& expander, bool chosen)
{
    if (!core::autoscalerExpanderNames().contains(expander) ||
        m_expanders.contains(expander) == chosen)
        return;
    QSet<QString> set = asSet(m_expanders);
    if (chosen)
        set.insert(expander);
    else
        set.remove(expander);
    m_expanders.clear();
    for (const QString& name : expanderChoices())
        if (set.contains(name))
            m_expanders << name;
    Q_EMIT draftChanged();
}

core::ClusterAutoscalerConfig ClusterAutoscalerEditor::desired() const
{
    const auto config = live();
    core::ClusterAutoscalerConfig out;
    if (std::abs(m_threshold - core::effectiveThreshold(config)) > 1e-9)
        out.scaleDownUtilizationThreshold = m_threshold;
    const auto ns = core::parseGoDuration(m_unneeded);
    const auto liveNs = core::parseGoDuration(core::effectiveUnneededTime(config));
    if (m_unneeded != core::effectiveUnneededTime(config) && (!ns || !liveNs || *ns != *liveNs))
        out.scaleDownUnneededTime = m_unneeded;
    const QStringList liveExpanders =
        config && config->expanders ? *config->expanders : QStringList{};
    if (asSet(m_expanders) != asSet(liveExpanders))
        out.expanders = m_expanders;
    return out;
}

bool ClusterAutoscalerEditor::valid() const
{
    core::ClusterAutoscalerConfig all;
    all.scaleDownUtilizationThreshold = m_threshold;
    all.scaleDownUnneededTime = m_unneeded.isEmpty() ? QStringLiteral("?") : m_unneeded;
    all.expanders = m_expanders;
    return core::validateAutoscalerConfig(all).isEmpty();
}

bool ClusterAutoscalerEditor::hasChanges() const
{
    return !desired().isEmpty();
}

bool ClusterAutoscalerEditor::planInto(PlanController* controller)
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    if (!controller || !cluster || !valid() || !hasChanges())
        return false;
    core::ManifestPlan plan;
    plan.clusters.append(
        {*cluster, {}, core::planClusterAutoscaler(*cluster, desired(), m_workspace->sizes())});
    controller->setManifestPlan(plan, tr("Cluster autoscaler of %1").arg(cluster->name));
    return true;
}

} // namespace app
