#pragma once

#include <QString>

namespace accounts {

// What a stat() says about a file, enough to notice that another process
// replaced it (QSaveFile renames a new file over it: a new inode) or wrote it.
// Cheap: no byte of the file is read.
struct FileStamp
{
    bool exists = false;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;

    static FileStamp of(const QString& path);
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

} // namespace accounts
