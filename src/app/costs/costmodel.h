#pragma once

#include "app/shell/workspace.h"
#include "core/costattribution.h"
#include "core/nodehours.h"
#include "costcharts.h"
#include "costtablemodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace app {

class HistoryStore;

// What the cost page shows, computed in C++ from the workspace's clusters and
// sizes with the core cost rules (core::costLines, core::costBy...): the same
// functions as `poolctl cost`. QML only draws the series given here.
//
// It also records the history of node counts after every refresh and reads
// measured node-hours back from it.
class CostModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(CostTableModel* table READ table CONSTANT)
    // Where the history lives; defaults to HistoryStore::defaultPath().
    Q_PROPERTY(QString historyPath READ historyPath WRITE setHistoryPath NOTIFY historyChanged)
    Q_PROPERTY(int retentionDays READ retentionDays WRITE setRetentionDays NOTIFY historyChanged)
    Q_PROPERTY(QStringList tagKeys READ tagKeys NOTIFY costChanged)
    Q_PROPERTY(QString tagKey READ tagKey WRITE setTagKey NOTIFY tagKeyChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY costChanged)
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY costChanged)
    Q_PROPERTY(QString estimateNote READ estimateNote CONSTANT)
    // Everything below is computed once per refresh (tag slices again when
    // the tag key changes); QML reads each list once per redraw.
    // Cost by cluster stacked by pool: categories are the largest clusters'
    // names; every stack is {label, values: [one per category, dollars],
    // poolIds, other}: the largest pools, then one "other pools" stack.
    Q_PROPERTY(QStringList clusterCategories READ clusterCategories NOTIFY costChanged)
    Q_PROPERTY(QVariantList clusterStacks READ clusterStacks NOTIFY costChanged)
    // Slices: {label, cents, dollars, text, poolIds, share (0..1)}.
    Q_PROPERTY(QVariantList tagSlices READ tagSlices NOTIFY costChanged)
    Q_PROPERTY(QVariantList familyBars READ familyBars NOTIFY costChanged)
    // Per pool: {label, poolId, min, current, max (nodes), autoScale, rangeText}.
    Q_PROPERTY(QVariantList bands READ bands NOTIFY costChanged)
    Q_PROPERTY(int maxBandNodes READ maxBandNodes NOTIFY costChanged)
    // What the charts leave to the table ("the largest 12 of 100 clusters..."), or "".
    Q_PROPERTY(QString chartNote READ chartNote NOTIFY costChanged)
    Q_PROPERTY(int poolCount READ poolCount NOTIFY costChanged)
    // Per pool: {label, poolId, points: [{t (ms), count, runRate (dollars/month)}]},
    // for the MaxHistorySeries pools with the highest run-rate now.
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
    // How many pools the history holds (history may draw fewer).
    Q_PROPERTY(int historyPoolCount READ historyPoolCount NOTIFY historyChanged)
    Q_PROPERTY(QString monthSoFarText READ monthSoFarText NOTIFY usageChanged)
    Q_PROPERTY(QString last30DaysText READ last30DaysText NOTIFY usageChanged)
    Q_PROPERTY(QStringList selectedPoolIds READ selectedPoolIds NOTIFY selectionChanged)
    Q_PROPERTY(QString selectionText READ selectionText NOTIFY selectionChanged)

