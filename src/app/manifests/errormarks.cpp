#include "errormarks.h"

#include "app/highlight/highlightstyle.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QVariantMap>

namespace app::errormarks {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

int firstNonBlank(QStringView line)
{
    int i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    return i;
}

int endWithoutTrailingBlanks(QStringView line)
{
    int end = int(line.size());
    while (end > 0 && isBlank(line[end - 1]))
        --end;
    return end;
}

} // namespace

QList<ErrorMark> fromVariantList(const QVariantList& list)
{
    QList<ErrorMark> out;
    for (const QVariant& entry : list) {
        const QVariantMap map = entry.toMap();
        ErrorMark mark{map.value(QStringLiteral("line")).toInt(),
                       map.value(QStringLiteral("column")).toInt(),
                       map.value(QStringLiteral("message")).toString()};
        if (mark.line >= 1)
            out.append(mark);
    }
    return out;
}

std::pair<int, int> underlineRange(QStringView line, int column)
{
    const int end = endWithoutTrailingBlanks(line);
    const int start = column - 1;
    if (column < 1 || start >= end)
        return {std::min(firstNonBlank(line), end), end};
    if (isBlank(line[start]))
        return {start, end};
    if (line[start] == u'"' || line[start] == u'\'') {
        for (int i = start + 1; i < end; ++i) {
            if (line[start] == u'"' && line[i] == u'\\')
                ++i;
            else if (line[i] == line[start])
                return {start, i + 1};
        }
        return {start, end};
    }
    int i = start;
    while (i < end && !isBlank(line[i]) && line[i] != u',' && line[i] != u']' && line[i] != u'}' &&
           !(line[i] == u':' && (i + 1 == end || isBlank(line[i + 1]))))
        ++i;
    return {start, std::max(i, start + 1)};
}

namespace {

// The 1-based line a mark is drawn on in a document of `lineCount` lines.
int drawnLine(const ErrorMark& mark, int lineCount)
{
    return std::min(mark.line, lineCount);
}

} // namespace

QList<std::pair<int, int>> underlinedPositions(const QList<ErrorMark>& marks,
                                               const QTextDocument* document)
{
    QList<std::pair<int, int>> out;
    if (!document)
        return out;
    for (const ErrorMark& mark : marks) {
        const QTextBlock block =
            document->findBlockByNumber(drawnLine(mark, document->blockCount()) - 1);
        if (!block.isValid())
            continue;
        const auto [start, end] = underlineRange(block.text(), mark.column);
        if (end > start)
            out.append({block.position() + start, block.position() + end});
    }
    return out;
}

void tintMarkedLine(const QList<ErrorMark>& marks, const QTextBlock& block, const QString& text,
                    bool dark, const std::function<QTextCharFormat(int)>& formatAt,
                    const std::function<void(int, int, const QTextCharFormat&)>& setFormat)
{
    if (marks.isEmpty() || !block.isValid())
        return;
    const int lineCount = block.document() ? block.document()->blockCount() : 1;
    const int line = block.blockNumber() + 1;
    const bool marked = std::any_of(marks.begin(), marks.end(), [&](const ErrorMark& mark) {
        return drawnLine(mark, lineCount) == line;
    });
    if (!marked)
        return;
    const QColor background = highlight::errorLineBackground(dark);
    for (int i = 0; i < text.size(); ++i) {
        QTextCharFormat format = formatAt(i);
        format.setBackground(background);
        setFormat(i, 1, format);
    }
}

} // namespace app::errormarks
