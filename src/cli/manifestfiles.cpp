#include "manifestfiles.h"

#include "core/boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

namespace cli {

ManifestFile readManifestFile(const QString& name)
{
    ManifestFile out;
    out.name = name;
    // A whole fleet may live in one file: allow more documents and bytes than
    // the editor's defaults. The per-document node budget (alias bombs) stays.
    core::manifest::ReadOptions options;
    options.maxDocuments = 10000;
    options.maxBytes = MaxManifestFileBytes;
    // The size is checked before reading: a multi-GB file is refused unread.
    core::BoundedRead read = core::readBoundedFile(name, options.maxBytes);
    if (!read.ok()) {
        out.readError = read.error;
        return out;
    }
    out.readable = true;
    out.bytes = std::move(read.bytes);
    out.result = core::manifest::read(out.bytes, options);
    return out;
}

bool isUnusable(const ManifestFile& file)
{
    return !file.readable ||
           std::any_of(file.result.errors.begin(), file.result.errors.end(),
                       [](const core::manifest::ManifestError& e) { return e.path.isEmpty(); });
}

QString formatManifestError(const QString& file, const core::manifest::ManifestError& error)
{
    QString out = file;
    if (error.position.line > 0)
        out += QStringLiteral(":%1:%2").arg(error.position.line).arg(error.position.column);
    out += QStringLiteral(": ");
    if (!error.path.isEmpty())
        out += error.path + QStringLiteral(": ");
    out += error.message;
    if (!error.hint.isEmpty())
        out += QStringLiteral(" (%1)").arg(error.hint);
    return out;
}

} // namespace cli
