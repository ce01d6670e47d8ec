#include "costmodel.h"

#include "app/shell/money.h"
#include "app/shell/workspace.h"
#include "core/cost.h"
#include "core/nodehours.h"
#include "core/sizefamily.h"
#include "historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QUrl>
#include <QVariantMap>
#include <cmath>

namespace app {

namespace {

QString clusterNameOf(const Workspace* workspace, const QString& clusterId)
{
    if (workspace)
        for (const core::Cluster& cluster : workspace->allClusters())
            if (cluster.id == clusterId)
                return cluster.name;
    return clusterId.left(8);
}

QVariantMap groupToMap(const core::CostGroup& group, qint64 totalCents)
{
    return {{QStringLiteral("label"), group.label()},
            {QStringLiteral("cents"), double(group.band.currentCents)},
            {QStringLiteral("dollars"), double(group.band.currentCents) / 100.0},
            {QStringLiteral("text"), formatMoney(group.band.currentCents)},
            {QStringLiteral("poolIds"), group.poolIds},
            {QStringLiteral("share"),
             totalCents > 0 ? double(group.band.currentCents) / double(totalCents) : 0.0}};
}

const auto RetentionKey = QStringLiteral("history/retentionDays");

} // namespace

CostModel::CostModel(QObject* parent) : QObject(parent), m_table(this)
{
    m_retentionDays = QSettings().value(RetentionKey, 400).toInt();
}

CostModel::~CostModel() = default;

void CostModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::refreshed, this, [this] {
            refreshFromWorkspace();
            recordHistory();
        });
        refreshFromWorkspace();
    }
    Q_EMIT workspaceChanged();
}

void CostModel::refreshFromWorkspace()
{
    if (m_workspace)
        setData(m_workspace->allClusters(), m_workspace->sizes());
}

void CostModel::setData(const QList<core::Cluster>& clusters, const QList<core::Size>& sizes)
{
    m_clusters = clusters;
    m_sizes = sizes;
    m_lines = core::costLines(clusters, sizes);
    if (!tagKeys().contains(m_tagKey) && !tagKeys().isEmpty()) {
        m_tagKey = tagKeys().first();
        Q_EMIT tagKeyChanged();
    }
    updateTable();
    Q_EMIT costChanged();
}

QString CostModel::familyOf(const QString& slug) const
{
    if (const std::optional<core::Size> size = core::findSize(m_sizes, slug))
        return core::sizeFamily(*size);
    core::Size unknown;
    unknown.slug = slug;
    return core::sizeFamily(unknown);
}

