#include "yamlblockreader.h"

#include "hexdigit.h"

#include <cstring>

namespace core::yamltree {

namespace {

// Thrown on anything left to yaml-cpp; caught in readBlockYaml.
struct Declined
{
};

[[noreturn]] void decline()
{
    throw Declined{};
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Printable ASCII and '\n' only: no tabs (indentation rules), no CR, no
// other control characters, no UTF-8 (yaml-cpp counts columns its own way).
bool onlyPlainAscii(std::string_view text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n') || u >= 0x7f)
            return false;
    }
    return true;
}

// Words YAML reads as null; left to yaml-cpp, whose handling of them in
// mappings differs between versions.
bool isNullWord(std::string_view text)
{
    return text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// First character of a plain scalar: a conservative subset of what YAML
// allows (no indicators, no '-' before a space, no "<<" merge keys).
bool isPlainStart(const char* p, const char* end)
{
    const char c = *p;
    if (isAlnum(c))
        return true;
    if (c == '-')
        return p + 1 < end && (isAlnum(p[1]) || p[1] == '.');
    return std::strchr("._/~+=()$^;", c) != nullptr;
}

// Inside a plain scalar; ':' and " #" end it and are handled by the caller.
bool isPlainInner(char c)
{
    return c >= 0x20 && c < 0x7f && !std::strchr("#[]{},'\"`", c);
}

struct Scalar
{
    std::string_view text;
    bool plain = false;
    int line = 0;
    int column = 0;
    const char* end = nullptr; // after the scalar, or after ':' for a key
    bool isKey = false;        // followed by ':' and a space or the line's end
};

class Reader
{
public:
    Reader(std::string_view text, Document& document)
        : m_next(text.data()), m_end(text.data() + text.size()), m_document(document)
    {}

    void readAll(const std::function<void(const Document&)>& handOver)
    {
        advance(-1);
        if (m_kind == Kind::Content)
            readDocument(handOver);
        while (m_kind == Kind::DocumentStart) {
            advance(-1);
            readDocument(handOver);
        }
    }

private:
    enum class Kind
    {
        End,
        DocumentStart, // "---"
        Content,
    };

    void readDocument(const std::function<void(const Document&)>& handOver)
    {
        m_document.clear();
        if (m_kind == Kind::Content) {
            readRoot();
            if (m_kind == Kind::Content)
                decline(); // a line outside the root node
        } else if (m_kind == Kind::DocumentStart) {
            // "---" with nothing before the next one: yaml-cpp places the
            // empty document at that next "---".
            m_document.addNull(m_lineNumber, 1);
        } else {
            // Nothing after the last "---": at the end of the text (where
            // yaml-cpp puts it when the text has no final newline is its own
            // business).
            if (m_lineNumber > 0 && m_end[-1] != '\n')
                decline();
            m_document.addNull(m_lineNumber + 1, 1);
        }
        handOver(m_document);
    }

    void readRoot()
    {
        if (isSequenceEntry(m_content)) {
            readSequence(m_indent);
            return;
        }
        const Scalar first = scan(m_content);
        if (!first.isKey)
            decline(); // a document that is one scalar
        readMap(m_indent, first);
    }

    // Moves to the next line with content, or to "---", or to the end.
    // `scalarOwner` >= 0 just after a scalar value that belongs to a
    // collection at that indent: yaml-cpp may read a comment line indented
    // deeper than that as part of the scalar, so such a line is declined.
    void advance(int scalarOwner)
    {
        while (m_next < m_end) {
            const char* begin = m_next;
            const char* newline =
                static_cast<const char*>(std::memchr(begin, '\n', std::size_t(m_end - begin)));
            const char* end = newline ? newline : m_end;
            m_next = newline ? newline + 1 : m_end;
            ++m_lineNumber;
            const char* content = begin;
            while (content < end && *content == ' ')
                ++content;
            if (content == end)
                continue; // blank
            const int indent = int(content - begin);
            if (*content == '#') {
                if (scalarOwner >= 0 && indent > scalarOwner)
                    decline();
                continue;
            }
            m_lineBegin = begin;
            m_lineEnd = end;
            m_content = content;
            m_indent = indent;
            if (indent == 0 && startsMarker(content, end, "---")) {
                if (!restIsBlank(content + 3))
                    decline(); // "--- value" or "--- # comment"
                m_kind = Kind::DocumentStart;
                return;
            }
            if (indent == 0 && (startsMarker(content, end, "...") || *content == '%'))
                decline(); // document end marker, directive
            m_kind = Kind::Content;
            return;
        }
        m_kind = Kind::End;
    }

    static bool startsMarker(const char* p, const char* end, const char* marker)
    {
        return end - p >= 3 && std::memcmp(p, marker, 3) == 0 && (end - p == 3 || p[3] == ' ');
    }

    bool restIsBlank(const char* p) const
    {
        while (p < m_lineEnd && *p == ' ')
            ++p;
        return p == m_lineEnd;
    }

    // After a value: only spaces, then the line's end or a comment.
    void expectLineEnd(const char* p) const
    {
        const char* q = p;
        while (q < m_lineEnd && *q == ' ')
            ++q;
        if (q == m_lineEnd)
            return;
        if (*q == '#' && q > p)
            return;
        decline();
    }

    bool isSequenceEntry(const char* p) const
    {
        return *p == '-' && (p + 1 == m_lineEnd || p[1] == ' ');
    }

    int columnOf(const char* p) const { return int(p - m_lineBegin) + 1; }

    // A block sequence whose entries' '-' stand at `indent`; the current
    // line is its first entry.
    void readSequence(int indent)
    {
        enter(Node::Type::Sequence, m_lineNumber, indent + 1);
        while (true) {
            const char* p = m_content + 1;
            while (p < m_lineEnd && *p == ' ')
                ++p;
            if (p == m_lineEnd || *p == '#' || isSequenceEntry(p))
                decline(); // an entry on the next lines, an empty one, or "- - x"
            const Scalar item = scan(p);
            if (item.isKey) {
                readMap(int(p - m_lineBegin), item);
            } else {
                expectLineEnd(item.end);
                add(item);
                advance(indent);
            }
            if (m_kind != Kind::Content)
                break;
            if (m_indent == indent && isSequenceEntry(m_content))
                continue;
            if (m_indent > indent)
                decline();
            break; // the parent's line
        }
        m_document.close();
    }

    // A block mapping whose keys start at `indent` (0-based); `key` is its
    // first key, already scanned on the current line.
    void readMap(int indent, Scalar key)
    {
        enter(Node::Type::Map, key.line, key.column);
        while (true) {
            add(key);
            const char* p = key.end;
            while (p < m_lineEnd && *p == ' ')
                ++p;
            if (p == m_lineEnd || *p == '#') {
                // The value is a collection on the next lines.
                advance(-1);
                if (m_kind != Kind::Content)
                    decline(); // empty value: null
                if (m_indent == indent && isSequenceEntry(m_content)) {
                    readSequence(indent); // "key:\n- a": a list at the key's indent
                } else if (m_indent > indent) {
                    if (isSequenceEntry(m_content)) {
                        readSequence(m_indent);
                    } else {
                        const Scalar first = scan(m_content);
                        if (!first.isKey)
                            decline(); // a scalar on the next line
                        readMap(m_indent, first);
                    }
                } else {
                    decline(); // empty value: null
                }
            } else {
                if (isSequenceEntry(p))
                    decline();
                const Scalar value = scan(p);
                if (value.isKey)
                    decline(); // "a: b: c"
                expectLineEnd(value.end);
                add(value);
                advance(indent);
            }
            if (m_kind != Kind::Content || m_indent < indent)
                break;
            if (m_indent > indent || isSequenceEntry(m_content))
                decline();
            key = scan(m_content);
            if (!key.isKey)
                decline();
        }
        m_document.close();
    }

    void enter(Node::Type type, int line, int column)
    {
        if (m_document.depth() >= 64)
            decline();
        m_document.open(type, line, column);
    }

    void add(const Scalar& scalar)
    {
        m_document.addScalar(scalar.line, scalar.column, scalar.text, scalar.plain);
    }

    // The scalar starting at `p` on the current line, and whether it is a key.
    Scalar scan(const char* p)
    {
        Scalar out;
        out.line = m_lineNumber;
        out.column = columnOf(p);
        const char* after = nullptr;
        if (*p == '"') {
            after = scanDoubleQuoted(p, &out.text);
        } else if (*p == '\'') {
            after = scanSingleQuoted(p, &out.text);
        } else {
            out.plain = true;
            return scanPlain(p, out);
        }
        out.end = after;
        if (after < m_lineEnd && *after == ':') {
            if (after + 1 < m_lineEnd && after[1] != ' ')
                decline(); // "\"a\":b"
            out.isKey = true;
            out.end = after + 1;
        }
        return out;
    }

    Scalar scanPlain(const char* p, Scalar& out) const
    {
        if (!isPlainStart(p, m_lineEnd))
            decline();
        const char* q = p;
        while (q < m_lineEnd) {
            const char c = *q;
            if (c == ':' && (q + 1 == m_lineEnd || q[1] == ' ')) {
                if (q[-1] == ' ')
                    decline(); // "key :" -- keep the rules simple
                out.isKey = true;
                break;
            }
            if (c == ' ' && q + 1 < m_lineEnd && q[1] == '#')
                break; // a comment
            if (!isPlainInner(c))
                decline();
            ++q;
        }
        const char* last = q;
        while (last > p && last[-1] == ' ')
            --last;
        out.text = std::string_view(p, std::size_t(last - p));
        if (isNullWord(out.text) || (out.isKey && out.text.size() > 1000))
            decline();
        out.end = out.isKey ? q + 1 : q;
        return out;
    }

    // Returns the position after the closing quote.
    const char* scanDoubleQuoted(const char* p, std::string_view* text)
    {
        const char* close = p + 1;
        bool hasEscapes = false;
        while (true) {
            if (close >= m_lineEnd)
                decline(); // continues on the next line
            if (*close == '"')
                break;
            if (*close == '\\') {
                if (close + 1 >= m_lineEnd)
                    decline();
                hasEscapes = true;
                close += 2;
                continue;
            }
            ++close;
        }
        if (!hasEscapes) {
            *text = std::string_view(p + 1, std::size_t(close - p - 1));
            return close + 1;
        }
        std::string decoded;
        for (const char* q = p + 1; q < close; ++q) {
            if (*q != '\\') {
                decoded += *q;
                continue;
            }
            const char e = *++q;
            switch (e) {
            case '\\':
            case '"':
                decoded += e;
                break;
            case 'n':
                decoded += '\n';
                break;
            case 't':
                decoded += '\t';
                break;
            case 'r':
                decoded += '\r';
                break;
            case 'x': {
                const int high = q + 2 < close ? hexDigit(q[1]) : -1;
                const int low = high >= 0 ? hexDigit(q[2]) : -1;
                if (low < 0 || high > 7)
                    decline(); // not two hex digits, or outside ASCII
                decoded += char(high * 16 + low);
                q += 2;
                break;
            }
            default:
                decline(); // other escapes are left to yaml-cpp
            }
        }
        *text = m_document.keep(std::move(decoded));
        return close + 1;
    }

    const char* scanSingleQuoted(const char* p, std::string_view* text)
    {
        const char* close = p + 1;
        bool hasEscapes = false;
        while (true) {
            if (close >= m_lineEnd)
                decline(); // continues on the next line
            if (*close == '\'') {
                if (close + 1 < m_lineEnd && close[1] == '\'') { // '' is one quote
                    hasEscapes = true;
                    close += 2;
                    continue;
                }
                break;
            }
            ++close;
        }
        if (!hasEscapes) {
            *text = std::string_view(p + 1, std::size_t(close - p - 1));
            return close + 1;
        }
        std::string decoded;
        for (const char* q = p + 1; q < close; ++q) {
            decoded += *q;
            if (*q == '\'')
                ++q; // the second of the pair
        }
        *text = m_document.keep(std::move(decoded));
        return close + 1;
    }

    const char* m_next;
    const char* m_end;
    Document& m_document;

    // The current line (after advance()).
    Kind m_kind = Kind::End;
    int m_lineNumber = 0;
    const char* m_lineBegin = nullptr;
    const char* m_lineEnd = nullptr;
    const char* m_content = nullptr; // first non-space character
    int m_indent = 0;
};

} // namespace

bool readBlockYaml(std::string_view text, Document& scratch,
                   const std::function<void(const Document&)>& document)
{
    if (!onlyPlainAscii(text))
        return false;
    try {
        Reader(text, scratch).readAll(document);
    } catch (const Declined&) {
        return false;
    }
    return true;
}

} // namespace core::yamltree
