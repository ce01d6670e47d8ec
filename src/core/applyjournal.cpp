#include "applyjournal.h"

#include "dojson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace core {

namespace {

constexpr int JournalVersion = 1;

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(applyjournal)
};

JournalAction action(ActionKind kind, const QString& name, const QString& id,
                     const QJsonObject& body, bool awaited)
{
    JournalAction out;
    out.kind = kind;
    out.poolName = name;
    out.poolId = id;
    out.body = body;
    out.awaited = awaited;
    return out;
}

QList<JournalAction> actionsFor(const PlanOperation& op, bool waitForSettle)
{
    switch (op.kind) {
    case OperationKind::Create:
        return {action(ActionKind::Create, op.poolName, {}, op.body, waitForSettle)};
    case OperationKind::Update:
        return {action(ActionKind::Update, op.poolName, op.poolId, op.body, waitForSettle)};
    case OperationKind::UpdateClusterAutoscaler: // a PUT of the cluster: nothing to watch
        return {action(ActionKind::Update, op.poolName, {}, op.body, false)};
    case OperationKind::Delete:
        return {action(ActionKind::Delete, op.poolName, op.poolId, {}, waitForSettle)};
    case OperationKind::Replace:
        if (op.replaceStrategy == ReplaceStrategy::InPlace)
            return {action(ActionKind::Delete, op.poolName, op.poolId, {}, true),
                    action(ActionKind::Create, op.poolName, {}, op.body, waitForSettle)};
        return {action(ActionKind::Create, op.finalPoolName(), {}, op.body, true),
                action(ActionKind::Delete, op.poolName, op.poolId, {}, waitForSettle)};
    }
    return {};
}

QString kindName(OperationKind kind)
{
    return operationKindName(kind);
}

std::optional<OperationKind> kindFromName(const QString& name)
{
    for (OperationKind kind : {OperationKind::Create, OperationKind::Update, OperationKind::Replace,
                               OperationKind::Delete, OperationKind::UpdateClusterAutoscaler})
        if (operationKindName(kind) == name)
            return kind;
    return std::nullopt;
}

std::optional<ActionKind> actionKindFromName(const QString& name)
{
    for (ActionKind kind : {ActionKind::Create, ActionKind::Update, ActionKind::Delete})
        if (actionKindName(kind) == name)
            return kind;
    return std::nullopt;
}

std::optional<ActionState> actionStateFromName(const QString& name)
{
    for (ActionState state : {ActionState::NotSent, ActionState::Sent, ActionState::Accepted,
                              ActionState::Settled, ActionState::Failed})
        if (actionStateName(state) == name)
            return state;
    return std::nullopt;
}

