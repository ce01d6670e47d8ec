#include "workspace.h"

#include "api/apierror.h"
#include "api/doclient.h"
#include "perflog.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace app {

Q_LOGGING_CATEGORY(lcPerf, "poolstudio.perf", QtWarningMsg)

Workspace::Workspace(api::DoClient* client, bool demoMode, QObject* parent)
    : QObject(parent), m_client(client), m_demoMode(demoMode), m_clusters(this), m_pools(this)
{
    connect(m_client, &api::DoClient::rateLimitChanged, this, &Workspace::rateLimitChanged);
    connect(m_client, &api::DoClient::writeRefused, this, &Workspace::noteWriteFailure);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Workspace::refresh);
}

QString Workspace::lastRefreshText() const
{
    return m_lastRefresh.isValid()
               ? QLocale().toString(m_lastRefresh.toLocalTime().time(), QLocale::ShortFormat)
               : QString();
}

bool Workspace::stale() const
{
    return !m_lastRefresh.isValid() ||
           m_lastRefresh.msecsTo(QDateTime::currentDateTimeUtc()) > 2 * IdleRefreshMs;
}

void Workspace::operationStarted()
{
    ++m_operationsInFlight;
    Q_EMIT operationsInFlightChanged();
    scheduleRefresh();
}

void Workspace::operationFinished()
{
    m_operationsInFlight = std::max(0, m_operationsInFlight - 1);
    Q_EMIT operationsInFlightChanged();
    scheduleRefresh();
}

void Workspace::setWindowActive(bool active)
{
    if (active == m_windowActive)
        return;
    m_windowActive = active;
    Q_EMIT windowActiveChanged();
    // Coming back after a while: show the present at once. Not before the
    // window's first refresh has started: becoming visible at start would
    // otherwise read everything a second time.
    if (active && m_generation > 0 && stale() && !loading())
        refresh();
    else
        scheduleRefresh();
}

void Workspace::scheduleRefresh()
{
    if (!m_windowActive) {
        m_refreshTimer.stop();
        return;
    }
    m_refreshTimer.start(m_operationsInFlight > 0 ? BusyRefreshMs : IdleRefreshMs);
}

int Workspace::rateLimitRemaining() const
{
    return m_client->rateLimitRemaining();
}

int Workspace::rateLimitLimit() const
{
    return m_client->rateLimitLimit();
}

const core::Cluster* Workspace::currentCluster() const
{
    const int index = currentClusterIndex();
    return index >= 0 ? &m_clusters.rows().at(index) : nullptr;
}

QString Workspace::currentClusterName() const
{
    const core::Cluster* cluster = currentCluster();
    return cluster ? cluster->name : QString();
}

const core::NodePool* Workspace::currentPool() const
{
    const int index = currentPoolIndex();
    return index >= 0 ? &m_pools.rows().at(index) : nullptr;
}

QString Workspace::currentPoolName() const
{
    const core::NodePool* pool = currentPool();
    return pool ? pool->spec.name : QString();
}

void Workspace::setCurrentClusterIndex(int index)
{
    const bool valid = index >= 0 && index < m_clusters.rowCount();
    const QString id = valid ? m_clusters.rows().at(index).id : QString();
    if (id == m_currentClusterId)
        return;
    m_currentClusterId = id;
    m_currentPoolId.clear();
    showClusters();
    Q_EMIT currentClusterChanged();
    Q_EMIT currentPoolChanged();
}

void Workspace::setCurrentPoolIndex(int index)
{
    const bool valid = index >= 0 && index < m_pools.rowCount();
    const QString id = valid ? m_pools.rows().at(index).id : QString();
    if (id == m_currentPoolId)
        return;
    m_currentPoolId = id;
    showClusters();
    Q_EMIT currentPoolChanged();
}

void Workspace::setClusterFilter(const QString& text)
{
    if (text == m_clusterFilter)
        return;
    m_clusterFilter = text;
    showClusters();
    Q_EMIT clusterFilterChanged();
    Q_EMIT currentClusterChanged();
    Q_EMIT currentPoolChanged();
}

static bool matchesFilter(const core::Cluster& cluster, const QString& filter)
{
    if (filter.isEmpty())
        return true;
    const auto has = [&](const QString& text) {
        return text.contains(filter, Qt::CaseInsensitive);
    };
    return has(cluster.name) || has(cluster.region) || has(cluster.version) ||
           std::any_of(cluster.tags.begin(), cluster.tags.end(), has);
}

void Workspace::showClusters()
{
    const PerfStep step("workspace: clusters, pools and nodes into the models");
    QList<core::Cluster> shown;
    for (const core::Cluster& cluster : std::as_const(m_allClusters))
        if (matchesFilter(cluster, m_clusterFilter.trimmed()))
            shown.append(cluster);
    m_clusters.setClusters(shown);

    const core::Cluster* cluster = currentCluster();
    m_pools.setPools(cluster ? cluster->pools : QList<core::NodePool>());
    const core::NodePool* pool = currentPool();
    m_nodes.setNodes(pool ? pool->nodes : QList<core::Node>());
}

void Workspace::setErrorText(const QString& text, bool retryable)
{
    if (m_errorText == text && m_errorRetryable == retryable)
        return;
    m_errorText = text;
    m_errorRetryable = retryable && !text.isEmpty();
    Q_EMIT errorTextChanged();
}

