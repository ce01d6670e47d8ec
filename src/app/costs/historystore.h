#pragma once

#include "core/cluster.h"
#include "core/nodehours.h"
#include "core/size.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace app {

// The history of node counts in SQLite: one row per pool each time its count,
// size, price or name changed (a vanished pool gets a row with count 0).
// Write-ahead logging and one transaction per refresh: a crash mid-write
// leaves the database as it was before that refresh.
class HistoryStore
{
public:
    // Opens (creating when needed) the database at `path`.
    explicit HistoryStore(const QString& path);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    bool isOpen() const { return m_open; }
    QString errorText() const { return m_errorText; }
    QString path() const { return m_path; }

    // history.sqlite in the application's data folder.
    static QString defaultPath();

    // Writes a row for every pool that changed since its last row, at `at`.
    // Returns the number of rows written, or -1 on an error.
    int record(const QList<core::Cluster>& clusters, const QList<core::Size>& sizes,
               const QDateTime& at);

    // Rows in [from, to), each pool's last row before `from` included (the
    // count in force when the period starts), oldest first.
    QList<core::PoolSample> samples(const QDateTime& from, const QDateTime& to) const;

    // Retention: forgets what happened before `cutoff`. Each pool's row in
    // force at the cutoff moves to the cutoff, so periods after it still
    // integrate the same. Returns the rows deleted, or -1 on an error.
    int prune(const QDateTime& cutoff);

    int rowCount() const;

private:
    bool exec(const QString& sql);
    void loadLatest();

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_errorText;
    QHash<QString, core::PoolSample> m_latest; // by pool id
};

} // namespace app