public:
    explicit CostModel(QObject* parent = nullptr);
    ~CostModel() override;

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);
    CostTableModel* table() { return &m_table; }
    QString historyPath() const { return m_historyPath; }
    void setHistoryPath(const QString& path);
    int retentionDays() const { return m_retentionDays; }
    void setRetentionDays(int days);
    QStringList tagKeys() const { return m_tagKeys; }
    QString tagKey() const { return m_tagKey; }
    void setTagKey(const QString& key);
    QString totalText() const;
    QString rangeText() const;
    QString estimateNote() const;
    QStringList clusterCategories() const { return m_charts.clusterCategories; }
    QVariantList clusterStacks() const { return m_charts.clusterStacks; }
    QVariantList tagSlices() const { return m_tagSlices; }
    QVariantList familyBars() const { return m_charts.familyBars; }
    QVariantList bands() const { return m_charts.bands; }
    int maxBandNodes() const { return m_charts.maxBandNodes; }
    QString chartNote() const { return m_charts.note; }
    int poolCount() const { return m_charts.poolCount; }
    QVariantList history() const { return m_history; }
    int historyPoolCount() const { return m_historyPoolCount; }
    static constexpr int MaxHistorySeries = 10;
    QString monthSoFarText() const
    {
        describeUsage();
        return m_monthSoFarText;
    }
    QString last30DaysText() const
    {
        describeUsage();
        return m_last30DaysText;
    }
    QStringList selectedPoolIds() const { return m_selected; }
    QString selectionText() const;

    // Sets the lines directly (tests, and the workspace path below).
    // Returns whether the lines changed (nothing is recomputed when not).
    bool setData(const QList<core::Cluster>& clusters, const QList<core::Size>& sizes);
    // The same with the lines already computed (core::costLines(clusters, sizes)).
    bool setLines(const QList<core::Cluster>& clusters, const QList<core::Size>& sizes,
                  const QList<core::CostLine>& lines);
    const QList<core::CostLine>& lines() const { return m_lines; }
    // The groups of `by` ("pool", "cluster", "size", "family", "tag:KEY").
    QList<core::CostGroup> groups(const QString& by) const;

    Q_INVOKABLE void selectPools(const QStringList& poolIds);
    Q_INVOKABLE void clearSelection() { selectPools({}); }
    // Records the workspace's current state at `at` (now when invalid) and
    // reloads the history series.
    Q_INVOKABLE void recordHistory(const QDateTime& at = {});
    // CSV of "table", "cluster", "family", "tag" (the chosen key) or "size".
    Q_INVOKABLE QString csv(const QString& which) const;
    // Writes csv(which) to a file (a path or file: URL). Returns an error text or "".
    Q_INVOKABLE QString exportCsv(const QString& which, const QString& path) const;
    Q_INVOKABLE QString formatCents(double cents) const;

Q_SIGNALS:
    void workspaceChanged();
    void costChanged();
    void tagKeyChanged();
    void historyChanged();
    void usageChanged(); // monthSoFarText, last30DaysText
    void selectionChanged();

private:
    bool refreshFromWorkspace();
    // The measured spend from the last samples read, up to `now`.
    void updateUsageTexts(const QDateTime& now);
    void describeUsage() const; // the texts as of m_usageAsOf, if not yet
    void updateTable();
    void updateTagSlices();
    void reloadHistory(const QDateTime& now = QDateTime::currentDateTimeUtc());
    HistoryStore* store();
    // A refresh's sample, written after the window's next frame (issue 16:
    // the first frame with data does not wait for SQLite). In order, once
    // per refresh; written at the latest on a timer or with the model's end.
    void recordHistoryAfterFrame();
    bool writePendingHistory(); // whether any sample was written
    void flushPendingHistory();
    QString familyOf(const QString& slug) const;

    QPointer<Workspace> m_workspace;
    QList<core::Cluster> m_clusters;
    QList<core::Size> m_sizes;
    QList<core::CostLine> m_lines;
    core::CostBand m_total;
    QStringList m_tagKeys;
    CostCharts m_charts;
    QVariantList m_tagSlices;
    mutable QHash<QString, QString> m_familyBySlug; // slug → family, for this catalog
    CostTableModel m_table;
    QString m_tagKey = QStringLiteral("team");
    QStringList m_selected;
    QString m_historyPath;
    int m_retentionDays = 400;
    std::unique_ptr<HistoryStore> m_store;
    struct PendingSample
    {
        QList<core::Cluster> clusters;
        QList<core::Size> sizes;
        QDateTime at;
    };
    QList<PendingSample> m_pendingHistory;
    QMetaObject::Connection m_afterFrame;
    QVariantList m_history;
    QList<core::PoolSample> m_samples; // as last read from the store
    int m_historyPoolCount = 0;
    // Described when read, not at each refresh: summing the history is ~3 ms
    // for a large account, spent for a cost page that is mostly not open
    // (issue 16, the 1 % refresh).
    QDateTime m_usageAsOf;
    mutable bool m_usageDescribed = true;
    mutable QString m_monthSoFarText;
    mutable QString m_last30DaysText;
};

} // namespace app
