#pragma once

#include <QLockFile>
#include <QString>

namespace accounts {

// The lock every writer of a shared file holds while it re-reads, merges and
// writes it: the app and poolctl (or two poolctl runs) must not interleave
// their read-modify-write. It is `<file>.lock` beside the file; a lock left by
// a process that died (kill -9) is taken over, since QLockFile checks that
// its owner still runs.
class FileWriteLock
{
public:
    explicit FileWriteLock(const QString& filePath);

    // Waits up to a few seconds for the other writer. False with a sentence
    // naming the lock file when it stays taken or cannot be created.
    bool acquire(QString* error);

private:
    QString m_lockPath;
    QLockFile m_lock;
};

} // namespace accounts
