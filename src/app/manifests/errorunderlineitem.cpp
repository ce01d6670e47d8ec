#include "errorunderlineitem.h"

#include <QPainter>
#include <QPainterPath>

namespace app {

namespace {

constexpr qreal WaveLength = 4.0; // one up-and-down, in pixels
constexpr qreal WaveHeight = 1.5;

} // namespace

ErrorUnderlineItem::ErrorUnderlineItem(QQuickItem* textEdit)
    : QQuickPaintedItem(textEdit), m_textEdit(textEdit)
{
    setParentItem(textEdit);
    setAcceptedMouseButtons(Qt::NoButton); // clicks and selection go to the text
    setAntialiasing(true);
    setZ(1);
    followSize();
    connect(textEdit, &QQuickItem::widthChanged, this, &ErrorUnderlineItem::followSize);
    connect(textEdit, &QQuickItem::heightChanged, this, &ErrorUnderlineItem::followSize);
    // The text moves under the marks when it is re-laid out (font, padding,
    // a resize with wrapping).
    for (const char* signal :
         {SIGNAL(contentSizeChanged()), SIGNAL(fontChanged(QFont)), SIGNAL(paddingChanged())})
        if (textEdit->metaObject()->indexOfSignal(QMetaObject::normalizedSignature(signal + 1)) >=
            0)
            connect(textEdit, signal, this, SLOT(update()));
}

void ErrorUnderlineItem::followSize()
{
    if (!m_textEdit)
        return;
    setSize(m_textEdit->size());
    update();
}

void ErrorUnderlineItem::setPositions(const QList<std::pair<int, int>>& positions)
{
    if (m_positions == positions)
        return;
    m_positions = positions;
    update();
}

void ErrorUnderlineItem::setColor(const QColor& color)
{
    if (m_color == color)
        return;
    m_color = color;
    update();
}

QRectF ErrorUnderlineItem::positionRect(int position) const
{
    QRectF rect;
    if (m_textEdit)
        QMetaObject::invokeMethod(m_textEdit, "positionToRectangle", Q_RETURN_ARG(QRectF, rect),
                                  Q_ARG(int, position));
    return rect;
}

QList<QRectF> ErrorUnderlineItem::underlineRects(const std::pair<int, int>& range) const
{
    // Walks the cursor positions of the range; a change of line top means
    // the text wrapped there.
    QList<QRectF> out;
    QRectF line = positionRect(range.first);
    qreal right = line.left();
    for (int position = range.first + 1; position <= range.second; ++position) {
        const QRectF here = positionRect(position);
        if (here.top() != line.top()) {
            out.append(QRectF(line.left(), line.top(), right - line.left(), line.height()));
            line = here;
        }
        right = here.left();
    }
    out.append(QRectF(line.left(), line.top(), right - line.left(), line.height()));
    return out;
}

void ErrorUnderlineItem::paint(QPainter* painter)
{
    if (!m_textEdit || m_positions.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_color, 1.2));
    for (const auto& range : m_positions) {
        for (const QRectF& rect : underlineRects(range)) {
            if (rect.width() <= 0)
                continue;
            const qreal base = rect.bottom() - WaveHeight;
            QPainterPath wave(QPointF(rect.left(), base));
            bool up = true;
            for (qreal x = rect.left(); x < rect.right(); x += WaveLength / 2) {
                const qreal next = std::min(x + WaveLength / 2, rect.right());
                wave.quadTo(QPointF((x + next) / 2, base + (up ? -WaveHeight : WaveHeight)),
                            QPointF(next, base));
                up = !up;
            }
            painter->drawPath(wave);
        }
    }
}

} // namespace app
