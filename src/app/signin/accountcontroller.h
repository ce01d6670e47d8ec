#pragma once

#include "accounts/contextfilewatcher.h"
#include "accounts/contextstore.h"
#include "accounts/tokensource.h"
#include "accountsession.h"
#include "app/shell/workspace.h"
#include "doctlimportcontroller.h"
#include "signincontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace accounts {
class TokenStore;
}
namespace app {

// Who the window works for, and with which token: the start-up decision
// (the --demo option; a token in the environment, for one run; the current
// context's token from its store; else the sign-in page), the stored
// contexts, switching between them and signing out. Each session gets a
// Workspace of its own; sessionChanged() tells the window to show it (or the
// sign-in page when there is none). Signing in with a pasted token is its
// SignInController's, doctl import its DoctlImportController's; both report
// on the page through the state here (busy, message, error). The token
// passes through here and into the stores and the client, never into a
// property.
class AccountController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the AccountController")

    Q_PROPERTY(app::Workspace* workspace READ workspace NOTIFY sessionChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString contextName READ contextName NOTIFY sessionChanged)
    // "token from DIGITALOCEAN_ACCESS_TOKEN", "token of context “work” from the keychain", ...
    Q_PROPERTY(QString tokenSourceText READ tokenSourceText NOTIFY sessionChanged)
    Q_PROPERTY(bool environmentToken READ environmentToken NOTIFY sessionChanged)
    Q_PROPERTY(bool canSignOut READ canSignOut NOTIFY sessionChanged)
    // "the keychain" or "the token file": where the current context's token is.
    Q_PROPERTY(QString storeName READ storeName NOTIFY sessionChanged)
    // Stored contexts: {name, email, team, storage, apiUrl, current}.
    Q_PROPERTY(QVariantList contexts READ contexts NOTIFY contextsChanged)
    // contexts.json cannot be used (written by a newer Pool Studio, damaged or
    // unreadable): it is left as it is and nothing is saved to it until the
    // user moves it aside. contextsProblem says why, in a sentence.
    Q_PROPERTY(bool contextsReadOnly READ contextsReadOnly NOTIFY contextsChanged)
    Q_PROPERTY(QString contextsProblem READ contextsProblem NOTIFY contextsChanged)
    Q_PROPERTY(QString contextsPath READ contextsPath NOTIFY contextsChanged)
    // What the last save or move aside said (an error, or where the backup went).
    Q_PROPERTY(QString contextsMessage READ contextsMessage NOTIFY contextsChanged)

    // The sign-in page.
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString busyText READ busyText NOTIFY stateChanged)
    // The name the page starts with (a context to sign in to again); its own
    // signal, so the field is set only when it changes, not on every state.
    Q_PROPERTY(QString signInName READ signInName NOTIFY signInNameChanged)
    Q_PROPERTY(QString signInMessage READ signInMessage NOTIFY stateChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY stateChanged)
    // Where a new sign-in goes; shown when it is not DigitalOcean's.
    Q_PROPERTY(QString apiUrlText READ apiUrlText CONSTANT)
    Q_PROPERTY(QString tokenFilePath READ tokenFilePath CONSTANT)

    // Signing in with a token and the keychain probe; doctl import.
    Q_PROPERTY(app::SignInController* signInFlow READ signInFlow CONSTANT)
    Q_PROPERTY(app::DoctlImportController* doctlImport READ doctlImport CONSTANT)

