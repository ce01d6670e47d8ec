// The built-in highlighter: the rules line by line, the formats a document
// gets at known places in a manifest, error marks, and the other languages.
#include "app/highlight/builtinyamlhighlighter.h"
#include "app/manifests/errormarks.h"
#include "app/highlight/highlightbackend.h"
#include "app/highlight/highlightlexer.h"
#include "app/highlight/highlightstyle.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace app;
using highlight::Language;
using highlight::Role;

namespace {

const QString Manifest =
    QStringLiteral("---\n"                                                              // 1
                   "# pools for prod\n"                                                 // 2
                   "apiVersion: digital-ocean.project-planton.org/v1\n"                 // 3
                   "kind: DigitalOceanKubernetesNodePool\n"                             // 4
                   "metadata:\n"                                                        // 5
                   "  name: &pool gpu-workers\n"                                        // 6
                   "spec:\n"                                                            // 7
                   "  nodePoolName: *pool\n"                                            // 8
                   "  nodeCount: 3\n"                                                   // 9
                   "  autoScale: true\n"                                                // 10
                   "  minNodes: null\n"                                                 // 11
                   "  labels: {hardware: gpu, \"zone\": 'tor1'}\n"                      // 12
                   "  taints:\n"                                                        // 13
                   "    - {key: nvidia.com/gpu, value: \"true\", effect: NoSchedule}\n" // 14
                   "  tags: [team:ml, env:prod]  # cost\n"                              // 15
                   "  notes: |\n"                                                       // 16
                   "    free text: not a key\n"                                         // 17
                   "  size: s-2vcpu-4gb\n");                                            // 18

// The format the highlighter gave the character at a 1-based line and column.
QTextCharFormat formatAt(QTextDocument& document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange& range : block.layout()->formats())
        if (column - 1 >= range.start && column - 1 < range.start + range.length)
            return range.format;
    return {};
}

QColor colorOf(Role role, bool dark = false)
{
    return highlight::format(role, dark).foreground().color();
}

// The role whose colour a character has, or nothing.
std::optional<Role> roleAt(QTextDocument& document, int line, int column, bool dark = false)
{
    const QColor color = formatAt(document, line, column).foreground().color();
    const QTextCharFormat format = formatAt(document, line, column);
    if (!format.hasProperty(QTextFormat::ForegroundBrush))
        return std::nullopt;
    for (Role role : {Role::Key, Role::String, Role::Number, Role::Constant, Role::Comment,
                      Role::AnchorAlias, Role::Punctuation, Role::Keyword})
        if (colorOf(role, dark) == color)
            return role;
    return std::nullopt; // DocumentMarker shares Keyword's colour: asked for as Keyword
}

QList<highlight::Token> lex(Language language, const QString& line, int state = -1)
{
    return highlight::lexLine(language, line, state).tokens;
}

} // namespace

class HighlighterTest : public QObject
{
    Q_OBJECT

    QTextDocument m_document;
    BuiltinYamlHighlighter m_highlighter;

private Q_SLOTS:
    void init()
    {
        m_document.setPlainText(Manifest);
        m_highlighter.setLanguage(Language::Yaml);
        m_highlighter.setDark(false);
        m_highlighter.setErrorMarks({});
        m_highlighter.attach(&m_document);
        m_highlighter.rehighlight();
    }

