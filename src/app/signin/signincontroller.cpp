#include "signincontroller.h"

#include "accountcontroller.h"
#include "accounts/context.h"
#include "accounts/keychaintokenstore.h"
#include "api/account.h"
#include "api/doclient.h"
#include "api/endpoint.h"
#include "core/tokenstorage.h"

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

SignInController::SignInController(AccountController* accounts)
    : QObject(accounts), m_accounts(accounts)
{}

SignInController::~SignInController() = default;

void SignInController::probeKeychain()
{
    if (m_keychainProbing)
        return;
    m_keychainProbing = true;
    // A known answer stays on show while it is checked again.
    accounts::KeychainTokenStore::probe(this, [this](bool available, const QString& why) {
        m_keychainProbing = false;
        m_keychainState = available ? KeychainAvailable : KeychainUnavailable;
        m_keychainProblem = why;
        Q_EMIT keychainChanged();
    });
}

SignInController::TokenStorage SignInController::tokenStorage(KeychainState state,
                                                              bool fileChosen) const
{
    switch (core::tokenStorageFor(state == KeychainAvailable, fileChosen)) {
    case core::TokenStorage::Keychain:
        return StoreInKeychain;
    case core::TokenStorage::File:
        return StoreInFile;
    case core::TokenStorage::Nowhere:
        break;
    }
    return StoreNowhere;
}

QString SignInController::storageNow(bool fileChosen) const
{
    switch (tokenStorage(m_keychainState, fileChosen)) {
    case StoreInKeychain:
        return QString::fromLatin1(accounts::StorageKeychain);
    case StoreInFile:
        return QString::fromLatin1(accounts::StorageFile);
    case StoreNowhere:
        break;
    }
    return {};
}

void SignInController::checkToken(
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

void SignInController::signIn(const QString& name, const QString& token, bool fileChosen)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        m_accounts->fail(tr("Paste a personal access token first."));
        return;
    }
    const QString storage = storageNow(fileChosen);
    if (storage.isEmpty()) {
        m_accounts->fail(tr("No keychain can keep the token here: choose to store it in a file, "
                            "or start a keychain service and try again."));
        return;
    }
    m_accounts->clearError();
    m_accounts->setBusy(tr("Checking the token with DigitalOcean…"));
    const QUrl url = m_accounts->apiUrlFor(QString());
    checkToken(
        url, trimmed,
        [this, name, trimmed, url, storage](const api::Account& account, const QString& error) {
            if (!error.isEmpty()) {
                m_accounts->fail(error);
                return;
            }
            accounts::Context context;
            context.name = name.trimmed().isEmpty() ? accountName(account) : name.trimmed();
            context.apiUrl = isDefaultApi(url) ? QString() : url.toString();
            context.email = account.email;
            context.team = account.teamName;
            context.storage = storage;
            m_accounts->storeAndOpen(context, trimmed);
        });
}

} // namespace app
