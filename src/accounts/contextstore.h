#pragma once

#include "context.h"

#include <QList>
#include <QString>
#include <optional>

namespace accounts {

// The list of contexts and which one is current, kept in a JSON file
// (contexts.json in the app's config folder). It holds no token, ever.
// Writes are atomic (QSaveFile). A file that cannot be read as ours is
// reported through errorText() and is never overwritten silently: save()
// refuses until the caller has moved it aside with backUpMalformedFile().
class ContextStore
{
public:
    ContextStore() = default;

    // <AppConfigLocation of Pool Studio>/contexts.json (see configDirectory()).
    static QString defaultPath();

    // Reads `path` and remembers it for save(). A missing file is an empty
    // store (true). False with errorText() when the file is unreadable or
    // malformed; the store is then empty.
    bool load(const QString& path = defaultPath());
    // Writes the contexts to the loaded path. False with errorText() on a
    // write error or when the file on disk was malformed at load().
    bool save();

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

    // True when load() found a file it could not understand; save() refuses then.
    bool isMalformed() const;
    // Renames the malformed file to `<path>.broken` (replacing an older one) so
    // that save() may write a new file. Returns the new name, empty on failure.
    QString backUpMalformedFile();

private:
    QString m_path;
    QList<Context> m_contexts;
    QString m_current;
    QString m_errorText;
    bool m_malformed = false;
};

} // namespace accounts