    void manifestGetsAFormatForEachKindOfToken_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        const auto row = [](const char* name, int line, int column, Role role) {
            QTest::newRow(name) << line << column << int(role);
        };
        row("document marker", 1, 1, Role::Keyword);
        row("comment", 2, 5, Role::Comment);
        row("top-level key", 3, 1, Role::Key);
        row("plain string value", 3, 13, Role::String);
        row("nested key", 6, 3, Role::Key);
        row("anchor", 6, 9, Role::AnchorAlias);
        row("value after anchor", 6, 15, Role::String);
        row("alias", 8, 17, Role::AnchorAlias);
        row("number", 9, 14, Role::Number);
        row("boolean", 10, 14, Role::Constant);
        row("null", 11, 13, Role::Constant);
        row("key in a flow mapping", 12, 12, Role::Key);
        row("quoted key in a flow mapping", 12, 28, Role::Key);
        row("single-quoted string", 12, 36, Role::String);
        row("list dash", 14, 5, Role::Punctuation);
        row("double-quoted string", 14, 36, Role::String);
        row("tag with a colon is one string", 15, 13, Role::String);
        row("comment after a value", 15, 32, Role::Comment);
        row("block scalar indicator", 16, 10, Role::Punctuation);
        row("block scalar text is not a key", 17, 5, Role::String);
        row("key after the block scalar", 18, 3, Role::Key);
    }
    void manifestGetsAFormatForEachKindOfToken()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, role);
        const std::optional<Role> got = roleAt(m_document, line, column);
        QVERIFY2(got, qPrintable(QStringLiteral("nothing at %1:%2").arg(line).arg(column)));
        QCOMPARE(int(*got), role);
    }

    void documentMarkerIsBold()
    {
        QCOMPARE(formatAt(m_document, 1, 2).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(m_document, 1, 2).foreground().color(), colorOf(Role::DocumentMarker));
    }

    void plainPunctuationStaysUncoloured()
    {
        // The colon after a key and the braces of a flow mapping.
        QVERIFY(!formatAt(m_document, 3, 11).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(!formatAt(m_document, 12, 11).hasProperty(QTextFormat::ForegroundBrush));
    }

    void darkThemeUsesItsOwnColours()
    {
        m_highlighter.setDark(true);
        QCOMPARE(formatAt(m_document, 3, 1).foreground().color(), colorOf(Role::Key, true));
        QVERIFY(colorOf(Role::Key, true) != colorOf(Role::Key, false));
    }

    void lexerSplitsAKeyValueLine()
    {
        QCOMPARE(lex(Language::Yaml, QStringLiteral("  size: s-2vcpu-4gb # ok")),
                 (QList<highlight::Token>{
                     {2, 4, Role::Key}, {8, 11, Role::String}, {20, 4, Role::Comment}}));
        // A '#' inside a word is not a comment; a quoted "true" is a string.
        QCOMPARE(lex(Language::Yaml, QStringLiteral("a: b#c")),
                 (QList<highlight::Token>{{0, 1, Role::Key}, {3, 3, Role::String}}));
        QCOMPARE(lex(Language::Yaml, QStringLiteral("v: \"true\"")),
                 (QList<highlight::Token>{{0, 1, Role::Key}, {3, 6, Role::String}}));
    }

    void blockScalarCarriesItsStateAcrossLines()
    {
        const highlight::LineTokens open =
            highlight::lexLine(Language::Yaml, QStringLiteral("- notes: >-"), -1);
        QCOMPARE(open.state, 2); // the key's column
        const highlight::LineTokens inside =
            highlight::lexLine(Language::Yaml, QStringLiteral("    key: no"), open.state);
        QCOMPARE(inside.tokens, (QList<highlight::Token>{{4, 7, Role::String}}));
        QCOMPARE(inside.state, open.state);
        const highlight::LineTokens after =
            highlight::lexLine(Language::Yaml, QStringLiteral("  key: yes"), open.state);
        QCOMPARE(after.state, -1);
        QCOMPARE(after.tokens.first(), (highlight::Token{2, 3, Role::Key}));
    }

    void errorMarkTintsItsLineAndKeepsTheColours()
    {
        // spec.taints[0].effect at 14:52 ("NoSchedule")
        m_highlighter.setErrorMarks({{14, 52, QStringLiteral("unknown effect")}});
        const QTextCharFormat token = formatAt(m_document, 14, 52);
        QCOMPARE(token.background().color(), highlight::errorLineBackground(false));
        QCOMPARE(token.foreground().color(), colorOf(Role::String));
        QCOMPARE(formatAt(m_document, 14, 5).background().color(),
                 highlight::errorLineBackground(false));
        QCOMPARE(formatAt(m_document, 14, 5).foreground().color(), colorOf(Role::Punctuation));
        // The underline is drawn by ErrorUnderlineItem, not by a char format
        // (Qt Quick would not show it).
        QCOMPARE(token.underlineStyle(), QTextCharFormat::NoUnderline);
        QVERIFY(!formatAt(m_document, 13, 3).hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(!formatAt(m_document, 15, 3).hasProperty(QTextFormat::BackgroundBrush));
    }

    void errorMarkUnderlinesTheTokenAtItsColumn()
    {
        const int line14 = m_document.findBlockByNumber(13).position();
        // "NoSchedule" at 14:52..61; the closing brace after it is left out.
        QCOMPARE(errormarks::underlinedPositions({{14, 52, {}}}, &m_document),
                 (QList<std::pair<int, int>>{{line14 + 51, line14 + 61}}));
        // A key: up to its colon. Line 9 "  nodeCount: 3".
        const int line9 = m_document.findBlockByNumber(8).position();
        QCOMPARE(errormarks::underlinedPositions({{9, 3, {}}}, &m_document),
                 (QList<std::pair<int, int>>{{line9 + 2, line9 + 11}}));
    }

    void errorMarksGoAwayWhenCleared()
    {
        m_highlighter.setErrorMarks({{9, 14, {}}});
        QVERIFY(formatAt(m_document, 9, 14).hasProperty(QTextFormat::BackgroundBrush));
        m_highlighter.setErrorMarks({});
        QVERIFY(!formatAt(m_document, 9, 14).hasProperty(QTextFormat::BackgroundBrush));
        QCOMPARE(formatAt(m_document, 9, 14).foreground().color(), colorOf(Role::Number));
    }

    void errorMarkPastTheEndGoesOnTheLastLine()
    {
        m_document.setPlainText(QString(Manifest).chopped(1)); // no final newline
        QCOMPARE(m_document.blockCount(), 18);
        const QTextBlock last = m_document.lastBlock();
        QCOMPARE(errormarks::underlinedPositions({{40, 0, QStringLiteral("unexpected end")}},
                                                 &m_document),
                 (QList<std::pair<int, int>>{
                     {last.position() + 2, last.position() + int(last.text().size())}}));
        m_highlighter.setErrorMarks({{40, 0, QStringLiteral("unexpected end")}});
        QVERIFY(formatAt(m_document, 18, 3).hasProperty(QTextFormat::BackgroundBrush));
    }

    void underlineRangeFindsTheToken_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("plain value") << QStringLiteral("  size: s-1 # c") << 9 << 8 << 11;
        QTest::newRow("key") << QStringLiteral("  bogus: 1") << 3 << 2 << 7;
        QTest::newRow("in flow") << QStringLiteral("{a: b, c: d}") << 5 << 4 << 5;
        QTest::newRow("quoted") << QStringLiteral("k: \"a b\" x") << 4 << 3 << 8;
        QTest::newRow("blank: rest of line") << QStringLiteral("k:   v  ") << 3 << 2 << 6;
        QTest::newRow("unknown column") << QStringLiteral("  k: v") << 0 << 2 << 6;
        QTest::newRow("past the end") << QStringLiteral("  k: v") << 30 << 2 << 6;
        QTest::newRow("on a comma") << QStringLiteral("[a, b]") << 3 << 2 << 3;
    }
    void underlineRangeFindsTheToken()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(int, start);
        QFETCH(int, end);
        QCOMPARE(errormarks::underlineRange(line, column), std::make_pair(start, end));
    }

    void errorMarksFromQmlDropFileLevelEntries()
    {
        const QVariantList list{QVariantMap{{QStringLiteral("line"), 3},
                                            {QStringLiteral("column"), 7},
                                            {QStringLiteral("message"), QStringLiteral("bad")}},
                                QVariantMap{{QStringLiteral("line"), 0},
                                            {QStringLiteral("message"), QStringLiteral("file")}}};
        QCOMPARE(errormarks::fromVariantList(list),
                 (QList<ErrorMark>{{3, 7, QStringLiteral("bad")}}));
    }

    void languageSwitchChangesTheRules()
    {
        m_document.setPlainText(
            QStringLiteral("# cluster: prod-tor1\n"
                           "resource \"digitalocean_kubernetes_node_pool\" \"web\" {\n"
                           "  node_count = 3\n"
                           "  labels = {\n"
                           "    \"nvidia.com/gpu\" = \"true\"\n"
                           "  }\n"
                           "  taint {\n"
                           "    effect = \"NoSchedule\"\n"
                           "  }\n"
                           "}\n"));
        m_highlighter.rehighlight();
        // As YAML the first line is a comment and `resource ...` a plain string.
        QCOMPARE(roleAt(m_document, 2, 1), std::optional(Role::String));

        m_highlighter.setLanguage(Language::Hcl);
        QCOMPARE(roleAt(m_document, 1, 3), std::optional(Role::Comment));
        QCOMPARE(roleAt(m_document, 2, 1), std::optional(Role::Keyword));
        QCOMPARE(roleAt(m_document, 2, 10), std::optional(Role::String));
        QCOMPARE(roleAt(m_document, 3, 3), std::optional(Role::Key));
        QCOMPARE(roleAt(m_document, 3, 16), std::optional(Role::Number));
        QCOMPARE(roleAt(m_document, 5, 5), std::optional(Role::Key)); // a quoted map key
        QCOMPARE(roleAt(m_document, 5, 24), std::optional(Role::String));
        QCOMPARE(roleAt(m_document, 7, 3), std::optional(Role::Keyword)); // taint {

        m_document.setPlainText(QStringLiteral("doctl kubernetes cluster node-pool create prod \\\n"
                                               "  --name 'it'\\''s' \\\n"
                                               "  --count 3 \\\n"
                                               "  --tag \"$TEAM\"\n"));
        m_highlighter.setLanguage(Language::Shell);
        QCOMPARE(roleAt(m_document, 1, 1), std::optional(Role::Keyword));
        QCOMPARE(roleAt(m_document, 1, 7), std::nullopt); // an argument
        QCOMPARE(roleAt(m_document, 1, 48), std::optional(Role::Punctuation));
        QCOMPARE(roleAt(m_document, 2, 3), std::optional(Role::Key));
        QCOMPARE(roleAt(m_document, 2, 10), std::optional(Role::String));
        QCOMPARE(roleAt(m_document, 3, 11), std::optional(Role::Number));
        QCOMPARE(roleAt(m_document, 4, 9), std::optional(Role::String));

        m_highlighter.setLanguage(Language::Plain);
        QCOMPARE(roleAt(m_document, 1, 1), std::nullopt);
    }

    void shellQuoteOpenAtTheEndOfALineContinues()
    {
        const highlight::LineTokens first =
            highlight::lexLine(Language::Shell, QStringLiteral("echo 'a"), -1);
        QCOMPARE(first.tokens.last(), (highlight::Token{5, 2, Role::String}));
        const highlight::LineTokens second =
            highlight::lexLine(Language::Shell, QStringLiteral("b' --x"), first.state);
        QCOMPARE(second.tokens, (QList<highlight::Token>{{0, 2, Role::String}, {3, 3, Role::Key}}));
        QCOMPARE(second.state, -1);
    }

    void languageNamesMapToLanguages()
    {
        QCOMPARE(highlight::languageFromName(QStringLiteral("yaml")), Language::Yaml);
        QCOMPARE(highlight::languageFromName(QStringLiteral("terraform")), Language::Hcl);
        QCOMPARE(highlight::languageFromName(QStringLiteral("HCL")), Language::Hcl);
        QCOMPARE(highlight::languageFromName(QStringLiteral("bash")), Language::Shell);
        QCOMPARE(highlight::languageFromName(QStringLiteral("cobol")), Language::Plain);
    }

    void backendIsKdeOnlyWhenBuiltWithIt()
    {
        const auto backend = createHighlightBackend(Language::Yaml);
#ifdef POOLSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(backend->name(), QStringLiteral("KSyntaxHighlighting"));
#else
        QCOMPARE(backend->name(), QStringLiteral("built-in"));
#endif
        QCOMPARE(createHighlightBackend(Language::Plain)->name(), QStringLiteral("built-in"));
    }
};

QTEST_MAIN(HighlighterTest)
#include "tst_highlighter.moc"
