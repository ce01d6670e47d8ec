#pragma once

#include "app/shell/workspace.h"
#include "exportselectionmodel.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace app {

// The manifests page's Export tab: live pools out as YAML (or Terraform, or
// doctl). It writes what the selection holds and sends no request.
class ManifestExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(ExportSelectionModel* exportPools READ exportPools CONSTANT)
    Q_PROPERTY(app::ManifestExportController::Format exportFormat READ exportFormat WRITE
                   setExportFormat NOTIFY exportChanged)
    // What the format is to the syntax highlighter ("yaml", "terraform",
    // "bash") and to a save dialog ("yaml", "tf", "sh").
    Q_PROPERTY(QString exportLanguage READ exportLanguage NOTIFY exportChanged)
    Q_PROPERTY(QString exportSuffix READ exportSuffix NOTIFY exportChanged)
    Q_PROPERTY(bool includeStatus READ includeStatus WRITE setIncludeStatus NOTIFY exportChanged)
    Q_PROPERTY(QString exportText READ exportText NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportMessageChanged)

public:
    enum Format
    {
        Yaml,      // manifests, one document per pool
        Terraform, // digitalocean_kubernetes_node_pool resources
        Doctl,     // doctl kubernetes cluster node-pool create commands
    };
    Q_ENUM(Format)

    explicit ManifestExportController(QObject* parent = nullptr);

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);

    ExportSelectionModel* exportPools() { return &m_exportPools; }
    Format exportFormat() const { return m_exportFormat; }
    void setExportFormat(Format format);
    QString exportLanguage() const;
    QString exportSuffix() const;
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

Q_SIGNALS:
    void workspaceChanged();
    void exportChanged();
    void exportMessageChanged();

private:
    void onWorkspaceLoaded();
    void setExportMessage(const QString& message);
    using CheckedPool = std::pair<const core::Cluster*, const core::NodePool*>;
    // The checked pools with their clusters, in the workspace's order.
    QList<CheckedPool> checkedPools() const;
    // One file name per pool: "<pool><ext>", "<cluster>_<pool><ext>" when the
    // pools come from several clusters.
    QStringList exportFileNames(const QList<CheckedPool>& pools) const;
    QString render(const core::Cluster& cluster, const core::NodePool& pool) const;

    QPointer<Workspace> m_workspace;
    ExportSelectionModel m_exportPools;
    Format m_exportFormat = Yaml;
    bool m_includeStatus = false;
    QString m_exportMessage;
};

} // namespace app
