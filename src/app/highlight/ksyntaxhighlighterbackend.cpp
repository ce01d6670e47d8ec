#include "ksyntaxhighlighterbackend.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QSignalBlocker>
#include <QTextDocument>

namespace app {

namespace {

// Loading the definitions is slow: one repository for the whole process.
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, repository)

QString definitionName(highlight::Language language)
{
    switch (language) {
    case highlight::Language::Yaml:
        return QStringLiteral("YAML");
    case highlight::Language::Hcl:
        return QStringLiteral("Terraform");
    case highlight::Language::Shell:
        return QStringLiteral("Bash");
    case highlight::Language::Plain:
        break;
    }
    return {};
}

KSyntaxHighlighting::Theme themeFor(bool dark)
{
    return repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                         : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

bool KSyntaxHighlighterBackend::supports(highlight::Language language)
{
    const QString name = definitionName(language);
    return !name.isEmpty() && repository->definitionForName(name).isValid();
}

KSyntaxHighlighterBackend::KSyntaxHighlighterBackend(highlight::Language language, QObject* parent)
    : KSyntaxHighlighting::SyntaxHighlighter(parent)
{
    setDefinition(repository->definitionForName(definitionName(language)));
    setTheme(themeFor(m_dark));
}

KSyntaxHighlighterBackend::~KSyntaxHighlighterBackend()
{
    setDocumentQuietly(*this, nullptr);
}

void KSyntaxHighlighterBackend::attach(QTextDocument* document)
{
    setDocumentQuietly(*this, document);
}

bool KSyntaxHighlighterBackend::setLanguage(highlight::Language language)
{
    if (!supports(language))
        return false;
    // setDefinition() and setTheme() re-colour the document themselves.
    const QSignalBlocker quiet(document());
    setDefinition(repository->definitionForName(definitionName(language)));
    return true;
}

void KSyntaxHighlighterBackend::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    {
        const QSignalBlocker quiet(document());
        setTheme(themeFor(dark));
    }
    rehighlightQuietly(*this);
}

void KSyntaxHighlighterBackend::setErrorMarks(const QList<ErrorMark>& marks)
{
    if (m_marks == marks)
        return;
    m_marks = marks;
    rehighlightQuietly(*this);
}

void KSyntaxHighlighterBackend::highlightBlock(const QString& text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    errormarks::tintMarkedLine(
        m_marks, currentBlock(), text, m_dark, [this](int i) { return format(i); },
        [this](int start, int length, const QTextCharFormat& f) { setFormat(start, length, f); });
}

} // namespace app
