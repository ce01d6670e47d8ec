#pragma once

#include "context.h"
#include "filestamp.h"

#include <QList>
#include <QString>
#include <optional>

namespace accounts {

// The list of contexts and which one is current, kept in a JSON file
// (contexts.json in the app's config folder). It holds no token, ever.
//
// Two processes write it (the app and `poolctl context import-doctl`), so
// the store keeps the edits made since load() and save() replays them on what
// is on disk *now*: it takes the file's lock, re-reads it, applies the edits,
// writes atomically (QSaveFile) and adopts the result. Another process's
// contexts are never dropped by a store that loaded before they were added.
//
// A file that cannot be used (written by a newer Pool Studio, damaged, or
// unreadable) is left exactly as it is: the store is read-only, problem()
// says why, and save() refuses until the user chooses
// moveAsideUnusableFile() (a numbered backup, never replacing an older one).
class ContextStore
{
public:
    enum class Problem
    {
        None,
        NewerFormat, // written by a newer Pool Studio
        Damaged,     // not the JSON Pool Studio writes
        Unreadable,  // cannot be opened, or far too large
    };

    ContextStore() = default;

    // <AppConfigLocation of Pool Studio>/contexts.json (see configDirectory()).
    static QString defaultPath();
    // The largest contexts.json read; a real one is a few KiB.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    // Reads `path` and remembers it for save(); forgets unsaved edits. A
    // missing file is an empty store (true). False with errorText() when the
    // file cannot be used; the store is then empty and read-only.
    bool load(const QString& path = defaultPath());
    // Under the file's lock: re-reads it, applies the edits made since the
    // last load/save/reload, writes atomically. False with errorText() on a
    // write error, a lock that stays taken, or a file that cannot be used.
    bool save();
    // Re-reads the file if it changed on disk (changedOnDisk()); unsaved edits
    // stay applied on top. False with errorText() when the file became unusable.
    bool reload();
    // A stat() of the file, no read: true when another process wrote,
    // replaced, created or removed it since this store last read or wrote it.
    bool changedOnDisk() const;

    QList<Context> contexts() const;
    std::optional<Context> find(const QString& name) const;
    // Adds the context, or replaces the one of the same name (keeping its place).
    void upsert(const Context& context);
    // Removes the context; if it was current, no context is current any more.
    void remove(const QString& name);

    QString current() const;
    // An unknown name (or an empty one) makes no context current.
    void setCurrent(const QString& name);

    QString path() const;
    QString errorText() const;

    // Why the file cannot be used (None when it can), and the reason in words.
    Problem problem() const;
    QString problemReason() const;
    // True while the file on disk cannot be used: save() refuses then.
    bool isReadOnly() const;
    // The same as isReadOnly(); the older name.
    bool isMalformed() const;

    // The user's decision to start afresh: renames the unusable file to the
    // first free `<path>.broken-N` (N = 1, 2, …; an earlier backup is never
    // replaced) so that save() may write a new file. Returns the new name,
    // empty on failure or when the file is usable.
    QString moveAsideUnusableFile();
    // Kept so that older callers still build. It no longer moves the file:
    // an unusable file stays where it is until the user decides, through
    // moveAsideUnusableFile(). Always returns an empty string.
    QString backUpMalformedFile();

private:
    struct Edit
    {
        enum Kind
        {
            Upsert,
            Remove,
            SetCurrent
        } kind;
        Context context; // Upsert
        QString name;    // Remove, SetCurrent
    };
    struct State
    {
        QList<Context> contexts;
        QString current;
    };

    // Reads the file into `state`; sets the problem fields when it cannot be used.
    bool readFile(State& state);
    static void apply(State& state, const Edit& edit);
    void applyPending();

    QString m_path;
    State m_disk;          // as last read from or written to the file
    State m_view;          // m_disk with the pending edits applied
    QList<Edit> m_pending; // edits since the last load, save or reload
    FileStamp m_stamp;     // of the file as last read or written
    Problem m_problem = Problem::None;
    QString m_problemReason;
    QString m_errorText;
};

} // namespace accounts