void CostModel::updateTable()
{
    QList<CostTableRow> rows;
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
        row.selected = !line.isControlPlane() && m_selected.contains(line.poolId);
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

QStringList CostModel::tagKeys() const
{
    return core::tagKeys(m_lines);
}

void CostModel::setTagKey(const QString& key)
{
    if (key == m_tagKey)
        return;
    m_tagKey = key;
    Q_EMIT tagKeyChanged();
    Q_EMIT costChanged();
}

QString CostModel::totalText() const
{
    return formatMoney(core::totalBand(m_lines).currentCents);
}

QString CostModel::rangeText() const
{
    const core::CostBand band = core::totalBand(m_lines);
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

QStringList CostModel::clusterCategories() const
{
    QStringList names;
    for (const core::CostLine& line : m_lines)
        if (!names.contains(line.clusterName))
            names << line.clusterName;
    return names;
}

QVariantList CostModel::clusterStacks() const
{
    const QStringList categories = clusterCategories();
    QVariantList stacks;
    for (const core::CostLine& line : m_lines) {
        QVariantList values;
        for (const QString& cluster : categories)
            values << (cluster == line.clusterName ? double(line.band.currentCents) / 100.0 : 0.0);
        stacks << QVariantMap{{QStringLiteral("label"),
                               line.clusterName + u'/' +
                                   (line.isControlPlane() ? tr("control plane") : line.poolName)},
                              {QStringLiteral("values"), values},
                              {QStringLiteral("text"), formatMoney(line.band.currentCents)},
                              {QStringLiteral("poolIds"),
                               line.isControlPlane() ? QStringList() : QStringList{line.poolId}}};
    }
    return stacks;
}

QVariantList CostModel::tagSlices() const
{
    const qint64 total = core::totalBand(m_lines).currentCents;
    QVariantList slices;
    for (const core::CostGroup& group : groups(QStringLiteral("tag:") + m_tagKey))
        slices << groupToMap(group, total);
    return slices;
}

QVariantList CostModel::familyBars() const
{
    const qint64 total = core::totalBand(m_lines).currentCents;
    QVariantList bars;
    for (const core::CostGroup& group : groups(QStringLiteral("family"))) {
        QVariantMap bar = groupToMap(group, total);
        // The axis has a column of about five letters per family; the full
        // name is in the tooltip and the CSV.
        static const QHash<QString, QString> abbreviations = {
            {QStringLiteral("General Purpose"), QStringLiteral("GP")},
            {QStringLiteral("CPU-Optimized"), QStringLiteral("CPU")},
            {QStringLiteral("Memory-Optimized"), QStringLiteral("Mem")},
            {QStringLiteral("Storage-Optimized"), QStringLiteral("Stor")},
        };
        const QString label = group.label();
        bar[QStringLiteral("shortLabel")] =
            abbreviations.value(label, label.startsWith(u"control") ? QStringLiteral("HA") : label);
        bars << bar;
    }
    return bars;
}

QVariantList CostModel::bands() const
{
    QVariantList out;
    for (const core::CostLine& line : m_lines) {
        if (line.isControlPlane())
            continue;
        const int min = line.autoScale ? line.minNodes : line.count;
        const int max = line.autoScale ? line.maxNodes : line.count;
        out << QVariantMap{{QStringLiteral("label"), line.clusterName + u'/' + line.poolName},
                           {QStringLiteral("poolId"), line.poolId},
                           {QStringLiteral("min"), min},
                           {QStringLiteral("current"), line.count},
                           {QStringLiteral("max"), max},
                           {QStringLiteral("autoScale"), line.autoScale},
                           {QStringLiteral("rangeText"),
                            line.autoScale ? tr("%1–%2 nodes, now %3: %4–%5")
                                                 .arg(min)
                                                 .arg(max)
                                                 .arg(line.count)
                                                 .arg(formatMoney(line.band.minCents),
                                                      formatMoney(line.band.maxCents))
                                           : tr("%n node(s): %1", nullptr, line.count)
                                                 .arg(formatMoney(line.band.currentCents))}};
    }
    return out;
}

int CostModel::maxBandNodes() const
{
    int most = 1;
    for (const core::CostLine& line : m_lines)
        if (!line.isControlPlane())
            most = std::max({most, line.count, line.autoScale ? line.maxNodes : 0});
    return most;
}

QString CostModel::selectionText() const
{
    if (m_selected.isEmpty())
        return {};
    qint64 cents = 0;
    for (const core::CostLine& line : m_lines)
        if (!line.isControlPlane() && m_selected.contains(line.poolId))
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
    days = std::max(days, 1);
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
    if (!m_store) {
        // Each account keeps its own history (its workspace's data folder).
        QString path = m_historyPath;
        if (path.isEmpty() && m_workspace && !m_workspace->dataDirectory().isEmpty())
            path = m_workspace->dataDirectory() + QStringLiteral("/history.sqlite");
        m_store =
            std::make_unique<HistoryStore>(path.isEmpty() ? HistoryStore::defaultPath() : path);
        if (!m_store->isOpen())
            qWarning("cost history: %s", qPrintable(m_store->errorText()));
    }
    return m_store->isOpen() ? m_store.get() : nullptr;
}

void CostModel::recordHistory(const QDateTime& when)
{
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
    m_monthSoFarText.clear();
    m_last30DaysText.clear();
    HistoryStore* history = store();
    if (history) {
        const QDateTime from = core::thirtyDaysBefore(now);
        const QList<core::PoolSample> samples =
            history->samples(std::min(from, core::monthStart(now)), now.addMSecs(1));
        QMap<QString, QVariantMap> byPool;
        QStringList order;
        for (const core::PoolSample& sample : samples) {
            if (!byPool.contains(sample.poolId)) {
                order << sample.poolId;
                byPool[sample.poolId] = {{QStringLiteral("poolId"), sample.poolId},
                                         {QStringLiteral("points"), QVariantList()}};
            }
            QVariantMap& pool = byPool[sample.poolId];
            // Pool names repeat across clusters (default-pool): say whose.
            pool[QStringLiteral("label")] =
                clusterNameOf(m_workspace, sample.clusterId) + u'/' + sample.poolName;
            QVariantList points = pool.value(QStringLiteral("points")).toList();
            const double t = double(std::max(sample.at, from).toMSecsSinceEpoch());
            if (!points.isEmpty()) { // a step: the old count holds until now
                QVariantMap step = points.last().toMap();
                step[QStringLiteral("t")] = t;
                points << step;
            }
            points << QVariantMap{{QStringLiteral("t"), t},
                                  {QStringLiteral("count"), sample.count},
                                  {QStringLiteral("runRate"),
                                   double(sample.count) * sample.priceMonthlyCents / 100.0}};
            pool[QStringLiteral("points")] = points;
        }
        for (const QString& id : std::as_const(order)) {
            QVariantMap pool = byPool.value(id);
            QVariantList points = pool.value(QStringLiteral("points")).toList();
            QVariantMap last = points.last().toMap();
            last[QStringLiteral("t")] = double(now.toMSecsSinceEpoch());
            points << last; // the count holds until now
            pool[QStringLiteral("points")] = points;
            m_history << pool;
        }
        auto describe = [&](const QDateTime& start) {
            double nodeHours = 0;
            qint64 cents = 0;
            for (const core::PoolUsage& usage : core::usageBetween(samples, start, now)) {
                nodeHours += usage.nodeHours;
                cents += usage.spendCents;
            }
            return tr("%1 (%2 node-hours measured)")
                .arg(formatMoney(cents))
                .arg(nodeHours, 0, 'f', 1);
        };
        m_monthSoFarText = describe(core::monthStart(now));
        m_last30DaysText = describe(from);
    }
    Q_EMIT historyChanged();
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
