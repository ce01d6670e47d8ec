#pragma once

#include "accounts/contextstore.h"
#include "accounts/doctlconfig.h"
#include "accounts/tokensource.h"
#include "accountsession.h"
#include "app/shell/workspace.h"

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
namespace api {
class DoClient;
struct Account;
struct ApiError;
} // namespace api

namespace app {

// Who the window works for, and with which token. It owns the start-up
// decision (the --demo option; a token in the environment, for one run; the
// current context's token from its store; else the sign-in page), signing
// in (the token checked with GET /v2/account, then kept in the keychain or,
// only when the user chose it, a 0600 file), doctl import, switching
// contexts and signing out. Each session gets a Workspace of its own;
// sessionChanged() tells the window to show it (or the sign-in page when
// there is none). The token passes through here and into the stores and the
// client, never into a property.
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
    // "checking", "available" or "unavailable" (then keychainProblem says why).
    Q_PROPERTY(QString keychainState READ keychainState NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainChanged)
    Q_PROPERTY(QString tokenFilePath READ tokenFilePath CONSTANT)

    // doctl import: what the chosen config.yaml holds (never its tokens).
    Q_PROPERTY(QString doctlPath READ doctlPath NOTIFY doctlChanged)
    Q_PROPERTY(bool doctlRead READ doctlRead NOTIFY doctlChanged)
    // {name, apiUrl, problem, current}; problem is set when it cannot be imported.
    Q_PROPERTY(QVariantList doctlContexts READ doctlContexts NOTIFY doctlChanged)
    Q_PROPERTY(QStringList doctlErrors READ doctlErrors NOTIFY doctlChanged)

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
    void setDoctlPath(const QString& path) { m_doctlPath = path; }
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
    bool busy() const { return !m_busyText.isEmpty(); }
    QString busyText() const { return m_busyText; }
    QString signInName() const { return m_signInName; }
    QString signInMessage() const { return m_signInMessage; }
    QString signInError() const { return m_signInError; }
    QString apiUrlText() const;
    QString keychainState() const { return m_keychainState; }
    QString keychainProblem() const { return m_keychainProblem; }
    QString tokenFilePath() const;
    QString doctlPath() const;
    bool doctlRead() const { return m_doctlRead; }
    QVariantList doctlContexts() const;
    QStringList doctlErrors() const { return m_doctl.errors; }

    // Checks the token with GET /v2/account, stores it (in the keychain, or
    // in the token file when `storeInFile`), saves the context (named `name`,
    // or after the account when empty) as current and opens it.
    Q_INVOKABLE void signIn(const QString& name, const QString& token, bool storeInFile);
    Q_INVOKABLE void useDemo();
    // Opens a stored context with its token.
    Q_INVOKABLE void switchContext(const QString& name);
    // Removes the current context's token from its store (and the context),
    // then shows the sign-in page. Only for stored contexts.
    Q_INVOKABLE void signOut();
    // Leaves the session for the sign-in page, keeping every token.
    Q_INVOKABLE void showSignIn();
    Q_INVOKABLE void probeKeychain();
    // Reads doctl's config.yaml (empty: its default place; file: URLs too).
    Q_INVOKABLE void readDoctl(const QString& path = {});
    // Checks and stores the tokens of the chosen doctl contexts, then opens
    // doctl's current one (or the first imported).
    Q_INVOKABLE void importDoctl(const QStringList& names, bool storeInFile);

    // The window calls this once the window of an older session is gone.
    void releaseRetiredSessions();
    // The server of a demo session (the executable's; tests drive its clock and faults).
    QObject* demoServer() const;

Q_SIGNALS:
    void sessionChanged();
    void contextsChanged();
    void stateChanged();
    void signInNameChanged();
    void keychainChanged();
    void doctlChanged();

private:
    QUrl apiUrlFor(const accounts::Context* context) const;
    ContextFolders foldersFor(const QString& contextName) const;
    accounts::TokenStore* storeFor(const QString& storage);
    void loadContexts();
    bool saveContexts();
    void setBusy(const QString& text);
    void showSignInPage(const QString& name, const QString& message, const QString& error = {});
    void openSession(std::unique_ptr<AccountSession> session);
    void openContext(const accounts::Context& context, const QString& token);
    // GET /v2/account with `token` at `url`; `done` gets the account or a sentence.
    void checkToken(const QUrl& url, const QString& token,
                    std::function<void(const api::Account&, const QString& error)> done);
    void storeAndOpen(accounts::Context context, const QString& token);
    void importNext();

    QUrl m_apiUrlOverride;
    QString m_contextsPath;
    QString m_tokenFilePath;
    QString m_keychainService;
    QString m_doctlPath;
    bool m_useEnvironment = true;
    DemoStarter m_demoStarter;

    accounts::ContextStore m_contexts;
    std::unique_ptr<accounts::TokenStore> m_keychain;
    std::unique_ptr<accounts::TokenStore> m_file;
    std::unique_ptr<api::DoClient> m_checker;
    std::unique_ptr<AccountSession> m_session;
    std::vector<std::unique_ptr<AccountSession>> m_retired;

    QString m_busyText;
    QString m_signInName;
    QString m_signInMessage;
    QString m_signInError;
    QString m_keychainState = QStringLiteral("checking");
    QString m_keychainProblem;
    bool m_keychainProbing = false;

    accounts::DoctlImport m_doctl;
    QString m_doctlReadPath;
    bool m_doctlRead = false;
    // An import in progress: what is left, where tokens go, what went wrong.
    QList<accounts::DoctlContext> m_importQueue;
    QString m_importStorage;
    QStringList m_importErrors;
    QStringList m_imported;
};

} // namespace app
