#include "accountcontroller.h"

#include "accounts/environmenttoken.h"
#include "accounts/filetokenstore.h"
#include "accounts/keychaintokenstore.h"
#include "api/doclient.h"
#include "api/endpoint.h"

#include <QFile>
#include <QUrl>
#include <QVariantMap>

namespace app {

namespace {

bool isDefaultApi(const QUrl& url)
{
    return url.adjusted(QUrl::StripTrailingSlash) == QUrl(QString::fromLatin1(api::DefaultApiUrl));
}

QString accountName(const api::Account& account)
{
    return account.teamName.isEmpty() ? account.email : account.teamName;
}

} // namespace

AccountController::AccountController(QObject* parent)
    : QObject(parent), m_keychainService(accounts::KeychainTokenStore::defaultService())
{}

AccountController::~AccountController()
{
    // Windows are gone by now (they are deleted before the controller).
    m_session.reset();
    m_retired.clear();
}

// --- where things are ---------------------------------------------------------

QUrl AccountController::apiUrlFor(const accounts::Context* context) const
{
    if (!m_apiUrlOverride.isEmpty())
        return m_apiUrlOverride;
    if (context && !context->apiUrl.isEmpty())
        return QUrl(context->apiUrl);
    return QUrl(QString::fromLatin1(api::DefaultApiUrl));
}

QString AccountController::apiUrlText() const
{
    const QUrl url = apiUrlFor(nullptr);
    return isDefaultApi(url) ? QString() : url.toString();
}

QString AccountController::tokenFilePath() const
{
    return m_tokenFilePath.isEmpty() ? accounts::FileTokenStore::defaultPath() : m_tokenFilePath;
}

QString AccountController::doctlPath() const
{
    if (!m_doctlReadPath.isEmpty())
        return m_doctlReadPath;
    return m_doctlPath.isEmpty() ? accounts::defaultDoctlConfigPath() : m_doctlPath;
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
    if (!m_contexts.load(m_contextsPath.isEmpty() ? accounts::ContextStore::defaultPath()
                                                  : m_contextsPath))
        m_signInError = tr("Your contexts could not be read: %1").arg(m_contexts.errorText());
    Q_EMIT contextsChanged();
}

bool AccountController::saveContexts()
{
    // A file we could not understand is kept aside, never overwritten.
    if (m_contexts.isMalformed())
        m_contexts.backUpMalformedFile();
    const bool saved = m_contexts.save();
    Q_EMIT contextsChanged();
    return saved;
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
    probeKeychain();
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
    const QUrl url = apiUrlFor(&context);
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
            const QUrl url = apiUrlFor(nullptr);
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

// --- signing in -----------------------------------------------------------------

void AccountController::probeKeychain()
{
    if (m_keychainProbing)
        return;
    m_keychainProbing = true;
    // A known answer stays on show while it is checked again.
    accounts::KeychainTokenStore::probe(this, [this](bool available, const QString& why) {
        m_keychainProbing = false;
        m_keychainState = available ? QStringLiteral("available") : QStringLiteral("unavailable");
        m_keychainProblem = why;
        Q_EMIT keychainChanged();
    });
}

void AccountController::checkToken(
    const QUrl& url, const QString& token,
    std::function<void(const api::Account&, const QString& error)> done)
{
    if (const QString problem = api::checkApiUrl(url); !problem.isEmpty()) {
        done({}, problem);
        return;
    }
    // A client of its own: a check must not disturb a session's client.
    m_checker = std::make_unique<api::DoClient>();
    m_checker->setBaseUrl(url);
    m_checker->setToken(token);
    api::RetryPolicy once;
    once.maxAttempts = 1; // a person is waiting: say what happened at once
    m_checker->setRetryPolicy(once);
    m_checker->fetchAccount(this, [done](const api::Account& account, const api::ApiError& error) {
        if (!error.isError()) {
            done(account, {});
        } else if (error.httpStatus == 401) {
            QString why = tr("HTTP 401 %1: %2").arg(error.id, error.message);
            if (!error.requestId.isEmpty())
                why += tr(", request id %1").arg(error.requestId);
            done({}, tr("This token is not valid (%1). Check that it was pasted whole, or "
                        "create a new one at cloud.digitalocean.com/account/api/tokens.")
                         .arg(why));
        } else {
            done({}, error.humanText());
        }
    });
}

void AccountController::signIn(const QString& name, const QString& token, bool storeInFile)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        m_signInError = tr("Paste a personal access token first.");
        Q_EMIT stateChanged();
        return;
    }
    if (!storeInFile && m_keychainState != QLatin1String("available")) {
        m_signInError = tr("No keychain can keep the token here: choose to store it in a file, "
                           "or start a keychain service and try again.");
        Q_EMIT stateChanged();
        return;
    }
    m_signInError.clear();
    setBusy(tr("Checking the token with DigitalOcean…"));
    const QUrl url = apiUrlFor(nullptr);
    const QString storage =
        QString::fromLatin1(storeInFile ? accounts::StorageFile : accounts::StorageKeychain);
    checkToken(
        url, trimmed,
        [this, name, trimmed, url, storage](const api::Account& account, const QString& error) {
            if (!error.isEmpty()) {
                m_busyText.clear();
                m_signInError = error;
                Q_EMIT stateChanged();
                return;
            }
            accounts::Context context;
            context.name = name.trimmed().isEmpty() ? accountName(account) : name.trimmed();
            context.apiUrl = isDefaultApi(url) ? QString() : url.toString();
            context.email = account.email;
            context.team = account.teamName;
            context.storage = storage;
            storeAndOpen(context, trimmed);
        });
}

