#pragma once

#include "apierror.h"
#include "core/applyjournal.h"
#include "core/journalfile.h"
#include "core/manifestplan.h"
#include "operationwatcher.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>

namespace api {

class DoClient;

// Applies a reviewed plan, one request at a time and cluster after cluster,
// as the requests of its journal (core::journalForPlan): sends each, then
// watches the pool until the change has settled (or, for a delete, until the
// pool is gone) before the next one goes. A size change is blue/green by
// default: the new pool is created and must run before the old one is
// deleted; if the create fails or its nodes do not come up in time, nothing
// is deleted. A failure stops the rest, and the summary says exactly what was
// and was not applied and what the cluster holds. Cancelling stops the
// watching and the requests not yet sent, never a change already sent.
//
// With a journal folder, the journal is written there (atomically) before
// each request goes out and whenever one is answered or settles; it is
// removed once every request is done, or when the apply changed nothing.
// A runner made from a journal resumes it: requests done are skipped; a
// request sent but never seen answered is looked at first (a create is
// looked for by name, a delete by its pool) so nothing is sent twice.
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    PlanRunner(DoClient* client, const core::ManifestPlan& plan, QObject* parent = nullptr);
    // Resumes an interrupted apply (or runs a core::rollbackJournal).
    PlanRunner(DoClient* client, const core::ApplyJournal& journal, QObject* parent = nullptr);

    void setWatchInterval(std::chrono::milliseconds interval) { m_watchInterval = interval; }
    // How long a pool may take to settle (its new nodes to run, or to go
    // after a delete) before the step fails. 30 minutes by default.
    void setSettleTimeout(std::chrono::milliseconds timeout) { m_settleTimeout = timeout; }
    // Off: a request is done once DigitalOcean has accepted it (as poolctl
    // does, like doctl), except where the next request depends on it: a
    // blue/green replacement's new pool must run before the old one is
    // deleted, and in place the old one must be gone before its name is
    // free. On by default. Before start() only.
    void setWaitForSettle(bool wait);
    // The droplet-limit pre-flight (core::checkDropletRoom): before the first
    // request of a plan, GET /v2/account and every cluster, and refuse the
    // whole plan (finished with error id PreflightErrorId, nothing sent) when
    // it would pass the account's droplet limit. On by default for a plan;
    // a resume or rollback has none (it finishes or undoes what was sent).
    void setDropletPreflight(bool enabled) { m_preflight = enabled; }
    static constexpr const char* PreflightErrorId = "droplet_limit_preflight";
    // Where to keep the journal (a context's folder); none by default.
    void setJournalDirectory(const QString& directory);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Steps counted across clusters.
    int stepCount() const { return int(m_journal.steps.size()); }
    const core::PlanOperation& stepOperation(int index) const
    {
        return m_journal.steps.at(index).operation;
    }
    core::StepState stepState(int index) const { return m_journal.steps.at(index).state(); }
    // The journal as it stands: every step's requests and their states.
    const core::ApplyJournal& journal() const { return m_journal; }

    // One line per step: applied, sent and still settling, failed (with
    // what the cluster holds and what to do) or not sent; with the
    // cluster's name when the plan spans clusters.
    QStringList summary() const { return core::journalSummary(m_journal); }

    // The test-only hook: when POOLSTUDIO_TEST_EXIT_AFTER_STEP names a
    // request kind (create, update, delete), the process ends with _Exit
    // right after such a request has been journaled as done, as a crash
    // would end it. Nobody sets it outside the process tests.
    static constexpr const char* TestExitVariable = "POOLSTUDIO_TEST_EXIT_AFTER_STEP";
    static constexpr int TestExitCode = 86;

Q_SIGNALS:
    // The pre-flight let the plan go, but at their autoscaling maxima the
    // pools would pass the droplet limit (core::DropletPreflight::warning).
    void preflightWarning(const QString& text);
    void stepStarted(int index, const QString& description);
    void nodeStateChanged(const QString& poolName, const QString& nodeName, const QString& from,
                          const QString& to);
    void progress(int running, int wanted);
    void stepFinished(int index);
    // The journal changed (a request went out, was answered, settled or failed).
    void journalChanged();
    // ok is false after a failure or a cancel; error is set after a failure.
    void finished(bool ok, const api::ApiError& error);

private:
    void advance();
    void runPreflight();
    void runAction();
    void sendClusterAutoscaler();
    void sendCreate();
    void sendUpdate();
    void sendDelete();
    // Lists the cluster's pools and hands `then` the one named `name`, or
    // nullptr; a failed listing fails the current action instead.
    void findPoolNamed(const QString& name, std::function<void(const core::NodePool* pool)> then);
    void lookForCreated();
    void resolveDeleteTarget();
    void accepted(const QString& poolId);
    void watch(OperationWatcher::Goal goal);
    void settled();
    void failAction(const ApiError& error);
    void finish(bool ok, const ApiError& error);
    bool save(); // false (and the run failed) when the journal cannot be written
    void exitIfTestAsks(const core::JournalAction& action) const;
    QString describe(int index) const;

    core::JournalStep& step() { return m_journal.steps[m_step]; }
    core::JournalAction& action() { return step().actions[m_action]; }
    QString clusterId() const { return m_journal.steps.at(m_step).clusterId; }

    DoClient* m_client;
    std::optional<core::ManifestPlan> m_plan; // to rebuild the journal on setWaitForSettle
    core::ApplyJournal m_journal;
    std::optional<core::JournalFile> m_journalFile;
    int m_step = 0;
    int m_action = 0;
    int m_announced = -1; // the step stepStarted was last sent for
    bool m_running = false;
    std::chrono::milliseconds m_watchInterval = OperationWatcher::DefaultInterval;
    std::chrono::milliseconds m_settleTimeout = OperationWatcher::DefaultTimeout;
    bool m_waitForSettle = true;
    bool m_preflight = true;
    QString m_testExitAfter;
    QPointer<OperationWatcher> m_watcher;
    QObject* m_requestContext = nullptr; // answers after a cancel are dropped with it
};

} // namespace api
