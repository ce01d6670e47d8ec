#include "keychaintokenstore.h"

namespace accounts {

// Stub until the real implementation lands.
KeychainTokenStore::KeychainTokenStore(QObject* parent) : TokenStore(parent) {}
KeychainTokenStore::KeychainTokenStore(const QString&, QObject* parent) : TokenStore(parent) {}

void KeychainTokenStore::readToken(const QString&,
                                   std::function<void(const QString&, const QString&)> done)
{
    done({}, QStringLiteral("not implemented"));
}
void KeychainTokenStore::writeToken(const QString&, const QString&,
                                    std::function<void(const QString&)> done)
{
    done(QStringLiteral("not implemented"));
}
void KeychainTokenStore::removeToken(const QString&, std::function<void(const QString&)> done)
{
    done(QStringLiteral("not implemented"));
}

} // namespace accounts
namespace accounts {
QString KeychainTokenStore::defaultService()
{
    return QStringLiteral("Pool Studio");
}
QString KeychainTokenStore::kind() const
{
    return QStringLiteral("keychain");
}
QString KeychainTokenStore::service() const
{
    return m_service;
}
void KeychainTokenStore::probe(QObject*, std::function<void(bool, const QString&)> done)
{
    done(false, QStringLiteral("not implemented"));
}
} // namespace accounts
