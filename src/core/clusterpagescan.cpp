#include "clusterpagescan.h"

#include "bytefeed.h"
#include "dojson.h"
#include "hexdigit.h"
#include "jsonplainrun.h"

#include <QJsonObject>
#include <QVarLengthArray>
#include <array>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>
#include <unordered_set>

namespace core::dojson {

namespace {

// Deeper than this the page is left to QJsonDocument (its own limit is 1024).
constexpr int MaxDepth = 64;

// The envelopes responseTypeProblem() checks beside the two a cluster page
// has (dojsoncheck.cpp); a page with any of them is left to the full reader.
constexpr std::string_view OtherEnvelopes[] = {"kubernetes_cluster",
                                               "node_pools",
                                               "node_pool",
                                               "sizes",
                                               "options",
                                               "invoices",
                                               "invoice_preview",
                                               "invoice_items",
                                               "month_to_date_balance",
                                               "account_balance",
                                               "month_to_date_usage",
                                               "generated_at"};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAscii(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool equalsAsciiCaseInsensitive(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

// The keys of one object so far, to refuse a repeated one. Keys with escapes
// never get here (the scan declines them), so equal keys are equal bytes.
class KeySet
{
public:
    bool insert(std::string_view key)
    {
        if (m_many)
            return m_many->insert(key).second;
        for (const std::string_view seen : m_few)
            if (same(seen, key))
                return false;
        if (m_few.size() < FewKeys) {
            m_few.append(key);
            return true;
        }
        // A large object (labels of a hostile answer): no quadratic search.
        m_many = std::make_unique<std::unordered_set<std::string_view>>(m_few.begin(), m_few.end());
        return m_many->insert(key).second;
    }

private:
    // Keys of one object mostly differ in length or first byte already.
    static bool same(std::string_view a, std::string_view b)
    {
        return a.size() == b.size() && (a.empty() || (a.front() == b.front() && a == b));
    }

    static constexpr qsizetype FewKeys = 32;
    QVarLengthArray<std::string_view, FewKeys> m_few;
    std::unique_ptr<std::unordered_set<std::string_view>> m_many;
};

// A JSON string as it stands between its quotes. Two pointers rather than a
// string_view: the scanner writes them one by one and its caller reads them
// one by one, where a string_view's one 16-byte read of two 8-byte writes
// just made cannot be forwarded from the store buffer and stalls.
struct RawString
{
    const char* begin = nullptr;
    const char* end = nullptr;
    bool escaped = false;

    std::string_view bytes() const { return std::string_view(begin, size_t(end - begin)); }
};

struct Number
{
    bool whole = false; // plain digits of a value that fits in 32 bits
    qint64 value = 0;   // when whole
};

// Every function returns false for "not vouched for": malformed JSON, a field
// of the wrong type, or something left to the full reader. Nothing is
// reported; the caller then reads the page the full way.
class Scanner
{
public:
    Scanner(QByteArrayView json, SummaryDetail detail)
        : m_at(json.data()), m_end(json.data() + json.size()), m_detail(detail)
    {}
    Scanner(ByteFeed& feed, SummaryDetail detail)
        : m_at(feed.data()), m_end(feed.data()), m_feed(&feed), m_detail(detail)
    {}

    // Whole clusters (for the window) instead of summaries: run() then
    // gives only the paging fields.
    void readWholeClustersInto(QList<Cluster>* clusters) { m_full = clusters; }

    std::optional<ClusterPage> run()
    {
        bool sawClusters = false;
        const bool ok = object([&](std::string_view key) {
            if (key == "kubernetes_clusters") {
                sawClusters = true;
                return clusters();
            }
            if (key == "links")
                return links();
            if (key == "meta")
                return meta();
            for (const std::string_view other : OtherEnvelopes)
                if (key == other)
                    return false;
            return value();
        });
        skipSpace();
        if (!ok || !sawClusters || have(1))
            return std::nullopt;
        return std::move(m_page);
    }

private:
    // --- JSON ------------------------------------------------------------

    // At least `count` bytes from m_at: every read of the page asks this
    // first, so that a page still arriving is waited for where it ends.
    Q_ALWAYS_INLINE bool have(qsizetype count) { return m_end - m_at >= count || waitFor(count); }

    Q_DECL_COLD_FUNCTION bool waitFor(qsizetype count)
    {
        if (!m_feed)
            return false; // the page was given whole
        const qsizetype at = m_at - m_feed->data();
        m_end = m_feed->data() + m_feed->waitFor(at + count);
        return m_end - m_at >= count;
    }

    // Called before every token: pages mostly come without spaces, so one
    // test answers inline and only a space takes the call.
    Q_ALWAYS_INLINE void skipSpace()
    {
        if (m_at != m_end && static_cast<unsigned char>(*m_at) > 0x20)
            return;
        skipSpaces();
    }

    void skipSpaces()
    {
        while (have(1) && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    Q_ALWAYS_INLINE bool take(char c)
    {
        skipSpace();
        if (have(1) && *m_at == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    Q_ALWAYS_INLINE bool next(char c)
    {
        skipSpace();
        return have(1) && *m_at == c;
    }

    Q_ALWAYS_INLINE bool word(std::string_view text)
    {
        skipSpace();
        // The first byte alone mostly answers (takeNull() before every string).
        if (!have(1) || *m_at != text.front() || !have(qsizetype(text.size())) ||
            std::memcmp(m_at, text.data(), text.size()) != 0)
            return false;
        m_at += text.size();
        return true;
    }

    // A member (or element) that is null reads as missing.
    Q_ALWAYS_INLINE bool takeNull() { return word("null"); }

    template <typename Member> bool object(Member&& member)
    {
        KeySet keys;
        return objectOf(
            std::array<std::string_view, 0>(),
            [&](int, std::string_view key) { return member(key); }, &keys);
    }

    // An object whose members are mostly `names` (a node's, 20,000 times a
    // page): member(index, key) gets the key's index in `names`, or -1 for
    // another key. A repeated key is refused either way: one of `names` by
    // a bit, another by `others`, or by a KeySet made only when such a key
    // comes (an empty one on the stack would be written 20,000 times).
    template <size_t N, typename Member>
    bool objectOf(const std::array<std::string_view, N>& names, Member&& member,
                  KeySet* others = nullptr)
    {
        static_assert(N <= 32);
        if (!take('{') || ++m_depth > MaxDepth)
            return false;
        std::uint32_t seen = 0;
        std::unique_ptr<KeySet> made;
        if (!take('}')) {
            do {
                std::string_view name;
                if (!key(&name) || !take(':'))
                    return false;
                const int index = indexOf(names, name);
                if (index >= 0) {
                    if (seen & (1u << index))
                        return false;
                    seen |= 1u << index;
                } else {
                    if (!others) {
                        made = std::make_unique<KeySet>();
                        others = made.get();
                    }
                    if (!others->insert(name))
                        return false;
                }
                skipSpace();
                if (!member(index, name))
                    return false;
            } while (take(','));
            if (!take('}'))
                return false;
        }
        --m_depth;
        return true;
    }

    template <size_t N>
    static int indexOf(const std::array<std::string_view, N>& names, std::string_view key)
    {
        for (size_t i = 0; i < N; ++i)
            if (names[i].size() == key.size() && sameBytes(names[i], key))
                return int(i);
        return -1;
    }

    // Equal bytes of two keys of one size; keys are short, so a loop beats a
    // call of memcmp.
    static bool sameBytes(std::string_view a, std::string_view b)
    {
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }

    template <typename Element> bool array(Element&& element)
    {
        if (!take('[') || ++m_depth > MaxDepth)
            return false;
        if (!take(']')) {
            do {
                skipSpace();
                if (!element())
                    return false;
            } while (take(','));
            if (!take(']'))
                return false;
        }
        --m_depth;
        return true;
    }

    // Any value, checked and skipped.
    bool value()
    {
        skipSpace();
        if (!have(1))
            return false;
        switch (*m_at) {
        case '{':
            return object([this](std::string_view) { return value(); });
        case '[':
            return array([this] { return value(); });
        case '"': {
            RawString skipped;
            return rawString(&skipped);
        }
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return number(nullptr);
        }
    }

    // One UTF-8 sequence of two to four bytes at m_at, as QJsonDocument
    // accepts them: no overlong forms, no surrogates, nothing past U+10FFFF.
    bool utf8Sequence()
    {
        const auto byte = [this](qsizetype i) {
            return have(i + 1) ? static_cast<unsigned char>(m_at[i]) : 0u;
        };
        const auto continuation = [](unsigned char c) { return c >= 0x80 && c <= 0xBF; };
        const unsigned char lead = byte(0);
        qsizetype length = 0;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (byte(1) < low || byte(1) > high)
            return false;
        for (qsizetype i = 2; i < length; ++i)
            if (!continuation(byte(i)))
                return false;
        m_at += length;
        return true;
    }

    // A string at its opening quote: escapes, UTF-8 and the absence of raw
    // control characters checked. \u escapes of surrogates and of U+0000 are
    // left to the full reader.
    //
    // Inline up to the end of the plain run, which most strings (and nearly
    // every key) end with: the caller then reads the result from registers
    // instead of from memory just written through a pointer, which stalled.
    Q_ALWAYS_INLINE bool rawString(RawString* out)
    {
        if (!have(1) || *m_at != '"')
            return false;
        const char* start = ++m_at;
        m_at = json::plainRunEnd(m_at, m_end);
        if (m_at != m_end && *m_at == '"') {
            out->begin = start;
            out->end = m_at;
            out->escaped = false;
            ++m_at;
            return true;
        }
        return restOfString(start, out);
    }

    // The rest of a string at `start` that did not end with its first plain
    // run: escapes, UTF-8 sequences, or a page still arriving.
    bool restOfString(const char* start, RawString* out)
    {
        bool escaped = false;
        for (;;) {
            m_at = json::plainRunEnd(m_at, m_end);
            if (m_at == m_end) {
                if (!have(1))
                    return false;
                continue; // more of the page arrived
            }
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            escaped = true; // a backslash
            if (!have(2))
                return false;
            ++m_at;
            switch (*m_at) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                ++m_at;
                break;
            case 'u': {
                if (!have(5))
                    return false;
                unsigned unit = 0;
                for (int i = 1; i <= 4; ++i) {
                    const int digit = hexDigit(m_at[i]);
                    if (digit < 0)
                        return false;
                    unit = unit * 16 + unsigned(digit);
                }
                if (unit == 0 || (unit >= 0xD800 && unit <= 0xDFFF))
                    return false;
                m_at += 5;
                break;
            }
            default:
                return false;
            }
        }
        out->begin = start;
        out->end = m_at;
        out->escaped = escaped;
        ++m_at; // the closing quote
        return true;
    }

    static QString decode(const RawString& raw)
    {
        const std::string_view bytes = raw.bytes();
        if (!raw.escaped)
            return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        QString out;
        size_t runStart = 0;
        for (size_t i = 0; i < bytes.size();) {
            if (bytes[i] != '\\') {
                ++i;
                continue;
            }
            out += QString::fromUtf8(bytes.data() + runStart, qsizetype(i - runStart));
            const char e = bytes[i + 1];
            i += 2;
            switch (e) {
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                unsigned unit = 0;
                for (int k = 0; k < 4; ++k)
                    unit = unit * 16 + unsigned(hexDigit(bytes[i + size_t(k)]));
                out += QChar(char16_t(unit));
                i += 4;
                break;
            }
            default: // " \ /
                out += QLatin1Char(e);
                break;
            }
            runStart = i;
        }
        out += QString::fromUtf8(bytes.data() + runStart, qsizetype(bytes.size() - runStart));
        return out;
    }

    // An object key. One with escapes is left to the full reader, so that
    // keys compare as bytes and match field names as bytes.
    bool key(std::string_view* out)
    {
        skipSpace();
        RawString raw;
        if (!rawString(&raw) || raw.escaped)
            return false;
        *out = raw.bytes();
        return true;
    }

    // A number as JSON writes it. One that does not fit a double is refused,
    // as QJsonDocument refuses it ("illegal number").
    bool number(Number* out)
    {
        const char* start = m_at;
        const bool negative = have(1) && *m_at == '-';
        if (negative)
            ++m_at;
        if (!have(1))
            return false;
        if (*m_at == '0') {
            ++m_at;
        } else if (*m_at >= '1' && *m_at <= '9') {
            while (have(1) && isDigit(*m_at))
                ++m_at;
        } else {
            return false;
        }
        const qsizetype digits = (m_at - start) - (negative ? 1 : 0);
        bool plain = true;
        if (have(1) && *m_at == '.') {
            plain = false;
            if (!have(2) || !isDigit(*++m_at))
                return false;
            while (have(1) && isDigit(*m_at))
                ++m_at;
        }
        if (have(1) && (*m_at == 'e' || *m_at == 'E')) {
            plain = false;
            ++m_at;
            if (have(1) && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (!have(1) || !isDigit(*m_at))
                return false;
            while (have(1) && isDigit(*m_at))
                ++m_at;
        }
        if (!plain || digits > 15) {
            double parsed = 0;
            const auto [end, error] = std::from_chars(start, m_at, parsed);
            if (error != std::errc() || end != m_at || !std::isfinite(parsed))
                return false;
        }
        if (out) {
            out->whole = plain && digits <= 10;
            if (out->whole) {
                qint64 value = 0;
                for (const char* c = start + (negative ? 1 : 0); c < m_at; ++c)
                    value = value * 10 + (*c - '0');
                out->value = negative ? -value : value;
                out->whole = out->value >= INT_MIN && out->value <= INT_MAX;
            }
        }
        return true;
    }

    // --- typed fields (null reads as missing, as in dojson.cpp) ------------

    bool string(QString* out)
    {
        if (takeNull())
            return true;
        return stringItem(out);
    }

    // A string where null is not accepted (an element of a list of strings).
    bool stringItem(QString* out)
    {
        skipSpace();
        RawString raw;
        if (!rawString(&raw))
            return false;
        if (out)
            *out = decode(raw);
        return true;
    }

    bool integer(int* out)
    {
        if (takeNull())
            return true;
        Number parsed;
        if (!next('-') && !(have(1) && isDigit(*m_at)))
            return false;
        if (!number(&parsed) || !parsed.whole)
            return false; // not a whole number, or one the full reader should judge
        if (out)
            *out = int(parsed.value);
        return true;
    }

    // A number (null reads as missing); `out` gets its value when given.
    bool finiteNumber(double* out = nullptr)
    {
        if (takeNull())
            return true;
        if (!next('-') && !(have(1) && isDigit(*m_at)))
            return false;
        const char* start = m_at;
        if (!number(nullptr))
            return false;
        if (out && std::from_chars(start, m_at, *out).ec != std::errc())
            return false;
        return true;
    }

    bool boolean(bool* out)
    {
        if (takeNull())
            return true;
        if (word("true")) {
            if (out)
                *out = true;
            return true;
        }
        if (word("false")) {
            if (out)
                *out = false;
            return true;
        }
        return false;
    }

    bool stringOrNumber()
    {
        if (takeNull())
            return true;
        if (next('"'))
            return stringItem(nullptr);
        return finiteNumber();
    }

    // droplet_id as nodeFromJson() reads it: a string, or a number written
    // as a whole number. A number in another form (1e9, 7.0) or of more than
    // fifteen digits is left to the full reader.
    bool dropletId(QString* out)
    {
        if (takeNull())
            return true;
        if (next('"'))
            return stringItem(out);
        if (!next('-') && !(have(1) && isDigit(*m_at)))
            return false;
        const char* start = m_at;
        if (!number(nullptr))
            return false;
        const bool negative = *start == '-';
        if ((m_at - start) - (negative ? 1 : 0) > 15)
            return false;
        qint64 value = 0;
        for (const char* c = start + (negative ? 1 : 0); c < m_at; ++c) {
            if (!isDigit(*c))
                return false; // a fraction or an exponent
            value = value * 10 + (*c - '0');
        }
        *out = QString::number(negative ? -value : value);
        return true;
    }

    bool stringList(QStringList* out)
    {
        if (takeNull())
            return true;
        return array([&] {
            if (!out)
                return stringItem(nullptr);
            QString item;
            if (!stringItem(&item))
                return false;
            out->append(item);
            return true;
        });
    }

    // An object, or null; `member` reads each of its members.
    template <typename Member> bool optionalObject(Member&& member)
    {
        if (takeNull())
            return true;
        return object(std::forward<Member>(member));
    }

    // The same, of objectOf().
    template <size_t N, typename Member>
    bool optionalObjectOf(const std::array<std::string_view, N>& names, Member&& member)
    {
        if (takeNull())
            return true;
        return objectOf(names, std::forward<Member>(member));
    }

    // A list of objects, or null; `element` reads each object.
    template <typename Element> bool objectList(Element&& element)
    {
        if (takeNull())
            return true;
        return array([&] { return next('{') && element(); });
    }

    // --- the page --------------------------------------------------------

    bool links()
    {
        // Not type-checked by the full reader: only a string next link counts.
        skipSpace();
        if (!next('{'))
            return value();
        return object([this](std::string_view key) {
            skipSpace();
            if (key != "pages" || !next('{'))
                return value();
            return object([this](std::string_view key) {
                skipSpace();
                if (key != "next" || !next('"'))
                    return value();
                return stringItem(&m_page.nextLink);
            });
        });
    }

    bool meta()
    {
        return optionalObject([this](std::string_view key) {
            if (key != "total")
                return value();
            if (takeNull())
                return true;
            int total = 0;
            if (!integer(&total))
                return false;
            m_page.total = total;
            return true;
        });
    }

    bool clusters()
    {
        if (!next('['))
            return false; // null, or the one-object form: for the full reader
        return array([this] {
            if (!next('{'))
                return false;
            if (m_full) {
                Cluster cluster;
                if (!this->cluster(&cluster))
                    return false;
                for (NodePool& pool : cluster.pools)
                    pool.spec.cluster.value = cluster.id;
                m_full->append(std::move(cluster));
                return true;
            }
            ClusterSummary summary;
            if (!cluster(&summary))
                return false;
            if (m_detail == SummaryDetail::Pools)
                for (PoolSummary& pool : summary.pools)
                    pool.spec.cluster.value = summary.id;
            m_page.clusters.append(std::move(summary));
            return true;
        });
    }

    // A time as timeFromText() reads it; null reads as missing.
    bool time(QDateTime* out)
    {
        if (takeNull())
            return true;
        QString text;
        if (!stringItem(&text))
            return false;
        *out = timeFromText(text);
        return true;
    }

    // A summary (ClusterSummary) or a whole cluster (Cluster): the same
    // fields checked, the second keeps them all.
    template <typename Out> bool cluster(Out* out)
    {
        constexpr bool whole = std::is_same_v<Out, Cluster>;
        return object([&](std::string_view key) {
            if (key == "id")
                return string(&out->id);
            if (key == "name")
                return string(&out->name);
            if (key == "region")
                return string(&out->region);
            if (key == "version")
                return string(&out->version);
            if (key == "status")
                return optionalObject([&](std::string_view key) {
                    return key == "state" ? string(&out->state) : value();
                });
            if constexpr (whole) {
                if (key == "ha")
                    return boolean(&out->highlyAvailable);
                if (key == "tags")
                    return stringList(&out->tags);
                if (key == "created_at")
                    return time(&out->createdAt);
            } else {
                if (key == "ha")
                    return boolean(nullptr);
                if (key == "tags")
                    return stringList(nullptr);
                if (key == "created_at")
                    return string(nullptr);
            }
            if (key == "node_pools")
                return objectList([&] {
                    typename decltype(out->pools)::value_type pool;
                    if (!nodePool(&pool))
                        return false;
                    out->pools.append(std::move(pool));
                    return true;
                });
            if (key == "cluster_autoscaler_configuration") {
                if constexpr (whole)
                    return autoscalerConfig(&out->autoscalerConfig);
                else
                    return autoscalerConfig(nullptr);
            }
            return value();
        });
    }

    // What autoscalerConfigFromJson() reads: an object (null: none), its
    // threshold when a number, its time and expanders when given.
    bool autoscalerConfig(std::optional<ClusterAutoscalerConfig>* out)
    {
        if (takeNull())
            return true;
        ClusterAutoscalerConfig config;
        const bool ok = object([&](std::string_view key) {
            if (key == "scale_down_utilization_threshold") {
                if (takeNull())
                    return true;
                double threshold = 0;
                if (!finiteNumber(&threshold))
                    return false;
                config.scaleDownUtilizationThreshold = threshold;
                return true;
            }
            if (key == "scale_down_unneeded_time")
                return string(&config.scaleDownUnneededTime);
            if (key == "expanders") {
                if (takeNull())
                    return true;
                QStringList expanders;
                if (!stringList(&expanders))
                    return false;
                config.expanders = expanders;
                return true;
            }
            return value();
        });
        if (ok && out)
            *out = std::move(config);
        return ok;
    }

    template <typename Out> bool nodePool(Out* out)
    {
        constexpr bool whole = std::is_same_v<Out, NodePool>;
        const bool details = whole || m_detail == SummaryDetail::Pools;
        NodePoolSpec& spec = out->spec;
        if (details)
            spec.count = 0; // nodePoolFromJson() reads a missing count as 0
        QStringList tags;
        const bool ok = object([&](std::string_view key) {
            if (key == "id")
                return string(details ? &out->id : nullptr);
            if (key == "name")
                return string(details ? &spec.name : nullptr);
            if (key == "size")
                return string(details ? &spec.size : nullptr);
            if (key == "count")
                return integer(details ? &spec.count : nullptr);
            if (key == "auto_scale")
                return boolean(details ? &spec.autoScale : nullptr);
            if (key == "min_nodes")
                return integer(details ? &spec.minNodes : nullptr);
            if (key == "max_nodes")
                return integer(details ? &spec.maxNodes : nullptr);
            if (key == "labels")
                return labels(details ? &spec.labels : nullptr);
            if (key == "taints")
                return taints(details ? &spec.taints : nullptr);
            if (key == "tags")
                return stringList(details ? &tags : nullptr);
            if (key == "nodes")
                return objectList([&] { return node(out); });
            return value();
        });
        for (const QString& tag : tags)
            (isAutomaticTag(tag) ? out->automaticTags : spec.tags).append(tag);
        return ok;
    }

    bool labels(QMap<QString, QString>* out)
    {
        return optionalObject([&](std::string_view key) {
            QString text;
            if (!string(out ? &text : nullptr))
                return false;
            if (out)
                out->insert(QString::fromUtf8(key.data(), qsizetype(key.size())), text);
            return true;
        });
    }

    bool taints(QList<Taint>* out)
    {
        return objectList([&] {
            // What taintFromJson() reads: key, value and effect in any case,
            // which must be strings. Other members are not looked at.
            QJsonObject known;
            const bool ok = object([&](std::string_view key) {
                if (!isAscii(key))
                    return false; // Unicode case folding: for the full reader
                if (!equalsAsciiCaseInsensitive(key, "key") &&
                    !equalsAsciiCaseInsensitive(key, "value") &&
                    !equalsAsciiCaseInsensitive(key, "effect"))
                    return value();
                const QString name = QString::fromLatin1(key.data(), qsizetype(key.size()));
                if (takeNull()) {
                    known.insert(name, QJsonValue(QJsonValue::Null));
                    return true;
                }
                QString text;
                if (!stringItem(&text))
                    return false;
                known.insert(name, text);
                return true;
            });
            if (ok && out)
                out->append(taintFromJson(known));
            return ok;
        });
    }

    // The members of a node and of its status that are read.
    enum NodeMember
    {
        NodeStatus,
        NodeId,
        NodeName,
        NodeCreatedAt,
        NodeUpdatedAt,
        NodeDropletId
    };
    static constexpr std::array<std::string_view, 6> NodeMembers = {
        "status", "id", "name", "created_at", "updated_at", "droplet_id"};
    enum StatusMember
    {
        StatusState,
        StatusMessage
    };
    static constexpr std::array<std::string_view, 2> StatusMembers = {"state", "message"};

    // A node: counted into a PoolSummary, or read whole into a NodePool.
    template <typename Pool> bool node(Pool* pool)
    {
        if constexpr (std::is_same_v<Pool, NodePool>) {
            Node node;
            const bool ok = objectOf(NodeMembers, [&](int member, std::string_view) {
                switch (member) {
                case NodeStatus:
                    return optionalObjectOf(StatusMembers, [&](int member, std::string_view) {
                        switch (member) {
                        case StatusState:
                            return string(&node.state);
                        case StatusMessage:
                            return string(&node.message);
                        default:
                            return value();
                        }
                    });
                case NodeId:
                    return string(&node.id);
                case NodeName:
                    return string(&node.name);
                case NodeCreatedAt:
                    return time(&node.createdAt);
                case NodeUpdatedAt:
                    return time(&node.updatedAt);
                case NodeDropletId:
                    return dropletId(&node.dropletId);
                default:
                    return value();
                }
            });
            pool->nodes.append(std::move(node));
            return ok;
        } else {
            bool running = false;
            const bool ok = objectOf(NodeMembers, [&](int member, std::string_view) {
                switch (member) {
                case NodeStatus:
                    return optionalObjectOf(StatusMembers, [&](int member, std::string_view) {
                        if (member == StatusMessage)
                            return string(nullptr);
                        if (member != StatusState)
                            return value();
                        if (takeNull())
                            return true;
                        skipSpace();
                        RawString state;
                        if (!rawString(&state))
                            return false;
                        running = state.escaped ? decode(state) == u"running"
                                                : state.bytes() == "running";
                        return true;
                    });
                case NodeId:
                case NodeName:
                case NodeCreatedAt:
                case NodeUpdatedAt:
                    return string(nullptr);
                case NodeDropletId:
                    return stringOrNumber();
                default:
                    return value();
                }
            });
            ++pool->nodes;
            if (running)
                ++pool->running;
            return ok;
        }
    }

    const char* m_at;
    const char* m_end;
    ByteFeed* const m_feed = nullptr; // the page while it arrives, or null for one given whole
    const SummaryDetail m_detail;
    int m_depth = 0;
    ClusterPage m_page;
    QList<Cluster>* m_full = nullptr; // whole clusters go here instead of m_page's summaries
};

} // namespace

std::optional<ClusterPage> scanClusterPage(QByteArrayView json, SummaryDetail detail)
{
    return Scanner(json, detail).run();
}

std::optional<ClusterPage> scanClusterPage(ByteFeed& feed, SummaryDetail detail)
{
    return Scanner(feed, detail).run();
}

namespace {

std::optional<WholeClusterPage> wholePage(Scanner& scanner)
{
    WholeClusterPage page;
    scanner.readWholeClustersInto(&page.clusters);
    std::optional<ClusterPage> paging = scanner.run();
    if (!paging)
        return std::nullopt;
    page.nextLink = paging->nextLink;
    page.total = paging->total;
    return page;
}

} // namespace

std::optional<WholeClusterPage> scanWholeClusterPage(QByteArrayView json)
{
    Scanner scanner(json, SummaryDetail::Pools);
    return wholePage(scanner);
}

std::optional<WholeClusterPage> scanWholeClusterPage(ByteFeed& feed)
{
    Scanner scanner(feed, SummaryDetail::Pools);
    return wholePage(scanner);
}

} // namespace core::dojson