QJsonArray stringsToJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFrom(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

QJsonObject specToJson(const NodePoolSpec& spec)
{
    return spec.name.isEmpty() && spec.size.isEmpty() ? QJsonObject{}
                                                      : dojson::createPoolBody(spec);
}

NodePoolSpec specFromJson(const QJsonValue& value)
{
    return value.toObject().isEmpty() ? NodePoolSpec{}
                                      : dojson::nodePoolFromJson(value.toObject()).spec;
}

QJsonObject operationToJson(const PlanOperation& op)
{
    QJsonArray changes;
    for (const FieldChange& change : op.changes)
        changes.append(QJsonObject{{QStringLiteral("field"), change.field},
                                   {QStringLiteral("before"), change.before},
                                   {QStringLiteral("after"), change.after}});
    return {{QStringLiteral("kind"), kindName(op.kind)},
            {QStringLiteral("pool_name"), op.poolName},
            {QStringLiteral("pool_id"), op.poolId},
            {QStringLiteral("before"), specToJson(op.before)},
            {QStringLiteral("after"), specToJson(op.after)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("body"), op.body},
            {QStringLiteral("monthly_cents_before"), op.monthlyCentsBefore},
            {QStringLiteral("monthly_cents_after"), op.monthlyCentsAfter},
            {QStringLiteral("monthly_cents_overlap"), op.monthlyCentsOverlap},
            {QStringLiteral("destructive"), stringsToJson(op.destructive)},
            {QStringLiteral("notes"), stringsToJson(op.notes)},
            {QStringLiteral("replace"), replaceStrategyName(op.replaceStrategy)},
            {QStringLiteral("replacement_name"), op.replacementName},
            {QStringLiteral("capacity_dip"), op.capacityDip}};
}

std::optional<PlanOperation> operationFromJson(const QJsonObject& json, QString* error)
{
    const auto kind = kindFromName(json.value(u"kind").toString());
    const auto strategy = replaceStrategyFromName(json.value(u"replace").toString());
    if (!kind || !strategy) {
        *error = Tr::tr("a step of an unknown kind");
        return std::nullopt;
    }
    PlanOperation op;
    op.kind = *kind;
    op.poolName = json.value(u"pool_name").toString();
    op.poolId = json.value(u"pool_id").toString();
    op.before = specFromJson(json.value(u"before"));
    op.after = specFromJson(json.value(u"after"));
    for (const QJsonValue& item : json.value(u"changes").toArray()) {
        const QJsonObject change = item.toObject();
        op.changes.append({change.value(u"field").toString(), change.value(u"before").toString(),
                           change.value(u"after").toString()});
    }
    op.body = json.value(u"body").toObject();
    op.monthlyCentsBefore = json.value(u"monthly_cents_before").toInteger();
    op.monthlyCentsAfter = json.value(u"monthly_cents_after").toInteger();
    op.monthlyCentsOverlap = json.value(u"monthly_cents_overlap").toInteger();
    op.destructive = stringsFrom(json.value(u"destructive"));
    op.notes = stringsFrom(json.value(u"notes"));
    op.replaceStrategy = *strategy;
    op.replacementName = json.value(u"replacement_name").toString();
    op.capacityDip = json.value(u"capacity_dip").toInt();
    return op;
}

QJsonObject actionToJson(const JournalAction& a)
{
    return {{QStringLiteral("kind"), actionKindName(a.kind)},
            {QStringLiteral("pool_name"), a.poolName},
            {QStringLiteral("pool_id"), a.poolId},
            {QStringLiteral("body"), a.body},
            {QStringLiteral("awaited"), a.awaited},
            {QStringLiteral("state"), actionStateName(a.state)},
            {QStringLiteral("error"), a.error}};
}

std::optional<JournalAction> actionFromJson(const QJsonObject& json, QString* error)
{
    const auto kind = actionKindFromName(json.value(u"kind").toString());
    const auto state = actionStateFromName(json.value(u"state").toString());
    if (!kind || !state) {
        *error = Tr::tr("a request of an unknown kind or state");
        return std::nullopt;
    }
    JournalAction a =
        action(*kind, json.value(u"pool_name").toString(), json.value(u"pool_id").toString(),
               json.value(u"body").toObject(), json.value(u"awaited").toBool(true));
    a.state = *state;
    a.error = json.value(u"error").toString();
    return a;
}

// The sentence for one request of a step as it stands.
QString actionText(const JournalAction& a)
{
    const QString reason = a.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.error);
    switch (a.kind) {
    case ActionKind::Create:
        switch (a.state) {
        case ActionState::NotSent:
            return Tr::tr("%1 not created").arg(a.poolName);
        case ActionState::Sent:
            return Tr::tr("the create of %1 was sent, its answer not seen").arg(a.poolName);
        case ActionState::Accepted:
            return a.awaited ? Tr::tr("%1 created, its nodes not all running yet").arg(a.poolName)
                             : Tr::tr("%1 created, its nodes still coming up").arg(a.poolName);
        case ActionState::Settled:
            return Tr::tr("%1 runs").arg(a.poolName);
        case ActionState::Failed:
            return a.poolId.isEmpty() ? Tr::tr("creating %1 failed%2").arg(a.poolName, reason)
                                      : Tr::tr("%1 was created but its nodes did not all run%2")
                                            .arg(a.poolName, reason);
        }
        break;
    case ActionKind::Update:
        switch (a.state) {
        case ActionState::NotSent:
            return Tr::tr("%1 not updated").arg(a.poolName);
        case ActionState::Sent:
            return Tr::tr("the update of %1 was sent, its answer not seen").arg(a.poolName);
        case ActionState::Accepted:
            return Tr::tr("%1 updated, still settling").arg(a.poolName);
        case ActionState::Settled:
            return Tr::tr("%1 updated").arg(a.poolName);
        case ActionState::Failed:
            return Tr::tr("updating %1 failed%2").arg(a.poolName, reason);
        }
        break;
    case ActionKind::Delete:
        switch (a.state) {
        case ActionState::NotSent:
            return Tr::tr("%1 not deleted").arg(a.poolName);
        case ActionState::Sent:
            return Tr::tr("the delete of %1 was sent, its answer not seen").arg(a.poolName);
        case ActionState::Accepted:
            return Tr::tr("%1 is being drained and deleted").arg(a.poolName);
        case ActionState::Settled:
            return Tr::tr("%1 is deleted").arg(a.poolName);
        case ActionState::Failed:
            return Tr::tr("deleting %1 failed%2").arg(a.poolName, reason);
        }
        break;
    }
    return {};
}

