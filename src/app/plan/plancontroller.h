#pragma once

#include "app/editor/pooleditor.h"
#include "app/shell/workspace.h"
#include "core/applyjournal.h"
#include "core/manifestplan.h"
#include "core/preflight.h"
#include "planstepmodel.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace api {
class PlanRunner;
}

namespace app {

// Between a change and DigitalOcean: shows the plan (field-level diff, monthly
// cost before and after, destructive steps flagged), then applies it with
// progress, node by node, until it has settled. Nothing is sent before
// apply(); a destructive plan needs confirmDestructive() first. A plan from
// manifests may span clusters: they are applied one after another, and a
// failure stops the rest.
//
// Every apply is journaled in the context's data folder (core::JournalFile),
// so one cut short can be resumed, rolled back or forgotten
// (InterruptedApply); while such a journal waits, no new apply starts.
// "Stop watching" only closes the view: the steps go on in the background.
class PlanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY planChanged)
    Q_PROPERTY(QString title READ title NOTIFY planChanged)
    Q_PROPERTY(QString planText READ planText NOTIFY planChanged)
    Q_PROPERTY(bool hasChanges READ hasChanges NOTIFY planChanged)
    Q_PROPERTY(bool destructive READ destructive NOTIFY planChanged)
    Q_PROPERTY(QStringList destructiveReasons READ destructiveReasons NOTIFY planChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY planChanged)
    // Why the plan cannot be applied: the plan's own refusals, then the
    // droplet-limit pre-flight's (core::checkDropletRoom).
    Q_PROPERTY(QString refusal READ refusal NOTIFY planChanged)
    // The pre-flight's warning (autoscaling maxima past the droplet limit), as
    // poolctl prints it before applying; the plan may still be applied.
    Q_PROPERTY(QString preflightWarning READ preflightWarning NOTIFY planChanged)
    Q_PROPERTY(QString costText READ costText NOTIFY planChanged)
    // Things that need no confirmation but should stop a person: a manifest
    // that would create a pool a blue/green replace renamed, again.
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY planChanged)
    // For a delete: the name the user must type to confirm.
    Q_PROPERTY(QString confirmationName READ confirmationName NOTIFY planChanged)
    // The steps in run order, for the table (built once per plan).
    Q_PROPERTY(app::PlanStepModel* steps READ steps CONSTANT)
    // Why Apply must wait: an interrupted apply's journal is still there.
    Q_PROPERTY(QString journalBlock READ journalBlock NOTIFY runChanged)

    Q_PROPERTY(bool running READ running NOTIFY runChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY runChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY runChanged)
    Q_PROPERTY(QString stepText READ stepText NOTIFY runChanged)
    Q_PROPERTY(QStringList log READ log NOTIFY runChanged)
    Q_PROPERTY(int nodesRunning READ nodesRunning NOTIFY runChanged)
    Q_PROPERTY(int nodesWanted READ nodesWanted NOTIFY runChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY runChanged)
    // After a run: one line per step, applied, sent and settling, failed or
    // not sent (core::journalSummary).
    Q_PROPERTY(QStringList summary READ summary NOTIFY runChanged)

public:
    explicit PlanController(QObject* parent = nullptr);

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);

    // Plans the editor's draft against the selected cluster's live pools.
    Q_INVOKABLE void planFromEditor(app::PoolEditor* editor);
    // Plans deleting the selected pool (refused for a cluster's last pool).
    Q_INVOKABLE void planDeleteCurrentPool();
    // Shows a plan made elsewhere (the manifest import).
    void setManifestPlan(const core::ManifestPlan& plan, const QString& title);
    // Sends the plan. Destructive plans need `confirmed` true; nothing is sent
    // when the workspace is read-only.
    Q_INVOKABLE bool apply(bool confirmed);
    // Sends nothing more (after the request in flight); changes already sent
    // go on in DigitalOcean, and the journal keeps what was sent for Resume.
    Q_INVOKABLE void cancel();
    // Runs a journal: an interrupted apply resumed, or its rollback. The
    // steps show in the table with what became of each.
    bool runJournal(const core::ApplyJournal& journal, const QString& title);
    // Puts the plan's text (as poolctl plan prints it) on the clipboard.
    Q_INVOKABLE void copyPlanText() const;
    // Where this context's apply journal lives.
    QString journalDirectory() const;

    QString title() const { return m_title; }
    QString planText() const;
    bool hasChanges() const { return !m_plan.isEmpty(); }
    bool destructive() const { return m_plan.isDestructive(); }
    QStringList destructiveReasons() const;
    QStringList notes() const;
    QString refusal() const;
    QString preflightWarning() const { return m_preflight.warning; }
    QString costText() const;
    QString confirmationName() const { return m_confirmationName; }
    PlanStepModel* steps() { return &m_steps; }
    QString journalBlock() const;

    bool running() const { return m_running; }
    bool finished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    QString stepText() const { return m_stepText; }
    QStringList log() const { return m_log; }
    int nodesRunning() const { return m_nodesRunning; }
    int nodesWanted() const { return m_nodesWanted; }
    QString resultText() const { return m_resultText; }
    QStringList warnings() const { return m_warnings; }
    QStringList summary() const { return m_summary; }

    const core::ManifestPlan& plan() const { return m_plan; }

Q_SIGNALS:
    void planChanged();
    void runChanged();
    // After a successful apply, so the editor can forget its draft.
    void applied();
    // A run ended (done, failed or stopped): a journal may be left behind.
    void runEnded();

private:
    void setPlan(const core::ManifestPlan& plan, const QString& title,
                 const QString& confirmationName, const QHash<int, QStringList>& warnings = {});
    // One cluster's plan, as the editor and the delete button make them.
    void setClusterPlan(const core::Cluster& cluster, const core::Plan& plan, const QString& title,
                        const QString& confirmationName);
    void onFinished(bool ok, const QString& errorText);
    // Connects the runner, journals it and starts it.
    void startRunner(api::PlanRunner* runner);
    // Manifest plans: a create of a pool that a blue/green replace renamed.
    static QHash<int, QStringList> replacedPoolWarnings(const core::ManifestPlan& plan);
    // The droplet-limit pre-flight over the last refresh's clusters and
    // account; the runner checks again, against the live ones, at Apply.
    core::DropletPreflight preflight(const core::ManifestPlan& plan) const;

    QPointer<Workspace> m_workspace;
    core::ManifestPlan m_plan;
    core::DropletPreflight m_preflight; // of m_plan; empty for a journal's run
    QString m_title;
    QString m_confirmationName;
    PlanStepModel m_steps;
    api::PlanRunner* m_runner = nullptr;
    bool m_running = false;
    bool m_finished = false;
    bool m_succeeded = false;
    QString m_stepText;
    QStringList m_log;
    int m_nodesRunning = 0;
    int m_nodesWanted = 0;
    QString m_resultText;
    QStringList m_warnings;
    QStringList m_summary;
};

} // namespace app
