#include "pooleditor.h"

#include "app/shell/money.h"
#include "app/shell/workspace.h"
#include "core/autoscalerules.h"
#include "core/cost.h"
#include "core/lint.h"
#include "core/replacementname.h"
#include "core/sizefamily.h"
#include "core/validation.h"

#include <QLocale>
#include <QSet>

namespace app {

namespace {

// Taints people add most; offered as one click in the editor.
struct TaintPreset
{
    const char* label;
    core::Taint taint;
};

const QList<TaintPreset>& taintPresetList()
{
    static const QList<TaintPreset> presets = {
        {"nvidia.com/gpu=true:NoSchedule",
         {QStringLiteral("nvidia.com/gpu"), QStringLiteral("true"), QStringLiteral("NoSchedule")}},
        {"amd.com/gpu=true:NoSchedule",
         {QStringLiteral("amd.com/gpu"), QStringLiteral("true"), QStringLiteral("NoSchedule")}},
        {"dedicated=batch:NoSchedule",
         {QStringLiteral("dedicated"), QStringLiteral("batch"), QStringLiteral("NoSchedule")}},
        {"workload=spot:PreferNoSchedule",
         {QStringLiteral("workload"), QStringLiteral("spot"), QStringLiteral("PreferNoSchedule")}},
    };
    return presets;
}

int nodesIn(const QList<core::Cluster>& clusters)
{
    int nodes = 0;
    for (const core::Cluster& cluster : clusters)
        for (const core::NodePool& pool : cluster.pools)
            nodes += std::max(pool.spec.count, int(pool.nodes.size()));
    return nodes;
}

} // namespace

PoolEditor::PoolEditor(QObject* parent) : QObject(parent), m_savedDraft(m_store.load()) {}

void PoolEditor::setDraftStore(const DraftStore& store)
{
    m_store = store;
    m_savedDraft = m_store.load();
    Q_EMIT savedDraftChanged();
}

void PoolEditor::setWorkspace(Workspace* workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::sizesChanged, this, &PoolEditor::contextChanged);
    // Each account keeps its own draft: its clusters are not another's.
    if (m_workspace && !m_workspace->dataDirectory().isEmpty())
        setDraftStore(DraftStore(m_workspace->dataDirectory() + QStringLiteral("/draft.json")));
    Q_EMIT contextChanged();
}

void PoolEditor::startNew()
{
    core::NodePool nothingYet;
    nothingYet.spec.count = 0;
    startFrom(nothingYet, {});
    Draft fresh = m_state;
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    fresh.spec.name = QStringLiteral("pool-%1").arg(cluster ? cluster->pools.size() + 1 : 1);
    fresh.spec.size = QStringLiteral("s-2vcpu-4gb");
    fresh.spec.count = 2;
    setState(fresh);
}

void PoolEditor::editCurrentPool()
{
    const core::NodePool* pool = m_workspace ? m_workspace->currentPool() : nullptr;
    if (!pool)
        return;
    startFrom(*pool, pool->id);
}

void PoolEditor::startFrom(const core::NodePool& live, const QString& poolId)
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    m_live = live;
    Draft state;
    state.clusterId = cluster ? cluster->id : QString();
    state.poolId = poolId;
    state.spec = live.spec;
    for (auto it = live.spec.labels.begin(); it != live.spec.labels.end(); ++it)
        state.labelRows.append({it.key(), it.value()});
    m_undo.clear();
    m_redo.clear();
    m_replacementName.clear();
    m_replacementNameTyped = false;
    m_keepName = false;
    setState(state);
    // After the state: isNew and the title read the pool id it holds.
    Q_EMIT contextChanged();
}

