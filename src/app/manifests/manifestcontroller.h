#pragma once

#include "core/manifestcheck.h"
#include "exportselectionmodel.h"
#include "app/plan/plancontroller.h"
#include "app/shell/workspace.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace app {

// The manifests page: live pools out as YAML (or Terraform, or doctl), and
// YAML in as a plan. Export writes what the selection holds; import checks
// the text as it changes (errors at line and column, lint findings, clusters
// resolved against the live ones) and hands a plan to the PlanController.
// Nothing here sends a request; applying is the PlanController's.
class ManifestController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)

    // Export
    Q_PROPERTY(ExportSelectionModel* exportPools READ exportPools CONSTANT)
    Q_PROPERTY(QString exportFormat READ exportFormat WRITE setExportFormat NOTIFY exportChanged)
    Q_PROPERTY(bool includeStatus READ includeStatus WRITE setIncludeStatus NOTIFY exportChanged)
    Q_PROPERTY(QString exportText READ exportText NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportMessageChanged)

    // Import
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
    explicit ManifestController(QObject* parent = nullptr);

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);

    ExportSelectionModel* exportPools() { return &m_exportPools; }
    // "yaml", "terraform" or "doctl".
    QString exportFormat() const { return m_exportFormat; }
    void setExportFormat(const QString& format);
    bool includeStatus() const { return m_includeStatus; }
    void setIncludeStatus(bool include);
    QString exportText() const;
    QString exportMessage() const { return m_exportMessage; }

    // Checks the selected pool ("pool"), the selected cluster's pools
    // ("cluster"), every pool ("all") or none ("none").
    Q_INVOKABLE void selectForExport(const QString& scope);
    Q_INVOKABLE void copyExport();
    // The export as one file (for YAML, one document per pool).
    Q_INVOKABLE bool saveExportFile(const QUrl& file);
    // One file per pool: "<pool>.yaml" (.tf, .sh), "<cluster>_<pool>..." when
    // the pools come from several clusters.
    Q_INVOKABLE bool saveExportFolder(const QUrl& folder);
    // The files saveExportFolder would overwrite, so the view can ask first.
    Q_INVOKABLE QStringList exportFilesThatExist(const QUrl& folder) const;

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
    void exportChanged();
    void exportMessageChanged();
    void importChanged();
    void importOptionsChanged();

private:
    void onWorkspaceLoaded();
    void recheckImport();
    void setExportMessage(const QString& message);
    using CheckedPool = std::pair<const core::Cluster*, const core::NodePool*>;
    // The checked pools with their clusters, in the workspace's order.
    QList<CheckedPool> checkedPools() const;
    // One file name per pool: "<pool><ext>", "<cluster>_<pool><ext>" when the
    // pools come from several clusters.
    QStringList exportFileNames(const QList<CheckedPool>& pools) const;
    QString render(const core::Cluster& cluster, const core::NodePool& pool) const;
    QString fileExtension() const;

    QPointer<Workspace> m_workspace;
    ExportSelectionModel m_exportPools;
    QString m_exportFormat = QStringLiteral("yaml");
    bool m_includeStatus = false;
    QString m_exportMessage;

    QString m_importText;
    QStringList m_loadErrors; // files that could not be read
    core::ManifestCheck m_check;
    bool m_prune = false;
    bool m_setCount = false;
};

} // namespace app
