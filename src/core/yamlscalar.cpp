#include "yamlscalar.h"

#include <QCoreApplication>
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

namespace {

// The patterns resolvePlain() implements, kept for needsQuotes() and as the
// reference the unit test compares with:
//   null  ^(~|null|Null|NULL|)$
//   bool  ^(true|True|TRUE|false|False|FALSE)$
//   int   ^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$
//   float ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
//         ^[-+]?\.(inf|Inf|INF)$   ^\.(nan|NaN|NAN)$
// Written out by hand: the reader resolves every plain scalar of a file, and
// five regular expression matches each were most of its time.

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isOneOf(QStringView text, std::initializer_list<const char16_t*> words)
{
    for (const char16_t* word : words)
        if (text == QStringView(word))
            return true;
    return false;
}

// [0-9]+ from `i`; returns the index after them (== i when none).
qsizetype digits(QStringView text, qsizetype i)
{
    while (i < text.size() && isDigit(text[i]))
        ++i;
    return i;
}

bool isInt(QStringView t)
{
    if (t.size() > 2 && t[0] == u'0' && t[1] == u'o') {
        for (qsizetype i = 2; i < t.size(); ++i)
            if (t[i] < u'0' || t[i] > u'7')
                return false;
        return true;
    }
    if (t.size() > 2 && t[0] == u'0' && t[1] == u'x') {
        for (qsizetype i = 2; i < t.size(); ++i) {
            const QChar c = t[i];
            if (!isDigit(c) && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
                return false;
        }
        return true;
    }
    const qsizetype start = (!t.isEmpty() && (t[0] == u'-' || t[0] == u'+')) ? 1 : 0;
    return t.size() > start && digits(t, start) == t.size();
}

bool isFloat(QStringView t)
{
    if (isOneOf(t, {u".nan", u".NaN", u".NAN"}))
        return true;
    qsizetype i = (!t.isEmpty() && (t[0] == u'-' || t[0] == u'+')) ? 1 : 0;
    if (isOneOf(t.mid(i), {u".inf", u".Inf", u".INF"}))
        return true;
    if (i < t.size() && t[i] == u'.') {
        const qsizetype end = digits(t, i + 1);
        if (end == i + 1)
            return false;
        i = end;
    } else {
        const qsizetype end = digits(t, i);
        if (end == i)
            return false;
        i = end;
        if (i < t.size() && t[i] == u'.')
            i = digits(t, i + 1);
    }
    if (i < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        ++i;
        if (i < t.size() && (t[i] == u'-' || t[i] == u'+'))
            ++i;
        const qsizetype end = digits(t, i);
        if (end == i)
            return false;
        i = end;
    }
    return i == t.size();
}

} // namespace

PlainType resolvePlain(const QString& text)
{
    QStringView t(text);
    // As in the patterns, whose `$` also matches before a final newline.
    if (t.endsWith(u'\n'))
        t.chop(1);
    if (isOneOf(t, {u"~", u"null", u"Null", u"NULL", u""}))
        return PlainType::Null;
    if (isOneOf(t, {u"true", u"True", u"TRUE", u"false", u"False", u"FALSE"}))
        return PlainType::Bool;
    if (isInt(t))
        return PlainType::Int;
    if (isFloat(t))
        return PlainType::Float;
    return PlainType::String;
}

QString describe(PlainType type)
{
    switch (type) {
    case PlainType::Null:
        return QStringLiteral("null");
    case PlainType::Bool:
        return QCoreApplication::translate("manifest", "a boolean");
    case PlainType::Int:
        return QCoreApplication::translate("manifest", "an integer");
    case PlainType::Float:
        return QCoreApplication::translate("manifest", "a number");
    case PlainType::String:
        break;
    }
    return QCoreApplication::translate("manifest", "a string");
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
