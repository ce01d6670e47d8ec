// The manifest codec reads YAML two ways: a fast reader for plain block YAML,
// and yaml-cpp's event parser for the rest. Whatever the fast reader accepts
// must come out exactly as yaml-cpp reads it (same documents, node types,
// tags, marks, values), and the event reader must build what YAML::LoadAll
// would. These tests compare them on hand-picked and on mutated inputs.
#include "core/manifest.h"
#include "core/yamlblockreader.h"
#include "core/yamlcppreader.h"
#include "core/yamlscalar.h"
#include "core/yamltree.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <yaml-cpp/yaml.h>

namespace manifest = core::manifest;
namespace yamltree = core::yamltree;
namespace yamlscalar = core::yamlscalar;
using yamltree::Document;
using YamlNode = yamltree::Node;

namespace {

// A document written out with everything the comparison looks at.
QString dump(const Document& document, const YamlNode& node, int depth = 0)
{
    if (depth > 40)
        return QStringLiteral("...");
    QString out = QStringLiteral("%1:%2 ").arg(node.line).arg(node.column);
    switch (node.type) {
    case YamlNode::Type::Null:
        return out + QStringLiteral("null");
    case YamlNode::Type::Scalar:
        return out + (node.plain ? QStringLiteral("plain ") : QStringLiteral("tagged ")) +
               QString::fromUtf8(QByteArray(node.text.data(), qsizetype(node.text.size())))
                   .toHtmlEscaped();
    case YamlNode::Type::Sequence:
        out += QStringLiteral("[");
        for (std::size_t i = 0; i < node.size; ++i)
            out += dump(document, document.item(node, i), depth + 1) + QStringLiteral(", ");
        return out + QStringLiteral("]");
    case YamlNode::Type::Map:
        out += QStringLiteral("{");
        for (std::size_t i = 0; i < node.size; ++i)
            out += dump(document, document.key(node, i), depth + 1) + QStringLiteral(" => ") +
                   dump(document, document.value(node, i), depth + 1) + QStringLiteral(", ");
        return out + QStringLiteral("}");
    }
    return out;
}

struct Outcome
{
    bool accepted = false;
    QStringList documents; // dump of each, with its expanded node count
};

Outcome blockReader(const QByteArray& yaml)
{
    Outcome out;
    Document scratch;
    out.accepted = yamltree::readBlockYaml(
        std::string_view(yaml.constData(), std::size_t(yaml.size())), scratch,
        [&](const Document& d) {
            out.documents << dump(d, d.root()) + QStringLiteral(" #%1").arg(d.root().expanded);
        });
    return out;
}

Outcome yamlCppReader(const QByteArray& yaml)
{
    Outcome out;
    Document scratch;
    yamltree::SyntaxError error;
    out.accepted = yamltree::readWithYamlCpp(
        yaml, scratch,
        [&](const Document& d) {
            out.documents << dump(d, d.root()) + QStringLiteral(" #%1").arg(d.root().expanded);
        },
        &error);
    return out;
}

// The same dump from yaml-cpp's own node graph.
QString dump(const YAML::Node& node, int depth = 0)
{
    if (depth > 40)
        return QStringLiteral("...");
    const YAML::Mark mark = node.Mark();
    QString out = mark.is_null() ? QStringLiteral("0:0 ")
                                 : QStringLiteral("%1:%2 ").arg(mark.line + 1).arg(mark.column + 1);
    if (node.IsNull())
        return out + QStringLiteral("null");
    if (node.IsScalar())
        return out + (node.Tag() == "?" ? QStringLiteral("plain ") : QStringLiteral("tagged ")) +
               QString::fromStdString(node.Scalar()).toHtmlEscaped();
    if (node.IsSequence()) {
        out += QStringLiteral("[");
        for (std::size_t i = 0; i < node.size(); ++i)
            out += dump(node[i], depth + 1) + QStringLiteral(", ");
        return out + QStringLiteral("]");
    }
    out += QStringLiteral("{");
    for (auto it = node.begin(); it != node.end(); ++it)
        out += dump(it->first, depth + 1) + QStringLiteral(" => ") + dump(it->second, depth + 1) +
               QStringLiteral(", ");
    return out + QStringLiteral("}");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Block YAML in the shapes people write: nested maps, lists at and under
// their key's indent, compact maps in lists, quotes, escapes, comments.
QList<QByteArray> handWritten()
{
    return {
        "a: 1\n",
        "a: b\nc: d\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n---\n",
        "---\n---\na: 1\n---\n",
        "# only a comment\n",
        "",
        "\n\n",
        "---\n",
        "a: 1",
        "apiVersion: digital-ocean.project-planton.org/v1\nkind: DigitalOceanKubernetesNodePool\n"
        "metadata:\n  name: app\nspec:\n  nodePoolName: app\n  cluster:\n    value: c1\n"
        "  size: s-2vcpu-4gb\n  nodeCount: 2\n  labels:\n    app: web\n    example.com/tier: "
        "\"on\"\n  taints:\n    - key: dedicated\n      value: \"true\"\n      effect: "
        "NoSchedule\n  tags:\n    - team:web\n    - env:prod\n",
        "spec:\n  taints:\n  - key: a\n    effect: NoSchedule\n  - key: b\n    effect: "
        "NoExecute\n  tags:\n  - x\n  - y\nafter: 1\n",
        "list:\n- a\n- b\nnext: c\n",
        "- a\n- b\n",
        "- a: 1\n  b: 2\n- c: 3\n",
        "-   a: 1\n    b: 2\n",
        "a:\n    deep:\n        deeper: x\n    back: y\nz: 1\n",
        "  indented: root\n  second: 2\n",
        "a: b # comment\nc: \"d\" # comment\ne: 'f'   # comment\n",
        "# lead\na: 1\n  # indented comment after a scalar\nb: 2\n",
        "a:\n  # comment before the children\n  b: 1\n# comment at column 1\n  c: 2\n",
        "a: \"quote \\\" backslash \\\\ newline \\n tab \\t cr \\r hex \\x41\"\n",
        "a: 'it''s'\nb: ''\nc: \"\"\n",
        "\"quoted key\": 1\n'single key': 2\n",
        "url: http://example.com/x\ntag: k8s:worker\ntime: 1:30\n",
        "v: 0x1F\nw: 1e3\nx: -1\ny: +1\nz: .5\n",
        "t: true\nf: False\nn: null\ntilde: ~\n",
        "a: b c  d\nspaces: trailing   \n",
        "a: x#y\n",
        "a: b: c\n",
        "a: [1, 2]\nb: {c: d}\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: multi\n  line\n",
        "a:\n  - \n",
        "a:\n",
        "a:\nb: 1\n",
        "a: 1\n b: 2\n",
        "a: 1\n  b: 2\n",
        "a:\n  b: 1\n c: 2\n",
        "- - a\n",
        "-\n  a: 1\n",
        "key : value\n",
        "a:\tb\n",
        "a: b\r\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: 1\n...\n",
        "--- a\n",
        "? a\n: b\n",
        "a: -\n",
        "a: - b\n",
        "-1: x\n",
        "a: \"unterminated\n",
        "a: \"escape \\u0041\"\n",
        "a: \"two\n  lines\"\n",
        "a: 'two\n  lines'\n",
        "a: b\n# c\n  d: e\n",
        "a: {}\n",
        "seq:\n  - a\n  -  b\n  - c # c\n",
        "a:\n  - b: 1\n    c:\n      - d\n  - e\n",
        "a:\n  b:\n  - c\n  d: e\n",
        "x: \"a\":b\n",
        "x: \"a\" b\n",
        "\"a\" : b\n",
    };
}

} // namespace

class TestYamlReaders : public QObject
{
    Q_OBJECT

private:
    // When the block reader accepts, yaml-cpp must accept and agree on every
    // document. Returns whether the block reader accepted.
    bool compare(const QByteArray& yaml)
    {
        const Outcome fast = blockReader(yaml);
        if (!fast.accepted)
            return false;
        const Outcome slow = yamlCppReader(yaml);
        if (!slow.accepted)
            qWarning("yaml-cpp refuses what the block reader read:\n%s", yaml.constData());
        [&] {
            QVERIFY(slow.accepted);
            QCOMPARE(fast.documents, slow.documents);
        }();
        return true;
    }

private slots:
    void blockReaderAgreesWithYamlCpp_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        int i = 0;
        for (const QByteArray& yaml : handWritten())
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(i++).arg(
                QString::fromUtf8(yaml.left(30)).replace(u'\n', u'|'))))
                << yaml;
    }
    void blockReaderAgreesWithYamlCpp()
    {
        QFETCH(QByteArray, yaml);
        compare(yaml);
    }

    void blockReaderReadsWhatTheWriterWrites()
    {
        // Everything poolctl fmt and export write must take the fast path.
        manifest::PoolManifest m;
        m.metadataName = QStringLiteral("gpu");
        m.spec.name = QStringLiteral("gpu");
        m.spec.cluster.value = QStringLiteral("bd5f5959-5e1e-4205-a714-a914373942af");
        m.spec.size = QStringLiteral("gpu-h100x1-80gb");
        m.spec.count = 1;
        m.spec.autoScale = true;
        m.spec.maxNodes = 4;
        m.spec.labels = {{QStringLiteral("hardware"), QStringLiteral("gpu")},
                         {QStringLiteral("flag"), QStringLiteral("true")},
                         {QStringLiteral("odd key"), QStringLiteral("quote \" and \\")}};
        m.spec.taints = {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("true"),
                          QStringLiteral("NoSchedule")}};
        m.spec.tags = {QStringLiteral("team:ml"), QStringLiteral("123")};
        m.status.nodePoolId = QStringLiteral("p-1");
        m.status.nodeIds = {QStringLiteral("n-1"), QStringLiteral("n-2")};
        manifest::PoolManifest ref = m;
        ref.spec.cluster = {QString(), QStringLiteral("DigitalOceanKubernetesCluster"),
                            QStringLiteral("prod"), QStringLiteral("status.outputs.clusterId")};
        manifest::WriteOptions options;
        options.includeStatus = true;
        options.clusterNames.insert(m.spec.cluster.value, QStringLiteral("prod #1"));
        const QByteArray yaml = manifest::writeAll({m, ref, m}, options);
        QVERIFY2(compare(yaml), yaml.constData());
    }

    void blockReaderReadsTheExampleManifests()
    {
        for (const char* name : {"basic-pool.yaml", "autoscale-pool.yaml", "gpu-pool.yaml",
                                 "invalid-taint-effect.yaml"}) {
            const QByteArray yaml =
                readFile(QStringLiteral(POOLSTUDIO_TEST_DATA "/manifests/") + QLatin1String(name));
            QVERIFY(!yaml.isEmpty());
            compare(yaml); // may decline; when it reads, it must agree
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Thousands of byte-level mutations of block YAML: whatever the block
    // reader still accepts, yaml-cpp must read the same way.
    void blockReaderAgreesOnMutatedInput()
    {
        QByteArray original;
        for (const QByteArray& yaml : handWritten())
            if (blockReader(yaml).accepted && !yaml.isEmpty())
                original += yaml + (yaml.endsWith('\n') ? "" : "\n") + "---\n";
        QList<qsizetype> starts{0};
        for (qsizetype at = original.indexOf("---\n"); at >= 0;
             at = original.indexOf("---\n", at + 1))
            starts << at;
        QRandomGenerator random(20261130);
        // Indicators and whitespace that change the structure, and harmless
        // characters that keep most inputs on the fast path.
        const char alphabet[] = ":-[]{}&*!|>'\"%@#,? \n\t\\~.xyz019 \n-: ";
        int accepted = 0;
        for (int round = 0; round < 10000; ++round) {
            // A few whole documents keep each round small.
            const int first = int(random.bounded(int(starts.size()) - 3));
            const qsizetype from = starts.at(first);
            QByteArray yaml = original.mid(from, starts.at(first + 3) - from);
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(int(yaml.size())));
                const char c = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
                switch (random.bounded(3)) {
                case 0:
                    yaml[at] = c;
                    break;
                case 1:
                    yaml.insert(at, c);
                    break;
                default:
                    yaml.remove(at, 1);
                }
            }
            if (compare(yaml))
                ++accepted;
            if (QTest::currentTestFailed()) {
                qWarning("input:\n%s", yaml.constData());
                return;
            }
        }
        // Enough of them still take the fast path for the check to mean something.
        QVERIFY2(accepted > 1500, qPrintable(QString::number(accepted)));
    }

    // A fleet in one file: 1,000 documents read the same through either
    // reader, positions included, with the limits poolctl uses; the
    // editor's default limit of 500 documents refuses it whole.
    void readsAThousandDocumentsEitherWay()
    {
        QList<manifest::PoolManifest> fleet;
        for (int i = 0; i < 1000; ++i) {
            manifest::PoolManifest m;
            m.metadataName = m.spec.name = QStringLiteral("pool-%1").arg(i);
            m.spec.cluster.value = QStringLiteral("c-%1").arg(i / 10);
            m.spec.size = QStringLiteral("s-2vcpu-4gb");
            m.spec.count = 1 + i % 4;
            m.spec.labels = {{QStringLiteral("app"), QStringLiteral("svc-%1").arg(i)}};
            m.spec.taints = {{QStringLiteral("dedicated"), QStringLiteral("true"),
                              QStringLiteral("NoSchedule")}};
            m.spec.tags = {QStringLiteral("team:web")};
            fleet << m;
        }
        const QByteArray block = manifest::writeAll(fleet);
        // The same documents with an explicit tag on each kind (same lines
        // and columns): the block reader declines it and yaml-cpp reads the
        // whole file.
        QByteArray tagged = block;
        tagged.replace("kind: DigitalOcean", "kind: !!str DigitalOcean");
        QVERIFY(blockReader(block).accepted);
        QVERIFY(!blockReader(tagged).accepted);

        manifest::ReadOptions poolctl;
        poolctl.maxDocuments = 10000;
        poolctl.maxBytes = 16 * 1024 * 1024;
        const manifest::ReadResult fast = manifest::read(block, poolctl);
        const manifest::ReadResult slow = manifest::read(tagged, poolctl);
        QVERIFY(fast.ok());
        QVERIFY(slow.ok());
        QCOMPARE(fast.manifests.size(), 1000);
        QCOMPARE(fast.manifests, fleet);
        QCOMPARE(slow.manifests, fleet);
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(fast.manifests.at(i).document, i);
            QCOMPARE(fast.manifests.at(i).positions, slow.manifests.at(i).positions);
        }
        QVERIFY(manifest::validate(fast.manifests).isEmpty());

        const manifest::ReadResult refused = manifest::read(block);
        QVERIFY(refused.manifests.isEmpty());
        QCOMPARE(refused.errors.size(), 1);
        QCOMPARE(refused.errors.first().message,
                 QStringLiteral("the file has 1000 documents; at most 500 are read"));
    }

    // The event reader builds what YAML::LoadAll builds, aliases included.
    void yamlCppReaderMatchesLoadAll()
    {
        QList<QByteArray> inputs = handWritten();
        inputs << "a: &x [1, 2]\nb: *x\nc: {k: *x}\n"
               << "base: &b {size: s, tags: [x]}\npools:\n  - *b\n  - *b\n"
               << "- &a a\n- *a\n- &a b\n- *a\n"
               << "--- &r {a: 1}\n--- {b: *q}\n";
        for (const QByteArray& yaml : inputs) {
            QStringList expected;
            bool loadAllThrew = false;
            try {
                for (const YAML::Node& document : YAML::LoadAll(yaml.toStdString()))
                    expected << dump(document);
            } catch (const YAML::Exception&) {
                loadAllThrew = true;
            }
            Outcome events = yamlCppReader(yaml);
            QCOMPARE(events.accepted, !loadAllThrew);
            if (loadAllThrew)
                continue;
            for (QString& d : events.documents)
                d = d.left(d.lastIndexOf(QStringLiteral(" #")));
            QCOMPARE(events.documents, expected);
        }
    }

    void countsAliasExpansionWithoutWalking()
    {
        QByteArray yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n";
        char prev = 'a';
        for (char c = 'b'; c <= 'e'; ++c, ++prev) {
            yaml += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 9; ++i)
                yaml += QByteArray(i ? ", *" : "*") + QByteArray(1, prev);
            yaml += "]\n";
        }
        // Sequence a: 1 + 9 scalars = 10 nodes; each next level 1 + 9 x previous.
        qint64 level = 10, total = 1 + 1 + level; // map, key a, a
        for (int i = 0; i < 4; ++i) {
            level = 1 + 9 * level;
            total += 1 + level;
        }
        const Outcome events = yamlCppReader(yaml);
        QVERIFY(events.accepted);
        QVERIFY2(events.documents.first().endsWith(QStringLiteral(" #%1").arg(total)),
                 qPrintable(events.documents.first().right(20)));
        // An alias to its own ancestor never ends.
        const Outcome cycle = yamlCppReader("a: &a [x, *a]\n");
        QVERIFY(cycle.accepted);
        QVERIFY(cycle.documents.first().endsWith(QStringLiteral(" #%1").arg(YamlNode::Unbounded)));
    }

    // resolvePlain() is written out by hand; the patterns it replaced are
    // the reference, `$` before a final newline included.
    void resolvePlainMatchesThePatterns()
    {
        const auto matches = [](const char* pattern, const QString& text) {
            return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
        };
        const auto reference = [&](const QString& text) {
            using yamlscalar::PlainType;
            if (matches("^(~|null|Null|NULL|)$", text))
                return PlainType::Null;
            if (matches("^(true|True|TRUE|false|False|FALSE)$", text))
                return PlainType::Bool;
            if (matches("^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", text))
                return PlainType::Int;
            if (matches("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$", text) ||
                matches("^[-+]?\\.(inf|Inf|INF)$|^\\.(nan|NaN|NAN)$", text))
                return PlainType::Float;
            return PlainType::String;
        };
        QStringList words;
        for (const char* w :
             {"",     "~",     "null",  "Null",  "NULL",  "nULL", "true",  "True",   "TRUE",
              "tRue", "false", "False", "FALSE", "yes",   "0",    "-0",    "+12",    "1-",
              "0o17", "0o8",   "0o",    "0x1F",  "0xg",   "0x",   "0X1",   "1.",     ".5",
              ".",    "-.5",   "1.5e3", "1e",    "1e+",   "1E-3", "+.e3",  ".e3",    "1.e3",
              ".inf", "-.Inf", "+.INF", ".nan",  "-.nan", ".NaN", "1_000", "\u0663", "s-2vcpu",
              "a1",   "1a",    "--1",   "+-1",   "1.2.3", "e3",   "0.0.0", "true ",  " true"})
            words << QString::fromUtf8(w);
        const QStringList base = words;
        for (const QString& w : base)
            words << w + u'\n' << w + QStringLiteral("\n\n") << w + u'\r'
                  << w + QStringLiteral("\r\n") << u'\n' + w;
        QRandomGenerator random(7);
        const QString alphabet = QStringLiteral("0123456789+-.eExXoabfinNtuTlLsS~\n_");
        for (int i = 0; i < 20000; ++i) {
            QString w;
            const int length = int(random.bounded(7));
            for (int j = 0; j < length; ++j)
                w += alphabet.at(random.bounded(int(alphabet.size())));
            words << w;
        }
        for (const QString& w : words)
            QVERIFY2(yamlscalar::resolvePlain(w) == reference(w),
                     qPrintable(w.toUtf8().toPercentEncoding()));
    }
};

QTEST_GUILESS_MAIN(TestYamlReaders)
#include "tst_yamlreaders.moc"
