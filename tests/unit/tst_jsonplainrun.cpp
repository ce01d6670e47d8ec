// core::json::plainRunEnd and the word-at-a-time and sixteen-bytes-at-a-time
// ways it is built from: each must stop at exactly the first byte a JSON
// string reader has to look at (a quote, a backslash, a control character,
// a byte of a UTF-8 sequence), at every place in a block and at every
// length, and never read at or past `end`.
#include "core/jsonplainrun.h"

#include <QByteArray>
#include <QTest>

namespace {

const char* firstStopByteByByte(const char* at, const char* end)
{
    for (; at < end; ++at) {
        const auto c = static_cast<unsigned char>(*at);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            return at;
    }
    return end;
}

using Finder = const char* (*)(const char*, const char*);

QList<std::pair<const char*, Finder>> finders()
{
    QList<std::pair<const char*, Finder>> all = {{"plainRunEnd", core::json::plainRunEnd},
                                                 {"words", core::json::plainRunEndWords},
                                                 {"bytewise", core::json::plainRunEndBytewise}};
#if defined(__SSE2__)
    all.append({"vector", core::json::plainRunEndVector});
#endif
    return all;
}

} // namespace

class TestJsonPlainRun : public QObject
{
    Q_OBJECT

private slots:
    // Every stop byte at every place of runs up to 40 bytes long, found
    // where it is, and a run with none running to `end`.
    void eachStopIsFoundWhereItIs()
    {
        const QByteArray stops =
            QByteArray("\"\\\x01\x1f\n\t") + char(0x80) + char(0xc3) + char(0xff);
        for (const auto& [name, find] : finders()) {
            for (qsizetype length = 0; length <= 40; ++length) {
                const QByteArray plain(length, 'a');
                QCOMPARE(find(plain.constData(), plain.constData() + length),
                         plain.constData() + length);
                for (qsizetype place = 0; place < length; ++place) {
                    for (const char stop : stops) {
                        QByteArray text = plain;
                        text[place] = stop;
                        const char* found = find(text.constData(), text.constData() + length);
                        if (found != text.constData() + place)
                            QFAIL(qPrintable(QStringLiteral("%1: stop 0x%2 at %3 of %4 found at %5")
                                                 .arg(QLatin1String(name))
                                                 .arg(uchar(stop), 2, 16, QLatin1Char('0'))
                                                 .arg(place)
                                                 .arg(length)
                                                 .arg(found - text.constData())));
                    }
                }
            }
        }
    }

    // Bytes next to the stops (space, '#', '[', ']', DEL) are plain; the
    // first of several stops counts; nothing at or past `end` is read (the
    // byte at `end` is a quote that must not be found).
    void onlyTheFirstStopBeforeTheEndCounts()
    {
        const QByteArray neighbours = QByteArray(" !#[]") + char(0x7f) + "~0Zz";
        for (const auto& [name, find] : finders()) {
            for (qsizetype length = 0; length <= 40; ++length) {
                QByteArray text;
                for (qsizetype i = 0; i < length; ++i)
                    text.append(neighbours[i % neighbours.size()]);
                text.append('"');
                QCOMPARE(find(text.constData(), text.constData() + length),
                         text.constData() + length);
                if (length >= 3) {
                    QByteArray two = text;
                    two[length - 1] = '\\';
                    two[length - 3] = char(0xe2);
                    QCOMPARE(find(two.constData(), two.constData() + length),
                             firstStopByteByByte(two.constData(), two.constData() + length));
                }
            }
            Q_UNUSED(name);
        }
    }
};

QTEST_APPLESS_MAIN(TestJsonPlainRun)
#include "tst_jsonplainrun.moc"
