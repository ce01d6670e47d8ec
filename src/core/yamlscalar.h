#pragma once

#include <QString>

// How YAML reads a plain (unquoted) scalar, and how to write a string so that
// every YAML reader gets the same string back.
namespace core::yamlscalar {

enum class PlainType
{
    String,
    Null,
    Bool,
    Int,
    Float
};

// What a plain scalar resolves to under the YAML 1.2 core schema. YAML 1.1
// words such as `yes` or `on` resolve to String here (yaml-cpp and Kubernetes
// read them as strings in string fields); needsQuotes() still quotes them.
PlainType resolvePlain(const QString& text);

// A readable name for the type, for error messages ("a boolean").
QString describe(PlainType type);

// True when writing `text` unquoted could be read back as something else by
// any common YAML reader (1.1 or 1.2): empty, null-like, bool-like (true, on,
// yes, y), numbers in any notation (1.0, 0x1, 1e3, 1_000, 1:30, .inf),
// dates, leading indicators, ": " or " #", surrounding spaces, control
// characters, or anything outside a conservative safe character set.
bool needsQuotes(const QString& text);

// `text` as a YAML scalar: plain when safe, otherwise double-quoted with
// escapes.
QString quoted(const QString& text);

} // namespace core::yamlscalar
