#include "highlightbackend.h"

#include "builtinyamlhighlighter.h"

#include <QSignalBlocker>
#include <QSyntaxHighlighter>
#include <QTextDocument>

#ifdef POOLSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
#include "ksyntaxhighlighterbackend.h"
#endif

namespace app {

std::unique_ptr<HighlightBackend> createHighlightBackend(highlight::Language language)
{
#ifdef POOLSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    if (KSyntaxHighlighterBackend::supports(language))
        return std::make_unique<KSyntaxHighlighterBackend>(language);
#endif
    return std::make_unique<BuiltinYamlHighlighter>(language);
}

QString highlightBackendName(highlight::Language language)
{
#ifdef POOLSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    if (KSyntaxHighlighterBackend::supports(language))
        return QStringLiteral("KSyntaxHighlighting");
#else
    Q_UNUSED(language)
#endif
    return QStringLiteral("built-in");
}

void rehighlightQuietly(QSyntaxHighlighter& highlighter)
{
    const QSignalBlocker quiet(highlighter.document());
    highlighter.rehighlight();
}

void setDocumentQuietly(QSyntaxHighlighter& highlighter, QTextDocument* document)
{
    if (highlighter.document() == document)
        return;
    {
        // Detaching clears the old document's formats in an edit block.
        const QSignalBlocker quiet(highlighter.document());
        highlighter.setDocument(nullptr);
    }
    highlighter.setDocument(document);
    // Now rather than on the next event-loop turn (which would not be quiet):
    // this also cancels the highlighter's own delayed pass.
    rehighlightQuietly(highlighter);
}

} // namespace app
