#pragma once

#include "app/browse/clusterlistmodel.h"
#include "app/browse/nodelistmodel.h"
#include "app/browse/poollistmodel.h"
#include "refreshdigest.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace api {
class DoClient;
struct ApiError;
} // namespace api

namespace app {

// What the main window binds to: the account, its clusters, the pools of the
// selected cluster, and the state of the last refresh. It talks to the API only
// through the DoClient it is given.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the Workspace")

    Q_PROPERTY(ClusterListModel* clusters READ clusters CONSTANT)
    Q_PROPERTY(PoolListModel* pools READ pools CONSTANT)
    Q_PROPERTY(NodeListModel* nodes READ nodes CONSTANT)
    Q_PROPERTY(
        QString clusterFilter READ clusterFilter WRITE setClusterFilter NOTIFY clusterFilterChanged)
    Q_PROPERTY(int currentClusterIndex READ currentClusterIndex WRITE setCurrentClusterIndex NOTIFY
                   currentClusterChanged)
    Q_PROPERTY(QString currentClusterName READ currentClusterName NOTIFY currentClusterChanged)
    Q_PROPERTY(int currentPoolIndex READ currentPoolIndex WRITE setCurrentPoolIndex NOTIFY
                   currentPoolChanged)
    Q_PROPERTY(QString currentPoolName READ currentPoolName NOTIFY currentPoolChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // Whether Refresh can mend the error shown (a failed read), or it is a
    // message a refresh does not touch (a damaged local file, a refused delete).
    Q_PROPERTY(bool errorRetryable READ errorRetryable NOTIFY errorTextChanged)
    Q_PROPERTY(QString accountLabel READ accountLabel NOTIFY accountChanged)
    Q_PROPERTY(int dropletLimit READ dropletLimit NOTIFY accountChanged)
    Q_PROPERTY(bool demoMode READ demoMode CONSTANT)
    Q_PROPERTY(int rateLimitRemaining READ rateLimitRemaining NOTIFY rateLimitChanged)
    Q_PROPERTY(int rateLimitLimit READ rateLimitLimit NOTIFY rateLimitChanged)
    Q_PROPERTY(QString lastRefreshText READ lastRefreshText NOTIFY lastRefreshChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY lastRefreshChanged)
    // Whether the cluster list has ever been read: an empty list before that
    // says nothing about the account.
    Q_PROPERTY(bool clustersRead READ clustersRead NOTIFY lastRefreshChanged)
    Q_PROPERTY(int operationsInFlight READ operationsInFlight NOTIFY operationsInFlightChanged)
    // True after a write was refused with 403: the token may read but not
    // change anything. The window then disables every change and says why.
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY readOnlyChanged)
    // The window sets this false while minimised: no polling for nobody.
    Q_PROPERTY(bool windowActive READ windowActive WRITE setWindowActive NOTIFY windowActiveChanged)

public:
    Workspace(api::DoClient* client, bool demoMode, QObject* parent = nullptr);

