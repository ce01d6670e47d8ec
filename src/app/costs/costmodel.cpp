#include "costmodel.h"

#include "app/shell/money.h"
#include "app/shell/perflog.h"
#include "app/shell/workspace.h"
#include "core/cost.h"
#include "core/nodehours.h"
#include "core/sizefamily.h"
#include "historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <cmath>
#include <numeric>
#include <utility>

namespace app {

namespace {

const auto RetentionKey = QStringLiteral("history/retentionDays");
// Written by then even when no frame comes (nothing on screen changed).
constexpr int HistoryAtTheLatestMs = 250;

QQuickWindow* shownQuickWindow()
{
    for (QWindow* window : QGuiApplication::topLevelWindows())
        if (auto* quick = qobject_cast<QQuickWindow*>(window); quick && quick->isVisible())
            return quick;
    return nullptr;
}

} // namespace

CostModel::CostModel(QObject* parent) : QObject(parent), m_table(this)
{
    // Clamped where it is read: 0 or garbage in the settings would prune
    // every row on every refresh.
    m_retentionDays = HistoryStore::clampRetentionDays(QSettings().value(RetentionKey));
}

CostModel::~CostModel()
{
    writePendingHistory();
}

void CostModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::refreshed, this, [this] {
            // The history holds counts, sizes, prices and names: the fields
            // of the cost lines. A refresh that left them as they were (node
            // states moved, say) has nothing to record; only "so far" grows.
            if (refreshFromWorkspace())
                recordHistoryAfterFrame();
            else
                updateUsageTexts(QDateTime::currentDateTimeUtc());
        });
        // A workspace whose first refresh came in before this model was made
        // (the application builds the window once it has the data, issue
        // 16): that refresh is recorded as any later one, once the window
        // shows it (queued: the window is shown after it is built).
        if (refreshFromWorkspace() && m_workspace->loaded())
            QTimer::singleShot(0, this, &CostModel::recordHistoryAfterFrame);
    }
    Q_EMIT workspaceChanged();
}

bool CostModel::refreshFromWorkspace()
{
    if (!m_workspace)
        return false;
    // The workspace computed the lines with the refresh (off the GUI thread
    // for a large account); they are for these sizes unless the sizes came
    // in since.
    if (m_workspace->costLinesSizes() == m_workspace->sizes() &&
        !m_workspace->costLinesSizes().isEmpty())
        return setLines(m_workspace->allClusters(), m_workspace->sizes(), m_workspace->costLines());
    return setData(m_workspace->allClusters(), m_workspace->sizes());
}

bool CostModel::setData(const QList<core::Cluster>& clusters, const QList<core::Size>& sizes)
{
    return setLines(clusters, sizes, core::costLines(clusters, sizes));
}

bool CostModel::setLines(const QList<core::Cluster>& clusters, const QList<core::Size>& sizes,
                         const QList<core::CostLine>& lines)
{
    const PerfStep step("costs: lines, charts and table");
    m_clusters = clusters;
    // A refresh that changed nothing the page shows (node names, states)
    // redraws nothing. (The same list object as before compares at once.)
    if (lines == m_lines && sizes == m_sizes && !m_lines.isEmpty())
        return false;
    if (!(sizes == m_sizes))
        m_familyBySlug.clear();
    m_sizes = sizes;
    m_lines = lines;
    m_total = core::totalBand(m_lines);
    m_tagKeys = core::tagKeys(m_lines);
    if (!m_tagKeys.contains(m_tagKey) && !m_tagKeys.isEmpty()) {
        m_tagKey = m_tagKeys.first();
        Q_EMIT tagKeyChanged();
    }
    m_charts = CostCharts::build(m_lines, [this](const QString& slug) { return familyOf(slug); });
    updateTagSlices();
    updateTable();
    Q_EMIT costChanged();
    return true;
}

void CostModel::updateTagSlices()
{
    m_tagSlices =
        CostCharts::tagSlices(groups(QStringLiteral("tag:") + m_tagKey), m_total.currentCents);
}

