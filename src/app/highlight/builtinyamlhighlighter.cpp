#include "builtinyamlhighlighter.h"

#include "highlightstyle.h"

namespace app {

BuiltinYamlHighlighter::BuiltinYamlHighlighter(highlight::Language language, QObject* parent)
    : QSyntaxHighlighter(parent), m_language(language)
{}

BuiltinYamlHighlighter::~BuiltinYamlHighlighter()
{
    setDocumentQuietly(*this, nullptr);
}

void BuiltinYamlHighlighter::attach(QTextDocument* document)
{
    setDocumentQuietly(*this, document);
}

void BuiltinYamlHighlighter::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    rehighlightQuietly(*this);
}

void BuiltinYamlHighlighter::setErrorMarks(const QList<ErrorMark>& marks)
{
    if (m_marks == marks)
        return;
    m_marks = marks;
    rehighlightQuietly(*this);
}

bool BuiltinYamlHighlighter::setLanguage(highlight::Language language)
{
    if (m_language != language) {
        m_language = language;
        rehighlightQuietly(*this);
    }
    return true;
}

void BuiltinYamlHighlighter::highlightBlock(const QString& text)
{
    const highlight::LineTokens line = highlight::lexLine(m_language, text, previousBlockState());
    for (const highlight::Token& token : line.tokens)
        setFormat(token.start, token.length, highlight::format(token.role, m_dark));
    setCurrentBlockState(line.state);
    errormarks::tintMarkedLine(
        m_marks, currentBlock(), text, m_dark, [this](int i) { return format(i); },
        [this](int start, int length, const QTextCharFormat& f) { setFormat(start, length, f); });
}

} // namespace app
