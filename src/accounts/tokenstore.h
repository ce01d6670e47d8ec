#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace accounts {

// Where tokens are kept, one per context name. Every call answers later,
// through `done`, on the store's thread, never before the call returns; the
// answer is dropped if the store is destroyed first. Errors are sentences for
// the user. A missing token reads as an empty token and an empty error.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TokenStore() override = default;

    virtual void
    readToken(const QString& context,
              std::function<void(const QString& token, const QString& error)> done) = 0;
    virtual void writeToken(const QString& context, const QString& token,
                            std::function<void(const QString& error)> done) = 0;
    // Removing a token that is not there is not an error.
    virtual void removeToken(const QString& context,
                             std::function<void(const QString& error)> done) = 0;
    // "keychain" or "file" (the values of Context::storage).
    virtual QString kind() const = 0;
};

} // namespace accounts
