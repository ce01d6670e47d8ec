#pragma once

#include "clusterlistmodel.h"
#include "poollistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace api {
class DoClient;
}

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
    Q_PROPERTY(int currentClusterIndex READ currentClusterIndex WRITE setCurrentClusterIndex NOTIFY
                   currentClusterChanged)
    Q_PROPERTY(QString currentClusterName READ currentClusterName NOTIFY currentClusterChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString accountLabel READ accountLabel NOTIFY accountChanged)
    Q_PROPERTY(int dropletLimit READ dropletLimit NOTIFY accountChanged)
    Q_PROPERTY(bool demoMode READ demoMode CONSTANT)
    Q_PROPERTY(int rateLimitRemaining READ rateLimitRemaining NOTIFY rateLimitChanged)
    Q_PROPERTY(int rateLimitLimit READ rateLimitLimit NOTIFY rateLimitChanged)

public:
    Workspace(api::DoClient* client, bool demoMode, QObject* parent = nullptr);

    ClusterListModel* clusters() { return &m_clusters; }
    PoolListModel* pools() { return &m_pools; }
    int currentClusterIndex() const { return m_currentCluster; }
    void setCurrentClusterIndex(int index);
    QString currentClusterName() const;
    bool loading() const { return m_pending > 0; }
    bool loaded() const { return m_loaded; }
    QString errorText() const { return m_errorText; }
    QString accountLabel() const { return m_accountLabel; }
    int dropletLimit() const { return m_dropletLimit; }
    bool demoMode() const { return m_demoMode; }
    int rateLimitRemaining() const;
    int rateLimitLimit() const;

    // Fetches account, sizes and clusters again. A refresh that starts while
    // another runs wins: answers to the older one are dropped.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void dismissError();

Q_SIGNALS:
    void currentClusterChanged();
    void loadingChanged();
    void errorTextChanged();
    void accountChanged();
    void rateLimitChanged();

private:
    void setErrorText(const QString& text);
    void finishOne();
    void showCurrentClusterPools();

    api::DoClient* m_client;
    bool m_demoMode;
    ClusterListModel m_clusters;
    PoolListModel m_pools;
    int m_currentCluster = -1;
    QString m_currentClusterId;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;
    QString m_errorText;
    QString m_accountLabel;
    int m_dropletLimit = 0;
};

} // namespace app
