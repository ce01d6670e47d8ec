#include "catalogcache.h"

#include "core/boundedfile.h"
#include "replyreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCache)
};

} // namespace

namespace api {

CatalogCache::CatalogCache(QString directory) : m_directory(std::move(directory)) {}

QString CatalogCache::directory() const
{
    return m_directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                 : m_directory;
}

QString CatalogCache::fileFor(const QString& key) const
{
    // The key holds a URL: hash it into a safe file name.
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return directory() + QStringLiteral("/catalog-") + QString::fromLatin1(hash) +
           QStringLiteral(".json");
}

std::optional<CatalogCache::Entry> CatalogCache::load(const QString& key,
                                                      const QDateTime& now) const
{
    // What was stored was an answer of at most MaxReplyBytes; a larger file
    // is not ours, and is not read: the catalogue is fetched again.
    const core::BoundedRead read = core::readBoundedFile(fileFor(key), MaxReplyBytes + 1024);
    if (!read.ok())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(read.bytes).object();
    if (json.value(u"key").toString() != key)
        return std::nullopt;
    Entry entry{json.value(u"data"),
                QDateTime::fromString(json.value(u"fetched_at").toString(), Qt::ISODate)};
    if (!entry.fetchedAt.isValid() || entry.data.isUndefined() || entry.fetchedAt > now ||
        entry.fetchedAt.secsTo(now) >= m_maxAge.count())
        return std::nullopt;
    return entry;
}

bool CatalogCache::store(const QString& key, const Entry& entry) const
{
    if (!QDir().mkpath(directory()))
        return false;
    QSaveFile file(fileFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject json{
        {QStringLiteral("key"), key},
        {QStringLiteral("fetched_at"), entry.fetchedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("data"), entry.data}};
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return file.commit();
}

void CatalogCache::remove(const QString& key) const
{
    QFile::remove(fileFor(key));
}

QString describeAge(const QDateTime& fetchedAt, const QDateTime& now)
{
    const qint64 seconds = qMax<qint64>(0, fetchedAt.secsTo(now));
    if (seconds < 60)
        return Tr::tr("just now");
    if (seconds < 3600)
        return Tr::tr("%1 min ago").arg(seconds / 60);
    return Tr::tr("%1 h ago").arg(seconds / 3600);
}

} // namespace api
