#include "windowswitcher.h"

#include "app/signin/accountcontroller.h"
#include "colors.h"
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

    // The window's QML is loaded (read, its imports and types resolved) on
    // the engine's loader thread while this thread reads the first
    // refresh's answers into the models; the window is then built over the
    // data, and its first frame shows them (issue 16). This runs again once
    // the component is ready.
    QQmlComponent* component =
        componentFor(QUrl(workspace ? QStringLiteral("qrc:/PoolStudio/qml/Main.qml")
                                    : QStringLiteral("qrc:/PoolStudio/qml/SignInWindow.qml")));
    if (component->isLoading())
        return;
    QVariantMap properties{{QStringLiteral("accounts"), QVariant::fromValue(m_accounts)}};
    if (workspace)
        properties.insert(QStringLiteral("workspace"), QVariant::fromValue(workspace));
    QObject* object = createWindow(component, properties);
    auto* window = qobject_cast<QQuickWindow*>(object);
    if (!window) {
        delete object;
        Q_EMIT failed(component->errorString());
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

QObject* WindowSwitcher::createWindow(QQmlComponent* component, const QVariantMap& properties)
{
    // The theme's colours go into the window's palette before its bindings
    // are first evaluated. Set afterwards (by the window's
    // Component.onCompleted, which now finds them set), each role changed
    // went through every control and re-evaluated every palette binding of
    // the window: some thirty passes, 4,400 binding evaluations (issue 16).
    QObject* object = component->beginCreate(component->engine()->rootContext());
    if (object) {
        component->setInitialProperties(object, properties);
        Colors().applyTheme(object->property("palette").value<QObject*>());
        component->completeCreate();
    }
    return object;
}

QQmlComponent* WindowSwitcher::componentFor(const QUrl& url)
{
    QQmlComponent*& component = m_components[url];
    if (!component) {
        component = new QQmlComponent(m_engine, url, QQmlComponent::Asynchronous, this);
        if (component->isLoading())
            connect(component, &QQmlComponent::statusChanged, this, &WindowSwitcher::update);
    }
    return component;
}

} // namespace app
