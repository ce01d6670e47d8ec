#include "yamlscalar.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace core::yamlscalar {

namespace {

bool matches(const char* pattern, const QString& text)
{
    // Patterns are few and fixed; compile each once.
    thread_local QHash<const char*, QRegularExpression>
        cache; // parsing runs off the GUI thread too
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    return it->match(text).hasMatch();
}

} // namespace

PlainType resolvePlain(const QString& text)
{
    if (matches("^(~|null|Null|NULL|)$", text))
        return PlainType::Null;
    if (matches("^(true|True|TRUE|false|False|FALSE)$", text))
        return PlainType::Bool;
    if (matches("^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", text))
        return PlainType::Int;
    if (matches("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$", text) ||
        matches("^[-+]?\\.(inf|Inf|INF)$|^\\.(nan|NaN|NAN)$", text))
        return PlainType::Float;
    return PlainType::String;
}

QString describe(PlainType type)
{
    switch (type) {
    case PlainType::Null:
        return QStringLiteral("null");
    case PlainType::Bool:
        return QStringLiteral("a boolean");
    case PlainType::Int:
        return QStringLiteral("an integer");
    case PlainType::Float:
        return QStringLiteral("a number");
    case PlainType::String:
        break;
    }
    return QStringLiteral("a string");
}

bool needsQuotes(const QString& text)
{
    if (resolvePlain(text) != PlainType::String)
        return true;
    // YAML 1.1 booleans and null spellings, in any letter case.
    static const QStringList words = {
        QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("yes"),
        QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
        QStringLiteral("<<"),   QStringLiteral("=")};
    if (words.contains(text.toLower()))
        return true;
    // Conservative safe set: letters, digits and a few punctuation marks that
    // are never indicators in the middle of a plain scalar.
    if (!matches("^[A-Za-z0-9_./][A-Za-z0-9_./:@-]*$", text))
        return true;
    if (text.endsWith(u':'))
        return true;
    // Numbers in YAML 1.1 notations and anything number-like: 1_000, 0b1,
    // 017, 1:30 (sexagesimal), .5, 1e3, dates.
    if (matches("^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?$", text) ||
        matches("^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*)$", text) ||
        matches("^[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?$", text) ||
        matches("^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$", text) ||
        matches("^\\.(inf|Inf|INF|nan|NaN|NAN)$", text) ||
        matches("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", text))
        return true;
    return false;
}

QString quoted(const QString& text)
{
    if (!needsQuotes(text))
        return text;
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

} // namespace core::yamlscalar
