#include "highlightlexer.h"

#include "core/yamlscalar.h"

namespace app::highlight {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Collects spans, dropping empty ones.
struct Spans
{
    QList<Token> tokens;
    void add(qsizetype start, qsizetype length, Role role)
    {
        if (length > 0)
            tokens.append({int(start), int(length), role});
    }
};

// ---- YAML ------------------------------------------------------------------

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

// The index just past a quoted scalar starting at `start`, or the line's end
// when it does not close on this line.
qsizetype endOfYamlQuoted(QStringView s, qsizetype start)
{
    const QChar quote = s[start];
    for (qsizetype i = start + 1; i < s.size(); ++i) {
        if (quote == u'"' && s[i] == u'\\') {
            ++i; // an escaped character, whatever it is
        } else if (s[i] == quote) {
            if (quote == u'\'' && i + 1 < s.size() && s[i + 1] == u'\'')
                ++i; // '' is a quote inside a single-quoted scalar
            else
                return i + 1;
        }
    }
    return s.size();
}

// A `:` that makes what precedes it a key: followed by a blank, the line's
// end, or (inside [] or {}) a flow indicator.
bool isKeyColon(QStringView s, qsizetype i, int flow)
{
    return s[i] == u':' &&
           (i + 1 == s.size() || isBlank(s[i + 1]) || (flow > 0 && isFlowIndicator(s[i + 1])));
}

Role plainScalarRole(QStringView text)
{
    switch (core::yamlscalar::resolvePlain(text.toString())) {
    case core::yamlscalar::PlainType::Null:
    case core::yamlscalar::PlainType::Bool:
        return Role::Constant;
    case core::yamlscalar::PlainType::Int:
    case core::yamlscalar::PlainType::Float:
        return Role::Number;
    case core::yamlscalar::PlainType::String:
        break;
    }
    return Role::String;
}

// `|` or `>` with an optional indentation digit and chomping sign, then only
// blanks or a comment: the line opens a block scalar. Returns the header's
// length, or 0.
qsizetype blockScalarHeader(QStringView s, qsizetype i)
{
    if (s[i] != u'|' && s[i] != u'>')
        return 0;
    qsizetype j = i + 1;
    while (j < s.size() && j - i <= 2 && (s[j] == u'+' || s[j] == u'-' || isAsciiDigit(s[j])))
        ++j;
    qsizetype k = j;
    while (k < s.size() && isBlank(s[k]))
        ++k;
    return (k == s.size() || (s[k] == u'#' && k > j)) ? j - i : 0;
}

// The state of a line inside a block scalar is the column its key (or list
// dash) starts at: lines indented further belong to the scalar.
LineTokens lexYaml(QStringView s, int previousState)
{
    LineTokens out;
    Spans spans;
    const qsizetype n = s.size();
    qsizetype indent = 0;
    while (indent < n && s[indent] == u' ')
        ++indent;

    if (previousState >= 0) {
        const bool blank = std::all_of(s.begin(), s.end(), isBlank);
        if (blank || indent > previousState) {
            spans.add(indent, n - indent, Role::String);
            return {spans.tokens, previousState};
        }
    }

    qsizetype i = indent;
    if (indent == 0 && (s.startsWith(u"---") || s.startsWith(u"...")) &&
        (n == 3 || isBlank(s[3]))) {
        spans.add(0, 3, Role::DocumentMarker);
        i = 3;
    }

    qsizetype parentColumn = indent; // of the key a block scalar belongs to
    bool atValueStart = true;        // where a dash or a block scalar may come
    int flow = 0;                    // depth of [] and {}
    while (i < n) {
        const QChar c = s[i];
        if (isBlank(c)) {
            ++i;
            continue;
        }
        if (c == u'#' && (i == 0 || isBlank(s[i - 1]))) {
            spans.add(i, n - i, Role::Comment);
            break;
        }
        if (flow == 0 && atValueStart && c == u'-' && (i + 1 == n || isBlank(s[i + 1]))) {
            spans.add(i, 1, Role::Punctuation);
            parentColumn = i;
            ++i;
            continue;
        }
        if (flow == 0 && atValueStart) {
            if (const qsizetype header = blockScalarHeader(s, i)) {
                spans.add(i, header, Role::Punctuation);
                out.state = int(parentColumn);
                i += header;
                continue; // a comment may follow
            }
        }
        if (c == u'[' || c == u'{') {
            ++flow;
            ++i;
            atValueStart = true;
            continue;
        }
        if (c == u']' || c == u'}') {
            flow = std::max(0, flow - 1);
            ++i;
            atValueStart = false;
            continue;
        }
        if (c == u',' && flow > 0) {
            ++i;
            atValueStart = true;
            continue;
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            qsizetype j = i + 1;
            while (j < n && !isBlank(s[j]) && !(flow > 0 && isFlowIndicator(s[j])))
                ++j;
            spans.add(i, j - i, c == u'!' ? Role::Keyword : Role::AnchorAlias);
            i = j; // the value follows; atValueStart unchanged
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const qsizetype j = endOfYamlQuoted(s, i);
            qsizetype k = j;
            while (k < n && isBlank(s[k]))
                ++k;
            if (k < n && isKeyColon(s, k, flow)) {
                spans.add(i, j - i, Role::Key);
                parentColumn = i;
                i = k + 1;
                atValueStart = true;
            } else {
                spans.add(i, j - i, Role::String);
                i = j;
                atValueStart = false;
            }
            continue;
        }
        // A plain scalar: up to a key colon, a comment, or a flow indicator.
        qsizetype j = i;
        qsizetype end = i;
        bool isKey = false;
        while (j < n) {
            if (isKeyColon(s, j, flow)) {
                isKey = true;
                break;
            }
            if (s[j] == u'#' && isBlank(s[j - 1]))
                break;
            if (flow > 0 && isFlowIndicator(s[j]))
                break;
            if (!isBlank(s[j]))
                end = j + 1;
            ++j;
        }
        if (isKey) {
            spans.add(i, end - i, Role::Key);
            parentColumn = i;
            i = j + 1;
            atValueStart = true;
        } else {
            spans.add(i, end - i, plainScalarRole(s.sliced(i, end - i)));
            i = j;
            atValueStart = false;
        }
    }
    out.tokens = spans.tokens;
    return out;
}

// ---- HCL -------------------------------------------------------------------

constexpr int HclInBlockComment = 1;

qsizetype endOfHclString(QStringView s, qsizetype start)
{
    for (qsizetype i = start + 1; i < s.size(); ++i) {
        if (s[i] == u'\\')
            ++i;
        else if (s[i] == u'"')
            return i + 1;
    }
    return s.size();
}

// `=` but not `==`: what precedes it is an attribute name.
bool isAssignmentAt(QStringView s, qsizetype i)
{
    return i < s.size() && s[i] == u'=' && (i + 1 == s.size() || s[i + 1] != u'=');
}

LineTokens lexHcl(QStringView s, int previousState)
{
    LineTokens out;
    Spans spans;
    const qsizetype n = s.size();
    qsizetype i = 0;
    if (previousState == HclInBlockComment) {
        const qsizetype close = s.indexOf(u"*/");
        if (close < 0) {
            spans.add(0, n, Role::Comment);
            return {spans.tokens, HclInBlockComment};
        }
        spans.add(0, close + 2, Role::Comment);
        i = close + 2;
    }
    bool firstWord = true;
    while (i < n) {
        const QChar c = s[i];
        if (isBlank(c)) {
            ++i;
            continue;
        }
        if (c == u'#' || s.sliced(i).startsWith(u"//")) {
            spans.add(i, n - i, Role::Comment);
            break;
        }
        if (s.sliced(i).startsWith(u"/*")) {
            const qsizetype close = s.indexOf(u"*/", i + 2);
            if (close < 0) {
                spans.add(i, n - i, Role::Comment);
                out.state = HclInBlockComment;
                break;
            }
            spans.add(i, close + 2 - i, Role::Comment);
            i = close + 2;
            continue;
        }
        if (c == u'"') {
            const qsizetype j = endOfHclString(s, i);
            qsizetype k = j;
            while (k < n && isBlank(s[k]))
                ++k;
            spans.add(i, j - i, isAssignmentAt(s, k) ? Role::Key : Role::String);
            i = j;
            firstWord = false;
            continue;
        }
        if (isAsciiDigit(c)) {
            qsizetype j = i;
            while (j < n && (isAsciiDigit(s[j]) || s[j] == u'.' || s[j] == u'e' || s[j] == u'E'))
                ++j;
            spans.add(i, j - i, Role::Number);
            i = j;
            firstWord = false;
            continue;
        }
        if (isAsciiLetter(c) || c == u'_') {
            qsizetype j = i;
            while (j < n &&
                   (isAsciiLetter(s[j]) || isAsciiDigit(s[j]) || s[j] == u'_' || s[j] == u'-'))
                ++j;
            const QStringView word = s.sliced(i, j - i);
            qsizetype k = j;
            while (k < n && isBlank(s[k]))
                ++k;
            if (word == u"true" || word == u"false" || word == u"null")
                spans.add(i, j - i, Role::Constant);
            else if (isAssignmentAt(s, k))
                spans.add(i, j - i, Role::Key);
            else if (firstWord && k < n && (s[k] == u'"' || s[k] == u'{'))
                spans.add(i, j - i, Role::Keyword); // resource "type" "name" {, taint {
            i = j;
            firstWord = false;
            continue;
        }
        ++i; // punctuation
        firstWord = false;
    }
    out.tokens = spans.tokens;
    return out;
}

// ---- Shell -----------------------------------------------------------------

constexpr int ShellContinued = 1; // the previous line ended in a backslash
constexpr int ShellInSingleQuote = 2;
constexpr int ShellInDoubleQuote = 4;

bool isShellOperator(QChar c)
{
    return c == u';' || c == u'|' || c == u'&';
}

qsizetype endOfDoubleQuoted(QStringView s, qsizetype from)
{
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s[i] == u'\\')
            ++i;
        else if (s[i] == u'"')
            return i;
    }
    return -1;
}