// What the cluster is left with when a replacement stopped half way, and
// what to do about it.
QString replaceAdvice(const JournalStep& step)
{
    const PlanOperation& op = step.operation;
    if (step.actions.size() != 2)
        return {};
    const JournalAction& first = step.actions.at(0);
    const JournalAction& second = step.actions.at(1);
    if (op.replaceStrategy == ReplaceStrategy::BlueGreen) {
        if (first.state == ActionState::Failed && first.poolId.isEmpty())
            return Tr::tr("nothing was deleted: %1 runs as before").arg(op.poolName);
        if (!first.isDone())
            return Tr::tr("%1 was not deleted; both pools are billed: resume once the new nodes "
                          "run, or roll back to delete %2")
                .arg(op.poolName, first.poolName);
        if (second.state == ActionState::Failed)
            return Tr::tr("both pools remain and are billed: resume to delete %1, or delete it "
                          "yourself")
                .arg(op.poolName);
        if (second.state == ActionState::NotSent)
            return Tr::tr("both pools remain and are billed: resume to delete %1").arg(op.poolName);
        return {};
    }
    if (first.state == ActionState::Failed)
        return Tr::tr("nothing changed: %1 runs as before").arg(op.poolName);
    if (first.state != ActionState::NotSent && !second.isDone())
        return Tr::tr("the cluster has no pool %1 now: resume to create it").arg(op.poolName);
    return {};
}

QString stepTitle(const JournalStep& step, bool withCluster)
{
    const PlanOperation& op = step.operation;
    QString title = operationKindName(op.kind) + u' ' + op.poolName;
    if (op.kind == OperationKind::Replace)
        title = op.replaceStrategy == ReplaceStrategy::InPlace
                    ? Tr::tr("replace %1 in place").arg(op.poolName)
                    : Tr::tr("replace %1 with %2").arg(op.poolName, op.finalPoolName());
    if (withCluster)
        title += QStringLiteral(" (%1)").arg(step.clusterName);
    return title;
}

bool spansClusters(const ApplyJournal& journal)
{
    for (const JournalStep& step : journal.steps)
        if (step.clusterId != journal.steps.first().clusterId)
            return true;
    return false;
}

} // namespace

bool JournalAction::isDone() const
{
    return state == ActionState::Settled || (state == ActionState::Accepted && !awaited);
}

StepState JournalStep::state() const
{
    if (std::any_of(actions.begin(), actions.end(),
                    [](const JournalAction& a) { return a.state == ActionState::Failed; }))
        return StepState::Failed;
    if (std::all_of(actions.begin(), actions.end(),
                    [](const JournalAction& a) { return a.state == ActionState::NotSent; }))
        return StepState::NotSent;
    if (std::all_of(actions.begin(), actions.end(),
                    [](const JournalAction& a) { return a.state == ActionState::Settled; }))
        return StepState::Applied;
    return StepState::Settling;
}

