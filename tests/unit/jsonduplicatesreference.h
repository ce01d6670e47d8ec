#pragma once

// The duplicate-key scan as it was first written (one QString and one QSet
// entry per key, a byte array per character): slow but plainly right. The
// fast scan in src/core/jsonduplicates.cpp must answer exactly as this does,
// on any input (tst_jsonduplicates).
#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace reference {

namespace {

// One open object or array, and where in it the scanner is.
struct Level
{
    bool object = false;
    QSet<QString> keys;   // objects: the keys seen so far
    QString key;          // objects: the current key
    qsizetype index = -1; // arrays: the current element
};

// Deeper than this QJsonDocument refuses anyway (its limit is 1024).
constexpr qsizetype MaxDepth = 4096;

QString pathOf(const QList<Level>& levels)
{
    QString path;
    for (const Level& level : levels) {
        if (level.object) {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += level.key;
        } else {
            path += QStringLiteral("[%1]").arg(level.index);
        }
    }
    return path;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Scanner
{
public:
    explicit Scanner(const QByteArray& json) : m_text(json) {}

    QString run()
    {
        while (m_at < m_text.size()) {
            const char c = m_text.at(m_at);
            if (c == '{' || c == '[') {
                if (m_levels.size() >= MaxDepth)
                    return {};
                beginValue();
                Level level;
                level.object = c == '{';
                m_levels.append(level);
                ++m_at;
                m_expectKey = level.object;
            } else if (c == '}' || c == ']') {
                if (m_levels.isEmpty())
                    return {};
                m_levels.removeLast();
                ++m_at;
                m_expectKey = false;
            } else if (c == ',') {
                ++m_at;
                m_expectKey = !m_levels.isEmpty() && m_levels.last().object;
            } else if (c == '"') {
                const bool isKey = m_expectKey && !m_levels.isEmpty() && m_levels.last().object;
                if (!isKey)
                    beginValue();
                QString text;
                if (!readString(text))
                    return {};
                if (isKey) {
                    Level& level = m_levels.last();
                    level.key = text;
                    if (level.keys.contains(text))
                        return pathOf(m_levels);
                    level.keys.insert(text);
                    m_expectKey = false;
                }
            } else {
                if (c != ':' && c != ' ' && c != '\t' && c != '\n' && c != '\r')
                    beginValue(); // a number, true, false or null
                ++m_at;
            }
        }
        return {};
    }

private:
    // Arrays count their elements as values begin. Values within a number
    // or literal call this once per character; only the first counts.
    void beginValue()
    {
        if (m_levels.isEmpty() || m_levels.last().object)
            return;
        const char before = previousSignificant();
        if (before == '[' || before == ',')
            ++m_levels.last().index;
    }

    char previousSignificant() const
    {
        for (qsizetype i = m_at - 1; i >= 0; --i) {
            const char c = m_text.at(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return c;
        }
        return 0;
    }

    // A JSON string at m_at, unescaped (so "a" and "\u0061" are one key).
    bool readString(QString& out)
    {
        ++m_at; // the opening quote
        QByteArray plain;
        while (m_at < m_text.size()) {
            const char c = m_text.at(m_at++);
            if (c == '"') {
                out += QString::fromUtf8(plain);
                return true;
            }
            if (c != '\\') {
                plain += c;
                continue;
            }
            if (m_at >= m_text.size())
                return false;
            const char e = m_text.at(m_at++);
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
                if (m_at + 4 > m_text.size())
                    return false;
                int unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_text.at(m_at++));
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

    const QByteArray& m_text;
    qsizetype m_at = 0;
    QList<Level> m_levels;
    bool m_expectKey = false;
};

} // namespace

inline QString firstDuplicateKey(const QByteArray& json)
{
    return Scanner(json).run();
}

} // namespace reference