void AccountController::storeAndOpen(accounts::Context context, const QString& token)
{
    setBusy(tr("Storing the token…"));
    storeFor(context.storage)
        ->writeToken(context.name, token, [this, context, token](const QString& error) {
            if (!error.isEmpty()) {
                m_busyText.clear();
                m_signInError = tr("The token could not be stored: %1").arg(error);
                Q_EMIT stateChanged();
                return;
            }
            m_contexts.upsert(context);
            openContext(context, token);
        });
}

// --- doctl ------------------------------------------------------------------------

void AccountController::readDoctl(const QString& path)
{
    QString file = path.isEmpty()
                       ? (m_doctlPath.isEmpty() ? accounts::defaultDoctlConfigPath() : m_doctlPath)
                       : path;
    if (file.startsWith(u"file:"))
        file = QUrl(file).toLocalFile();
    m_doctlReadPath = file;
    m_doctl = {};
    QFile config(file);
    if (!config.open(QIODevice::ReadOnly))
        m_doctl.errors << tr("%1 could not be read: %2").arg(file, config.errorString());
    else
        m_doctl = accounts::readDoctlConfig(config.readAll());
    m_doctlRead = true;
    Q_EMIT doctlChanged();
}

QVariantList AccountController::doctlContexts() const
{
    QVariantList list;
    for (const accounts::DoctlContext& context : m_doctl.contexts) {
        const QUrl url = !m_apiUrlOverride.isEmpty() ? m_apiUrlOverride
                         : context.apiUrl.isEmpty()  ? QUrl(QString::fromLatin1(api::DefaultApiUrl))
                                                     : QUrl(context.apiUrl);
        list << QVariantMap{{QStringLiteral("name"), context.name},
                            {QStringLiteral("apiUrl"), context.apiUrl},
                            {QStringLiteral("problem"), api::checkApiUrl(url)},
                            {QStringLiteral("current"), context.name == m_doctl.current}};
    }
    return list;
}

void AccountController::importDoctl(const QStringList& names, bool storeInFile)
{
    m_importQueue.clear();
    m_importErrors.clear();
    m_imported.clear();
    for (const accounts::DoctlContext& context : std::as_const(m_doctl.contexts))
        if (names.contains(context.name))
            m_importQueue << context;
    if (m_importQueue.isEmpty()) {
        m_signInError = tr("Choose at least one doctl context to import.");
        Q_EMIT stateChanged();
        return;
    }
    if (!storeInFile && m_keychainState != QLatin1String("available")) {
        m_signInError = tr("No keychain can keep the tokens here: choose to store them in a "
                           "file, or start a keychain service and try again.");
        Q_EMIT stateChanged();
        return;
    }
    m_importStorage =
        QString::fromLatin1(storeInFile ? accounts::StorageFile : accounts::StorageKeychain);
    m_signInError.clear();
    importNext();
}

// One context at a time: check its token, keep it, go on. A context whose
// token is refused is reported and skipped; the others are imported.
void AccountController::importNext()
{
    if (m_importQueue.isEmpty()) {
        const QString errors = m_importErrors.join(u' ');
        if (m_imported.isEmpty()) {
            m_busyText.clear();
            m_signInError = tr("Nothing was imported. %1").arg(errors);
            Q_EMIT stateChanged();
            return;
        }
        const QString open =
            m_imported.contains(m_doctl.current) ? m_doctl.current : m_imported.first();
        saveContexts();
        // The tokens are in their store now; this copy of them goes.
        for (accounts::DoctlContext& context : m_doctl.contexts)
            context.token.clear();
        switchContext(open);
        if (!errors.isEmpty()) {
            m_signInError = errors; // shown if the page stays
            Q_EMIT stateChanged();
        }
        return;
    }
    const accounts::DoctlContext next = m_importQueue.takeFirst();
    setBusy(tr("Importing “%1” from doctl…").arg(next.name));
    const QUrl url = !m_apiUrlOverride.isEmpty() ? m_apiUrlOverride
                     : next.apiUrl.isEmpty()     ? QUrl(QString::fromLatin1(api::DefaultApiUrl))
                                                 : QUrl(next.apiUrl);
    checkToken(
        url, next.token, [this, next, url](const api::Account& account, const QString& error) {
            if (!error.isEmpty()) {
                m_importErrors << tr("“%1” was not imported: %2").arg(next.name, error);
                importNext();
                return;
            }
            accounts::Context context;
            context.name = next.name;
            context.apiUrl = next.apiUrl;
            context.email = account.email;
            context.team = account.teamName;
            context.storage = m_importStorage;
            storeFor(context.storage)
                ->writeToken(context.name, next.token, [this, context](const QString& error) {
                    if (!error.isEmpty()) {
                        m_importErrors
                            << tr("“%1” was not imported: its token could not be stored: %2")
                                   .arg(context.name, error);
                    } else {
                        m_contexts.upsert(context);
                        m_imported << context.name;
                    }
                    importNext();
                });
        });
}

} // namespace app
