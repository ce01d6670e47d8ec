#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QTextCharFormat>
#include <QVariantList>
#include <functional>

class QTextBlock;
class QTextDocument;

namespace app {

// A problem at a place in the text: 1-based line and column (0 = unknown),
// as core::manifest::ManifestError gives them.
struct ErrorMark
{
    int line = 0;
    int column = 0;
    QString message;

    friend bool operator==(const ErrorMark&, const ErrorMark&) = default;
};

namespace errormarks {

// From QML's [{line, column, message}, ...]; entries without a line >= 1 are
// dropped (they belong to the file, not to a place in it).
QList<ErrorMark> fromVariantList(const QVariantList& list);

// The characters to underline in `line` for an error at 1-based `column`:
// the token there (a quoted string to its closing quote; otherwise up to a
// blank, `,`, `]`, `}` or a key's colon), or the rest of the line when the
// column falls on a blank; the whole line when the column is unknown or past
// its end. Returns [start, end).
std::pair<int, int> underlineRange(QStringView line, int column);

// Where the wavy underlines go in `document`: [start, end) document
// positions, one per mark. The block of line L is L-1; a mark past the last
// line goes on the last line.
QList<std::pair<int, int>> underlinedPositions(const QList<ErrorMark>& marks,
                                               const QTextDocument* document);

// The tint both highlight backends lay on a marked line, over their own
// formats, inside QSyntaxHighlighter::highlightBlock (format() and setFormat()
// are protected, so the backend passes them in). The underline itself is drawn
// by ErrorUnderlineItem: Qt Quick's text renderer ignores
// QTextCharFormat::WaveUnderline.
void tintMarkedLine(const QList<ErrorMark>& marks, const QTextBlock& block, const QString& text,
                    bool dark, const std::function<QTextCharFormat(int)>& formatAt,
                    const std::function<void(int, int, const QTextCharFormat&)>& setFormat);

} // namespace errormarks
} // namespace app