bool ApplyJournal::isComplete() const
{
    return interruptedStep() < 0;
}

bool ApplyJournal::changedSomething() const
{
    for (const JournalStep& step : steps)
        for (const JournalAction& a : step.actions)
            if (a.state != ActionState::NotSent &&
                !(a.state == ActionState::Failed && a.poolId.isEmpty()))
                return true;
    return false;
}

int ApplyJournal::interruptedStep() const
{
    for (int i = 0; i < steps.size(); ++i)
        for (const JournalAction& a : steps.at(i).actions)
            if (!a.isDone())
                return i;
    return -1;
}

ApplyJournal journalForPlan(const ManifestPlan& plan, bool waitForSettle)
{
    ApplyJournal journal;
    journal.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    journal.startedAt = journal.updatedAt = QDateTime::currentDateTimeUtc();
    for (const ClusterPlan& cluster : plan.clusters)
        for (const PlanOperation& op : cluster.plan.operations)
            journal.steps.append(
                {cluster.cluster.id, cluster.cluster.name, op, actionsFor(op, waitForSettle)});
    return journal;
}

std::optional<ApplyJournal> rollbackJournal(const ApplyJournal& journal, QString* refusal,
                                            QStringList* notes)
{
    ApplyJournal out;
    out.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.startedAt = out.updatedAt = QDateTime::currentDateTimeUtc();
    out.rollback = true;
    for (const JournalStep& step : journal.steps) {
        for (const JournalAction& a : step.actions) {
            // A delete the API refused deleted nothing; any other one may have.
            if (a.kind == ActionKind::Delete && a.state != ActionState::NotSent &&
                a.state != ActionState::Failed) {
                *refusal =
                    Tr::tr("the apply already deleted (or began to delete) pool %1 and nothing "
                           "brings it back; resume the apply instead")
                        .arg(a.poolName);
                return std::nullopt;
            }
            if (a.kind == ActionKind::Update && a.state != ActionState::NotSent && notes)
                *notes << Tr::tr("the update of %1 stays as it was sent").arg(a.poolName);
            const bool mayExist = a.state != ActionState::NotSent &&
                                  !(a.state == ActionState::Failed && a.poolId.isEmpty());
            if (a.kind != ActionKind::Create || !mayExist)
                continue;
            PlanOperation op;
            op.kind = OperationKind::Delete;
            op.poolName = a.poolName;
            op.poolId = a.poolId;
            op.destructive
                << Tr::tr("deletes pool %1, which the interrupted apply created").arg(a.poolName);
            out.steps.append({step.clusterId,
                              step.clusterName,
                              op,
                              {action(ActionKind::Delete, a.poolName, a.poolId, {}, false)}});
        }
    }
    if (out.steps.isEmpty()) {
        *refusal = Tr::tr("the apply created no pool; there is nothing to roll back");
        return std::nullopt;
    }
    return out;
}

