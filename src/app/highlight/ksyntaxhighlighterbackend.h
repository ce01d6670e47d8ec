#pragma once

// Built only when CMake finds KF6SyntaxHighlighting (POOLSTUDIO_HAVE_KSYNTAXHIGHLIGHTING).

#include "highlightbackend.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace app {

// KDE Syntax Highlighting's YAML, Terraform and Bash definitions with its
// default light or dark theme, plus our error marks drawn over its formats.
class KSyntaxHighlighterBackend : public KSyntaxHighlighting::SyntaxHighlighter,
                                  public HighlightBackend
{
    Q_OBJECT

public:
    // True when the installed definitions include `language`.
    static bool supports(highlight::Language language);

    explicit KSyntaxHighlighterBackend(highlight::Language language, QObject* parent = nullptr);
    ~KSyntaxHighlighterBackend() override;

    void attach(QTextDocument* document) override;
    bool setLanguage(highlight::Language language) override;
    void setDark(bool dark) override;
    void setErrorMarks(const QList<ErrorMark>& marks) override;
    QString name() const override { return QStringLiteral("KSyntaxHighlighting"); }

protected:
    void highlightBlock(const QString& text) override;

private:
    bool m_dark = false;
    QList<ErrorMark> m_marks;
};

} // namespace app
