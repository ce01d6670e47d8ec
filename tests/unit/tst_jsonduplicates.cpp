// core::json::firstDuplicateKey (the one-pass scan DoClient runs on every
// answer) against the plain reference it replaced (jsonduplicatesreference.h):
// same path or same empty answer on the contract's examples, on hand-written
// corners (escaped twins, non-ASCII keys, objects past the hashed threshold)
// and on thousands of mutated texts, valid or not.
#include "contractfiles.h"
#include "core/jsonduplicates.h"
#include "jsonduplicatesreference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

namespace {

// Every `example` and `examples` value in the contract, as JSON text.
void collectExamples(const QJsonValue& value, QList<QByteArray>& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue child = it.value();
            if ((it.key() == u"example" || it.key() == u"examples") &&
                (child.isObject() || child.isArray())) {
                const QJsonDocument document = child.isObject() ? QJsonDocument(child.toObject())
                                                                : QJsonDocument(child.toArray());
                out << document.toJson(QJsonDocument::Compact)
                    << document.toJson(QJsonDocument::Indented);
            }
            collectExamples(child, out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& child : value.toArray())
            collectExamples(child, out);
    }
}

QList<QByteArray> contractTexts()
{
    QList<QByteArray> out;
    for (const QString& name :
         {QStringLiteral("do-api-nodepools.json"), QStringLiteral("do-api-billing.json"),
          QStringLiteral("sizes-catalog.json")}) {
        const QByteArray text = contractfiles::fileBytes(name);
        out << text;
        collectExamples(QJsonDocument::fromJson(text).object(), out);
    }
    return out;
}

// An object with `count` keys k0..k{count-1}; `twin` (if >= 0) repeats key
// `twin` at the end, spelled `spelling`.
QByteArray wideObject(int count, int twin, const QByteArray& spelling = {})
{
    QByteArray json = "{";
    for (int i = 0; i < count; ++i)
        json += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    if (twin >= 0)
        json += "\"" + (spelling.isEmpty() ? "k" + QByteArray::number(twin) : spelling) + "\": 0, ";
    json += "\"end\": true}";
    return json;
}

// Bytes that change how JSON reads, or how a key decodes.
constexpr char Significant[] = "{}[],:\"\\ u0aA9\xc3\xa9";

QByteArray mutated(QByteArray bytes, QRandomGenerator& random)
{
    const int edits = 1 + int(random.bounded(3));
    for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
        const int at = int(random.bounded(int(bytes.size())));
        switch (random.bounded(5)) {
        case 0:
            bytes[at] = Significant[random.bounded(int(sizeof Significant - 1))];
            break;
        case 1:
            bytes.remove(at, 1 + random.bounded(8));
            break;
        case 2:
            bytes.insert(at, Significant[random.bounded(int(sizeof Significant - 1))]);
            break;
        case 3: // a copy of what follows: often a repeated `"key": value,`
            bytes.insert(at, bytes.mid(at, 1 + random.bounded(40)));
            break;
        default: { // a copy of a key-looking run from elsewhere
            const int from = int(random.bounded(int(bytes.size())));
            const int quote = int(bytes.indexOf('"', from));
            const int colon = quote < 0 ? -1 : int(bytes.indexOf(':', quote));
            if (colon > quote && colon - quote < 60)
                bytes.insert(at, bytes.mid(quote, colon - quote + 1) + "1,");
            break;
        }
        }
    }
    return bytes;
}

} // namespace

class TestJsonDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void corners_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain twin") << QByteArray(R"({"a": 1, "b": 2, "a": 3})");
        QTest::newRow("escaped twin, escaped first") << QByteArray(R"({"\u0061": 1, "a": 2})");
        QTest::newRow("escaped twin, both") << QByteArray(R"({"\u0061": 1, "\u0061": 2})");
        QTest::newRow("escape that differs") << QByteArray(R"({"a\n": 1, "a\\n": 2})");
        QTest::newRow("non-ASCII twin") << QByteArray("{\"caf\xc3\xa9\": 1, \"caf\\u00e9\": 2}");
        QTest::newRow("non-ASCII not a twin")
            << QByteArray("{\"caf\xc3\xa9\": 1, \"cafe\": 2, \"caf\xc3\xa8\": 3}");
        QTest::newRow("surrogate pair twin")
            << QByteArray("{\"\xf0\x9f\x98\x80\": 1, \"\\ud83d\\ude00\": 2}");
        QTest::newRow("invalid UTF-8 keys") << QByteArray("{\"\xff\": 1, \"\xfe\": 2}");
        QTest::newRow("empty keys") << QByteArray(R"({"": 1, "x": {"": 2}, "": 3})");
        QTest::newRow("bad escape in a value") << QByteArray(R"({"a": "\u00zz", "a": 1})");
        QTest::newRow("unterminated key")
            << QByteArray("{\"a\": 1, \"a"); // not raw: moc misreads it
        QTest::newRow("numbers in arrays")
            << QByteArray(R"({"l": [1, -2.5e3, true, null, {"x": 1, "x": 2}]})");
        QTest::newRow("object with no key")
            << QByteArray(R"({{"a": 1}, "b": [ {"c": 1, "c": 1}]})");
        QTest::newRow("wrong closers") << QByteArray(R"({"a": [1}, "a": 2])");
        QTest::newRow("wide, no twin") << wideObject(200, -1);
        QTest::newRow("wide, twin of the first") << wideObject(200, 0);
        QTest::newRow("wide, twin of the last") << wideObject(200, 199);
        QTest::newRow("wide, twin at the threshold") << wideObject(32, 31);
        QTest::newRow("wide, escaped twin") << wideObject(100, 42, "k\\u00342");
        QTest::newRow("wide inside wide")
            << QByteArray("{\"a\": 1, \"in\": " + wideObject(50, -1) + ", " +
                          wideObject(60, -1).mid(1, 400) + "\"a\": 2}");
        QTest::newRow("wide, nested wide, twin after") << QByteArray(
            "{" + wideObject(40, -1).mid(1, 300) + "\"in\": " + wideObject(50, 7) + "}");
        QTest::newRow("wide, nested wide closes, outer twin")
            << QByteArray("{" + wideObject(40, -1).mid(1, 300) + "\"in\": " + wideObject(50, -1) +
                          ", \"k3\": 0}");
    }

    void corners()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(core::json::firstDuplicateKey(json), reference::firstDuplicateKey(json));
    }

    void cornersAnswerAsExpected()
    {
        QCOMPARE(core::json::firstDuplicateKey(R"({"\u0061": 1, "a": 2})"), QStringLiteral("a"));
        QCOMPARE(core::json::firstDuplicateKey("{\"caf\xc3\xa9\": 1, \"caf\\u00e9\": 2}"),
                 QStringLiteral("caf\u00e9"));
        QCOMPARE(core::json::firstDuplicateKey(wideObject(100, 42, "k\\u00342")),
                 QStringLiteral("k42"));
        QCOMPARE(core::json::firstDuplicateKey(R"({"l": [1, 2, {"x": {"y": 1, "y": 2}}]})"),
                 QStringLiteral("l[2].x.y"));
        QCOMPARE(core::json::firstDuplicateKey(wideObject(200, -1)), QString());
    }

    void contractExamples()
    {
        const QList<QByteArray> texts = contractTexts();
        QVERIFY2(texts.size() > 20, "tests/data/do-api is missing or has no examples");
        for (const QByteArray& text : texts)
            QCOMPARE(core::json::firstDuplicateKey(text), reference::firstDuplicateKey(text));
    }

    void mutatedTextsAnswerAsTheReference()
    {
        QList<QByteArray> seeds;
        for (const QByteArray& text : contractTexts())
            if (text.size() < 20000) // the examples, not the whole files
                seeds << text;
        // Objects past the hashed threshold, one inside another, escaped keys.
        const QByteArray wide =
            "{\"in\": " + wideObject(40, -1) + ", \"k\\u0031\": 0, " + wideObject(45, -1).mid(1);
        for (int i = 0; i < 4; ++i)
            seeds << wide << wideObject(60, -1)
                  << R"({"a": {"\u0062": [1, {"c": "x"}]}, "caf\u00e9": 1})";
        QVERIFY(seeds.size() > 10);
        QRandomGenerator random(16);
        int duplicates = 0;
        for (int i = 0; i < 8000; ++i) {
            const QByteArray text = mutated(seeds.at(i % seeds.size()), random);
            const QString expected = reference::firstDuplicateKey(text);
            const QString actual = core::json::firstDuplicateKey(text);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("mutation %1: %2 instead of %3 in %4")
                                     .arg(i)
                                     .arg(actual, expected, QString::fromUtf8(text.left(300)))));
            duplicates += !expected.isEmpty();
        }
        qInfo("%d of 8,000 mutated texts name a key twice", duplicates);
        QVERIFY(duplicates > 100); // the mutations do make twins
    }
};

QTEST_GUILESS_MAIN(TestJsonDuplicates)
#include "tst_jsonduplicates.moc"
