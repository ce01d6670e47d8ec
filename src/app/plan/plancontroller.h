#pragma once

#include "core/manifestplan.h"
#include "app/editor/pooleditor.h"
#include "app/shell/workspace.h"

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
    Q_PROPERTY(QString refusal READ refusal NOTIFY planChanged)
    Q_PROPERTY(QString costText READ costText NOTIFY planChanged)
    // For a delete: the name the user must type to confirm.
    Q_PROPERTY(QString confirmationName READ confirmationName NOTIFY planChanged)

    Q_PROPERTY(bool running READ running NOTIFY runChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY runChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY runChanged)
    Q_PROPERTY(QString stepText READ stepText NOTIFY runChanged)
    Q_PROPERTY(QStringList log READ log NOTIFY runChanged)
    Q_PROPERTY(int nodesRunning READ nodesRunning NOTIFY runChanged)
    Q_PROPERTY(int nodesWanted READ nodesWanted NOTIFY runChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY runChanged)

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
    // Stops watching and sends nothing more; changes already sent go on.
    Q_INVOKABLE void cancel();

    QString title() const { return m_title; }
    QString planText() const;
    bool hasChanges() const { return !m_plan.isEmpty(); }
    bool destructive() const { return m_plan.isDestructive(); }
    QStringList destructiveReasons() const;
    QStringList notes() const;
    QString refusal() const { return m_plan.refusals().join(u' '); }
    QString costText() const;
    QString confirmationName() const { return m_confirmationName; }

    bool running() const { return m_running; }
    bool finished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    QString stepText() const { return m_stepText; }
    QStringList log() const { return m_log; }
    int nodesRunning() const { return m_nodesRunning; }
    int nodesWanted() const { return m_nodesWanted; }
    QString resultText() const { return m_resultText; }

    const core::ManifestPlan& plan() const { return m_plan; }

Q_SIGNALS:
    void planChanged();
    void runChanged();
    // After a successful apply, so the editor can forget its draft.
    void applied();

private:
    void setPlan(const core::ManifestPlan& plan, const QString& title,
                 const QString& confirmationName);
    // One cluster's plan, as the editor and the delete button make them.
    void setClusterPlan(const core::Cluster& cluster, const core::Plan& plan, const QString& title,
                        const QString& confirmationName);
    void onFinished(bool ok, const QString& errorText);

    QPointer<Workspace> m_workspace;
    core::ManifestPlan m_plan;
    QString m_title;
    QString m_confirmationName;
    api::PlanRunner* m_runner = nullptr;
    bool m_running = false;
    bool m_finished = false;
    bool m_succeeded = false;
    QString m_stepText;
    QStringList m_log;
    int m_nodesRunning = 0;
    int m_nodesWanted = 0;
    QString m_resultText;
};

} // namespace app