QString CostModel::familyOf(const QString& slug) const
{
    if (const auto known = m_familyBySlug.constFind(slug); known != m_familyBySlug.cend())
        return *known;
    QString family;
    if (const std::optional<core::Size> size = core::findSize(m_sizes, slug)) {
        family = core::sizeFamily(*size);
    } else {
        core::Size unknown;
        unknown.slug = slug;
        family = core::sizeFamily(unknown);
    }
    m_familyBySlug.insert(slug, family);
    return family;
}

void CostModel::updateTable()
{
    const QSet<QString> selected(m_selected.begin(), m_selected.end());
    QList<CostTableRow> rows;
    rows.reserve(m_lines.size());
    for (const core::CostLine& line : m_lines) {
        CostTableRow row;
        row.key = line.isControlPlane() ? QStringLiteral("cp:") + line.clusterId : line.poolId;
        row.cluster = line.clusterName;
        row.pool = line.isControlPlane() ? tr("control plane (HA)") : line.poolName;
        row.size = line.size;
        row.family = line.isControlPlane() ? QString() : familyOf(line.size);
        row.tags = line.tags.join(QStringLiteral(", "));
        row.nodes = line.isControlPlane() ? 0 : line.count;
        row.band = line.autoScale ? QStringLiteral("%1–%2").arg(line.minNodes).arg(line.maxNodes)
                                  : QStringLiteral("-");
        row.minCents = line.band.minCents;
        row.monthlyCents = line.band.currentCents;
        row.maxCents = line.band.maxCents;
        row.selected = !line.isControlPlane() && selected.contains(line.poolId);
        rows << row;
    }
    m_table.setRows(rows);
}

QList<core::CostGroup> CostModel::groups(const QString& by) const
{
    if (by == u"family")
        return core::groupCost(m_lines, [this](const core::CostLine& line) {
            return line.isControlPlane() ? QStringList() : QStringList{familyOf(line.size)};
        });
    return core::costBy(m_lines, by).value_or(QList<core::CostGroup>{});
}

void CostModel::setTagKey(const QString& key)
{
    if (key == m_tagKey)
        return;
    m_tagKey = key;
    updateTagSlices();
    Q_EMIT tagKeyChanged();
    Q_EMIT costChanged();
}

QString CostModel::totalText() const
{
    return formatMoney(m_total.currentCents);
}

QString CostModel::rangeText() const
{
    const core::CostBand& band = m_total;
    return band.minCents == band.maxCents
               ? QString()
               : tr("autoscaling: %1 – %2")
                     .arg(formatMoney(band.minCents), formatMoney(band.maxCents));
}

QString CostModel::estimateNote() const
{
    return tr("Estimates: node count × monthly price (DigitalOcean bills per second up to 672 "
              "hours a month); HA control plane %1/month assumed.")
        .arg(formatMoney(core::HaControlPlaneMonthlyCents));
}

QString CostModel::selectionText() const
{
    if (m_selected.isEmpty())
        return {};
    const QSet<QString> selected(m_selected.begin(), m_selected.end());
    qint64 cents = 0;
    for (const core::CostLine& line : m_lines)
        if (!line.isControlPlane() && selected.contains(line.poolId))
            cents += line.band.currentCents;
    return tr("%n pool(s) selected: %1 a month", nullptr, int(m_selected.size()))
        .arg(formatMoney(cents));
}

void CostModel::selectPools(const QStringList& poolIds)
{
    if (poolIds == m_selected)
        return;
    m_selected = poolIds;
    updateTable();
    Q_EMIT selectionChanged();
}

void CostModel::setHistoryPath(const QString& path)
{
    if (path == m_historyPath)
        return;
    m_historyPath = path;
    m_store.reset();
    reloadHistory();
}

void CostModel::setRetentionDays(int days)
{
    days = std::clamp(days, HistoryStore::MinRetentionDays, HistoryStore::MaxRetentionDays);
    if (days == m_retentionDays)
        return;
    m_retentionDays = days;
    QSettings().setValue(RetentionKey, days);
    if (HistoryStore* history = store())
        history->prune(QDateTime::currentDateTimeUtc().addDays(-days));
    reloadHistory();
}

