#include "jsonduplicates.h"

#include "hexdigit.h"

#include <QString>
#include <QStringView>
#include <cstring>
#include <memory>
#include <unordered_set>
#include <vector>

// One pass over the bytes. A 4 MB cluster page has ~300,000 keys, nearly all
// plain ASCII: those are compared as byte ranges of the text itself, without
// a copy. Only a key with a backslash or a byte >= 0x80 is decoded into a
// QString (UTF-16), so that "a" and "\u0061" stay one key, as QJsonDocument
// reads them. String values are skipped, not decoded.
namespace core::json {

namespace {

// A key: a range of the text (ASCII, no escapes), or a decoded string.
struct Key
{
    const char* plain = nullptr; // when not decoded
    qsizetype size = 0;          // bytes of `plain`, or UTF-16 units of `decoded`
    qsizetype decoded = -1;      // index into Scanner::m_decoded, or -1
};

// Deeper than this QJsonDocument refuses anyway (its limit is 1024).
constexpr qsizetype MaxDepth = 4096;
// Up to this many keys an object is searched in order; past it, hashed.
constexpr qsizetype LinearKeys = 32;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Scanner
{
public:
    explicit Scanner(const QByteArray& json)
        : m_begin(json.constData()), m_size(json.size()), m_hashed(0, Hash{this}, Equal{this})
    {}

    QString run()
    {
        while (m_at < m_size) {
            const char c = m_begin[m_at];
            if (c == '{' || c == '[') {
                if (qsizetype(m_levels.size()) >= MaxDepth)
                    return {};
                beginValue();
                Level level;
                level.object = c == '{';
                level.firstKey = qsizetype(m_keys.size());
                level.firstDecoded = qsizetype(m_decoded.size());
                m_levels.push_back(level);
                ++m_at;
                m_expectKey = level.object;
            } else if (c == '}' || c == ']') {
                if (m_levels.empty())
                    return {};
                closeLevel();
                ++m_at;
                m_expectKey = false;
            } else if (c == ',') {
                ++m_at;
                m_expectKey = !m_levels.empty() && m_levels.back().object;
            } else if (c == '"') {
                const bool isKey = m_expectKey && !m_levels.empty() && m_levels.back().object;
                if (!isKey) {
                    beginValue();
                    if (!skipString())
                        return {};
                    continue;
                }
                Key key;
                if (!readKey(key))
                    return {};
                if (isDuplicate(key))
                    return pathOf(key);
                addKey(key);
                m_expectKey = false;
            } else if (c == ':' || isSpace(c)) {
                ++m_at;
            } else {
                // A number, true, false or null: counts once, then skip it.
                beginValue();
                ++m_at;
                while (m_at < m_size && isTokenChar(m_begin[m_at]))
                    ++m_at;
            }
        }
        return {};
    }

private:
    // One open object or array, and where in it the scanner is.
    struct Level
    {
        bool object = false;
        bool hashed = false;    // objects: its keys are in m_hashed
        qsizetype index = -1;   // arrays: the current element
        qsizetype firstKey = 0; // objects: its keys are m_keys[firstKey...]
        qsizetype firstDecoded = 0;
    };

    struct Hash
    {
        const Scanner* scanner;
        size_t operator()(qsizetype key) const { return scanner->hashOf(scanner->m_keys[key]); }
    };
    struct Equal
    {
        const Scanner* scanner;
        bool operator()(qsizetype a, qsizetype b) const
        {
            return scanner->same(scanner->m_keys[a], scanner->m_keys[b]);
        }
    };

    // Not a structural character, a quote, a colon or white space: the
    // rest of a number or literal (each of its characters would begin no
    // new value, since the one before it is not `[` or `,`).
    static bool isTokenChar(char c)
    {
        return c != '{' && c != '[' && c != '}' && c != ']' && c != ',' && c != '"' && c != ':' &&
               !isSpace(c);
    }

    // Arrays count their elements as values begin.
    void beginValue()
    {
        if (m_levels.empty() || m_levels.back().object)
            return;
        const char before = previousSignificant();
        if (before == '[' || before == ',')
            ++m_levels.back().index;
    }

    char previousSignificant() const
    {
        for (qsizetype i = m_at - 1; i >= 0; --i) {
            const char c = m_begin[i];
            if (!isSpace(c))
                return c;
        }
        return 0;
    }

    void closeLevel()
    {
        const Level& level = m_levels.back();
        if (level.object) {
            if (level.hashed)
                m_hashed.clear(); // only the innermost big object is ever hashed
            m_keys.resize(size_t(level.firstKey));
            m_decoded.resize(size_t(level.firstDecoded));
        }
        m_levels.pop_back();
    }

    QStringView decodedView(const Key& key) const
    {
        return QStringView(m_decoded[size_t(key.decoded)]);
    }

    bool same(const Key& a, const Key& b) const
    {
        if (a.size != b.size)
            return false; // plain keys are ASCII: a byte is a UTF-16 unit
        if (a.decoded < 0 && b.decoded < 0)
            return std::memcmp(a.plain, b.plain, size_t(a.size)) == 0;
        if (a.decoded >= 0 && b.decoded >= 0)
            return decodedView(a) == decodedView(b);
        const Key& plain = a.decoded < 0 ? a : b;
        const Key& decoded = a.decoded < 0 ? b : a;
        return decodedView(decoded) == QLatin1StringView(plain.plain, plain.size);
    }

    // Over UTF-16 units, so that a plain key and its decoded twin agree.
    size_t hashOf(const Key& key) const
    {
        size_t hash = 1469598103934665603ull;
        auto mix = [&hash](char16_t unit) {
            hash ^= unit;
            hash *= 1099511628211ull;
        };
        if (key.decoded < 0) {
            for (qsizetype i = 0; i < key.size; ++i)
                mix(char16_t(uchar(key.plain[i])));
        } else {
            for (const QChar unit : decodedView(key))
                mix(unit.unicode());
        }
        return hash;
    }

    bool isDuplicate(const Key& key)
    {
        Level& level = m_levels.back();
        if (level.hashed) {
            m_keys.push_back(key);
            const bool found = m_hashed.count(qsizetype(m_keys.size()) - 1) > 0;
            m_keys.pop_back();
            return found;
        }
        for (size_t i = size_t(level.firstKey); i < m_keys.size(); ++i)
            if (same(m_keys[i], key))
                return true;
        return false;
    }

    void addKey(const Key& key)
    {
        Level& level = m_levels.back();
        m_keys.push_back(key);
        const qsizetype count = qsizetype(m_keys.size()) - level.firstKey;
        if (level.hashed) {
            m_hashed.insert(qsizetype(m_keys.size()) - 1);
        } else if (count > LinearKeys) {
            // An object's keys are contiguous only while it is innermost;
            // a nested object closes (and drops its keys) before this one
            // gets another key, so one set for the innermost is enough.
            if (!m_hashed.empty())
                rehashOuter();
            level.hashed = true;
            for (qsizetype i = level.firstKey; i < qsizetype(m_keys.size()); ++i)
                m_hashed.insert(i);
        }
    }

    // The set belonged to an outer object; this inner one takes it over,
    // and the outer one goes back to being searched in order.
    void rehashOuter()
    {
        for (Level& level : m_levels)
            level.hashed = false;
        m_hashed.clear();
    }

    // The path to the current key: each object's latest key, each array's
    // current element, and `last` for the innermost object.
    QString pathOf(const Key& last) const
    {
        QString path;
        for (size_t l = 0; l < m_levels.size(); ++l) {
            const Level& level = m_levels[l];
            if (level.object) {
                if (!path.isEmpty())
                    path += QLatin1Char('.');
                if (l + 1 == m_levels.size())
                    appendKey(path, last);
                else if (const Key* latest = latestKeyOf(l))
                    appendKey(path, *latest);
            } else {
                path += QStringLiteral("[%1]").arg(level.index);
            }
        }
        return path;
    }

    // Null for an object with no key yet (only in text QJsonDocument refuses).
    const Key* latestKeyOf(size_t l) const
    {
        const qsizetype end =
            l + 1 < m_levels.size() ? m_levels[l + 1].firstKey : qsizetype(m_keys.size());
        return end > m_levels[l].firstKey ? &m_keys[size_t(end - 1)] : nullptr;
    }

    void appendKey(QString& path, const Key& key) const
    {
        if (key.decoded < 0)
            path += QLatin1StringView(key.plain, key.size);
        else
            path += decodedView(key);
    }

    // The string at m_at, validated as readKey would, not decoded.
    bool skipString()
    {
        ++m_at; // the opening quote
        while (m_at < m_size) {
            const char c = m_begin[m_at++];
            if (c == '"')
                return true;
            if (c != '\\')
                continue;
            if (m_at >= m_size)
                return false;
            if (m_begin[m_at++] == 'u' && !skipHex())
                return false;
        }
        return false;
    }

    bool skipHex()
    {
        if (m_at + 4 > m_size)
            return false;
        for (int i = 0; i < 4; ++i)
            if (hexDigit(m_begin[m_at++]) < 0)
                return false;
        return true;
    }

    // A key at m_at: plain when it is ASCII without escapes, else decoded
    // (so "a" and "\u0061" are one key).
    bool readKey(Key& key)
    {
        const qsizetype start = m_at + 1;
        for (qsizetype i = start; i < m_size; ++i) {
            const char c = m_begin[i];
            if (c == '"') {
                key.plain = m_begin + start;
                key.size = i - start;
                m_at = i + 1;
                return true;
            }
            if (c == '\\' || uchar(c) >= 0x80)
                break;
        }
        QString text;
        if (!decodeString(text))
            return false;
        key.size = text.size();
        key.decoded = qsizetype(m_decoded.size());
        m_decoded.push_back(std::move(text));
        return true;
    }

    // A JSON string at m_at, unescaped: UTF-8 runs are read as QString does,
    // \uXXXX as one UTF-16 unit each (a pair stays a pair).
    bool decodeString(QString& out)
    {
        ++m_at; // the opening quote
        QByteArray plain;
        while (m_at < m_size) {
            const char c = m_begin[m_at++];
            if (c == '"') {
                out += QString::fromUtf8(plain);
                return true;
            }
            if (c != '\\') {
                plain += c;
                continue;
            }
            if (m_at >= m_size)
                return false;
            const char e = m_begin[m_at++];
            switch (e) {
            case 'b':
                plain += '\b';
                break;
            case 'f':
                plain += '\f';
                break;
            case 'n':
                plain += '\n';
                break;
            case 'r':
                plain += '\r';
                break;
            case 't':
                plain += '\t';
                break;
            case 'u': {
                if (m_at + 4 > m_size)
                    return false;
                int unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexDigit(m_begin[m_at++]);
                    if (digit < 0)
                        return false;
                    unit = unit * 16 + digit;
                }
                out += QString::fromUtf8(plain);
                plain.clear();
                out += QChar(char16_t(unit));
                break;
            }
            default:
                plain += e;
                break; // \" \\ \/
            }
        }
        return false;
    }

    const char* m_begin;
    qsizetype m_size;
    qsizetype m_at = 0;
    std::vector<Level> m_levels;
    std::vector<Key> m_keys;        // the keys of every open object, outer first
    std::vector<QString> m_decoded; // the decoded ones among them
    std::unordered_set<qsizetype, Hash, Equal> m_hashed; // the innermost big object's
    bool m_expectKey = false;
};

} // namespace

QString firstDuplicateKey(const QByteArray& json)
{
    return Scanner(json).run();
}

} // namespace core::json