// $NAME or ${...}; returns its end, or `start` when there is no variable.
qsizetype endOfVariable(QStringView s, qsizetype start)
{
    qsizetype j = start + 1;
    if (j < s.size() && s[j] == u'{') {
        const qsizetype close = s.indexOf(u'}', j);
        return close < 0 ? s.size() : close + 1;
    }
    while (j < s.size() && (isAsciiLetter(s[j]) || isAsciiDigit(s[j]) || s[j] == u'_'))
        ++j;
    return j == start + 1 ? start : j;
}

LineTokens lexShell(QStringView s, int previousState)
{
    Spans spans;
    const qsizetype n = s.size();
    const int previous = std::max(previousState, 0);
    int state = 0;
    qsizetype i = 0;

    // A quote left open on the line before.
    if (previous & (ShellInSingleQuote | ShellInDoubleQuote)) {
        const qsizetype close =
            (previous & ShellInSingleQuote) ? s.indexOf(u'\'') : endOfDoubleQuoted(s, 0);
        if (close < 0) {
            spans.add(0, n, Role::String);
            return {spans.tokens, previous & (ShellInSingleQuote | ShellInDoubleQuote)};
        }
        spans.add(0, close + 1, Role::String);
        i = close + 1;
    }

    bool commandNext = previous == 0;
    while (i < n) {
        const QChar c = s[i];
        if (isBlank(c)) {
            ++i;
            continue;
        }
        if (c == u'#' && (i == 0 || isBlank(s[i - 1]))) {
            spans.add(i, n - i, Role::Comment);
            break;
        }
        if (isShellOperator(c)) {
            ++i;
            commandNext = true;
            continue;
        }
        if (c == u'\\' && i == n - 1) {
            spans.add(i, 1, Role::Punctuation);
            state |= ShellContinued;
            break;
        }

        // A word: its unquoted start is the command or a flag; quoted parts
        // are strings and $VARIABLES are variables wherever they are.
        const qsizetype wordStart = i;
        qsizetype runEnd = i;
        while (runEnd < n && !isBlank(s[runEnd]) && !isShellOperator(s[runEnd]) &&
               !QStringView(u"'\"$\\=").contains(s[runEnd]))
            ++runEnd;
        if (commandNext)
            spans.add(wordStart, runEnd - wordStart, Role::Keyword);
        else if (c == u'-')
            spans.add(wordStart, runEnd - wordStart, Role::Key);
        commandNext = false;

        bool numeric = runEnd > wordStart;
        i = wordStart;
        while (i < n && !isBlank(s[i]) && !isShellOperator(s[i])) {
            const QChar d = s[i];
            if (!isAsciiDigit(d))
                numeric = false;
            if (d == u'\'') {
                const qsizetype close = s.indexOf(u'\'', i + 1);
                if (close < 0) {
                    spans.add(i, n - i, Role::String);
                    state |= ShellInSingleQuote;
                    i = n;
                    break;
                }
                spans.add(i, close + 1 - i, Role::String);
                i = close + 1;
            } else if (d == u'"') {
                const qsizetype close = endOfDoubleQuoted(s, i + 1);
                if (close < 0) {
                    spans.add(i, n - i, Role::String);
                    state |= ShellInDoubleQuote;
                    i = n;
                    break;
                }
                spans.add(i, close + 1 - i, Role::String);
                i = close + 1;
            } else if (d == u'$' && endOfVariable(s, i) > i) {
                const qsizetype end = endOfVariable(s, i);
                spans.add(i, end - i, Role::AnchorAlias);
                i = end;
            } else if (d == u'\\') {
                if (i == n - 1)
                    break; // a continuation: the outer loop marks it
                i += 2;
            } else {
                ++i;
            }
        }
        if (numeric && i == runEnd)
            spans.add(wordStart, runEnd - wordStart, Role::Number);
    }
    return {spans.tokens, state == 0 ? -1 : state};
}

} // namespace

Language languageFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == u"yaml")
        return Language::Yaml;
    if (lower == u"terraform" || lower == u"hcl" || lower == u"tf")
        return Language::Hcl;
    if (lower == u"bash" || lower == u"sh" || lower == u"shell" || lower == u"doctl")
        return Language::Shell;
    return Language::Plain;
}

LineTokens lexLine(Language language, QStringView line, int previousState)
{
    switch (language) {
    case Language::Yaml:
        return lexYaml(line, previousState);
    case Language::Hcl:
        return lexHcl(line, previousState);
    case Language::Shell:
        return lexShell(line, previousState);
    case Language::Plain:
        break;
    }
    return {};
}

} // namespace app::highlight
