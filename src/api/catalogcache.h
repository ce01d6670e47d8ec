#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <chrono>
#include <optional>

namespace api {

// Sizes and Kubernetes options change rarely: they are kept on disk for a day
// (under QStandardPaths::CacheLocation) with the time they were fetched, so a
// start needs no request for them and the UI can say how old the prices are.
class CatalogCache
{
public:
    static constexpr std::chrono::seconds DefaultMaxAge{24 * 60 * 60};

    struct Entry
    {
        QJsonValue data; // the API's own JSON (the sizes array, the options object)
        QDateTime fetchedAt;
    };

    // An empty directory means QStandardPaths::CacheLocation.
    explicit CatalogCache(QString directory = {});

    void setDirectory(const QString& directory) { m_directory = directory; }
    QString directory() const;
    void setMaxAge(std::chrono::seconds maxAge) { m_maxAge = maxAge; }
    std::chrono::seconds maxAge() const { return m_maxAge; }

    // The entry, when there is one younger than maxAge at `now`. `key` names
    // the API it came from too, so two API URLs never share an entry.
    std::optional<Entry> load(const QString& key, const QDateTime& now) const;
    bool store(const QString& key, const Entry& entry) const;
    void remove(const QString& key) const;

private:
    QString fileFor(const QString& key) const;

    QString m_directory;
    std::chrono::seconds m_maxAge = DefaultMaxAge;
};

// "3 h", "12 min", "just now": how old a fetch is, for a status line.
QString describeAge(const QDateTime& fetchedAt, const QDateTime& now);

} // namespace api
