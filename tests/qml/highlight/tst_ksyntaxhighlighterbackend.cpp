// The KDE Syntax Highlighting backend (built only where CMake finds KF6, as on
// Debian 13): the definitions the manifest views ask for are found, the
// colours come from KDE's light or dark theme as the app's palette says,
// error marks tint a line over those colours, and Terraform and shell exports
// are coloured too. Works on a plain QTextDocument, as the TextArea's is.
#include "app/highlight/highlightbackend.h"
#include "app/highlight/highlightstyle.h"
#include "app/highlight/ksyntaxhighlighterbackend.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QPoint>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace {

using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;
using Language = app::highlight::Language;

const QString Manifest = QStringLiteral("# web pool\n"
                                        "name: web\n"
                                        "size: s-2vcpu-4gb\n"
                                        "count: 3\n");

const QString Terraform =
    QStringLiteral("# exported by Pool Studio\n"
                   "resource \"digitalocean_kubernetes_node_pool\" \"web\" {\n"
                   "  size       = \"s-2vcpu-4gb\"\n"
                   "  node_count = 3\n"
                   "}\n");

// As core/doctlexport.cpp writes it.
const QString Shell = QStringLiteral("# exported by Pool Studio\n"
                                     "doctl kubernetes cluster node-pool create 'prod cluster' \\\n"
                                     "  --name web --size s-2vcpu-4gb --count 3 \\\n"
                                     "  --label 'team=web'\n");

// The format at 1-based line and column; empty where the highlighter set none.
QTextCharFormat formatAt(const QTextDocument& document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange& range : block.layout()->formats())
        if (column - 1 >= range.start && column - 1 < range.start + range.length)
            return range.format;
    return {};
}

QColor foregroundAt(const QTextDocument& document, int line, int column)
{
    const QTextCharFormat format = formatAt(document, line, column);
    return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color()
                                                            : QColor();
}

// The distinct foreground colours the highlighter gave a document.
QSet<QRgb> foregroundsOf(const QTextDocument& document)
{
    QSet<QRgb> colours;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (const QTextLayout::FormatRange& range : block.layout()->formats())
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                colours.insert(range.format.foreground().color().rgb());
    return colours;
}

Theme kdeTheme(bool dark)
{
    static Repository repository;
    return repository.defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme);
}

QColor commentColour(bool dark)
{
    return QColor::fromRgb(kdeTheme(dark).textColor(Theme::Comment));
}

} // namespace

class KSyntaxHighlighterBackendTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefinitionsTheViewsAskForAreFound()
    {
        QVERIFY(app::KSyntaxHighlighterBackend::supports(Language::Yaml));
        QVERIFY(app::KSyntaxHighlighterBackend::supports(Language::Hcl));
        QVERIFY(app::KSyntaxHighlighterBackend::supports(Language::Shell));
        QVERIFY(!app::KSyntaxHighlighterBackend::supports(Language::Plain));
        // The views get this backend, not the built-in one, wherever KF6 is.
        QCOMPARE(app::highlightBackendName(Language::Yaml), QStringLiteral("KSyntaxHighlighting"));
        QCOMPARE(app::createHighlightBackend(Language::Yaml)->name(),
                 QStringLiteral("KSyntaxHighlighting"));
        QCOMPARE(app::highlightBackendName(Language::Plain), QStringLiteral("built-in"));
    }

    void aManifestIsColouredByYamlsDefinition()
    {
        QTextDocument document(Manifest);
        app::KSyntaxHighlighterBackend backend(Language::Yaml);
        backend.attach(&document);
        // A comment, keys and values: at least three colours, the comment
        // in the theme's comment colour, a key not in it.
        QVERIFY2(foregroundsOf(document).size() >= 3, "YAML was not coloured by kind");
        QCOMPARE(foregroundAt(document, 1, 3), commentColour(false));
        QVERIFY(foregroundAt(document, 2, 1).isValid());
        QVERIFY(foregroundAt(document, 2, 1) != commentColour(false));
    }

    void theThemeFollowsTheLightAndDarkPalettes()
    {
        QVERIFY2(commentColour(false) != commentColour(true),
                 "KDE's light and dark themes share a comment colour; pick another role");
        QTextDocument document(Manifest);
        app::KSyntaxHighlighterBackend backend(Language::Yaml);
        backend.attach(&document);
        const QColor lightKey = foregroundAt(document, 2, 1);

        // Switching re-colours the document quietly: no edit for the views.
        QSignalSpy edits(&document, &QTextDocument::contentsChanged);
        backend.setDark(true);
        QCOMPARE(foregroundAt(document, 1, 3), commentColour(true));
        QVERIFY(foregroundAt(document, 2, 1) != lightKey);
        QCOMPARE(edits.count(), 0);

        backend.setDark(false);
        QCOMPARE(foregroundAt(document, 1, 3), commentColour(false));
        QCOMPARE(foregroundAt(document, 2, 1), lightKey);
        QCOMPARE(edits.count(), 0);
    }

    void errorMarksStayOnTopOfItsColours_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void errorMarksStayOnTopOfItsColours()
    {
        QFETCH(bool, dark);
        QTextDocument document(Manifest);
        app::KSyntaxHighlighterBackend backend(Language::Yaml);
        backend.setDark(dark);
        backend.attach(&document);
        const QColor key = foregroundAt(document, 3, 1);
        const QColor value = foregroundAt(document, 3, 7);

        // A mark on line 3 (size): the whole line gets the error tint, and
        // keeps KDE's colours for its key and value underneath.
        backend.setErrorMarks({{3, 7, QStringLiteral("unknown size")}});
        const QColor tint = app::highlight::errorLineBackground(dark);
        for (int column = 1; column <= document.findBlockByNumber(2).length() - 1; ++column)
            QCOMPARE(formatAt(document, 3, column).background().color(), tint);
        QCOMPARE(foregroundAt(document, 3, 1), key);
        QCOMPARE(foregroundAt(document, 3, 7), value);
        // Other lines are not tinted.
        QVERIFY(formatAt(document, 2, 1).background().color() != tint);
        QVERIFY(formatAt(document, 4, 1).background().color() != tint);

        // A theme switch keeps the mark, in the other theme's tint.
        backend.setDark(!dark);
        QCOMPARE(formatAt(document, 3, 1).background().color(),
                 app::highlight::errorLineBackground(!dark));

        // Cleared marks leave the line in KDE's colours alone.
        backend.setDark(dark);
        backend.setErrorMarks({});
        QVERIFY(formatAt(document, 3, 1).background().color() != tint);
        QCOMPARE(foregroundAt(document, 3, 1), key);
    }

    void terraformAndShellExportsAreColouredToo_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QPoint>("keyword"); // a number: (column, line); (0, 0): none
        QTest::addColumn<QPoint>("string");
        QTest::newRow("terraform")
            << int(Language::Hcl) << Terraform << QPoint(16, 4) << QPoint(16, 3);
        QTest::newRow("shell") << int(Language::Shell) << Shell << QPoint(0, 0) << QPoint(43, 2);
    }

    void terraformAndShellExportsAreColouredToo()
    {
        QFETCH(int, language);
        QFETCH(QString, text);
        QFETCH(QPoint, keyword);
        QFETCH(QPoint, string);
        for (const bool dark : {false, true}) {
            QTextDocument document(text);
            app::KSyntaxHighlighterBackend backend(static_cast<Language>(language));
            backend.setDark(dark);
            backend.attach(&document);
            const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
            const QColor normal = QColor::fromRgb(kdeTheme(dark).textColor(Theme::Normal));
            QCOMPARE(foregroundAt(document, 1, 3), commentColour(dark));
            // A quoted string: coloured, and not like plain text or a comment.
            const QColor quoted = foregroundAt(document, string.y(), string.x());
            QVERIFY2(quoted.isValid() && quoted != normal && quoted != commentColour(dark),
                     qPrintable(theme + u' ' + quoted.name()));
            if (keyword.isNull())
                continue;
            // Terraform's node count, a number: a colour of its own too.
            const QColor word = foregroundAt(document, keyword.y(), keyword.x());
            QVERIFY2(word.isValid() && word != normal && word != quoted, qPrintable(theme));
        }
    }

    void switchingLanguageReColoursTheDocument()
    {
        QTextDocument document(Terraform);
        app::KSyntaxHighlighterBackend backend(Language::Yaml);
        backend.attach(&document);
        const QColor asYaml = foregroundAt(document, 2, 1);
        QVERIFY(backend.setLanguage(Language::Hcl));
        QVERIFY(foregroundAt(document, 2, 1) != asYaml);
        QVERIFY(!backend.setLanguage(Language::Plain));
    }
};

QTEST_MAIN(KSyntaxHighlighterBackendTest)
#include "tst_ksyntaxhighlighterbackend.moc"
