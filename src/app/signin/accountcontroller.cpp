#include "accountcontroller.h"

#include "accounts/environmenttoken.h"
#include "accounts/filetokenstore.h"
#include "accounts/keychaintokenstore.h"
#include "api/endpoint.h"

#include <QUrl>
#include <QVariantMap>

namespace app {

namespace {

bool isDefaultApi(const QUrl& url)
{
    return url.adjusted(QUrl::StripTrailingSlash) == QUrl(QString::fromLatin1(api::DefaultApiUrl));
}

} // namespace

AccountController::AccountController(QObject* parent)
    : QObject(parent), m_keychainService(accounts::KeychainTokenStore::defaultService()),
      m_signInFlow(new SignInController(this)),
      m_doctlImport(new DoctlImportController(this, m_signInFlow))
{}

AccountController::~AccountController()
{
    // Windows are gone by now (they are deleted before the controller).
    m_session.reset();
    m_retired.clear();
}

// --- where things are ---------------------------------------------------------

QUrl AccountController::apiUrlFor(const QString& contextApiUrl) const
{
    if (!m_apiUrlOverride.isEmpty())
        return m_apiUrlOverride;
    if (!contextApiUrl.isEmpty())
        return QUrl(contextApiUrl);
    return QUrl(QString::fromLatin1(api::DefaultApiUrl));
}

QString AccountController::apiUrlText() const
{
    const QUrl url = apiUrlFor(QString());
    return isDefaultApi(url) ? QString() : url.toString();
}

QString AccountController::tokenFilePath() const
{
    return m_tokenFilePath.isEmpty() ? accounts::FileTokenStore::defaultPath() : m_tokenFilePath;
}

accounts::TokenStore* AccountController::storeFor(const QString& storage)
{
    if (storage == QLatin1String(accounts::StorageFile)) {
        if (!m_file)
            m_file = std::make_unique<accounts::FileTokenStore>(tokenFilePath(), nullptr);
        return m_file.get();
    }
    if (!m_keychain)
        m_keychain = std::make_unique<accounts::KeychainTokenStore>(m_keychainService, nullptr);
    return m_keychain.get();
}

void AccountController::loadContexts()
{
    const QString path =
        m_contextsPath.isEmpty() ? accounts::ContextStore::defaultPath() : m_contextsPath;
    // An unusable file is the banner's to explain (contextsProblem).
    if (!m_contexts.load(path) && !m_contexts.isReadOnly())
        m_signInError = tr("Your contexts could not be read: %1").arg(m_contexts.errorText());
    // poolctl (or another window) may write the file while this one is open:
    // its contexts show up in the switcher and survive this window's saves.
    m_contextsWatcher = std::make_unique<accounts::ContextFileWatcher>(path);
    connect(m_contextsWatcher.get(), &accounts::ContextFileWatcher::changed, this,
            &AccountController::reloadContexts);
    Q_EMIT contextsChanged();
}

void AccountController::reloadContexts()
{
    if (!m_contexts.changedOnDisk())
        return; // our own save
    m_contexts.reload();
    Q_EMIT contextsChanged();
}

bool AccountController::saveContexts()
{
    // An unusable file is never overwritten nor moved without the user's
    // word: save() refuses, and the banner offers moveAsideContextsFile().
    const bool saved = m_contexts.save();
    // A read-only file is the banner's to explain; other failures (disk
    // full, a lock held too long) are said as they come.
    m_contextsMessage = saved || m_contexts.isReadOnly() ? QString() : m_contexts.errorText();
    Q_EMIT contextsChanged();
    return saved;
}

QString AccountController::contextsProblem() const
{
    if (!m_contexts.isReadOnly())
        return {};
    // problemReason() says which (a newer version, damage, unreadable).
    return tr("Your contexts file %1 cannot be used: %2. It is left as it is, and contexts are "
              "read-only here: nothing you add or switch to is saved.")
        .arg(m_contexts.path(), m_contexts.problemReason());
}

void AccountController::moveAsideContextsFile()
{
    const QString backup = m_contexts.moveAsideUnusableFile();
    if (backup.isEmpty()) {
        m_contextsMessage = m_contexts.errorText();
        Q_EMIT contextsChanged();
        return;
    }
    // What this run added or switched to is kept in the new file.
    if (m_contexts.save())
        m_contextsMessage =
            tr("The old contexts file was moved to %1; a new one was started.").arg(backup);
    else
        m_contextsMessage = m_contexts.errorText();
    Q_EMIT contextsChanged();
}

// --- what QML binds to --------------------------------------------------------

Workspace* AccountController::workspace() const
{
    return m_session ? m_session->workspace.get() : nullptr;
}

QString AccountController::contextName() const
{
    return m_session ? m_session->contextName : QString();
}

QString AccountController::tokenSourceText() const
{
    return (m_session ? m_session->source : accounts::TokenSource{}).describe();
}

bool AccountController::environmentToken() const
{
    return m_session && m_session->source.kind == accounts::TokenSource::Kind::Environment;
}

bool AccountController::canSignOut() const
{
    return m_session && (m_session->source.kind == accounts::TokenSource::Kind::Keychain ||
                         m_session->source.kind == accounts::TokenSource::Kind::File);
}

QString AccountController::storeName() const
{
    if (!m_session)
        return {};
    switch (m_session->source.kind) {
    case accounts::TokenSource::Kind::Keychain:
        return tr("the keychain");
    case accounts::TokenSource::Kind::File:
        return tr("the token file");
    default:
        return {};
    }
}

QVariantList AccountController::contexts() const
{
    QVariantList list;
    for (const accounts::Context& context : m_contexts.contexts())
        list << QVariantMap{{QStringLiteral("name"), context.name},
                            {QStringLiteral("email"), context.email},
                            {QStringLiteral("team"), context.team},
                            {QStringLiteral("storage"), context.storage},
                            {QStringLiteral("apiUrl"), context.apiUrl},
                            {QStringLiteral("current"), context.name == contextName()}};
    return list;
}

QObject* AccountController::demoServer() const
{
    return m_session ? m_session->demoServer.get() : nullptr;
}

// --- sessions -----------------------------------------------------------------

void AccountController::setBusy(const QString& text)
{
    m_busyText = text;
    Q_EMIT stateChanged();
}

void AccountController::fail(const QString& error)
{
    m_busyText.clear();
    m_signInError = error;
    Q_EMIT stateChanged();
}

void AccountController::showError(const QString& error)
{
    m_signInError = error;
    Q_EMIT stateChanged();
}

void AccountController::showSignInPage(const QString& name, const QString& message,
                                       const QString& error)
{
    if (m_session)
        m_retired.push_back(std::move(m_session));
    m_busyText.clear();
    if (m_signInName != name) {
        m_signInName = name;
        Q_EMIT signInNameChanged();
    }
    m_signInMessage = message;
    m_signInError = error;
    Q_EMIT stateChanged();
    Q_EMIT sessionChanged();
    Q_EMIT contextsChanged(); // "current" changed
    m_signInFlow->probeKeychain();
}

void AccountController::openSession(std::unique_ptr<AccountSession> session)
{
    // The old session lives on until its window is gone: that window's
    // bindings still read its workspace.
    if (m_session)
        m_retired.push_back(std::move(m_session));
    m_session = std::move(session);
    m_busyText.clear();
    m_signInError.clear();
    m_signInMessage.clear();
    Q_EMIT stateChanged();
    Q_EMIT sessionChanged();
    Q_EMIT contextsChanged();
}

void AccountController::releaseRetiredSessions()
{
    m_retired.clear();
}

ContextFolders AccountController::foldersFor(const QString& contextName) const
{
    return foldersForContext(contextName);
}

void AccountController::openContext(const accounts::Context& context, const QString& token)
{
    const QUrl url = apiUrlFor(context.apiUrl);
    if (const QString problem = api::checkApiUrl(url); !problem.isEmpty()) {
        showSignInPage(context.name, {}, problem);
        return;
    }
    const accounts::TokenSource source = context.storage == QLatin1String(accounts::StorageFile)
                                             ? accounts::TokenSource::file(context.name)
                                             : accounts::TokenSource::keychain(context.name);
    m_contexts.setCurrent(context.name);
    saveContexts();
    openSession(makeSession(url, token, source, context.name, foldersFor(context.name)));
}

void AccountController::start(bool forceDemo)
{
    loadContexts();
    if (forceDemo) {
        useDemo();
        return;
    }
    if (m_useEnvironment) {
        if (const auto fromEnvironment = accounts::tokenFromEnvironment()) {
            const QUrl url = apiUrlFor(QString());
            if (const QString problem = api::checkApiUrl(url); !problem.isEmpty()) {
                showSignInPage({}, {}, problem);
                return;
            }
            // For this run only: nothing is stored, the default folders are used.
            openSession(makeSession(url, fromEnvironment->token,
                                    accounts::TokenSource::environment(fromEnvironment->variable),
                                    {}, {}));
            return;
        }
    }
    const QString current = m_contexts.current();
    if (current.isEmpty()) {
        showSignInPage({}, {}, m_signInError);
        return;
    }
    switchContext(current);
}

void AccountController::switchContext(const QString& name)
{
    const std::optional<accounts::Context> context = m_contexts.find(name);
    if (!context) {
        showSignInPage({}, {}, tr("There is no context named “%1”.").arg(name));
        return;
    }
    setBusy(tr("Opening “%1”…").arg(name));
    accounts::TokenStore* store = storeFor(context->storage);
    const QString where = store->kind() == QLatin1String(accounts::StorageFile)
                              ? tr("the token file")
                              : tr("the keychain");
    const accounts::Context chosen = *context;
    store->readToken(name, [this, chosen, where](const QString& token, const QString& error) {
        if (!error.isEmpty()) {
            showSignInPage(chosen.name, {},
                           tr("The token of “%1” could not be read from %2: %3")
                               .arg(chosen.name, where, error));
        } else if (token.isEmpty()) {
            showSignInPage(chosen.name,
                           tr("%1 holds no token for “%2”: sign in again to use it.")
                               .arg(where.at(0).toUpper() + where.mid(1), chosen.name));
        } else {
            openContext(chosen, token);
        }
    });
}

void AccountController::useDemo()
{
    if (!m_demoStarter) {
        showSignInPage({}, {}, tr("This build has no demo mode."));
        return;
    }
    QString error;
    std::optional<DemoEndpoint> endpoint = m_demoStarter(&error);
    if (!endpoint) {
        showSignInPage({}, {}, error);
        return;
    }
    openSession(makeDemoSession(std::move(*endpoint)));
}

void AccountController::showSignIn()
{
    showSignInPage(contextName(), {});
}

void AccountController::signOut()
{
    if (!canSignOut())
        return;
    const QString name = contextName();
    const std::optional<accounts::Context> context = m_contexts.find(name);
    accounts::TokenStore* store =
        storeFor(context ? context->storage : QString::fromLatin1(accounts::StorageKeychain));
    const QString where = store->kind() == QLatin1String(accounts::StorageFile)
                              ? tr("the token file")
                              : tr("the keychain");
    store->removeToken(name, [this, name, where](const QString& error) {
        if (!error.isEmpty()) {
            if (Workspace* current = workspace())
                current->showError(tr("Not signed out: the token could not be removed from %1: %2")
                                       .arg(where, error));
            return;
        }
        m_contexts.remove(name);
        saveContexts();
        showSignInPage({},
                       tr("Signed out of “%1”: its token was removed from %2.").arg(name, where));
    });
}

// --- for the sign-in and doctl import flows ---------------------------------------

void AccountController::storeAndOpen(accounts::Context context, const QString& token)
{
    setBusy(tr("Storing the token…"));
    storeFor(context.storage)
        ->writeToken(context.name, token, [this, context, token](const QString& error) {
            if (!error.isEmpty()) {
                fail(tr("The token could not be stored: %1").arg(error));
                return;
            }
            m_contexts.upsert(context);
            openContext(context, token);
        });
}

} // namespace app
