#pragma once

#include "manifestplan.h"
#include "plan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The journal of an apply: the plan as the requests it takes, and what
// became of each request. It is written before a request goes out and again
// when it is answered and when it has settled, so that an apply cut short
// (a crash, a kill, a context switch) can be finished, rolled back or
// forgotten later from what the journal says.
namespace core {

// One request of a step.
enum class ActionKind
{
    Create, // POST a pool named `poolName`
    Update, // PUT `body` to `poolId`
    Delete, // DELETE `poolId` (or the pool named `poolName` when the id is unknown)
};

enum class ActionState
{
    NotSent,  // never went out
    Sent,     // written just before it went out: it may or may not have arrived
    Accepted, // DigitalOcean answered 2xx; not settled yet
    Settled,  // accepted and settled (running nodes; a deleted pool gone)
    Failed,   // refused, or it did not settle in time (`error`)
};

struct JournalAction
{
    ActionKind kind = ActionKind::Create;
    QString poolName;
    QString poolId; // create: the new pool's, once answered
    QJsonObject body;
    // The next action waits until this one has settled: a replacement's new
    // pool must run before the old one goes; in place, the old one must be
    // gone before its name is free. When false, accepted is enough.
    bool awaited = true;
    ActionState state = ActionState::NotSent;
    QString error;

    // Done as far as this apply goes: settled, or accepted and not awaited.
    bool isDone() const;
    friend bool operator==(const JournalAction&, const JournalAction&) = default;
};

// What a step as a whole has come to.
enum class StepState
{
    NotSent,  // none of its requests went out
    Settling, // sent, still settling (or cut short in between)
    Applied,  // every request done
    Failed,   // one of its requests failed
};

struct JournalStep
{
    QString clusterId;
    QString clusterName;
    // kind, strategy, names, ids, before/after specs and the field changes.
    PlanOperation operation;
    QList<JournalAction> actions; // in the order they are sent

    StepState state() const;
    friend bool operator==(const JournalStep&, const JournalStep&) = default;
};

struct ApplyJournal
{
    QString id; // a uuid, so two windows never take one journal for another
    QDateTime startedAt;
    QDateTime updatedAt;
    // A rollback is journaled too; it is not itself rolled back.
    bool rollback = false;
    QList<JournalStep> steps;

    // Every action done: nothing to resume.
    bool isComplete() const;
    // Some request went out (sent or settled): the cluster may differ from
    // before the apply.
    bool changedSomething() const;
    // The first step not done, or -1.
    int interruptedStep() const;
    friend bool operator==(const ApplyJournal&, const ApplyJournal&) = default;
};

// The requests a plan takes, step by step, nothing sent. `waitForSettle`
// false: a request is done once accepted, except where the next one needs
// it settled (a replacement's create; an in-place replace's delete).
ApplyJournal journalForPlan(const ManifestPlan& plan, bool waitForSettle = true);

// The journal that undoes `journal` as far as that can be done: it deletes
// the pools the journal created (or may have: a create sent but never
// answered is looked up by name). nullopt with the reason when the journal
// deleted a pool (nothing brings it back: resume instead) or created nothing.
// Updates already sent stay as they are; `notes` says so.
std::optional<ApplyJournal> rollbackJournal(const ApplyJournal& journal, QString* refusal,
                                            QStringList* notes = nullptr);

QJsonObject journalToJson(const ApplyJournal& journal);
// nullopt with the reason when the JSON is not a journal of this version.
std::optional<ApplyJournal> journalFromJson(const QJsonObject& json, QString* error);

// One line per step: "✓ create web: applied", "… replace web with
// web-s-4vcpu-8gb: web-s-4vcpu-8gb runs; web is still being deleted",
// "✗ ...: failed: ...; nothing was deleted", "· delete old: not sent". With
// the cluster's name when the journal spans clusters.
QStringList journalSummary(const ApplyJournal& journal);
QString stepSummary(const JournalStep& step, bool withCluster = false);

// "An apply was interrupted at step 2 of 3 (replace web with web-s-4vcpu-8gb):
// created web-s-4vcpu-8gb; deleting web not sent". For the resume prompt.
QString interruptionText(const ApplyJournal& journal);

QString actionKindName(ActionKind kind);    // create, update, delete
QString actionStateName(ActionState state); // not-sent, sent, accepted, settled, failed

} // namespace core
