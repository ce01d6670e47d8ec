#include "syntaxhighlighter.h"

#include "highlightstyle.h"

#include <QQuickItem>
#include <QTextDocument>

namespace app {

SyntaxHighlighter::SyntaxHighlighter(QObject* parent) : QObject(parent) {}

SyntaxHighlighter::~SyntaxHighlighter()
{
    QObject::disconnect(m_contentsConnection);
    m_backend.reset();   // leaves the document plain
    delete m_underlines; // it lives in the text view, which may outlive us
}

QTextDocument* SyntaxHighlighter::document() const
{
    return m_textDocument ? m_textDocument->textDocument() : nullptr;
}

void SyntaxHighlighter::setTextDocument(QQuickTextDocument* document)
{
    if (m_textDocument == document)
        return;
    m_textDocument = document;
    if (m_complete) {
        if (m_backend)
            m_backend->attach(this->document());
        else
            rebuild();
        updateUnderlines();
    }
    Q_EMIT textDocumentChanged();
}

void SyntaxHighlighter::setLanguage(const QString& language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (m_complete) {
        const highlight::Language parsed = highlight::languageFromName(language);
        // Keep the backend when it can do the new language: swapping it
        // would re-colour the whole document twice.
        if (!m_backend || m_backend->name() != highlightBackendName(parsed) ||
            !m_backend->setLanguage(parsed))
            rebuild();
    }
    Q_EMIT languageChanged();
}

void SyntaxHighlighter::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    if (m_complete && m_backend)
        m_backend->setDark(dark);
    if (m_underlines)
        m_underlines->setColor(highlight::errorUnderlineColor(dark));
    Q_EMIT darkChanged();
}

void SyntaxHighlighter::setErrorMarks(const QVariantList& marks)
{
    m_errorMarksValue = marks;
    m_marks = errormarks::fromVariantList(marks);
    if (m_complete && m_backend)
        m_backend->setErrorMarks(m_marks);
    if (m_complete)
        updateUnderlines();
    Q_EMIT errorMarksChanged();
}

QString SyntaxHighlighter::backendName() const
{
    return m_backend ? m_backend->name()
                     : highlightBackendName(highlight::languageFromName(m_language));
}

QString SyntaxHighlighter::errorMessagesAt(int line) const
{
    QStringList messages;
    for (const ErrorMark& mark : m_marks)
        if (mark.line == line && !mark.message.isEmpty())
            messages.append(mark.message);
    return messages.join(u'\n');
}

void SyntaxHighlighter::classBegin()
{
    // Created from QML: wait for every property instead of highlighting once
    // per property.
    m_complete = false;
}

void SyntaxHighlighter::componentComplete()
{
    m_complete = true;
    rebuild();
    updateUnderlines();
}

void SyntaxHighlighter::rebuild()
{
    const QString before = backendName();
    m_backend.reset(); // leaves the document plain for the next one
    m_backend = createHighlightBackend(highlight::languageFromName(m_language));
    // Theme and marks first, so the document is coloured once.
    m_backend->setDark(m_dark);
    m_backend->setErrorMarks(m_marks);
    m_backend->attach(document());
    if (m_backend->name() != before)
        Q_EMIT backendNameChanged();
}

void SyntaxHighlighter::updateUnderlines()
{
    // QQuickTextDocument is created by, and parented to, its TextEdit.
    auto* view = m_textDocument ? qobject_cast<QQuickItem*>(m_textDocument->parent()) : nullptr;
    if (m_underlines && m_underlines->parentItem() != view) {
        QObject::disconnect(m_contentsConnection);
        delete m_underlines;
    }
    if (!view)
        return;
    if (!m_underlines) {
        m_underlines = new ErrorUnderlineItem(view);
        // Edits move the marked text: follow it. contentsChange, not
        // contentsChanged: only text changes, not re-colouring.
        m_contentsConnection = connect(document(), &QTextDocument::contentsChange, this, [this] {
            if (m_underlines)
                m_underlines->setPositions(errormarks::underlinedPositions(m_marks, document()));
        });
    }
    m_underlines->setColor(highlight::errorUnderlineColor(m_dark));
    m_underlines->setPositions(errormarks::underlinedPositions(m_marks, document()));
}

} // namespace app
