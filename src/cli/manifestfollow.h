#pragma once

#include "core/applyjournal.h"
#include "core/manifest.h"

#include <QList>
#include <QStringList>

// Manifests follow a blue/green replace: the document that declared the old
// pool is rewritten in its file to name the new one (`poolctl apply
// --rewrite`), atomically, every other document left byte for byte.
namespace cli {

// The manifests of every file, with the file each came from.
struct Manifests
{
    QList<core::manifest::PoolManifest> manifests;
    QStringList fileOf; // parallel to manifests
};

// Rewrites, for each blue/green replacement of `journal` whose new pool was
// created, the document of `read` that declared the old pool, and says so on
// stdout. False (each problem on stderr, that file left alone) when a file
// could not be rewritten.
bool rewriteReplaced(const Manifests& read, const core::ApplyJournal& journal);

} // namespace cli
