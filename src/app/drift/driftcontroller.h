#pragma once

#include "app/plan/plancontroller.h"
#include "app/shell/workspace.h"
#include "core/drift.h"
#include "driftlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace app {

// The drift view: a folder of manifests (the *.yaml and *.yml files directly
// in it, not in subfolders) against the live pools. It says which pools
// differ, field by field, and offers to apply a manifest (a plan for the
// PlanController to show and run) or to rewrite a manifest from its live
// pool. It checks again whenever the workspace has refreshed, so the list
// follows both the files and the account.
class DriftController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    // A local path; a file: URL (as a FolderDialog gives) is taken too.
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(DriftListModel* entries READ entries CONSTANT)
    // In-sync manifests are left out of `entries` unless asked for: the view
    // is about what differs.
    Q_PROPERTY(bool showInSync READ showInSync WRITE setShowInSync NOTIFY showInSyncChanged)
    Q_PROPERTY(bool checked READ checked NOTIFY reportChanged)
    Q_PROPERTY(int fileCount READ fileCount NOTIFY reportChanged)
    Q_PROPERTY(int inSyncCount READ inSyncCount NOTIFY reportChanged)
    Q_PROPERTY(int differsCount READ differsCount NOTIFY reportChanged)
    Q_PROPERTY(int notLiveCount READ notLiveCount NOTIFY reportChanged)
    Q_PROPERTY(int unresolvedCount READ unresolvedCount NOTIFY reportChanged)
    Q_PROPERTY(int invalidCount READ invalidCount NOTIFY reportChanged)
    Q_PROPERTY(int liveOnlyCount READ liveOnlyCount NOTIFY reportChanged)
    // Manifests that applying would change something for (differs, not live).
    Q_PROPERTY(int applicableCount READ applicableCount NOTIFY reportChanged)
    // "3 pools in sync, 1 differs, 1 not live".
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY reportChanged)
    // Waiting for the live pools before a check can run.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // What the last rewrite did ("Rewrote web.yaml from the live pool web.").
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit DriftController(QObject* parent = nullptr);

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);
    QString folder() const { return m_folder; }
    void setFolder(const QString& folder);
    DriftListModel* entries() { return &m_entries; }
    bool showInSync() const { return m_showInSync; }
    void setShowInSync(bool show);

    bool checked() const { return m_checked; }
    int fileCount() const { return m_fileCount; }
    int inSyncCount() const { return m_report.count(core::DriftStatus::InSync); }
    int differsCount() const { return m_report.count(core::DriftStatus::Differs); }
    int notLiveCount() const { return m_report.count(core::DriftStatus::NotLive); }
    int unresolvedCount() const { return m_report.count(core::DriftStatus::Unresolved); }
    int invalidCount() const { return m_report.count(core::DriftStatus::Invalid); }
    int liveOnlyCount() const { return m_report.count(core::DriftStatus::LiveOnly); }
    int applicableCount() const { return differsCount() + notLiveCount(); }
    QString summaryText() const;
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString message() const { return m_message; }
    const core::DriftReport& report() const { return m_report; }

    // Reads the folder's manifests (empty: the current folder) and compares
    // them with the live pools. False, with errorText, when the folder does
    // not exist or holds no manifests. Before the workspace has loaded, the
    // check waits for it (busy) and true is returned.
    Q_INVOKABLE bool check(const QString& folder = {});
    // Puts the plan that makes the pool of row `row` what its manifest says
    // into `target` (the view then opens the PlanDialog). False when the row
    // has nothing to apply.
    Q_INVOKABLE bool planApply(int row, app::PlanController* target);
    // One plan for every manifest that differs or is not live.
    Q_INVOKABLE bool planApplyAll(app::PlanController* target);
    // Rewrites row `row`'s manifest document in its file from the live pool:
    // the other documents of the file stay as they were; comments inside the
    // rewritten document are not kept. Written atomically: on any failure the
    // file is left untouched and errorText says why. Checks again afterwards.
    Q_INVOKABLE bool rewriteFromLive(int row);

Q_SIGNALS:
    void workspaceChanged();
    void folderChanged();
    void showInSyncChanged();
    void reportChanged();
    void busyChanged();
    void errorTextChanged();
    void messageChanged();

private:
    void runCheck();
    void showReport();
    void setBusy(bool busy);
    void setErrorText(const QString& text);
    void setMessage(const QString& text);
    core::PlanOptions planOptions() const;
    bool putPlan(const QList<core::manifest::PoolManifest>& manifests, PlanController* target,
                 const QString& title);

    QPointer<Workspace> m_workspace;
    QString m_folder;
    bool m_showInSync = false;
    bool m_checked = false;
    bool m_pending = false; // a check waits for the workspace
    bool m_busy = false;
    int m_fileCount = 0;
    core::DriftReport m_report;
    DriftListModel m_entries;
    QString m_errorText;
    QString m_message;
};

} // namespace app
