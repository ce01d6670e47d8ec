// SyntaxHighlighter in a real window, as the manifest views use it: a TextArea
// showing a manifest with one error mark, in the light and the dark theme.
// Checks the formats the TextArea's own document carries, and saves what the
// window shows when POOLSTUDIO_SCREENSHOT_DIR is set.
#include "app/highlight/highlightstyle.h"
#include "app/highlight/syntaxhighlighter.h"
#include "app/shell/colors.h"
#include "windowdriver.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickTextDocument>
#include <QQuickWindow>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

// The window: a TextArea showing a manifest with one error mark on line 16.
const QString WindowQml =
    QStringLiteral(POOLSTUDIO_SOURCE_DIR "/tests/qml/highlight/SyntaxHighlighterWindow.qml");

QTextCharFormat formatAt(QTextDocument* document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange& range : block.layout()->formats())
        if (column - 1 >= range.start && column - 1 < range.start + range.length)
            return range.format;
    return {};
}

} // namespace

class SyntaxHighlighterWindowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;

    QTextDocument* load(const QString& theme)
    {
        app::Colors::setTheme(theme);
        m_window.reset();
        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(m_engine.get());
        component.loadUrl(QUrl::fromLocalFile(WindowQml));
        m_window.reset(qobject_cast<QQuickWindow*>(component.create()));
        if (!m_window)
            qFatal("%s", qPrintable(component.errorString()));
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qFatal("the window was not exposed");
        auto* area = WindowDriver(m_window.get()).find<QQuickItem>(QStringLiteral("manifestText"));
        auto* textDocument = area->property("textDocument").value<QQuickTextDocument*>();
        // QSyntaxHighlighter colours a newly attached document on the next turn
        // of the event loop.
        const bool coloured = QTest::qWaitFor([&] {
            return !textDocument->textDocument()
                        ->findBlockByNumber(2)
                        .layout()
                        ->formats()
                        .isEmpty();
        });
        if (!coloured)
            qFatal("the document was never highlighted");
        return textDocument->textDocument();
    }

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }
    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
        app::Colors::setTheme(QStringLiteral("system"));
    }

    void showsAManifestWithAnErrorMark_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void showsAManifestWithAnErrorMark()
    {
        QFETCH(QString, theme);
        const bool dark = theme == u"dark";
        QTextDocument* document = load(theme);
        QObject* highlighter = m_window->findChild<QObject*>(QStringLiteral("highlighter"));
        QVERIFY(highlighter);
        QCOMPARE(highlighter->property("dark").toBool(), dark);
#ifndef POOLSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(highlighter->property("backendName").toString(), QStringLiteral("built-in"));
        // The key on line 3 has the key colour of the window's theme.
        QCOMPARE(formatAt(document, 3, 1).foreground().color(),
                 app::highlight::format(app::highlight::Role::Key, dark).foreground().color());
#endif
        // Line 16 is tinted; "NoSchedul" (16:52..60) gets the wavy line.
        QCOMPARE(formatAt(document, 16, 5).background().color(),
                 app::highlight::errorLineBackground(dark));
        auto* underlines = qobject_cast<app::SyntaxHighlighter*>(highlighter)->underlineItem();
        QVERIFY(underlines);
        const int line16 = document->findBlockByNumber(15).position();
        QCOMPARE(underlines->positions(), (QList<std::pair<int, int>>{{line16 + 51, line16 + 60}}));
        const QList<QRectF> rects = underlines->underlineRects(underlines->positions().first());
        QCOMPARE(rects.size(), 1);

        // And it is on screen: red pixels along the bottom of the token, none
        // under the line below.
        const QImage image = m_window->grabWindow();
        const qreal ratio = qreal(image.width()) / m_window->width(); // HiDPI or not
        const auto redPixels = [&](const QRectF& rect) {
            const QRectF scene = underlines->mapRectToScene(rect);
            int count = 0;
            for (int y = int((scene.bottom() - 4) * ratio); y <= int(scene.bottom() * ratio); ++y)
                for (int x = int(scene.left() * ratio); x < int(scene.right() * ratio); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    count += c.red() > 190 && c.green() < 140 && c.blue() < 140;
                }
            return count;
        };
        QVERIFY2(redPixels(rects.first()) > int(rects.first().width() / 2),
                 qPrintable(QString::number(redPixels(rects.first()))));
        QCOMPARE(redPixels(rects.first().translated(0, rects.first().height())), 0);

        WindowDriver(m_window.get()).screenshot(QStringLiteral("syntax-highlighter-") + theme);
    }

    // The Terraform and doctl exports in the same view: looked at, not
    // measured (the rules are checked in tst_highlighter).
    void showsTheExports_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        const QString terraform =
            QStringLiteral("# cluster: prod-tor1\n"
                           "resource \"digitalocean_kubernetes_node_pool\" \"gpu-inference\" {\n"
                           "  cluster_id = \"81427890-05c8-4261-a62f-752e9e2788d2\"\n"
                           "  name       = \"gpu-inference\"\n"
                           "  size       = \"gpu-h100x1-80gb\"\n"
                           "  node_count = 1\n"
                           "  tags       = [\"team:ml\", \"env:prod\"]\n"
                           "\n"
                           "  labels = {\n"
                           "    hardware = \"gpu\"\n"
                           "  }\n"
                           "\n"
                           "  taint {\n"
                           "    key    = \"nvidia.com/gpu\"\n"
                           "    value  = \"true\"\n"
                           "    effect = \"NoSchedule\"\n"
                           "  }\n"
                           "}\n");
        const QString doctl = QStringLiteral(
            "# cluster: staging-fra1\n"
            "doctl kubernetes cluster node-pool create cb352876-217e-4d36-a945-44b23ce94c2f \\\n"
            "  --name batch \\\n"
            "  --size c-4 \\\n"
            "  --count 1 \\\n"
            "  --auto-scale \\\n"
            "  --min-nodes 0 \\\n"
            "  --max-nodes 3 \\\n"
            "  --tag env:staging \\\n"
            "  --label 'team name=ml ops' \\\n"
            "  --taint workload=batch:PreferNoSchedule\n");
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QTest::newRow(qPrintable(theme + QStringLiteral(" terraform")))
                << theme << QStringLiteral("terraform") << terraform;
            QTest::newRow(qPrintable(theme + QStringLiteral(" doctl")))
                << theme << QStringLiteral("bash") << doctl;
        }
    }
    void showsTheExports()
    {
        QFETCH(QString, theme);
        QFETCH(QString, language);
        QFETCH(QString, text);
        const bool dark = theme == u"dark";
        QTextDocument* document = load(theme);
        QObject* highlighter = m_window->findChild<QObject*>(QStringLiteral("highlighter"));
        QVERIFY(highlighter);
        highlighter->setProperty("errorMarks", QVariantList());
        highlighter->setProperty("language", language);
        WindowDriver(m_window.get())
            .find<QQuickItem>(QStringLiteral("manifestText"))
            ->setProperty("text", text);
        QCOMPARE(document->firstBlock().text(), text.section(u'\n', 0, 0));
        // Coloured for its language, with no error tint left from the manifest.
        QTRY_VERIFY(!document->findBlockByNumber(1).layout()->formats().isEmpty());
        QVERIFY(formatAt(document, 1, 1).background().color() !=
                app::highlight::errorLineBackground(dark));
#ifndef POOLSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
        // Line 1 is a comment; line 2 starts with the block type ("resource")
        // or the command ("doctl"), both keywords.
        const auto colourOf = [dark](app::highlight::Role role) {
            return app::highlight::format(role, dark).foreground().color();
        };
        QCOMPARE(formatAt(document, 1, 1).foreground().color(),
                 colourOf(app::highlight::Role::Comment));
        QCOMPARE(formatAt(document, 2, 1).foreground().color(),
                 colourOf(app::highlight::Role::Keyword));
#endif
        WindowDriver(m_window.get())
            .screenshot(QStringLiteral("syntax-highlighter-%1-%2").arg(language, theme));
    }
};

QTEST_MAIN(SyntaxHighlighterWindowTest)
#include "tst_syntaxhighlighter.moc"
