#pragma once

#include "app/manifests/errormarks.h"
#include "highlightlexer.h"

#include <QList>
#include <QString>
#include <memory>

class QSyntaxHighlighter;
class QTextDocument;

namespace app {

// What colours a text document for app::SyntaxHighlighter: KDE Syntax
// Highlighting when it was found at configure time and knows the language,
// else the built-in highlighter. Both are QSyntaxHighlighters underneath and
// both tint error-marked lines the same way.
//
// Re-colouring never looks like an edit: QSyntaxHighlighter wraps its work in
// an edit block, whose end emits QTextDocument::contentsChanged and so a
// TextEdit's textChanged. Backends re-colour with the document's signals
// blocked (the TextEdit repaints from its layout's updateBlock signal, which
// still comes).
class HighlightBackend
{
public:
    virtual ~HighlightBackend() = default;

    // Highlights `document` (nullptr: none), leaving the one before plain.
    virtual void attach(QTextDocument* document) = 0;
    // False when this backend cannot highlight `language`.
    virtual bool setLanguage(highlight::Language language) = 0;
    virtual void setDark(bool dark) = 0;
    virtual void setErrorMarks(const QList<ErrorMark>& marks) = 0;
    // "KSyntaxHighlighting" or "built-in".
    virtual QString name() const = 0;
};

// The best backend for `language`, and its name.
std::unique_ptr<HighlightBackend> createHighlightBackend(highlight::Language language);
QString highlightBackendName(highlight::Language language);

// QSyntaxHighlighter::rehighlight() and setDocument() without the
// contentsChanged signal they cause (see above).
void rehighlightQuietly(QSyntaxHighlighter& highlighter);
void setDocumentQuietly(QSyntaxHighlighter& highlighter, QTextDocument* document);

} // namespace app
