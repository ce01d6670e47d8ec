#include "accountsession.h"

#include "api/doclient.h"
#include "app/shell/workspace.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStandardPaths>

namespace app {

AccountSession::AccountSession() = default;

AccountSession::~AccountSession()
{
    workspace.reset();
    client.reset();
    demoServer.reset();
}

static ContextFolders foldersNamed(const QString& folder)
{
    const QString tail = QStringLiteral("/contexts/") + folder;
    return {QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + tail,
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + tail};
}

ContextFolders foldersForContext(const QString& name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString safe = name;
    safe.replace(unsafe, QStringLiteral("_"));
    const QByteArray hash =
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return foldersNamed(safe.left(40) + u'-' + QString::fromLatin1(hash));
}

ContextFolders foldersForDemo()
{
    return foldersNamed(QStringLiteral("demo"));
}

static void useFolders(AccountSession& session, const ContextFolders& folders)
{
    if (!folders.cache.isEmpty())
        session.client->catalogCache().setDirectory(folders.cache);
    if (!folders.data.isEmpty())
        session.workspace->setDataDirectory(folders.data);
}

std::unique_ptr<AccountSession> makeSession(const QUrl& apiUrl, const QString& token,
                                            const accounts::TokenSource& source,
                                            const QString& contextName,
                                            const ContextFolders& folders)
{
    auto session = std::make_unique<AccountSession>();
    session->client = std::make_unique<api::DoClient>();
    session->client->setBaseUrl(apiUrl);
    session->client->setToken(token);
    session->workspace = std::make_unique<Workspace>(session->client.get(), false);
    session->source = source;
    session->contextName = contextName;
    useFolders(*session, folders);
    return session;
}

std::unique_ptr<AccountSession> makeDemoSession(DemoEndpoint endpoint)
{
    auto session = std::make_unique<AccountSession>();
    session->demoServer = std::move(endpoint.server);
    session->client = std::make_unique<api::DoClient>();
    session->client->setBaseUrl(endpoint.baseUrl);
    session->client->setToken(endpoint.token);
    session->workspace = std::make_unique<Workspace>(session->client.get(), true);
    session->source = accounts::TokenSource::demo();
    useFolders(*session, foldersForDemo());
    return session;
}

} // namespace app
