#pragma once

#include "core/nodepoolspec.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace app {

// An editor draft as it stood when last changed: enough to reopen the editor
// where the user left it after a crash or a restart.
struct Draft
{
    QString clusterId;
    QString poolId; // empty for a new pool
    core::NodePoolSpec spec;
    QList<std::pair<QString, QString>> labelRows; // as typed, duplicates kept
    bool countTouched = false;

    friend bool operator==(const Draft&, const Draft&) = default;
};

// Keeps one draft in a file, written atomically on every change so a crash
// mid-write leaves the previous draft, never half of one.
class DraftStore
{
public:
    // `path` is the draft file; by default under the app data folder.
    explicit DraftStore(QString path = defaultPath());

    static QString defaultPath();

    // False when the draft could not be written (a full disk, no permission);
    // `error` then says where and why, for the editor to show. The file on
    // disk keeps the previous draft: QSaveFile replaces it only when complete.
    bool save(const Draft& draft, QString* error = nullptr) const;
    // A draft is a few KiB; a larger file (MaxFileBytes) is not one of ours.
    std::optional<Draft> load() const;
    QString path() const { return m_path; }
    static constexpr qint64 MaxFileBytes = 256 * 1024;
    void clear() const;

private:
    QString m_path;
};

} // namespace app