bool PoolEditor::restoreSavedDraft()
{
    if (!m_savedDraft || !m_workspace)
        return false;
    const Draft saved = *m_savedDraft;
    const int clusterIndex = m_workspace->clusters()->indexOfKey(saved.clusterId);
    if (clusterIndex < 0)
        return false;
    m_workspace->setCurrentClusterIndex(clusterIndex);
    if (saved.poolId.isEmpty()) {
        startNew();
    } else {
        const int poolIndex = m_workspace->pools()->indexOfKey(saved.poolId);
        if (poolIndex < 0)
            return false;
        m_workspace->setCurrentPoolIndex(poolIndex);
        editCurrentPool();
    }
    edit([&](Draft& state) { state = saved; });
    return true;
}

void PoolEditor::discardDraft()
{
    m_store.clear();
    m_savedDraft.reset();
    Q_EMIT savedDraftChanged();
}

void PoolEditor::edit(const std::function<void(Draft&)>& change)
{
    Draft next = m_state;
    change(next);
    if (next == m_state)
        return;
    m_undo.append(m_state);
    m_redo.clear();
    setState(next);
    m_savedDraft = m_state;
    saveDraft();
}

void PoolEditor::saveDraft()
{
    // The edit is kept in memory whatever happens; a failed save is said.
    QString error;
    m_store.save(m_state, &error);
    m_draftSaveError = error;
    Q_EMIT savedDraftChanged();
}

void PoolEditor::undo()
{
    if (m_undo.isEmpty())
        return;
    m_redo.append(m_state);
    setState(m_undo.takeLast());
    saveDraft();
}

void PoolEditor::redo()
{
    if (m_redo.isEmpty())
        return;
    m_undo.append(m_state);
    setState(m_redo.takeLast());
    saveDraft();
}

void PoolEditor::setState(const Draft& state)
{
    const bool rowsMoved = state.labelRows.size() != m_state.labelRows.size() ||
                           state.spec.taints.size() != m_state.spec.taints.size();
    m_state = state;
    revalidate();
    if (rowsMoved)
        Q_EMIT rowsChanged();
}

QString PoolEditor::clusterName() const
{
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    return cluster ? cluster->name : QString();
}

int PoolEditor::dropletLimit() const
{
    return m_workspace ? m_workspace->dropletLimit() : 0;
}

QStringList PoolEditor::nodeStates() const
{
    QStringList states;
    for (const core::Node& node : m_live.nodes)
        states << node.state;
    return states;
}

QVariantList PoolEditor::sizeOptions() const
{
    if (!m_workspace)
        return {};
    const core::Cluster* cluster = m_workspace->currentCluster();
    const QString region = cluster ? cluster->region : QString();
    QVariantList options;
    for (const QString& family : core::sizeFamilies()) {
        for (const core::Size& size : m_workspace->sizes()) {
            const bool here = region.isEmpty() || size.regions.contains(region);
            if (core::sizeFamily(size) != family || !size.available || !here)
                continue;
            QString summary = tr("%1 vCPU · %2 GiB").arg(size.vcpus).arg(size.memoryMiB / 1024.0);
            if (size.gpu.count > 0)
                summary += tr(" · %1× GPU %2 GiB").arg(size.gpu.count).arg(size.gpu.vramGiB);
            options.append(QVariantMap{
                {QStringLiteral("slug"), size.slug},
                {QStringLiteral("family"), family},
                {QStringLiteral("summary"), summary},
                {QStringLiteral("monthly"), tr("%1/mo").arg(formatMoney(size.priceMonthlyCents))},
                {QStringLiteral("hourly"),
                 tr("$%1/h").arg(QLocale().toString(size.priceHourly, 'f', 3))},
            });
        }
    }
    return options;
}

void PoolEditor::setName(const QString& name)
{
    edit([&](Draft& state) { state.spec.name = name; });
}

void PoolEditor::setSize(const QString& slug)
{
    edit([&](Draft& state) { state.spec.size = slug; });
}

void PoolEditor::setCount(int count)
{
    edit([&](Draft& state) {
        state.spec.count = count;
        state.countTouched = state.countTouched || count != m_live.spec.count;
    });
}

