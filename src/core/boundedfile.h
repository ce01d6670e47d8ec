#pragma once

#include <QByteArray>
#include <QString>

// Reading a local file whose size nobody promised: a manifest named on the
// command line, doctl's config, contexts.json. The size is looked at before
// a byte is read, and the read itself stops one byte past the limit, so a
// multi-gigabyte (or endless, like /dev/zero) file costs neither time nor memory.
namespace core {

struct BoundedRead
{
    QByteArray bytes;
    QString error; // why not, without the path ("it is 4.0 GiB, more than…"); empty when read
    bool tooLarge = false;

    bool ok() const { return error.isEmpty(); }
};

// At most `maxBytes` of the file at `path`; more is an error that gives the
// size and the limit. A missing or unreadable file is an error too.
BoundedRead readBoundedFile(const QString& path, qint64 maxBytes);

// "16 MiB", "4.0 GiB": sizes as the messages show them.
QString describeSize(qint64 bytes);

} // namespace core