public:
    explicit AccountController(QObject* parent = nullptr);
    ~AccountController() override;

    // --- set up before start() ------------------------------------------
    // --api-url or DIGITALOCEAN_API_URL: every session of this run uses it.
    void setApiUrlOverride(const QUrl& url) { m_apiUrlOverride = url; }
    // Tests keep their contexts, token file and keychain entries apart.
    void setContextsPath(const QString& path) { m_contextsPath = path; }
    void setTokenFilePath(const QString& path) { m_tokenFilePath = path; }
    void setKeychainService(const QString& service) { m_keychainService = service; }
    void setDoctlPath(const QString& path) { m_doctlImport->setDefaultPath(path); }
    // Whether DIGITALOCEAN_ACCESS_TOKEN / DIGITALOCEAN_TOKEN are looked at.
    void setUseEnvironment(bool use) { m_useEnvironment = use; }
    // How demo mode gets its API; without one, "Try the demo" says it is missing.
    void setDemoStarter(DemoStarter starter) { m_demoStarter = std::move(starter); }

    // The start-up decision. `forceDemo`: the --demo option.
    void start(bool forceDemo);

    // --- what QML binds to ------------------------------------------------
    Workspace* workspace() const;
    bool signedIn() const { return workspace() != nullptr; }
    QString contextName() const;
    QString tokenSourceText() const;
    bool environmentToken() const;
    bool canSignOut() const;
    QString storeName() const;
    QVariantList contexts() const;
    bool contextsReadOnly() const { return m_contexts.isReadOnly(); }
    QString contextsProblem() const;
    QString contextsPath() const { return m_contexts.path(); }
    QString contextsMessage() const { return m_contextsMessage; }
    bool busy() const { return !m_busyText.isEmpty(); }
    QString busyText() const { return m_busyText; }
    QString signInName() const { return m_signInName; }
    QString signInMessage() const { return m_signInMessage; }
    QString signInError() const { return m_signInError; }
    QString apiUrlText() const;
    QString tokenFilePath() const;
    SignInController* signInFlow() const { return m_signInFlow; }
    DoctlImportController* doctlImport() const { return m_doctlImport; }

    Q_INVOKABLE void useDemo();
    // Opens a stored context with its token.
    Q_INVOKABLE void switchContext(const QString& name);
    // Removes the current context's token from its store (and the context),
    // then shows the sign-in page. Only for stored contexts.
    Q_INVOKABLE void signOut();
    // Leaves the session for the sign-in page, keeping every token.
    Q_INVOKABLE void showSignIn();
    // The user's decision about an unusable contexts.json: it becomes the
    // first free contexts.json.broken-N (earlier backups stay) and the
    // contexts of this run are saved to a new file.
    Q_INVOKABLE void moveAsideContextsFile();
    // Re-reads contexts.json when another process (poolctl, a second window)
    // changed it; the watcher calls this, tests may too.
    void reloadContexts();

    // The window calls this once the window of an older session is gone.
    void releaseRetiredSessions();
    // The server of a demo session (the executable's; tests drive its clock and faults).
    QObject* demoServer() const;

    // --- for the sign-in and doctl import flows ------------------------------
    // Where a context whose own API URL is `contextApiUrl` (empty: the
    // default) is reached this run: --api-url wins over it.
    QUrl apiUrlFor(const QString& contextApiUrl) const;
    accounts::TokenStore* storeFor(const QString& storage);
    // Keeps the token in the context's store, then saves and opens the context.
    void storeAndOpen(accounts::Context context, const QString& token);
    // Adds or replaces a context (saved with the next saveContexts()).
    void keepContext(const accounts::Context& context) { m_contexts.upsert(context); }
    bool saveContexts();
    void setBusy(const QString& text);
    // Stops being busy and shows `error` on the sign-in page.
    void fail(const QString& error);
    // Shows `error` and stays busy.
    void showError(const QString& error);
    // Clears the error; the next state change shows it gone.
    void clearError() { m_signInError.clear(); }

Q_SIGNALS:
    void sessionChanged();
    void contextsChanged();
    void stateChanged();
    void signInNameChanged();

private:
    ContextFolders foldersFor(const QString& contextName) const;
    void loadContexts();
    void showSignInPage(const QString& name, const QString& message, const QString& error = {});
    void openSession(std::unique_ptr<AccountSession> session);
    void openContext(const accounts::Context& context, const QString& token);

    QUrl m_apiUrlOverride;
    QString m_contextsPath;
    QString m_tokenFilePath;
    QString m_keychainService;
    bool m_useEnvironment = true;
    DemoStarter m_demoStarter;

    accounts::ContextStore m_contexts;
    std::unique_ptr<accounts::ContextFileWatcher> m_contextsWatcher;
    QString m_contextsMessage;
    std::unique_ptr<accounts::TokenStore> m_keychain;
    std::unique_ptr<accounts::TokenStore> m_file;
    std::unique_ptr<AccountSession> m_session;
    std::vector<std::unique_ptr<AccountSession>> m_retired;

    QString m_busyText;
    QString m_signInName;
    QString m_signInMessage;
    QString m_signInError;

    SignInController* m_signInFlow;
    DoctlImportController* m_doctlImport;
};

} // namespace app
