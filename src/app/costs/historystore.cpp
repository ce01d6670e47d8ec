#include "historystore.h"

#include "core/cost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

namespace app {

namespace {

const auto Columns =
    QStringLiteral("at_ms, cluster_id, pool_id, pool_name, size, count, price_cents");

core::PoolSample fromQuery(const QSqlQuery& query)
{
    core::PoolSample sample;
    sample.at = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc());
    sample.clusterId = query.value(1).toString();
    sample.poolId = query.value(2).toString();
    sample.poolName = query.value(3).toString();
    sample.size = query.value(4).toString();
    sample.count = query.value(5).toInt();
    sample.priceMonthlyCents = query.value(6).toLongLong();
    return sample;
}

bool sameState(const core::PoolSample& a, const core::PoolSample& b)
{
    return a.count == b.count && a.size == b.size && a.priceMonthlyCents == b.priceMonthlyCents &&
           a.poolName == b.poolName && a.clusterId == b.clusterId;
}

} // namespace

HistoryStore::HistoryStore(const QString& path, const QString& accountUuid)
    : m_path(path), m_account(accountUuid),
      m_connection(QStringLiteral("history-") + QUuid::createUuid().toString())
{
    // Bound as '' (a null QString would bind NULL): rows of no particular account.
    if (m_account.isEmpty())
        m_account = QStringLiteral("");
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Two instances opening a new file at once: SQLite answers a schema
    // write or the switch to WAL with SQLITE_BUSY at once, without waiting
    // for the busy timeout, where waiting could deadlock (seen with
    // Debian 13's SQLite 3.46). The other one is done within moments.
    for (int attempt = 1; !open() && isBusy() && attempt < OpenAttempts; ++attempt) {
        closeConnection();
        QThread::msleep(OpenRetryMs);
    }
    if (m_open)
        return;
    if (!isCorruption())
        return;
    // Damaged beyond SQLite's reading: kept for the user, and a new file.
    closeConnection();
    m_movedAsideTo = moveAside();
    if (m_movedAsideTo.isEmpty())
        return;
    m_connection = QStringLiteral("history-") + QUuid::createUuid().toString();
    open();
}

bool HistoryStore::open()
{
    m_errorText.clear();
    m_lastErrorCode.clear();
    m_latest.clear();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Another app instance writing waits up to this long, not an error.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_errorText = db.lastError().text();
        m_lastErrorCode = db.lastError().nativeErrorCode();
        return false;
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != u"ok") {
        m_errorText =
            check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
        m_lastErrorCode = check.lastError().isValid() ? check.lastError().nativeErrorCode()
                                                      : QStringLiteral("11");
        return false;
    }
    check.finish(); // its statement would hold a read transaction open
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
             exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
             exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pool_samples ("
                                 "id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, "
                                 "cluster_id TEXT NOT NULL, pool_id TEXT NOT NULL, "
                                 "pool_name TEXT NOT NULL, size TEXT NOT NULL, "
                                 "count INTEGER NOT NULL, price_cents INTEGER NOT NULL, "
                                 "account TEXT NOT NULL DEFAULT '')"));
    if (!m_open)
        return false;
    // Files from before accounts were recorded get the column (and keep their rows).
    QSqlQuery columns(db);
    bool hasAccount = false;
    if (columns.exec(QStringLiteral("PRAGMA table_info(pool_samples)")))
        while (columns.next())
            hasAccount = hasAccount || columns.value(1).toString() == u"account";
    if (!hasAccount)
        m_open = exec(
            QStringLiteral("ALTER TABLE pool_samples ADD COLUMN account TEXT NOT NULL DEFAULT ''"));
    m_open = m_open &&
             exec(QStringLiteral("CREATE INDEX IF NOT EXISTS pool_samples_at ON "
                                 "pool_samples(at_ms)")) &&
             exec(QStringLiteral("CREATE INDEX IF NOT EXISTS pool_samples_account ON "
                                 "pool_samples(account, pool_id, at_ms)"));
    if (m_open && !m_account.isEmpty()) {
        // Rows of no account belong to the first account to open the file,
        // unless it already holds some account's rows.
        QSqlQuery adopt(db);
        adopt.prepare(
            QStringLiteral("UPDATE pool_samples SET account = ? WHERE account = '' AND "
                           "NOT EXISTS (SELECT 1 FROM pool_samples WHERE account <> '')"));
        adopt.addBindValue(m_account);
        if (!adopt.exec()) {
            m_errorText = adopt.lastError().text();
            m_lastErrorCode = adopt.lastError().nativeErrorCode();
            m_open = false;
        }
    }
    m_open = m_open && loadLatest();
    return m_open;
}

bool HistoryStore::isCorruption() const
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26); a busy or read-only file is not.
    return m_lastErrorCode == u"11" || m_lastErrorCode == u"26";
}

QString HistoryStore::moveAside()
{
    for (int n = 1;; ++n) {
        const QString backup = QStringLiteral("%1.corrupt-%2").arg(m_path).arg(n);
        if (QFileInfo::exists(backup))
            continue; // an earlier backup is the user's
        if (!QFile::rename(m_path, backup)) {
            m_errorText = QCoreApplication::translate("app::HistoryStore",
                                                      "%1 is damaged and could not be moved aside")
                              .arg(m_path);
            return {};
        }
        // Its journal goes with it: it belongs to that file, not to a new one.
        for (const char* suffix : {"-wal", "-shm"})
            if (QFileInfo::exists(m_path + QLatin1String(suffix)))
                QFile::rename(m_path + QLatin1String(suffix), backup + QLatin1String(suffix));
        return backup;
    }
}

HistoryStore::~HistoryStore()
{
    closeConnection();
}

void HistoryStore::closeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::isBusy() const
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6).
    return m_lastErrorCode == u"5" || m_lastErrorCode == u"6";
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

