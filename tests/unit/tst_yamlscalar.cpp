#include "core/yamlscalar.h"

#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace core::yamlscalar;

class TestYamlScalar : public QObject
{
    Q_OBJECT

private slots:
    void quotesWhatYamlWouldMisread_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quote");
        for (const char* word :
             {"true",  "True", "TRUE",       "false", "yes", "No",   "on",    "OFF",  "y",
              "n",     "null", "Null",       "~",     "",    "0x1",  "0o7",   "017",  "1.0",
              "1",     "-1",   "+1",         ".5",    "1e3", "1E-3", "1_000", "1:30", ".inf",
              "-.Inf", ".nan", "2024-01-02", "0b101", "<<",  "="})
            QTest::newRow(word[0] ? word : "empty") << QString::fromLatin1(word) << true;
        for (const char* risky : {"a: b", "a #b",   " lead",       "trail ",    "-dash",   "- item",
                                  "?q",   "[x]",    "{x}",         "*alias",    "&anchor", "!tag",
                                  "%p",   "@at",    "`tick",       "|pipe",     ">fold",   "'s",
                                  "\"d",  "colon:", "multi\nline", "tab\there", "comma,x", "#hash"})
            QTest::newRow(risky) << QString::fromLatin1(risky) << true;
        for (const char* safe :
             {"workers", "s-2vcpu-4gb", "team:ml", "k8s:worker", "nvidia.com/gpu", "NoSchedule",
              "bd5f5959-5e1e-4205-a714-a914373942af", "8d9a1c3e", "a1", "v1.2.3", "1.2.3",
              "example.com/role", "c-2", "yes-please", "null-pool", "x_y"})
            QTest::newRow(safe) << QString::fromLatin1(safe) << false;
    }
    void quotesWhatYamlWouldMisread()
    {
        QFETCH(QString, text);
        QFETCH(bool, quote);
        QCOMPARE(needsQuotes(text), quote);
        QCOMPARE(quoted(text).startsWith(u'"'), quote);
    }

    void quotedTextReadsBackAsTheSameString_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text :
             {"true", "0x1", "on", "1.0", "null", "~", "", "a: b", "say \"hi\"", "back\\slash",
              "multi\nline", "tab\there", "bell\x07", " spaced ", "-", "#", "colon:", "plain"})
            QTest::newRow(text) << QString::fromLatin1(text);
        QTest::newRow("unicode") << QStringLiteral("grüße");
    }
    void quotedTextReadsBackAsTheSameString()
    {
        QFETCH(QString, text);
        const YAML::Node node = YAML::Load(("key: " + quoted(text)).toStdString());
        QCOMPARE(QString::fromStdString(node["key"].Scalar()), text);
    }

    void resolvesPlainScalarsLikeYaml12Core_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("null word") << "null" << int(PlainType::Null);
        QTest::newRow("tilde") << "~" << int(PlainType::Null);
        QTest::newRow("true") << "true" << int(PlainType::Bool);
        QTest::newRow("False") << "False" << int(PlainType::Bool);
        QTest::newRow("yes is a string in 1.2") << "yes" << int(PlainType::String);
        QTest::newRow("int") << "42" << int(PlainType::Int);
        QTest::newRow("hex") << "0x1F" << int(PlainType::Int);
        QTest::newRow("float") << "1.5" << int(PlainType::Float);
        QTest::newRow("exp") << "1e3" << int(PlainType::Float);
        QTest::newRow("inf") << ".inf" << int(PlainType::Float);
        QTest::newRow("word") << "gpu" << int(PlainType::String);
        QTest::newRow("version") << "1.2.3" << int(PlainType::String);
    }
    void resolvesPlainScalarsLikeYaml12Core()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QCOMPARE(int(resolvePlain(text)), type);
    }
};

QTEST_GUILESS_MAIN(TestYamlScalar)
#include "tst_yamlscalar.moc"