QJsonObject journalToJson(const ApplyJournal& journal)
{
    QJsonArray steps;
    for (const JournalStep& step : journal.steps) {
        QJsonArray actions;
        for (const JournalAction& a : step.actions)
            actions.append(actionToJson(a));
        steps.append(QJsonObject{{QStringLiteral("cluster_id"), step.clusterId},
                                 {QStringLiteral("cluster_name"), step.clusterName},
                                 {QStringLiteral("operation"), operationToJson(step.operation)},
                                 {QStringLiteral("actions"), actions}});
    }
    return {{QStringLiteral("poolstudio_apply_journal"), JournalVersion},
            {QStringLiteral("id"), journal.id},
            {QStringLiteral("started_at"), journal.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated_at"), journal.updatedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("rollback"), journal.rollback},
            {QStringLiteral("steps"), steps}};
}

std::optional<ApplyJournal> journalFromJson(const QJsonObject& json, QString* error)
{
    if (json.value(u"poolstudio_apply_journal").toInt() != JournalVersion) {
        *error = Tr::tr("not an apply journal of this version");
        return std::nullopt;
    }
    ApplyJournal journal;
    journal.id = json.value(u"id").toString();
    journal.startedAt =
        QDateTime::fromString(json.value(u"started_at").toString(), Qt::ISODateWithMs);
    journal.updatedAt =
        QDateTime::fromString(json.value(u"updated_at").toString(), Qt::ISODateWithMs);
    journal.rollback = json.value(u"rollback").toBool();
    for (const QJsonValue& item : json.value(u"steps").toArray()) {
        const QJsonObject object = item.toObject();
        JournalStep step;
        step.clusterId = object.value(u"cluster_id").toString();
        step.clusterName = object.value(u"cluster_name").toString();
        const auto op = operationFromJson(object.value(u"operation").toObject(), error);
        if (!op)
            return std::nullopt;
        step.operation = *op;
        for (const QJsonValue& a : object.value(u"actions").toArray()) {
            const auto parsed = actionFromJson(a.toObject(), error);
            if (!parsed)
                return std::nullopt;
            step.actions.append(*parsed);
        }
        if (step.clusterId.isEmpty() || step.actions.isEmpty()) {
            *error = Tr::tr("a step without its cluster or requests");
            return std::nullopt;
        }
        journal.steps.append(step);
    }
    return journal;
}

QString stepSummary(const JournalStep& step, bool withCluster)
{
    const QString title = stepTitle(step, withCluster);
    QStringList parts;
    for (const JournalAction& a : step.actions)
        parts << actionText(a);
    const QString detail = parts.join(QStringLiteral("; "));
    const QString advice =
        step.operation.kind == OperationKind::Replace ? replaceAdvice(step) : QString();
    const QString tail = advice.isEmpty() ? QString() : QStringLiteral("; ") + advice;
    const bool done = std::all_of(step.actions.begin(), step.actions.end(),
                                  [](const JournalAction& a) { return a.isDone(); });
    switch (step.state()) {
    case StepState::Applied:
        return Tr::tr("✓ %1: applied").arg(title);
    case StepState::NotSent:
        return Tr::tr("· %1: not sent").arg(title);
    case StepState::Failed:
        return Tr::tr("✗ %1: failed: %2%3").arg(title, detail, tail);
    case StepState::Settling:
        return done ? Tr::tr("✓ %1: sent, still settling (%2)").arg(title, detail)
                    : Tr::tr("… %1: sent, still settling: %2%3").arg(title, detail, tail);
    }
    return {};
}

QStringList journalSummary(const ApplyJournal& journal)
{
    QStringList lines;
    const bool many = spansClusters(journal);
    for (const JournalStep& step : journal.steps)
        lines << stepSummary(step, many);
    return lines;
}

QString interruptionText(const ApplyJournal& journal)
{
    const int index = journal.interruptedStep();
    if (index < 0)
        return {};
    const JournalStep& step = journal.steps.at(index);
    QStringList parts;
    for (const JournalAction& a : step.actions)
        parts << actionText(a);
    const QString what = journal.rollback ? Tr::tr("A rollback") : Tr::tr("An apply");
    return Tr::tr("%1 was interrupted at step %2 of %3 (%4): %5")
        .arg(what, QString::number(index + 1), QString::number(journal.steps.size()),
             stepTitle(step, spansClusters(journal)), parts.join(QStringLiteral("; ")));
}

QString actionKindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Create:
        return QStringLiteral("create");
    case ActionKind::Update:
        return QStringLiteral("update");
    case ActionKind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString actionStateName(ActionState state)
{
    switch (state) {
    case ActionState::NotSent:
        return QStringLiteral("not-sent");
    case ActionState::Sent:
        return QStringLiteral("sent");
    case ActionState::Accepted:
        return QStringLiteral("accepted");
    case ActionState::Settled:
        return QStringLiteral("settled");
    case ActionState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace core