void Workspace::dismissError()
{
    setErrorText({});
}

void Workspace::deleteNode(const QString& nodeId, bool replace, bool skipDrain)
{
    const core::Cluster* cluster = currentCluster();
    const core::NodePool* pool = currentPool();
    if (!cluster || !pool || m_readOnly)
        return;
    api::NodeDeleteOptions options;
    options.replace = replace;
    options.skipDrain = skipDrain;
    operationStarted();
    m_client->deleteNode(
        cluster->id, pool->id, nodeId, options, this, [this](const api::ApiError& error) {
            operationFinished();
            refresh(); // clears the banner, so the failure is said after it
            if (error.isError())
                setErrorText(tr("The node was not deleted: %1").arg(error.humanText()));
        });
}

void Workspace::noteWriteFailure(const api::ApiError& error)
{
    if (error.httpStatus != 403 || m_readOnly)
        return;
    m_readOnly = true;
    // What failed, with its request id, is in the error banner or the plan
    // dialog; this says what the state is and what to do about it.
    QString refused = tr("DigitalOcean refused a change with HTTP 403");
    if (!error.message.isEmpty())
        refused += tr(" (“%1”)").arg(error.message);
    m_readOnlyReason = tr("This token can read but not change anything: %1. To make changes, "
                          "create a token with write scope at "
                          "cloud.digitalocean.com/account/api/tokens and sign in again with it.")
                           .arg(refused);
    Q_EMIT readOnlyChanged();
}

void Workspace::finishOne()
{
    if (--m_pending == 0) {
        m_loaded = true;
        Q_EMIT loadingChanged();
        const PerfStep step("workspace: refreshed() and everything it updates");
        Q_EMIT refreshed();
        scheduleRefresh();
    }
}

void Workspace::refresh()
{
    const quint64 generation = ++m_generation;
    const bool wasLoading = loading();
    // Every refresh reads the cluster list (⌈clusters/200⌉ pages, pools and
    // nodes embedded); the account and the sizes only until they have been
    // read once: they change rarely, and a refresh every 30 s of a large
    // account should not spend requests on them.
    const bool needAccount = !m_accountRead;
    const bool needSizes = m_sizes.isEmpty();
    m_pending = 1 + int(needAccount) + int(needSizes);
    if (!wasLoading)
        Q_EMIT loadingChanged();
    setErrorText({});

    auto current = [this, generation] { return generation == m_generation; };

    if (needAccount)
        m_client->fetchAccount(
            this, [=, this](const api::Account& account, const api::ApiError& error) {
                if (!current())
                    return;
                if (error.isError()) {
                    setErrorText(error.humanText(), true);
                } else {
                    m_accountRead = true;
                    m_accountUuid = account.uuid;
                    m_accountLabel = account.teamName.isEmpty()
                                         ? account.email
                                         : tr("%1 (%2)").arg(account.email, account.teamName);
                    m_dropletLimit = account.dropletLimit;
                    Q_EMIT accountChanged();
                }
                finishOne();
            });

    if (needSizes)
        m_client->fetchSizes(this, [=, this](const QList<core::Size>& sizes,
                                             const api::ApiError& error) {
            if (!current())
                return;
            if (error.isError()) {
                setErrorText(tr("Prices and sizes could not be loaded: %1").arg(error.humanText()),
                             true);
            } else {
                m_sizes = sizes;
                m_pools.setSizes(sizes);
                m_clusters.setSizes(sizes);
                Q_EMIT sizesChanged();
            }
            finishOne();
        });

    m_client->fetchClusters(
        this, [=, this](const QList<core::Cluster>& clusters, const api::ApiError& error) {
            if (!current())
                return;
            if (error.isError()) {
                setErrorText(error.humanText(), true);
                finishOne();
                return;
            }
            // A large account's answer is compared with the clusters shown,
            // and its cost lines computed, on a worker thread (what the GUI
            // thread then does is bounded by what changed); a small one's
            // here, at once.
            if (nodeCount(clusters) < OffThreadDigestNodes) {
                applyClusters(
                    digestRefresh(m_allClusters, clusters, m_sizes, m_costLines, m_costLinesSizes));
                finishOne();
                return;
            }
            QtConcurrent::run(digestRefresh, m_allClusters, clusters, m_sizes, m_costLines,
                              m_costLinesSizes)
                .then(this, [=, this](RefreshDigest digest) {
                    if (!current())
                        return;
                    applyClusters(std::move(digest));
                    finishOne();
                });
        });
}

void Workspace::applyClusters(RefreshDigest digest)
{
    m_allClusters = std::move(digest.clusters);
    m_costLines = std::move(digest.costLines);
    m_costLinesSizes = std::move(digest.costSizes);
    m_lastRefresh = QDateTime::currentDateTimeUtc();
    Q_EMIT lastRefreshChanged();
    // The first load selects the first cluster; later ones keep the
    // selection by id, wherever the cluster moved.
    const bool firstLoad = m_currentClusterId.isEmpty();
    if (firstLoad && !m_allClusters.isEmpty())
        m_currentClusterId = m_allClusters.first().id;
    // Nothing changed at all: the models already show exactly this (and
    // nobody need look at the current cluster or pool again).
    if (!digest.clustersChanged && !firstLoad)
        return;
    showClusters();
    Q_EMIT currentClusterChanged();
    Q_EMIT currentPoolChanged();
}

} // namespace app
