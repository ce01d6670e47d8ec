#include "planstepmodel.h"

#include "app/shell/money.h"
#include "core/cost.h"

namespace app {

namespace {

QString taintText(const core::Taint& taint)
{
    return taint.value.isEmpty()
               ? QStringLiteral("%1:%2").arg(taint.key, taint.effect)
               : QStringLiteral("%1=%2:%3").arg(taint.key, taint.value, taint.effect);
}

QString nodesText(const core::NodePoolSpec& spec)
{
    if (spec.autoScale)
        return PlanStepModel::tr("%1 (autoscaled %2–%3)")
            .arg(spec.count)
            .arg(spec.minNodes)
            .arg(spec.maxNodes);
    return QString::number(spec.count);
}

QVariantMap field(const QString& name, const QString& before, const QString& after)
{
    return {{QStringLiteral("field"), name},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after}};
}

// A create or a delete has no "changes": show what the pool is (after a
// create) or was (before a delete), on the side of the arrow it belongs to.
QVariantList wholePool(const core::NodePoolSpec& spec, bool created)
{
    const auto side = [created](const QString& name, const QString& value) {
        return created ? field(name, {}, value) : field(name, value, {});
    };
    QVariantList fields{side(QStringLiteral("size"), spec.size),
                        side(QStringLiteral("nodeCount"), nodesText(spec))};
    QStringList labels;
    for (auto it = spec.labels.begin(); it != spec.labels.end(); ++it)
        labels << it.key() + u'=' + it.value();
    if (!labels.isEmpty())
        fields << side(QStringLiteral("labels"), labels.join(QStringLiteral(", ")));
    QStringList taints;
    for (const core::Taint& taint : spec.taints)
        taints << taintText(taint);
    if (!taints.isEmpty())
        fields << side(QStringLiteral("taints"), taints.join(QStringLiteral(", ")));
    if (!spec.tags.isEmpty())
        fields << side(QStringLiteral("tags"), spec.tags.join(QStringLiteral(", ")));
    return fields;
}

QString kindText(const core::PlanOperation& op)
{
    switch (op.kind) {
    case core::OperationKind::Create:
        return PlanStepModel::tr("Create");
    case core::OperationKind::Update:
        return PlanStepModel::tr("Update");
    case core::OperationKind::Replace:
        return PlanStepModel::tr("Replace");
    case core::OperationKind::Delete:
        return PlanStepModel::tr("Delete");
    case core::OperationKind::UpdateClusterAutoscaler:
        return PlanStepModel::tr("Configure");
    }
    return {};
}

// How a replace is done, under its badge; "" for the other kinds.
QString methodText(const core::PlanOperation& op)
{
    if (op.kind != core::OperationKind::Replace)
        return {};
    return op.replaceStrategy == core::ReplaceStrategy::InPlace
               ? PlanStepModel::tr("in place: old pool first")
               : PlanStepModel::tr("blue/green: new pool first");
}

QString stateName(core::StepState state)
{
    switch (state) {
    case core::StepState::NotSent:
        return QStringLiteral("not-sent");
    case core::StepState::Settling:
        return QStringLiteral("settling");
    case core::StepState::Applied:
        return QStringLiteral("applied");
    case core::StepState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString stateText(const core::JournalStep& step)
{
    switch (step.state()) {
    case core::StepState::NotSent:
        return PlanStepModel::tr("not sent");
    case core::StepState::Settling:
        return PlanStepModel::tr("sent, settling");
    case core::StepState::Applied:
        return PlanStepModel::tr("applied");
    case core::StepState::Failed:
        for (const core::JournalAction& action : step.actions)
            if (action.state == core::ActionState::Failed && !action.error.isEmpty())
                return PlanStepModel::tr("failed: %1").arg(action.error);
        return PlanStepModel::tr("failed");
    }
    return {};
}

QString cents(qint64 value)
{
    return formatMoney(value);
}

} // namespace

PlanStepModel::PlanStepModel(QObject* parent) : QAbstractListModel(parent) {}

int PlanStepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

PlanStepModel::Row PlanStepModel::makeRow(const core::PlanOperation& op, const QString& clusterName)
{
    Row row;
    row.operation = op;
    row.clusterName = clusterName;
    switch (op.kind) {
    case core::OperationKind::Create:
        row.fields = wholePool(op.after, true);
        row.summary = tr("new pool: %1 × %2").arg(op.after.count).arg(op.after.size);
        break;
    case core::OperationKind::Delete:
        row.fields = wholePool(op.before, false);
        row.summary = tr("%1 × %2 go").arg(op.before.count).arg(op.before.size);
        break;
    case core::OperationKind::Update:
    case core::OperationKind::Replace:
    case core::OperationKind::UpdateClusterAutoscaler: // its field changes, as an update's
        for (const core::FieldChange& change : op.changes)
            row.fields << field(change.field, change.before, change.after);
        row.summary = tr("%n field(s) change", nullptr, int(op.changes.size()));
        break;
    }
    row.stateText = tr("planned");
    return row;
}

void PlanStepModel::setPlan(const core::ManifestPlan& plan, const QHash<int, QStringList>& warnings)
{
    beginResetModel();
    m_rows.clear();
    for (const core::ClusterPlan& cluster : plan.clusters)
        for (const core::PlanOperation& op : cluster.plan.operations) {
            Row row = makeRow(op, cluster.cluster.name);
            row.warnings = warnings.value(int(m_rows.size()));
            m_rows << row;
        }
    m_manyClusters = plan.clusters.size() > 1;
    endResetModel();
    Q_EMIT countChanged();
}

void PlanStepModel::setStates(const core::ApplyJournal& journal)
{
    const int n = int(std::min(m_rows.size(), journal.steps.size()));
    for (int i = 0; i < n; ++i) {
        const core::JournalStep& step = journal.steps.at(i);
        Row& row = m_rows[i];
        const QString state = stateName(step.state());
        const QString text = stateText(step);
        if (state == row.state && text == row.stateText)
            continue;
        row.state = state;
        row.stateText = text;
        const QModelIndex at = index(i);
        Q_EMIT dataChanged(at, at, {StateRole, StateTextRole});
    }
}

QVariant PlanStepModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const core::PlanOperation& op = row.operation;
    const bool replace = op.kind == core::OperationKind::Replace;
    const bool blueGreen = replace && op.replaceStrategy == core::ReplaceStrategy::BlueGreen;
    switch (role) {
    case KindRole:
        return core::operationKindName(op.kind);
    case KindTextRole:
        return kindText(op);
    case MethodRole:
        return methodText(op);
    case ClusterNameRole:
        return row.clusterName;
    case PoolNameRole:
        return op.poolName;
    case FinalNameRole:
        return op.finalPoolName() == op.poolName ? QString() : op.finalPoolName();
    case SummaryRole:
        return row.summary;
    case FieldsRole:
        return row.fields;
    case CostBeforeRole:
        return op.kind == core::OperationKind::Create ? QString() : cents(op.monthlyCentsBefore);
    case CostAfterRole:
        return op.kind == core::OperationKind::Delete ? QString() : cents(op.monthlyCentsAfter);
    case CostDeltaRole: {
        const qint64 delta = op.monthlyCentsAfter - op.monthlyCentsBefore;
        if (delta == 0)
            return QString();
        return delta > 0 ? u'+' + cents(delta) : u'−' + cents(-delta);
    }
    case OverlapCostRole:
        return blueGreen ? cents(op.monthlyCentsOverlap) : QString();
    case CapacityDipRole:
        return replace && op.replaceStrategy == core::ReplaceStrategy::InPlace ? op.capacityDip : 0;
    case DestructiveRole:
        return op.isDestructive();
    case ReasonsRole:
        return op.destructive;
    case NotesRole:
        return row.warnings + op.notes;
    case WarningRole:
        return !row.warnings.isEmpty();
    case StateRole:
        return row.state;
    case StateTextRole:
        return row.stateText;
    }
    return {};
}

QHash<int, QByteArray> PlanStepModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {MethodRole, "method"},
        {ClusterNameRole, "clusterName"},
        {PoolNameRole, "poolName"},
        {FinalNameRole, "finalName"},
        {SummaryRole, "summary"},
        {FieldsRole, "fields"},
        {CostBeforeRole, "costBefore"},
        {CostAfterRole, "costAfter"},
        {CostDeltaRole, "costDelta"},
        {OverlapCostRole, "overlapCost"},
        {CapacityDipRole, "capacityDip"},
        {DestructiveRole, "destructive"},
        {ReasonsRole, "reasons"},
        {NotesRole, "notes"},
        {WarningRole, "warning"},
        {StateRole, "state"},
        {StateTextRole, "stateText"},
    };
}

QVariantMap PlanStepModel::row(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

} // namespace app
