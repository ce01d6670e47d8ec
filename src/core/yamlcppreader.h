#pragma once

#include "yamltree.h"

#include <QByteArray>
#include <functional>
#include <string>

// Any YAML, with yaml-cpp's event parser: each document is built into a
// yamltree::Document (marks, tags, aliases shared as yaml-cpp shares them)
// and handed over before the next one is read.
namespace core::yamltree {

struct SyntaxError
{
    int line = 0; // 1-based; 0 when yaml-cpp gives no position
    int column = 0;
    std::string message; // without yaml-cpp's "yaml-cpp: error at line..." prefix
};

// Calls `document` once per document, in order (an empty document has a
// Null root). Returns false at the first syntax error, with `error` set; the
// documents handed over before it are then not to be trusted.
bool readWithYamlCpp(const QByteArray& yaml, Document& scratch,
                     const std::function<void(const Document&)>& document, SyntaxError* error);

} // namespace core::yamltree
