#pragma once

#include "tokenstore.h"

#include <functional>

namespace accounts {

// Tokens in the desktop's keychain (Secret Service, KWallet) through
// QtKeychain: service "Pool Studio", key = the context's name. Never falls
// back to a plain file by itself (QtKeychain's insecure fallback stays off).
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(QObject* parent = nullptr);
    // `service` other than "Pool Studio" is for tests.
    KeychainTokenStore(const QString& service, QObject* parent);

    static QString defaultService(); // "Pool Studio"

    void readToken(const QString& context,
                   std::function<void(const QString& token, const QString& error)> done) override;
    void writeToken(const QString& context, const QString& token,
                    std::function<void(const QString& error)> done) override;
    void removeToken(const QString& context,
                     std::function<void(const QString& error)> done) override;
    QString kind() const override;

    QString service() const;

    // Finds out whether a keychain answers here: first whether the D-Bus
    // session bus and a Secret Service (or KWallet) are there at all, then by
    // writing, reading and deleting a probe entry. `done` is called once, later,
    // unless `context` is destroyed first. `why` is a sentence for the user
    // when the keychain is not available (empty otherwise).
    static void probe(QObject* context,
                      std::function<void(bool available, const QString& why)> done);

private:
    QString m_service;
};

} // namespace accounts
