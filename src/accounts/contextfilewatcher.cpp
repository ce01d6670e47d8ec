#include "contextfilewatcher.h"

#include <QDir>
#include <QFileInfo>

namespace accounts {

ContextFileWatcher::ContextFileWatcher(const QString& path, QObject* parent)
    : QObject(parent), m_path(path), m_stamp(FileStamp::of(path))
{
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    m_watcher.addPath(folder);
    if (m_stamp.exists)
        m_watcher.addPath(path);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ContextFileWatcher::look);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ContextFileWatcher::look);
}

QString ContextFileWatcher::path() const
{
    return m_path;
}

void ContextFileWatcher::look()
{
    const FileStamp now = FileStamp::of(m_path);
    // A renamed-over file is a new inode: watch the new one.
    if (now.exists && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    if (now == m_stamp)
        return;
    m_stamp = now;
    Q_EMIT changed();
}

} // namespace accounts
