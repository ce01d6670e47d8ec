#pragma once

#include "filestamp.h"

#include <QFileSystemWatcher>
#include <QObject>

namespace accounts {

// Tells the app that contexts.json (or tokens.json) was changed by someone
// else, e.g. `poolctl context import-doctl` while the window is open. The
// folder is watched as well as the file: an atomic save replaces the file,
// and a watch on the old one would go quiet. changed() is emitted only when
// the file's stamp really differs, so a burst of events is one signal. It
// also follows this process's own saves; ContextStore::reload() then finds
// nothing new (it compares with the stamp of its own last write) and reads
// nothing. Typical use: connect changed() to ContextStore::reload() and, when
// it returns, refresh what shows the contexts.
class ContextFileWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ContextFileWatcher(const QString& path, QObject* parent = nullptr);

    QString path() const;

Q_SIGNALS:
    void changed();

private:
    void look();

    QString m_path;
    FileStamp m_stamp;
    QFileSystemWatcher m_watcher;
};

} // namespace accounts
