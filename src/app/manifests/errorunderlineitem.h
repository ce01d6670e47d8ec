#pragma once

#include <QColor>
#include <QList>
#include <QPointer>
#include <QQuickPaintedItem>

class QTextDocument;

namespace app {

// Red wavy lines under error marks, drawn on a transparent item laid over a
// TextEdit: Qt Quick's text renderer draws no QTextCharFormat::WaveUnderline.
// SyntaxHighlighter creates one per text view; positions are the document's
// ([start, end) character positions), mapped to pixels through the TextEdit's
// positionToRectangle(), so padding, fonts and scrolling need no bookkeeping.
class ErrorUnderlineItem : public QQuickPaintedItem
{
    Q_OBJECT

public:
    // Lies over `textEdit` (a QML TextEdit or TextArea) and is deleted with it.
    explicit ErrorUnderlineItem(QQuickItem* textEdit);

    void setPositions(const QList<std::pair<int, int>>& positions);
    QList<std::pair<int, int>> positions() const { return m_positions; }
    void setColor(const QColor& color);

    // The wave's baseline and ends for a range, in this item's coordinates,
    // one rectangle per visual line (a wrapped range spans several).
    QList<QRectF> underlineRects(const std::pair<int, int>& range) const;

    void paint(QPainter* painter) override;

private:
    QRectF positionRect(int position) const;
    void followSize();

    QPointer<QQuickItem> m_textEdit;
    QList<std::pair<int, int>> m_positions;
    QColor m_color = Qt::red;
};

} // namespace app
