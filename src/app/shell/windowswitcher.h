#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QUrl>
#include <QVariantMap>

class QQmlComponent;
class QQmlEngine;

namespace app {

class AccountController;
class Workspace;

// Shows the window the accounts call for: the main window over the current
// session's Workspace, or the sign-in window when there is none. A new
// session gets a new main window (same place and size), so no state of one
// account survives into another; the old window is deleted before the
// session it showed.
class WindowSwitcher : public QObject
{
    Q_OBJECT

public:
    WindowSwitcher(QQmlEngine* engine, AccountController* accounts, QObject* parent = nullptr);
    ~WindowSwitcher() override;

    // A window from a ready component and its initial properties, with the
    // theme's colours in its palette before its bindings first run (null
    // when QML failed: component->errorString() says why).
    static QObject* createWindow(QQmlComponent* component, const QVariantMap& properties);

    QQuickWindow* window() const { return m_window; }
    // Whether the window shown is the main window (else the sign-in window).
    bool showsWorkspace() const { return m_workspace != nullptr; }

Q_SIGNALS:
    void windowChanged(QQuickWindow* window);
    // QML failed to load: the message says why.
    void failed(const QString& message);

private:
    void update();
    // The window file's component: loading, or loaded and kept for the
    // next switch.
    QQmlComponent* componentFor(const QUrl& url);

    QQmlEngine* m_engine;
    AccountController* m_accounts;
    QPointer<QQuickWindow> m_window;
    QPointer<Workspace> m_workspace; // the one m_window shows, if any
    QHash<QUrl, QQmlComponent*> m_components;
};

} // namespace app
