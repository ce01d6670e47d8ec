#include "workspace.h"

#include "api/doclient.h"

namespace app {

Workspace::Workspace(api::DoClient* client, bool demoMode, QObject* parent)
    : QObject(parent), m_client(client), m_demoMode(demoMode), m_clusters(this), m_pools(this)
{
    connect(m_client, &api::DoClient::rateLimitChanged, this, &Workspace::rateLimitChanged);
}

int Workspace::rateLimitRemaining() const
{
    return m_client->rateLimitRemaining();
}

int Workspace::rateLimitLimit() const
{
    return m_client->rateLimitLimit();
}

void Workspace::setCurrentClusterIndex(int index)
{
    if (index < -1 || index >= m_clusters.rowCount())
        index = -1;
    const QString id = index >= 0 ? m_clusters.rows().at(index).id : QString();
    if (index == m_currentCluster && id == m_currentClusterId)
        return;
    m_currentCluster = index;
    m_currentClusterId = id;
    showCurrentClusterPools();
    Q_EMIT currentClusterChanged();
}

QString Workspace::currentClusterName() const
{
    return m_currentCluster >= 0 ? m_clusters.rows().at(m_currentCluster).name : QString();
}

void Workspace::showCurrentClusterPools()
{
    m_pools.setPools(m_currentCluster >= 0 ? m_clusters.rows().at(m_currentCluster).pools
                                           : QList<core::NodePool>());
}

void Workspace::setErrorText(const QString& text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void Workspace::dismissError()
{
    setErrorText({});
}

void Workspace::finishOne()
{
    if (--m_pending == 0) {
        m_loaded = true;
        Q_EMIT loadingChanged();
    }
}

void Workspace::refresh()
{
    const quint64 generation = ++m_generation;
    const bool wasLoading = loading();
    m_pending = 3;
    if (!wasLoading)
        Q_EMIT loadingChanged();
    setErrorText({});

    auto current = [this, generation] { return generation == m_generation; };

    m_client->fetchAccount(
        this, [=, this](const api::Account& account, const api::ApiError& error) {
            if (!current())
                return;
            if (error.isError()) {
                setErrorText(error.humanText());
            } else {
                m_accountLabel = account.teamName.isEmpty()
                                     ? account.email
                                     : tr("%1 (%2)").arg(account.email, account.teamName);
                m_dropletLimit = account.dropletLimit;
                Q_EMIT accountChanged();
            }
            finishOne();
        });

    m_client->fetchSizes(this,
                         [=, this](const QList<core::Size>& sizes, const api::ApiError& error) {
                             if (!current())
                                 return;
                             if (!error.isError())
                                 m_pools.setSizes(sizes);
                             finishOne();
                         });

    m_client->fetchClusters(
        this, [=, this](const QList<core::Cluster>& clusters, const api::ApiError& error) {
            if (!current())
                return;
            if (error.isError()) {
                setErrorText(error.humanText());
            } else {
                m_clusters.setClusters(clusters);
                // Keep the selection on the same cluster, wherever it moved.
                int index = m_clusters.indexOfKey(m_currentClusterId);
                if (index < 0 && m_clusters.rowCount() > 0)
                    index = 0;
                m_currentCluster = -2; // force the pools to follow the new data
                setCurrentClusterIndex(index);
            }
            finishOne();
        });
}

} // namespace app
