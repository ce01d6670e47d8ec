#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The built-in highlighter's rules: one line of YAML, HCL (Terraform) or
// POSIX shell in, coloured spans out. Pure functions, so the rules are tested
// without a document.
namespace app::highlight {

enum class Language
{
    Plain,
    Yaml,
    Hcl,   // Terraform
    Shell, // doctl commands
};

// "yaml"; "terraform", "hcl" or "tf"; "bash", "sh", "shell" or "doctl".
// Anything else is Plain.
Language languageFromName(const QString& name);

// What a span of text is; each role has one colour per theme (highlightstyle.h).
enum class Role
{
    Key,    // YAML and HCL keys, shell flags
    String, // quoted strings and plain YAML string values
    Number,
    Constant, // true, false, null, ~
    Comment,
    DocumentMarker, // YAML --- and ...
    AnchorAlias,    // YAML &anchor and *alias; shell $VARIABLE
    Punctuation,    // YAML list dashes and block-scalar indicators, shell line continuations
    Keyword,        // HCL block types, the shell command, YAML !tags
};

struct Token
{
    int start = 0;
    int length = 0;
    Role role = Role::Key;

    friend bool operator==(const Token&, const Token&) = default;
};

// One line's spans, and the state the next line starts in (QSyntaxHighlighter's
// block state; -1 is the plain state). States carry what spans lines: a YAML
// block scalar (`key: |`), an HCL /* comment */, a shell continuation or an
// open quote.
struct LineTokens
{
    QList<Token> tokens;
    int state = -1;
};

LineTokens lexLine(Language language, QStringView line, int previousState);

} // namespace app::highlight
