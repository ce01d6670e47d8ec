#include "filetokenstore.h"

namespace accounts {

// Stub until the real implementation lands.
FileTokenStore::FileTokenStore(QObject* parent) : TokenStore(parent) {}
FileTokenStore::FileTokenStore(const QString&, QObject* parent) : TokenStore(parent) {}

void FileTokenStore::readToken(const QString&,
                               std::function<void(const QString&, const QString&)> done)
{
    done({}, QStringLiteral("not implemented"));
}
void FileTokenStore::writeToken(const QString&, const QString&,
                                std::function<void(const QString&)> done)
{
    done(QStringLiteral("not implemented"));
}
void FileTokenStore::removeToken(const QString&, std::function<void(const QString&)> done)
{
    done(QStringLiteral("not implemented"));
}

} // namespace accounts
#include "configdirectory.h"
namespace accounts {
QString FileTokenStore::defaultPath()
{
    return configDirectory() + QStringLiteral("/tokens.json");
}
QString FileTokenStore::kind() const
{
    return QStringLiteral("file");
}
QString FileTokenStore::path() const
{
    return m_path;
}
} // namespace accounts
