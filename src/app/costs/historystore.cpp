#include "historystore.h"

#include "core/cost.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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

HistoryStore::HistoryStore(const QString& path)
    : m_path(path), m_connection(QStringLiteral("history-") + QUuid::createUuid().toString())
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_errorText = db.lastError().text();
        return;
    }
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
             exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
             exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pool_samples ("
                                 "id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, "
                                 "cluster_id TEXT NOT NULL, pool_id TEXT NOT NULL, "
                                 "pool_name TEXT NOT NULL, size TEXT NOT NULL, "
                                 "count INTEGER NOT NULL, price_cents INTEGER NOT NULL)")) &&
             exec(QStringLiteral("CREATE INDEX IF NOT EXISTS pool_samples_at ON "
                                 "pool_samples(at_ms)")) &&
             exec(QStringLiteral("CREATE INDEX IF NOT EXISTS pool_samples_pool ON "
                                 "pool_samples(pool_id, at_ms)"));
    if (m_open)
        loadLatest();
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

bool HistoryStore::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql)) {
        m_errorText = query.lastError().text();
        return false;
    }
    return true;
}

void HistoryStore::loadLatest()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.exec(QStringLiteral("SELECT %1 FROM pool_samples WHERE id IN "
                              "(SELECT max(id) FROM pool_samples GROUP BY pool_id)")
                   .arg(Columns));
    while (query.next()) {
        const core::PoolSample sample = fromQuery(query);
        m_latest.insert(sample.poolId, sample);
    }
}

int HistoryStore::record(const QList<core::Cluster>& clusters, const QList<core::Size>& sizes,
                         const QDateTime& at)
{
    if (!m_open)
        return -1;
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
    if (changed.isEmpty())
        return 0;

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_errorText = db.lastError().text();
        return -1;
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO pool_samples (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(Columns));
    for (const core::PoolSample& sample : std::as_const(changed)) {
        insert.addBindValue(sample.at.toMSecsSinceEpoch());
        insert.addBindValue(sample.clusterId);
        insert.addBindValue(sample.poolId);
        insert.addBindValue(sample.poolName);
        insert.addBindValue(sample.size);
        insert.addBindValue(sample.count);
        insert.addBindValue(sample.priceMonthlyCents);
        if (!insert.exec()) {
            m_errorText = insert.lastError().text();
            db.rollback();
            return -1;
        }
    }
    if (!db.commit()) {
        m_errorText = db.lastError().text();
        db.rollback();
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
                                 "pool_samples WHERE at_ms < :from GROUP BY pool_id) "
                                 "UNION ALL SELECT %1 FROM pool_samples WHERE at_ms >= :from2 "
                                 "AND at_ms < :to ORDER BY 1")
                      .arg(Columns));
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
    if (!db.transaction())
        return -1;
    const qint64 cut = cutoff.toMSecsSinceEpoch();
    QSqlQuery query(db);
    // The row in force at the cutoff moves to it; everything older goes.
    query.prepare(QStringLiteral("UPDATE pool_samples SET at_ms = ? WHERE id IN (SELECT max(id) "
                                 "FROM pool_samples WHERE at_ms < ? GROUP BY pool_id)"));
    query.addBindValue(cut);
    query.addBindValue(cut);
    bool ok = query.exec();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM pool_samples WHERE at_ms < ?"));
    remove.addBindValue(cut);
    ok = ok && remove.exec();
    const int removed = remove.numRowsAffected();
    if (!ok || !db.commit()) {
        m_errorText = ok ? db.lastError().text() : remove.lastError().text();
        db.rollback();
        return -1;
    }
    return removed;
}

int HistoryStore::rowCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pool_samples")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace app
