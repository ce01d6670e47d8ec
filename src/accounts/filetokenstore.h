#pragma once

#include "tokenstore.h"

namespace accounts {

// The fallback where no keychain runs: tokens in a JSON file
// (<config folder>/tokens.json) that only its owner may read (mode 0600).
// The mode is set before any token byte is written, and a file that its group
// or others may read is refused (the error says how to fix it: chmod 600).
class FileTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit FileTokenStore(QObject* parent = nullptr);
    // Another path is for tests.
    FileTokenStore(const QString& path, QObject* parent);

    static QString defaultPath();

    void readToken(const QString& context,
                   std::function<void(const QString& token, const QString& error)> done) override;
    void writeToken(const QString& context, const QString& token,
                    std::function<void(const QString& error)> done) override;
    void removeToken(const QString& context,
                     std::function<void(const QString& error)> done) override;
    QString kind() const override;

    QString path() const;

private:
    QString m_path;
};

} // namespace accounts
