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

    bool save(const Draft& draft) const;
    std::optional<Draft> load() const;
    void clear() const;

private:
    QString m_path;
};

} // namespace app