HistoryStore* CostModel::store()
{
    // Rows are the account's (the /v2/account uuid), whatever the token's
    // source: nothing is recorded before the account is known, and another
    // account gets a store of its own.
    const QString account = m_workspace ? m_workspace->accountUuid() : QString();
    if (m_workspace && account.isEmpty())
        return nullptr;
    if (m_store && m_store->accountUuid() != account)
        m_store.reset();
    if (!m_store) {
        // Each account keeps its own history (its workspace's data folder).
        QString path = m_historyPath;
        if (path.isEmpty() && m_workspace && !m_workspace->dataDirectory().isEmpty())
            path = m_workspace->dataDirectory() + QStringLiteral("/history.sqlite");
        m_store = std::make_unique<HistoryStore>(
            path.isEmpty() ? HistoryStore::defaultPath() : path, account);
        if (!m_store->isOpen())
            qWarning("cost history: %s", qPrintable(m_store->errorText()));
        if (!m_store->movedAsideTo().isEmpty() && m_workspace)
            m_workspace->showError(tr("The cost history %1 was damaged: it was moved to %2 and a "
                                      "new history was started.")
                                       .arg(m_store->path(), m_store->movedAsideTo()));
    }
    return m_store->isOpen() ? m_store.get() : nullptr;
}

void CostModel::recordHistoryAfterFrame()
{
    m_pendingHistory.append({m_clusters, m_sizes, QDateTime::currentDateTimeUtc()});
    if (m_pendingHistory.size() > 1)
        return; // already waiting for that frame
    if (QQuickWindow* window = shownQuickWindow()) {
        // After the frame, not in its slot: frameSwapped comes before the
        // frame is on screen with some render loops; the zero timer runs
        // once the event loop is back.
        m_afterFrame = connect(
            window, &QQuickWindow::frameSwapped, this,
            [this] { QTimer::singleShot(0, this, &CostModel::flushPendingHistory); },
            Qt::SingleShotConnection);
        QTimer::singleShot(HistoryAtTheLatestMs, this, &CostModel::flushPendingHistory);
    } else {
        QTimer::singleShot(0, this, &CostModel::flushPendingHistory);
    }
}

bool CostModel::writePendingHistory()
{
    disconnect(m_afterFrame);
    if (m_pendingHistory.isEmpty())
        return false;
    const PerfStep step("costs: history recorded after the frame");
    const QList<PendingSample> pending = std::exchange(m_pendingHistory, {});
    if (HistoryStore* history = store()) {
        for (const PendingSample& sample : pending)
            history->record(sample.clusters, sample.sizes, sample.at);
        history->prune(pending.last().at.addDays(-m_retentionDays));
    }
    return true;
}

void CostModel::flushPendingHistory()
{
    if (writePendingHistory())
        reloadHistory();
}

void CostModel::recordHistory(const QDateTime& when)
{
    const PerfStep step("costs: history recorded and read back");
    writePendingHistory(); // the refreshes' samples first, in order
    const QDateTime at = when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc();
    if (HistoryStore* history = store()) {
        history->record(m_clusters, m_sizes, at);
        history->prune(at.addDays(-m_retentionDays));
    }
    reloadHistory(at);
}

