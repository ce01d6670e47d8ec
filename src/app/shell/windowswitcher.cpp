#include "windowswitcher.h"

#include "app/signin/accountcontroller.h"
#include "workspace.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>

namespace app {

WindowSwitcher::WindowSwitcher(QQmlEngine* engine, AccountController* accounts, QObject* parent)
    : QObject(parent), m_engine(engine), m_accounts(accounts)
{
    // Queued: the switch often starts from a click in the window it replaces.
    connect(accounts, &AccountController::sessionChanged, this, &WindowSwitcher::update,
            Qt::QueuedConnection);
    connect(accounts, &AccountController::stateChanged, this, &WindowSwitcher::update,
            Qt::QueuedConnection);
}

WindowSwitcher::~WindowSwitcher()
{
    delete m_window.data();
}

void WindowSwitcher::update()
{
    Workspace* workspace = m_accounts->workspace();
    const bool wantsSignIn = !workspace;
    if (m_window && ((wantsSignIn && !m_workspace) || (workspace && workspace == m_workspace)))
        return; // already showing it
    // At start, the decision may wait for the keychain: no window until then.
    if (!m_window && wantsSignIn && m_accounts->busy())
        return;

    // The first refresh goes out before the window is built, so that its
    // answers (from the demo simulator's thread, or the network) arrive while
    // QML is still being created, not after (issue 16); Main.qml then starts
    // none. Qt sends a request from the event loop, so the window is built
    // one turn later, once the requests have left.
    if (workspace && !workspace->loaded() && !workspace->loading()) {
        workspace->refresh();
        QMetaObject::invokeMethod(this, &WindowSwitcher::update, Qt::QueuedConnection);
        return;
    }

    QVariantMap properties{{QStringLiteral("accounts"), QVariant::fromValue(m_accounts)}};
    if (workspace)
        properties.insert(QStringLiteral("workspace"), QVariant::fromValue(workspace));
    QQmlComponent component(
        m_engine, QUrl(workspace ? QStringLiteral("qrc:/PoolStudio/qml/Main.qml")
                                 : QStringLiteral("qrc:/PoolStudio/qml/SignInWindow.qml")));
    QObject* object = component.createWithInitialProperties(properties);
    auto* window = qobject_cast<QQuickWindow*>(object);
    if (!window) {
        delete object;
        Q_EMIT failed(component.errorString());
        return;
    }
    QQuickWindow* old = m_window;
    if (old) {
        window->setGeometry(old->geometry());
        window->setVisibility(old->visibility() == QWindow::Hidden ? QWindow::Windowed
                                                                   : old->visibility());
    }
    window->show(); // before the old one closes, or the application would quit
    m_window = window;
    m_workspace = workspace;
    if (old) {
        old->close();
        delete old;
    }
    m_accounts->releaseRetiredSessions();
    Q_EMIT windowChanged(window);
}

} // namespace app
