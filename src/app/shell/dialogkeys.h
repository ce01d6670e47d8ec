#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace app {

// The keyboard for one dialog (a Quick Controls Popup): when it opens, the
// focus goes to its first field; Enter presses the focused button, or else
// the dialog's accept button (`acceptButton`, an objectName), and
// Ctrl+Enter presses the accept button from anywhere in it, a multi-line
// field too. Esc is the popup's own closePolicy. Written once here so every
// dialog behaves the same without each growing its own key handlers.
class DialogKeys : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QObject* dialog READ dialog WRITE setDialog NOTIFY dialogChanged)
    Q_PROPERTY(
        QString acceptButton READ acceptButton WRITE setAcceptButton NOTIFY acceptButtonChanged)
    // objectNames of single-line fields that use Enter themselves (a tag
    // field adds its tag): Enter there is theirs, Ctrl+Enter still accepts.
    Q_PROPERTY(QStringList enterKeepers MEMBER m_enterKeepers NOTIFY enterKeepersChanged)
    // objectNames to focus on opening, the first that can take it wins
    // (a plan's confirmation, then its Apply); else the first field.
    Q_PROPERTY(QStringList focusOrder MEMBER m_focusOrder NOTIFY focusOrderChanged)

public:
    using QObject::QObject;

    QObject* dialog() const { return m_dialog; }
    void setDialog(QObject* dialog);
    QString acceptButton() const { return m_acceptButton; }
    void setAcceptButton(const QString& objectName);

    // Focuses the first field under `root` (an editable text field, a check
    // box, a switch, a combo box), else `fallback` when it can take the focus,
    // else the first item that takes Tab. The reason is Tab, so the field
    // shows it has the focus. False when nothing could take it.
    Q_INVOKABLE static bool focusFirstField(QQuickItem* root, QQuickItem* fallback = nullptr);

Q_SIGNALS:
    void dialogChanged();
    void acceptButtonChanged();
    void enterKeepersChanged();
    void focusOrderChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private Q_SLOTS:
    void dialogOpened();
    void dialogClosed();

private:
    QQuickItem* popupItem() const;
    QQuickItem* findAcceptButton() const;
    static bool press(QQuickItem* button);

    QPointer<QObject> m_dialog;
    QPointer<QQuickWindow> m_window;
    QString m_acceptButton;
    QStringList m_enterKeepers;
    QStringList m_focusOrder;
};

} // namespace app
