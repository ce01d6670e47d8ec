#pragma once

#include "core/cluster.h"
#include "core/nodehours.h"
#include "core/size.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace app {

// The history of node counts in SQLite: one row per pool each time its count,
// size, price or name changed (a vanished pool gets a row with count 0).
// Write-ahead logging and one transaction per refresh: a crash mid-write
// leaves the database as it was before that refresh.
//
// Every row carries the account it was seen in (the `/v2/account` uuid):
// reads, writes and pruning see only this store's account, so a run with
// another account's token (an environment token on the default path, say)
// never writes "count 0" rows for the first account's pools. Rows of a file
// written before accounts were recorded belong to the first account that
// opens it.
//
// Two app instances may write the same file: a busy timeout waits for the
// other's transaction, and each refresh compares with the latest rows read
// inside its own write transaction. A file SQLite calls corrupt (or not a
// database) is moved aside to history.sqlite.corrupt-N (N: the first free
// number; never deleted, earlier ones kept) and a new one is started;
// movedAsideTo() says where, for the app to tell the user.
class HistoryStore
{
public:
    // Opens (creating when needed) the database at `path` for `accountUuid`
    // (empty: rows of no particular account, as tests and older files have).
    explicit HistoryStore(const QString& path, const QString& accountUuid = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    bool isOpen() const { return m_open; }
    QString errorText() const { return m_errorText; }
    QString path() const { return m_path; }

    QString accountUuid() const { return m_account; }
    // Where a corrupt file found at open was moved; empty when none was.
    QString movedAsideTo() const { return m_movedAsideTo; }

    // history.sqlite in the application's data folder.
    static QString defaultPath();

    // Retention, as read from the settings: days of history kept. Not a
    // number, or less than MinRetentionDays (0 would prune every row on every
    // refresh), is the default; more than MaxRetentionDays is that maximum.
    static constexpr int DefaultRetentionDays = 400;
    static constexpr int MinRetentionDays = 1;
    static constexpr int MaxRetentionDays = 3650; // ten years
    static int clampRetentionDays(const QVariant& days);

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
    static constexpr int OpenAttempts = 50;
    static constexpr unsigned long OpenRetryMs = 100;

    bool exec(const QString& sql);
    bool open();
    bool isCorruption() const;
    bool isBusy() const;
    void closeConnection();
    QString moveAside();
    bool loadLatest();

    QString m_path;
    QString m_account;
    QString m_movedAsideTo;
    QString m_lastErrorCode; // SQLite's code of the last failed statement
    QString m_connection;
    bool m_open = false;
    QString m_errorText;
    QHash<QString, core::PoolSample> m_latest; // by pool id
};

} // namespace app