int HistoryStore::clampRetentionDays(const QVariant& days)
{
    bool ok = false;
    const qlonglong value = days.toLongLong(&ok);
    if (!ok || value < MinRetentionDays)
        return DefaultRetentionDays;
    return int(std::min<qlonglong>(value, MaxRetentionDays));
}

bool HistoryStore::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql)) {
        m_errorText = query.lastError().text();
        m_lastErrorCode = query.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

bool HistoryStore::loadLatest()
{
    m_latest.clear();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM pool_samples WHERE id IN "
                                 "(SELECT max(id) FROM pool_samples WHERE account = ? "
                                 "GROUP BY pool_id)")
                      .arg(Columns));
    query.addBindValue(m_account);
    if (!query.exec()) {
        m_errorText = query.lastError().text();
        m_lastErrorCode = query.lastError().nativeErrorCode();
        return false;
    }
    while (query.next()) {
        const core::PoolSample sample = fromQuery(query);
        m_latest.insert(sample.poolId, sample);
    }
    return true;
}

int HistoryStore::record(const QList<core::Cluster>& clusters, const QList<core::Size>& sizes,
                         const QDateTime& at)
{
    if (!m_open)
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The write lock first (waiting out another instance), then what is
    // on disk now: another instance may have written since our last look.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return -1;
    if (!loadLatest()) {
        exec(QStringLiteral("ROLLBACK"));
        return -1;
    }
    QList<core::PoolSample> changed;
    QSet<QString> seen;
    for (const core::Cluster& cluster : clusters)
        for (const core::NodePool& pool : cluster.pools) {
            core::PoolSample sample;
            sample.at = at.toUTC();
            sample.clusterId = cluster.id;
            sample.poolId = pool.id;
            sample.poolName = pool.spec.name;
            sample.size = pool.spec.size;
            sample.count = pool.spec.count;
            const std::optional<core::Size> size = core::findSize(sizes, pool.spec.size);
            sample.priceMonthlyCents = size ? size->priceMonthlyCents : 0;
            // Without a price list keep the price last recorded.
            if (sizes.isEmpty() && m_latest.contains(pool.id))
                sample.priceMonthlyCents = m_latest.value(pool.id).priceMonthlyCents;
            seen.insert(pool.id);
            const auto last = m_latest.constFind(pool.id);
            if (last == m_latest.constEnd() || !sameState(*last, sample))
                changed << sample;
        }
    for (const core::PoolSample& last : std::as_const(m_latest))
        if (!seen.contains(last.poolId) && last.count != 0) {
            core::PoolSample gone = last;
            gone.at = at.toUTC();
            gone.count = 0;
            changed << gone;
        }
    if (changed.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
        return 0;
    }

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO pool_samples (%1, account) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(Columns));
    for (const core::PoolSample& sample : std::as_const(changed)) {
        insert.addBindValue(sample.at.toMSecsSinceEpoch());
        insert.addBindValue(sample.clusterId);
        insert.addBindValue(sample.poolId);
        insert.addBindValue(sample.poolName);
        insert.addBindValue(sample.size);
        insert.addBindValue(sample.count);
        insert.addBindValue(sample.priceMonthlyCents);
        insert.addBindValue(m_account);
        if (!insert.exec()) {
            m_errorText = insert.lastError().text();
            exec(QStringLiteral("ROLLBACK"));
            return -1;
        }
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return -1;
    }
    for (const core::PoolSample& sample : std::as_const(changed))
        m_latest.insert(sample.poolId, sample);
    return int(changed.size());
}

QList<core::PoolSample> HistoryStore::samples(const QDateTime& from, const QDateTime& to) const
{
    QList<core::PoolSample> out;
    if (!m_open)
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM pool_samples WHERE id IN (SELECT max(id) FROM "
                                 "pool_samples WHERE at_ms < :from AND account = :account "
                                 "GROUP BY pool_id) "
                                 "UNION ALL SELECT %1 FROM pool_samples WHERE at_ms >= :from2 "
                                 "AND at_ms < :to AND account = :account2 ORDER BY 1")
                      .arg(Columns));
    query.bindValue(QStringLiteral(":account"), m_account);
    query.bindValue(QStringLiteral(":account2"), m_account);
    query.bindValue(QStringLiteral(":from"), from.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":from2"), from.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":to"), to.toMSecsSinceEpoch());
    if (!query.exec())
        return out;
    while (query.next())
        out << fromQuery(query);
    return out;
}

int HistoryStore::prune(const QDateTime& cutoff)
{
    if (!m_open)
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return -1;
    const qint64 cut = cutoff.toMSecsSinceEpoch();
    QSqlQuery query(db);
    // The row in force at the cutoff moves to it; everything older goes.
    // Only this account's rows: another's retention is its own.
    query.prepare(QStringLiteral("UPDATE pool_samples SET at_ms = ? WHERE id IN (SELECT max(id) "
                                 "FROM pool_samples WHERE at_ms < ? AND account = ? "
                                 "GROUP BY pool_id)"));
    query.addBindValue(cut);
    query.addBindValue(cut);
    query.addBindValue(m_account);
    bool ok = query.exec();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM pool_samples WHERE at_ms < ? AND account = ?"));
    remove.addBindValue(cut);
    remove.addBindValue(m_account);
    ok = ok && remove.exec();
    const int removed = remove.numRowsAffected();
    if (!ok) {
        m_errorText =
            query.lastError().isValid() ? query.lastError().text() : remove.lastError().text();
        exec(QStringLiteral("ROLLBACK"));
        return -1;
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return -1;
    }
    return removed;
}

int HistoryStore::rowCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM pool_samples WHERE account = ?"));
    query.addBindValue(m_account);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace app
