// core::dojson::responseTypeProblem (the type check DoClient runs on every
// answer) against the plain reference it replaced (dojsoncheckreference.h):
// the same problem, in the same words and at the same path, on the contract's
// examples and on thousands of them with values swapped for other types.
#include "contractfiles.h"
#include "core/dojsoncheck.h"
#include "dojsoncheckreference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>
#include <limits>

namespace {

// Every object `example` value in the contract.
void collectExamples(const QJsonValue& value, QList<QJsonObject>& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((it.key() == u"example" || it.key() == u"value") && it.value().isObject())
                out << it.value().toObject();
            collectExamples(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& child : value.toArray())
            collectExamples(child, out);
    }
}

QList<QJsonObject> contractExamples()
{
    QList<QJsonObject> out;
    for (const char* name : {"do-api-nodepools.json", "do-api-billing.json"})
        collectExamples(
            QJsonDocument::fromJson(contractfiles::fileBytes(QLatin1String(name))).object(), out);
    return out;
}

int countValues(const QJsonValue& value)
{
    int count = 1;
    if (value.isObject())
        for (const QJsonValue& child : value.toObject())
            count += countValues(child);
    else if (value.isArray())
        for (const QJsonValue& child : value.toArray())
            count += countValues(child);
    return count;
}

// Replaces the n-th value (in document order) with `with`.
bool replaceNth(QJsonValue& value, int& n, const QJsonValue& with)
{
    if (n-- == 0) {
        value = with;
        return true;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue child = it.value();
            if (replaceNth(child, n, with)) {
                it.value() = child;
                value = object;
                return true;
            }
        }
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue child = array.at(i);
            if (replaceNth(child, n, with)) {
                array.replace(i, child);
                value = array;
                return true;
            }
        }
    }
    return false;
}

// An answer the check knows (not a request body or an error).
bool isEnvelope(const QJsonObject& example)
{
    for (const char* key : {"kubernetes_clusters", "kubernetes_cluster", "node_pools", "node_pool",
                            "sizes", "options", "invoices", "invoice_preview", "invoice_items"})
        if (example.contains(QLatin1String(key)))
            return true;
    return false;
}

QList<QJsonValue> replacements()
{
    return {QJsonValue(QStringLiteral("3")),
            QJsonValue(3),
            QJsonValue(3.5),
            QJsonValue(2147483648.0),
            QJsonValue(-2147483649.0),
            QJsonValue(std::numeric_limits<double>::infinity()),
            QJsonValue(true),
            QJsonValue(QJsonValue::Null),
            QJsonObject(),
            QJsonArray(),
            QJsonArray{QStringLiteral("a"), 1},
            QJsonArray{QJsonObject{{QStringLiteral("Key"), 1}}},
            QJsonObject{{QStringLiteral("k"), 1}, {QStringLiteral("state"), false}}};
}

} // namespace

class TestDoJsonCheck : public QObject
{
    Q_OBJECT

private slots:
    void contractExamplesAreCheckedAsBefore()
    {
        const QList<QJsonObject> examples = contractExamples();
        QVERIFY2(examples.size() > 20, "tests/data/do-api is missing or has no examples");
        for (const QJsonObject& example : examples)
            QCOMPARE(core::dojson::responseTypeProblem(example),
                     reference::responseTypeProblem(example));
    }

    void swappedValuesAreNamedAsBefore()
    {
        QList<QJsonObject> examples;
        for (const QJsonObject& example : contractExamples())
            if (core::dojson::responseTypeProblem(example).isEmpty() && isEnvelope(example))
                examples << example; // sound ones: the swap makes the problem
        QVERIFY(examples.size() > 10);
        const QList<QJsonValue> with = replacements();
        QRandomGenerator random(16);
        int problems = 0;
        for (int i = 0; i < 6000; ++i) {
            QJsonValue document = examples.at(i % examples.size());
            for (int swaps = 1 + int(random.bounded(2)); swaps > 0; --swaps) {
                int n = 1 + int(random.bounded(countValues(document) - 1)); // not the root
                replaceNth(document, n, with.at(random.bounded(int(with.size()))));
            }
            const QJsonObject object = document.toObject();
            const QString expected = reference::responseTypeProblem(object);
            const QString actual = core::dojson::responseTypeProblem(object);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("swap %1: \"%2\" instead of \"%3\"")
                                     .arg(i)
                                     .arg(actual, expected)));
            problems += !expected.isEmpty();
        }
        qInfo("%d of 6,000 swapped documents have a type problem", problems);
        QVERIFY(problems > 500);
    }

    void deepPathsReadAsBefore()
    {
        const QJsonObject page = QJsonDocument::fromJson(R"({"kubernetes_clusters": [{}, {
            "node_pools": [{}, {"nodes": [{}, {}, {"status": {"state": 7}}]}]}]})")
                                     .object();
        QCOMPARE(core::dojson::responseTypeProblem(page),
                 QStringLiteral("kubernetes_clusters[1].node_pools[1].nodes[2].status.state: "
                                "expected a string, found a number"));
        QCOMPARE(core::dojson::responseTypeProblem(page), reference::responseTypeProblem(page));
    }
};

QTEST_GUILESS_MAIN(TestDoJsonCheck)
#include "tst_dojsoncheck.moc"
