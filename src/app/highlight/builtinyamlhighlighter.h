#pragma once

#include "highlightbackend.h"

#include <QSyntaxHighlighter>

namespace app {

// The fallback highlighter: YAML manifests in full (keys, strings, numbers,
// booleans and null, comments, --- markers, anchors and aliases, list dashes,
// block scalars), and enough HCL and shell for the Terraform and doctl
// exports. The rules are in highlightlexer.cpp.
class BuiltinYamlHighlighter : public QSyntaxHighlighter, public HighlightBackend
{
    Q_OBJECT

public:
    explicit BuiltinYamlHighlighter(highlight::Language language = highlight::Language::Yaml,
                                    QObject* parent = nullptr);
    ~BuiltinYamlHighlighter() override;

    void attach(QTextDocument* document) override;
    bool setLanguage(highlight::Language language) override;
    void setDark(bool dark) override;
    void setErrorMarks(const QList<ErrorMark>& marks) override;
    QString name() const override { return QStringLiteral("built-in"); }

    highlight::Language language() const { return m_language; }

protected:
    void highlightBlock(const QString& text) override;

private:
    highlight::Language m_language;
    bool m_dark = false;
    QList<ErrorMark> m_marks;
};

} // namespace app
