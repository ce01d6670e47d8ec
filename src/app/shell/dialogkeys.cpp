#include "dialogkeys.h"

#include <QKeyEvent>
#include <functional>

namespace app {

namespace {

bool usable(const QQuickItem* item)
{
    return item && item->isVisible() && item->isEnabled() && item->width() > 0 &&
           item->height() > 0;
}

bool isEditableText(const QQuickItem* item)
{
    return (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) &&
           !item->property("readOnly").toBool();
}

bool isField(const QQuickItem* item)
{
    if (isEditableText(item))
        return true;
    if (item->inherits("QQuickComboBox") || item->inherits("QQuickSpinBox"))
        return true;
    // Check boxes and switches, not a checkable button that only shows or
    // hides part of the dialog.
    return item->inherits("QQuickCheckBox") || item->inherits("QQuickSwitch") ||
           item->inherits("QQuickRadioButton");
}

// Depth first in declaration order: the order Tab visits them in.
QQuickItem* firstUnder(QQuickItem* root, const std::function<bool(const QQuickItem*)>& wanted)
{
    if (!root || !root->isVisible() || !root->isEnabled())
        return nullptr;
    if (wanted(root) && usable(root))
        return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = firstUnder(child, wanted))
            return found;
    return nullptr;
}

QQuickItem* named(QQuickItem* root, const QString& objectName)
{
    if (!root)
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = named(child, objectName))
            return found;
    return nullptr;
}

} // namespace

void DialogKeys::setDialog(QObject* dialog)
{
    if (m_dialog == dialog)
        return;
    if (m_dialog)
        disconnect(m_dialog, nullptr, this, nullptr);
    dialogClosed();
    m_dialog = dialog;
    // By name: Popup's class is private in Qt 6.4, its signals are not.
    if (m_dialog) {
        connect(m_dialog, SIGNAL(opened()), this, SLOT(dialogOpened()));
        connect(m_dialog, SIGNAL(closed()), this, SLOT(dialogClosed()));
    }
    Q_EMIT dialogChanged();
}

void DialogKeys::setAcceptButton(const QString& objectName)
{
    if (m_acceptButton == objectName)
        return;
    m_acceptButton = objectName;
    Q_EMIT acceptButtonChanged();
}

QQuickItem* DialogKeys::popupItem() const
{
    const auto* content =
        m_dialog ? m_dialog->property("contentItem").value<QQuickItem*>() : nullptr;
    return content ? content->parentItem() : nullptr;
}

QQuickItem* DialogKeys::findAcceptButton() const
{
    return m_acceptButton.isEmpty() ? nullptr : named(popupItem(), m_acceptButton);
}

bool DialogKeys::focusFirstField(QQuickItem* root, QQuickItem* fallback)
{
    QQuickItem* target = firstUnder(root, isField);
    if (!target && usable(fallback))
        target = fallback;
    if (!target)
        target = firstUnder(root, [](const QQuickItem* item) { return item->activeFocusOnTab(); });
    if (!target)
        return false;
    target->forceActiveFocus(Qt::TabFocusReason);
    return true;
}

void DialogKeys::dialogOpened()
{
    QQuickItem* popup = popupItem();
    if (!popup)
        return;
    bool focused = false;
    for (const QString& name : std::as_const(m_focusOrder)) {
        QQuickItem* item = named(popup, name);
        if (usable(item)) {
            item->forceActiveFocus(Qt::TabFocusReason);
            focused = true;
            break;
        }
    }
    if (!focused)
        focusFirstField(m_dialog->property("contentItem").value<QQuickItem*>(), findAcceptButton());
    if (m_window != popup->window()) {
        if (m_window)
            m_window->removeEventFilter(this);
        m_window = popup->window();
        if (m_window)
            m_window->installEventFilter(this);
    }
}

void DialogKeys::dialogClosed()
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = nullptr;
}

bool DialogKeys::press(QQuickItem* button)
{
    if (!usable(button))
        return false;
    // `clicked` is what a click emits: DialogButtonBox roles and onClicked
    // handlers both answer it.
    return QMetaObject::invokeMethod(button, "clicked");
}

bool DialogKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || watched != m_window)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    QQuickItem* popup = popupItem();
    QQuickItem* focused = m_window->activeFocusItem();
    // Only while the focus is in this dialog: not in a combo box's list or in
    // another dialog opened over it.
    if (!popup || !focused || (focused != popup && !popup->isAncestorOf(focused)))
        return false;
    const bool control = key->modifiers().testFlag(Qt::ControlModifier);
    if (!control) {
        // A multi-line field takes Enter as a new line; a button takes it as a press.
        if (focused->inherits("QQuickTextEdit") && !focused->property("readOnly").toBool())
            return false;
        if (m_enterKeepers.contains(focused->objectName()))
            return false;
        if (focused->inherits("QQuickAbstractButton") && !focused->property("checkable").toBool())
            return press(focused);
    }
    QQuickItem* accept = findAcceptButton();
    if (!usable(accept))
        return false;
    press(accept);
    return true;
}

} // namespace app
