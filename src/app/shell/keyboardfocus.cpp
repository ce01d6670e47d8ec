#include "keyboardfocus.h"

#include "dialogkeys.h"

#include <QKeyEvent>

namespace app {

void KeyboardFocus::setWindow(QQuickWindow* window)
{
    if (m_window == window)
        return;
    if (m_window) {
        m_window->removeEventFilter(this);
        disconnect(m_window, nullptr, this, nullptr);
    }
    m_window = window;
    if (m_window) {
        m_window->installEventFilter(this);
        connect(m_window, &QQuickWindow::activeFocusItemChanged, this, &KeyboardFocus::update);
    }
    Q_EMIT windowChanged();
    update();
}

bool KeyboardFocus::isInteractive(const QQuickItem* item)
{
    if (!item || !item->isVisible() || !item->isEnabled())
        return false;
    // The window's own items and a popup's frame take the focus only to pass
    // it on; they are not something to ring.
    if (item->inherits("QQuickRootItem") || item->inherits("QQuickPopupItem") ||
        item->inherits("QQuickOverlay") || item->inherits("QQuickContentItem"))
        return false;
    // A list's current row holds the focus for its list: ring the row.
    const QQuickItem* content = item->parentItem();
    const bool listRow =
        content && content->parentItem() && content->parentItem()->inherits("QQuickItemView");
    return item->activeFocusOnTab() || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit") || item->inherits("QQuickItemView") || listRow;
}

bool KeyboardFocus::eventFilter(QObject* watched, QEvent* event)
{
    bool mode = m_keyboardMode;
    switch (event->type()) {
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key != Qt::Key_Control && key != Qt::Key_Shift && key != Qt::Key_Alt &&
            key != Qt::Key_Meta)
            mode = true;
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        mode = false;
        break;
    default:
        break;
    }
    if (mode != m_keyboardMode) {
        m_keyboardMode = mode;
        update();
    }
    return QObject::eventFilter(watched, event);
}

namespace {

constexpr qreal Room = 3;

// Room outside the item unless an ancestor that clips would cut the ring.
qreal outsetFor(const QQuickItem* item)
{
    const QRectF ring =
        item->mapRectToScene(item->boundingRect().adjusted(-Room, -Room, Room, Room));
    for (const QQuickItem* up = item->parentItem(); up; up = up->parentItem())
        if (up->clip() && !up->mapRectToScene(up->boundingRect()).contains(ring))
            return -1;
    return Room;
}

} // namespace

void KeyboardFocus::update()
{
    QQuickItem* focused = m_window ? m_window->activeFocusItem() : nullptr;
    // A dialog that opened with the focus on itself, not on any of its
    // fields (typing went nowhere after Ctrl+N): give it to its first field,
    // unless the dialog's own DialogKeys or QML has placed it by then.
    if (focused && focused->inherits("QQuickPopupItem")) {
        QPointer<QQuickItem> popup = focused;
        QMetaObject::invokeMethod(
            this,
            [this, popup] {
                if (popup && m_window && m_window->activeFocusItem() == popup)
                    DialogKeys::focusFirstField(popup);
            },
            Qt::QueuedConnection);
    }
    QQuickItem* shown = m_keyboardMode && isInteractive(focused) ? focused : nullptr;
    const qreal outset = shown ? outsetFor(shown) : Room;
    if (shown == m_item && outset == m_outset)
        return;
    m_item = shown;
    m_outset = outset;
    Q_EMIT itemChanged();
}

} // namespace app