void CostModel::reloadHistory(const QDateTime& now)
{
    m_history.clear();
    m_historyPoolCount = 0;
    m_samples.clear();
    HistoryStore* history = store();
    if (history) {
        const QDateTime from = core::thirtyDaysBefore(now);
        const QList<core::PoolSample> samples =
            history->samples(std::min(from, core::monthStart(now)), now.addMSecs(1));
        // Step series per pool, built in one pass; only the pools with the
        // highest run-rate now are drawn (a thousand lines are a blur).
        struct Series
        {
            QString poolId;
            QString label;
            QVariantList points;
            double lastRate = 0;
            QVariantMap last;
        };
        QHash<QString, qsizetype> indexOf;
        QList<Series> series;
        QHash<QString, QString> clusterNames;
        if (m_workspace)
            for (const core::Cluster& cluster : m_workspace->allClusters())
                clusterNames.insert(cluster.id, cluster.name);
        for (const core::PoolSample& sample : samples) {
            qsizetype at = indexOf.value(sample.poolId, -1);
            if (at < 0) {
                at = series.size();
                indexOf.insert(sample.poolId, at);
                series.append(Series{});
                series.last().poolId = sample.poolId;
            }
            Series& pool = series[at];
            // Pool names repeat across clusters (default-pool): say whose.
            pool.label = clusterNames.value(sample.clusterId, sample.clusterId.left(8)) + u'/' +
                         sample.poolName;
            const double t = double(std::max(sample.at, from).toMSecsSinceEpoch());
            if (!pool.points.isEmpty()) { // a step: the old count holds until now
                QVariantMap step = pool.last;
                step[QStringLiteral("t")] = t;
                pool.points << step;
            }
            pool.lastRate = double(sample.count) * sample.priceMonthlyCents / 100.0;
            pool.last = {{QStringLiteral("t"), t},
                         {QStringLiteral("count"), sample.count},
                         {QStringLiteral("runRate"), pool.lastRate}};
            pool.points << pool.last;
        }
        QList<qsizetype> order(series.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return series.at(a).lastRate > series.at(b).lastRate;
        });
        order.resize(std::min<qsizetype>(order.size(), MaxHistorySeries));
        std::sort(order.begin(), order.end()); // drawn in the order first seen
        for (qsizetype at : std::as_const(order)) {
            Series& pool = series[at];
            QVariantMap last = pool.last;
            last[QStringLiteral("t")] = double(now.toMSecsSinceEpoch());
            pool.points << last; // the count holds until now
            m_history << QVariantMap{{QStringLiteral("poolId"), pool.poolId},
                                     {QStringLiteral("label"), pool.label},
                                     {QStringLiteral("points"), pool.points}};
        }
        m_historyPoolCount = int(series.size());
        m_samples = samples;
    }
    updateUsageTexts(now);
    Q_EMIT historyChanged();
}

void CostModel::updateUsageTexts(const QDateTime& now)
{
    m_usageAsOf = now;
    m_usageDescribed = false;
    Q_EMIT usageChanged();
}

void CostModel::describeUsage() const
{
    if (m_usageDescribed)
        return;
    m_usageDescribed = true;
    m_monthSoFarText.clear();
    m_last30DaysText.clear();
    if (m_store && m_store->isOpen()) {
        const QDateTime now = m_usageAsOf;
        auto describe = [&](const QDateTime& start) {
            double nodeHours = 0;
            qint64 cents = 0;
            for (const core::PoolUsage& usage : core::usageBetween(m_samples, start, now)) {
                nodeHours += usage.nodeHours;
                cents += usage.spendCents;
            }
            return tr("%1 (%2 node-hours measured)")
                .arg(formatMoney(cents))
                .arg(nodeHours, 0, 'f', 1);
        };
        m_monthSoFarText = describe(core::monthStart(now));
        m_last30DaysText = describe(core::thirtyDaysBefore(now));
    }
}

QString CostModel::csv(const QString& which) const
{
    if (which == u"table")
        return m_table.toCsv();
    if (which == u"tag")
        return core::costCsv(groups(QStringLiteral("tag:") + m_tagKey));
    return core::costCsv(groups(which));
}

QString CostModel::exportCsv(const QString& which, const QString& path) const
{
    const QString local = path.startsWith(u"file:") ? QUrl(path).toLocalFile() : path;
    QDir().mkpath(QFileInfo(local).absolutePath());
    QFile file(local);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    file.write(csv(which).toUtf8());
    return {};
}

QString CostModel::formatCents(double cents) const
{
    return formatMoney(qint64(std::llround(cents)));
}

} // namespace app
