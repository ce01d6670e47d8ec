#pragma once

#include "app/plan/plancontroller.h"
#include "app/shell/workspace.h"
#include "core/manifestcheck.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace app {

// The manifests page's Import tab: YAML in as a plan. The text is checked as
// it changes (errors at line and column, lint findings, clusters resolved
// against the live ones) and a plan is handed to the PlanController, which
// alone sends requests.
class ManifestImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString importText READ importText WRITE setImportText NOTIFY importChanged)
    Q_PROPERTY(QVariantList importProblems READ importProblems NOTIFY importChanged)
    Q_PROPERTY(QVariantList errorMarks READ errorMarks NOTIFY importChanged)
    Q_PROPERTY(int importPoolCount READ importPoolCount NOTIFY importChanged)
    Q_PROPERTY(int importErrorCount READ importErrorCount NOTIFY importChanged)
    Q_PROPERTY(int importWarningCount READ importWarningCount NOTIFY importChanged)
    Q_PROPERTY(QString importSummary READ importSummary NOTIFY importChanged)
    Q_PROPERTY(bool prune READ prune WRITE setPrune NOTIFY importOptionsChanged)
    Q_PROPERTY(bool setCountOnAutoscaled READ setCountOnAutoscaled WRITE setSetCountOnAutoscaled
                   NOTIFY importOptionsChanged)

public:
    explicit ManifestImportController(QObject* parent = nullptr);

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);

    QString importText() const { return m_importText; }
    void setImportText(const QString& text);
    QVariantList importProblems() const;
    QVariantList errorMarks() const;
    int importPoolCount() const { return int(m_check.manifests.size()); }
    int importErrorCount() const { return m_check.count(core::ManifestProblem::Severity::Error); }
    int importWarningCount() const;
    QString importSummary() const;
    bool prune() const { return m_prune; }
    void setPrune(bool prune);
    bool setCountOnAutoscaled() const { return m_setCount; }
    void setSetCountOnAutoscaled(bool set);

    // Loads manifest files (or every *.yaml/*.yml of a folder, sorted by
    // name) into the import text. False when one cannot be read; the reason
    // is then the first import problem.
    Q_INVOKABLE bool loadImportFiles(const QList<QUrl>& files);
    Q_INVOKABLE bool loadImportFolder(const QUrl& folder);
    Q_INVOKABLE void pasteImport();
    // The character offset of a line and column in the import text, for
    // moving the cursor to a problem.
    Q_INVOKABLE int importOffset(int line, int column) const;
    // Plans the import against the live pools into `target`. False when the
    // text has errors (nothing is planned then).
    Q_INVOKABLE bool planImport(app::PlanController* target);

Q_SIGNALS:
    void workspaceChanged();
    void importChanged();
    void importOptionsChanged();

private:
    void recheckImport();

    QPointer<Workspace> m_workspace;
    QString m_importText;
    QStringList m_loadErrors; // files that could not be read
    core::ManifestCheck m_check;
    bool m_prune = false;
    bool m_setCount = false;
};

} // namespace app
