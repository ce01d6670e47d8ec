#pragma once

#include "core/manifest.h"

#include <QList>
#include <QString>
#include <QStringList>

// Manifest files as poolctl reads them: every command that takes FILE...
// reports problems the same way, `file:line:column: path: message (hint)`.
namespace cli {

struct ManifestFile
{
    QString name;                      // as given on the command line
    QByteArray bytes;                  // the file's content
    core::manifest::ReadResult result; // what reading found
    bool readable = false;             // false: could not be opened
    QString readError;                 // why not
};

// poolctl reads manifest files of at most this size (the editor: 1 MiB).
inline constexpr qint64 MaxManifestFileBytes = 16 * 1024 * 1024;

ManifestFile readManifestFile(const QString& name);

// True when the file cannot be used at all: unreadable, too large, a YAML
// syntax error, an alias bomb, a document that is not a mapping. Such errors
// name no field (their path is empty); errors in fields (unknown keys, wrong
// types, a wrong apiVersion) leave the rest of the file usable.
bool isUnusable(const ManifestFile& file);

// "file:12:5: spec.taints[0].effect: message (hint)"
QString formatManifestError(const QString& file, const core::manifest::ManifestError& error);

} // namespace cli