    ClusterListModel* clusters() { return &m_clusters; }
    PoolListModel* pools() { return &m_pools; }
    NodeListModel* nodes() { return &m_nodes; }
    QString clusterFilter() const { return m_clusterFilter; }
    // Shows only clusters whose name, region, version or tags contain the text.
    void setClusterFilter(const QString& text);
    int currentClusterIndex() const { return m_clusters.indexOfKey(m_currentClusterId); }
    void setCurrentClusterIndex(int index);
    QString currentClusterName() const;
    int currentPoolIndex() const { return m_pools.indexOfKey(m_currentPoolId); }
    void setCurrentPoolIndex(int index);
    QString currentPoolName() const;
    bool loading() const { return m_pending > 0; }
    bool loaded() const { return m_loaded; }
    bool clustersRead() const { return m_lastRefresh.isValid(); }
    QString errorText() const { return m_errorText; }
    bool errorRetryable() const { return m_errorRetryable; }
    QString accountLabel() const { return m_accountLabel; }
    // The /v2/account uuid: what the cost history is keyed by. Empty until known.
    QString accountUuid() const { return m_accountUuid; }
    int dropletLimit() const { return m_dropletLimit; }
    bool demoMode() const { return m_demoMode; }
    int rateLimitRemaining() const;
    int rateLimitLimit() const;
    QString lastRefreshText() const;
    // True when the last good refresh is older than two refresh periods.
    bool stale() const;
    int operationsInFlight() const { return m_operationsInFlight; }
    // Operations (apply, delete) report here so the status bar can count
    // them and refreshes come faster while they run.
    void operationStarted();
    void operationFinished();
    bool windowActive() const { return m_windowActive; }
    void setWindowActive(bool active);
    bool readOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The client reports every write refused with 403 here (apply, node
    // delete, whatever sent it): the token lacks write scope, so the
    // workspace turns read-only until another token is used.
    void noteWriteFailure(const api::ApiError& error);
    // Where this account keeps its history and editor drafts; empty means the
    // app's default data folder. Set once, before QML sees the workspace.
    void setDataDirectory(const QString& directory) { m_dataDirectory = directory; }
    QString dataDirectory() const { return m_dataDirectory; }

    static constexpr int IdleRefreshMs = 30'000;
    static constexpr int BusyRefreshMs = 5'000;

    // Fetches the clusters again (and the account and sizes until they have
    // been read once). A refresh that starts while another runs wins: answers
    // to the older one are dropped.
    Q_INVOKABLE void refresh();

    api::DoClient* client() const { return m_client; }
    const QList<core::Size>& sizes() const { return m_sizes; }
    // Every cluster of the account, whatever the filter shows. Successive
    // refreshes share what did not change (RefreshDigest).
    const QList<core::Cluster>& allClusters() const { return m_allClusters; }
    // core::costLines(allClusters(), costLinesSizes()), computed with the
    // refresh (off the GUI thread for a large account); the same list object
    // as the refresh before when no line changed. When costLinesSizes() is
    // not sizes() (empty before the sizes are read), compute them yourself.
    const QList<core::CostLine>& costLines() const { return m_costLines; }
    const QList<core::Size>& costLinesSizes() const { return m_costLinesSizes; }
    // From this many nodes on, a refresh's answer is digested on a worker thread.
    static constexpr int OffThreadDigestNodes = 1000;
    const core::Cluster* currentCluster() const;
    const core::NodePool* currentPool() const;
    Q_INVOKABLE void dismissError();
    // Shows a message in the error banner (for failures found in QML flows).
    Q_INVOKABLE void showError(const QString& text) { setErrorText(text); }
    // Deletes a node of the selected pool through the API (kubectl would leave
    // the droplet and the count alone). With `replace` a new node takes its
    // place; without it the pool's count drops by one. Progress shows in the
    // node list as refreshes come in; failures in the error banner. Refused
    // (nothing sent) in read-only mode.
    Q_INVOKABLE void deleteNode(const QString& nodeId, bool replace, bool skipDrain);

Q_SIGNALS:
    void currentClusterChanged();
    void currentPoolChanged();
    void clusterFilterChanged();
    void loadingChanged();
    // A refresh has finished: clusters, pools, sizes and the account are in
    // (or their errors are). Emitted once per refresh, after loadingChanged().
    void refreshed();
    void errorTextChanged();
    void accountChanged();
    void rateLimitChanged();
    void sizesChanged();
    void lastRefreshChanged();
    void operationsInFlightChanged();
    void windowActiveChanged();
    void readOnlyChanged();

private:
    void setErrorText(const QString& text, bool retryable = false);
    void finishOne();
    void scheduleRefresh();
    // Pushes the fetched clusters through the filter into the models, keeping
    // the selected cluster and pool by id wherever they moved.
    void showClusters();
    // Takes a refresh's clusters (and cost lines) in, on the GUI thread.
    void applyClusters(RefreshDigest digest);

    api::DoClient* m_client;
    bool m_demoMode;
    QList<core::Cluster> m_allClusters;
    QList<core::Size> m_sizes;
    QList<core::CostLine> m_costLines;
    QList<core::Size> m_costLinesSizes;
    QString m_clusterFilter;
    ClusterListModel m_clusters;
    PoolListModel m_pools;
    NodeListModel m_nodes;
    QString m_currentClusterId;
    QString m_currentPoolId;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;
    QString m_errorText;
    bool m_errorRetryable = false;
    QString m_accountLabel;
    bool m_accountRead = false; // read once per workspace (refresh())
    QString m_accountUuid;
    int m_dropletLimit = 0;
    QDateTime m_lastRefresh;
    int m_operationsInFlight = 0;
    bool m_windowActive = true;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_dataDirectory;
    QTimer m_refreshTimer;
};

} // namespace app
