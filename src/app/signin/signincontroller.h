#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace api {
class DoClient;
struct Account;
} // namespace api

namespace app {

class AccountController;

// Signing in with a pasted token: whether a keychain answers here (so the
// page can offer the 0600 file instead), the token checked with
// GET /v2/account, then handed to the AccountController to keep and open.
// The doctl import checks its tokens through checkToken() too.
class SignInController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The AccountController makes its SignInController")

    // Unavailable: keychainProblem says why.
    Q_PROPERTY(app::SignInController::KeychainState keychainState READ keychainState NOTIFY
                   keychainChanged)
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainChanged)

public:
    enum KeychainState
    {
        KeychainChecking,
        KeychainAvailable,
        KeychainUnavailable,
    };
    Q_ENUM(KeychainState)
    // core::TokenStorage as QML sees it.
    enum TokenStorage
    {
        StoreInKeychain,
        StoreInFile,
        StoreNowhere,
    };
    Q_ENUM(TokenStorage)

    explicit SignInController(AccountController* accounts);
    ~SignInController() override;

    KeychainState keychainState() const { return m_keychainState; }
    QString keychainProblem() const { return m_keychainProblem; }
    bool keychainAvailable() const { return m_keychainState == KeychainAvailable; }

    // Where a new token goes in `state` when the user has (not) chosen the
    // token file: core::tokenStorageFor. The state is an argument so that a
    // QML binding on it follows the keychain.
    Q_INVOKABLE app::SignInController::TokenStorage
    tokenStorage(app::SignInController::KeychainState state, bool fileChosen) const;
    // The storage name ("keychain", "file") for tokenStorage() now; empty
    // when nowhere.
    QString storageNow(bool fileChosen) const;

    // Checks the token with GET /v2/account, stores it where tokenStorage()
    // says, saves the context (named `name`, or after the account when empty)
    // as current and opens it.
    Q_INVOKABLE void signIn(const QString& name, const QString& token, bool fileChosen);
    Q_INVOKABLE void probeKeychain();

    // GET /v2/account with `token` at `url`; `done` gets the account or a sentence.
    void checkToken(const QUrl& url, const QString& token,
                    std::function<void(const api::Account&, const QString& error)> done);

Q_SIGNALS:
    void keychainChanged();

private:
    AccountController* m_accounts;
    std::unique_ptr<api::DoClient> m_checker;
    KeychainState m_keychainState = KeychainChecking;
    QString m_keychainProblem;
    bool m_keychainProbing = false;
};

} // namespace app
