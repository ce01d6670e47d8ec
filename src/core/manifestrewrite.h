#pragma once

#include "manifest.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Rewriting one manifest inside a file that may hold several: the drift
// view's "rewrite the manifest from live". Only that document's text changes;
// the other documents, their comments and their order stay byte for byte.
namespace core::manifest {

// The file text with the document that reads as `current` replaced by
// `replacement` (written with `options`); a replacement without Planton
// metadata (ManifestMetadata) keeps the document's, as a rewrite from a live
// pool must. Comments at the top of the replaced document and its `---` line
// are kept; comments inside it are not (it is written anew). nullopt with the reason when no
// document, or more than one, reads as `current` (the file changed since it was read), or when the
// result would not read back as the same documents with just that one
// replaced; the caller then leaves the file alone.
std::optional<QByteArray> replaceDocument(const QByteArray& yaml, const PoolManifest& current,
                                          const PoolManifest& replacement,
                                          const WriteOptions& options, QString* error);

} // namespace core::manifest
