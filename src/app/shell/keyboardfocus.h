#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlregistration.h>

namespace app {

// Which item should show the focus ring: the window's focus item while the
// user is working with the keyboard (any key since the last mouse press), as
// browsers do with :focus-visible. A mouse click hides the ring, so a clicked
// button does not keep a frame; Tab shows it again. FocusRing.qml follows
// `item`. It also hands the focus of any dialog that opened holding it
// itself (not one of its fields) to the dialog's first field.
class KeyboardFocus : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QQuickWindow* window READ window WRITE setWindow NOTIFY windowChanged)
    Q_PROPERTY(QQuickItem* item READ item NOTIFY itemChanged)
    Q_PROPERTY(bool keyboardMode READ keyboardMode NOTIFY itemChanged)
    // How far outside `item` the ring may go: 3 where there is room, -1
    // (just inside) where a clipping view (a list, a scroll view) would cut
    // the ring off at the item's edge.
    Q_PROPERTY(qreal outset READ outset NOTIFY itemChanged)

public:
    using QObject::QObject;

    QQuickWindow* window() const { return m_window; }
    void setWindow(QQuickWindow* window);
    QQuickItem* item() const { return m_item; }
    bool keyboardMode() const { return m_keyboardMode; }
    qreal outset() const { return m_outset; }

    // Whether `item` is something a person works with (a field, a button, a
    // list), not a container that happens to hold the focus.
    static bool isInteractive(const QQuickItem* item);

Q_SIGNALS:
    void windowChanged();
    void itemChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QPointer<QQuickWindow> m_window;
    QPointer<QQuickItem> m_item;
    bool m_keyboardMode = false;
    qreal m_outset = 3;
};

} // namespace app
