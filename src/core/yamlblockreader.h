#pragma once

#include "yamltree.h"

#include <functional>
#include <string_view>

// A fast reader for the YAML manifests are written in (by `poolctl fmt`, by
// export, and mostly by hand): block mappings `key: value`, block lists
// `- item`, plain, "double" and 'single' quoted scalars on one line,
// comments, and `---` between documents. yaml-cpp's scanner spends about
// 70 ms on a 1,000-pool file; this reads it in a few.
//
// What it accepts it reads exactly as yaml-cpp would: the same documents,
// node types, tags and line:column marks (tst_yamlblockreader compares the
// two on many inputs). Everything else -- flow {} [], anchors and aliases,
// tags, block scalars | >, scalars over several lines, empty values, null
// words, tabs, CR, bytes outside printable ASCII, directives -- it declines,
// and the caller reads the file with yaml-cpp (yamlcppreader.h), which also
// gives the syntax errors.
namespace core::yamltree {

// Calls `document` once per document, in order (an empty document has a Null
// root). Returns false when the text has YAML this reader leaves to
// yaml-cpp; the documents handed over before that are then to be discarded.
bool readBlockYaml(std::string_view text, Document& scratch,
                   const std::function<void(const Document&)>& document);

} // namespace core::yamltree
