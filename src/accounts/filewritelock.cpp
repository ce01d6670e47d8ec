#include "filewritelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace accounts {

namespace {

// Writers hold the lock for milliseconds; a minute-old lock whose owner
// cannot be checked (another host on a shared home) is considered dead.
constexpr int StaleAfterMs = 60 * 1000;
constexpr int WaitMs = 10 * 1000;
// An empty lock file this old was left by a writer killed between creating
// it and writing its pid into it.
constexpr int EmptyLeftoverMs = 2000;

// True when no process holds the lock on `path`. QLockFile holds a flock()
// on its file for as long as it owns it, and the kernel drops it when the
// process dies, however it dies.
bool nobodyHolds(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

// QLockFile takes over a lock whose pid is dead, but an *empty* lock file (or
// its `.rmlock` helper, taken while removing a stale lock) tells no pid and
// would only count as stale after a minute. Such a file, a few seconds old
// and held by no one, is removed here.
void removeEmptyLeftovers(const QString& lockPath)
{
    for (const QString& path : {lockPath, lockPath + QStringLiteral(".rmlock")}) {
        const QFileInfo info(path);
        if (!info.exists() || info.size() != 0 ||
            info.lastModified().msecsTo(QDateTime::currentDateTime()) < EmptyLeftoverMs)
            continue;
        if (nobodyHolds(path))
            QFile::remove(path);
    }
}

} // namespace

FileWriteLock::FileWriteLock(const QString& filePath)
    : m_lockPath(filePath + QStringLiteral(".lock")), m_lock(m_lockPath)
{
    m_lock.setStaleLockTime(StaleAfterMs);
}

bool FileWriteLock::acquire(QString* error)
{
    QDir().mkpath(QFileInfo(m_lockPath).absolutePath());
    for (int waited = 0; waited < WaitMs; waited += 250) {
        if (m_lock.tryLock(250))
            return true;
        if (m_lock.error() != QLockFile::LockFailedError)
            break;
        removeEmptyLeftovers(m_lockPath);
    }
    const char* why = m_lock.error() == QLockFile::LockFailedError
                          ? "another program (Pool Studio or poolctl) is writing it"
                          : "the lock cannot be created";
    if (error)
        *error = QCoreApplication::translate("accounts::FileWriteLock",
                                             "the lock %1 was not free after %2 seconds: %3")
                     .arg(m_lockPath)
                     .arg(WaitMs / 1000)
                     .arg(QCoreApplication::translate("accounts::FileWriteLock", why));
    return false;
}

} // namespace accounts