void PoolEditor::setAutoScale(bool on)
{
    edit([&](Draft& state) {
        core::NodePoolSpec& spec = state.spec;
        spec.autoScale = on;
        if (on) {
            // Start with a band around what runs now, so switching on changes no node.
            spec.minNodes =
                std::max(1, std::min(spec.count, spec.minNodes > 0 ? spec.minNodes : spec.count));
            spec.maxNodes = std::max(spec.maxNodes, spec.count);
        } else {
            spec.minNodes = 0; // what DigitalOcean reports when autoscaling is off
            spec.maxNodes = 0;
        }
    });
}

void PoolEditor::setMinNodes(int value)
{
    edit([&](Draft& state) { state.spec.minNodes = value; });
}

void PoolEditor::setMaxNodes(int value)
{
    edit([&](Draft& state) { state.spec.maxNodes = value; });
}

QVariantList PoolEditor::labels() const
{
    QVariantList rows;
    for (const auto& [key, value] : m_state.labelRows)
        rows.append(QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return rows;
}

QVariantList PoolEditor::taints() const
{
    QVariantList rows;
    for (const core::Taint& taint : m_state.spec.taints)
        rows.append(QVariantMap{{QStringLiteral("key"), taint.key},
                                {QStringLiteral("value"), taint.value},
                                {QStringLiteral("effect"), taint.effect}});
    return rows;
}

void PoolEditor::setLabel(int row, const QString& key, const QString& value)
{
    if (row >= 0 && row < m_state.labelRows.size())
        edit([&](Draft& state) { state.labelRows[row] = {key, value}; });
}

void PoolEditor::addLabel()
{
    edit([](Draft& state) { state.labelRows.append(std::pair<QString, QString>()); });
}

void PoolEditor::removeLabel(int row)
{
    if (row >= 0 && row < m_state.labelRows.size())
        edit([&](Draft& state) { state.labelRows.removeAt(row); });
}

void PoolEditor::setTaint(int row, const QString& key, const QString& value, const QString& effect)
{
    if (row >= 0 && row < m_state.spec.taints.size())
        edit([&](Draft& state) { state.spec.taints[row] = {key, value, effect}; });
}

void PoolEditor::addTaint(const QString& key, const QString& value, const QString& effect)
{
    edit([&](Draft& state) { state.spec.taints.append({key, value, effect}); });
}

void PoolEditor::removeTaint(int row)
{
    if (row >= 0 && row < m_state.spec.taints.size())
        edit([&](Draft& state) { state.spec.taints.removeAt(row); });
}

QStringList PoolEditor::taintPresets() const
{
    QStringList labels;
    for (const TaintPreset& preset : taintPresetList())
        labels << QString::fromLatin1(preset.label);
    return labels;
}

void PoolEditor::addTaintPreset(const QString& label)
{
    for (const TaintPreset& preset : taintPresetList())
        if (label == QLatin1String(preset.label))
            addTaint(preset.taint.key, preset.taint.value, preset.taint.effect);
}

void PoolEditor::addTag(const QString& tag)
{
    const QString trimmed = tag.trimmed();
    if (!trimmed.isEmpty() && !m_state.spec.tags.contains(trimmed))
        edit([&](Draft& state) { state.spec.tags.append(trimmed); });
}

void PoolEditor::removeTag(int row)
{
    if (row >= 0 && row < m_state.spec.tags.size())
        edit([&](Draft& state) { state.spec.tags.removeAt(row); });
}

core::NodePoolSpec PoolEditor::draft() const
{
    core::NodePoolSpec spec = m_state.spec;
    spec.cluster.value = m_state.clusterId;
    spec.labels.clear();
    for (const auto& [key, value] : m_state.labelRows)
        spec.labels.insert(key, value);
    return spec;
}

QStringList PoolEditor::otherPoolNames() const
{
    QStringList names;
    const core::Cluster* cluster = m_workspace ? m_workspace->currentCluster() : nullptr;
    if (cluster)
        for (const core::NodePool& pool : cluster->pools)
            if (pool.id != m_state.poolId)
                names << pool.spec.name;
    return names;
}

void PoolEditor::setReplacementName(const QString& name)
{
    if (name == m_replacementName && m_replacementNameTyped)
        return;
    m_replacementName = name;
    m_replacementNameTyped = true;
    revalidate();
}

void PoolEditor::setKeepName(bool keep)
{
    if (keep == m_keepName)
        return;
    m_keepName = keep;
    revalidate();
}

bool PoolEditor::canKeepName() const
{
    return !otherPoolNames().isEmpty();
}

void PoolEditor::proposeReplacementName()
{
    if (m_replacementNameTyped || !sizeChangeReplaces())
        return;
    // The old pool's name is still taken while both pools exist.
    m_replacementName =
        core::proposeReplacementName(m_live.spec.name, m_live.spec.size, m_state.spec.size,
                                     otherPoolNames() << m_live.spec.name);
}

void PoolEditor::checkReplacement()
{
    if (!sizeChangeReplaces())
        return;
    const QString path = QStringLiteral("replacementName");
    if (m_keepName) {
        if (!canKeepName())
            m_issues.append({path,
                             tr("Keeping the name replaces the pool in place, which needs another "
                                "pool in the cluster to carry the workload while %1 is gone.")
                                 .arg(m_live.spec.name),
                             tr("Replace it under a new name instead.")});
        return;
    }
    const QString problem =
        core::checkReplacementName(m_replacementName, otherPoolNames() << m_live.spec.name);
    if (!problem.isEmpty())
        m_issues.append(
            {path, tr("The new pool's name: %1.").arg(problem),
             tr("Choose another name for the pool that replaces %1.").arg(m_live.spec.name)});
}

void PoolEditor::revalidate()
{
    core::ValidationOptions options;
    if (m_workspace) {
        const core::Cluster* cluster = m_workspace->currentCluster();
        for (const core::Size& size : m_workspace->sizes())
            if (!cluster || size.regions.contains(cluster->region))
                options.sizes.append(size);
        if (cluster)
            for (const core::NodePool& pool : cluster->pools)
                if (pool.id != m_state.poolId)
                    options.otherPoolNames << pool.spec.name;
    }
    options.currentName = m_live.spec.name;
    m_issues = core::validate(draft(), options);
    proposeReplacementName();
    checkReplacement();

    // A key typed twice folds into one map entry; say so beside both rows.
    QSet<QString> seen;
    for (const auto& [key, value] : m_state.labelRows) {
        if (seen.contains(key))
            m_issues.append({core::labelPath(key),
                             tr("The label key \"%1\" is used twice.").arg(key),
                             tr("Remove one of the rows.")});
        seen.insert(key);
    }
    core::LintContext lintContext;
    lintContext.sizes = options.sizes;
    if (m_workspace) {
        if (const core::Cluster* cluster = m_workspace->currentCluster())
            lintContext.cluster = *cluster;
        if (m_workspace->dropletLimit() > 0)
            lintContext.dropletLimit = m_workspace->dropletLimit();
    }
    m_lintWarnings.clear();
    for (const core::LintFinding& finding : core::lint(draft(), lintContext))
        m_lintWarnings << (finding.hint.isEmpty()
                               ? finding.message
                               : tr("%1 (fix: %2)").arg(finding.message, finding.hint));
    Q_EMIT draftChanged();
}

QString PoolEditor::problemSummary() const
{
    if (m_issues.isEmpty())
        return {};
    const core::ValidationIssue& first = m_issues.first();
    return tr("%n problem(s) to fix before review. %1: %2", nullptr, int(m_issues.size()))
        .arg(first.path, first.message);
}

QString PoolEditor::withHint(const QString& message, const QString& hint)
{
    // Core's message and its explanation are separate clauses: joined by a
    // bare space they read as one ("...begin and end with a letter or digit
    // the name becomes..."). A dash needs no translation.
    return hint.isEmpty() ? message : message + QStringLiteral(" — ") + hint;
}

QVariantMap PoolEditor::fieldErrors() const
{
    QVariantMap errors;
    for (const core::ValidationIssue& issue : m_issues)
        if (!errors.contains(issue.path))
            errors.insert(issue.path, withHint(issue.message, issue.hint));
    return errors;
}

QString PoolEditor::errorFor(const QString& path) const
{
    return fieldErrors().value(path).toString();
}

QString PoolEditor::firstErrorUnder(const QString& pathPrefix) const
{
    for (const core::ValidationIssue& issue : m_issues)
        if (issue.path == pathPrefix || issue.path.startsWith(pathPrefix + u'.'))
            return withHint(issue.message, issue.hint);
    return {};
}

QStringList PoolEditor::labelErrors() const
{
    QStringList errors;
    for (const auto& [key, value] : m_state.labelRows)
        errors << firstErrorUnder(core::labelPath(key));
    return errors;
}

QStringList PoolEditor::taintErrors() const
{
    QStringList errors;
    for (int row = 0; row < m_state.spec.taints.size(); ++row)
        errors << firstErrorUnder(QStringLiteral("spec.taints[%1]").arg(row));
    return errors;
}

QStringList PoolEditor::tagErrors() const
{
    QStringList errors;
    for (int row = 0; row < m_state.spec.tags.size(); ++row)
        errors << firstErrorUnder(QStringLiteral("spec.tags[%1]").arg(row));
    return errors;
}

qint64 PoolEditor::priceOf(const QString& slug) const
{
    const auto size = m_workspace ? core::findSize(m_workspace->sizes(), slug) : std::nullopt;
    return size ? size->priceMonthlyCents : 0;
}

QString PoolEditor::costNowText() const
{
    const qint64 price = priceOf(m_state.spec.size);
    if (price == 0)
        return tr("Cost unknown for this size");
    const qint64 before = qint64(m_live.spec.count) * priceOf(m_live.spec.size);
    // An autoscaled pool keeps what the autoscaler chose unless the count is set.
    const int countAfter = !m_state.countTouched && !isNew()
                               ? core::countAfterChange(m_state.spec, m_live.spec.count)
                               : m_state.spec.count;
    const qint64 after = qint64(countAfter) * price;
    if (isNew())
        return tr("≈ %1 a month (estimate)").arg(formatMoney(after));
    if (after == before)
        return tr("≈ %1 a month now (estimate)").arg(formatMoney(before));
    return tr("≈ %1 → %2 a month (estimate)").arg(formatMoney(before), formatMoney(after));
}

QString PoolEditor::costBandText() const
{
    const qint64 price = priceOf(m_state.spec.size);
    return tr("autoscaling band %1 – %2 a month")
        .arg(formatMoney(qint64(m_state.spec.minNodes) * price),
             formatMoney(qint64(m_state.spec.maxNodes) * price));
}

QStringList PoolEditor::autoscaleWarnings() const
{
    QStringList warnings;
    const int limit = dropletLimit();
    if (limit > 0 && m_workspace) {
        // Every node in the account counts against the limit, this pool's too,
        // so the room this pool has is the limit minus everybody else's nodes.
        const int others = nodesIn(m_workspace->allClusters()) -
                           std::max(m_live.spec.count, int(m_live.nodes.size()));
        const int wanted = core::peakNodes(m_state.spec);
        if (!core::passesDropletLimit(wanted, others, limit))
            warnings << tr("%1 nodes would pass the account's droplet limit of %2 (other pools "
                           "use %3). DigitalOcean refuses droplets past it; ask support to raise "
                           "the limit or lower the number.")
                            .arg(wanted)
                            .arg(limit)
                            .arg(others);
    }
    if (m_state.spec.autoScale && m_state.countTouched && !isNew())
        warnings << tr("Setting a count on an autoscaled pool overrides what the autoscaler chose "
                       "(%1 now). Leave the count alone unless you mean it.")
                        .arg(m_live.spec.count);
    return warnings;
}

} // namespace app
