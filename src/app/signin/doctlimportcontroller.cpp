#include "doctlimportcontroller.h"

#include "accountcontroller.h"
#include "accounts/context.h"
#include "accounts/tokenstore.h"
#include "api/account.h"
#include "api/endpoint.h"
#include "signincontroller.h"

#include <QUrl>
#include <QVariantMap>

namespace app {

DoctlImportController::DoctlImportController(AccountController* accounts, SignInController* signIn)
    : QObject(accounts), m_accounts(accounts), m_signIn(signIn)
{}

QString DoctlImportController::path() const
{
    if (!m_readPath.isEmpty())
        return m_readPath;
    return m_defaultPath.isEmpty() ? accounts::defaultDoctlConfigPath() : m_defaultPath;
}

void DoctlImportController::read(const QString& path)
{
    QString file = path.isEmpty() ? (m_defaultPath.isEmpty() ? accounts::defaultDoctlConfigPath()
                                                             : m_defaultPath)
                                  : path;
    if (file.startsWith(u"file:"))
        file = QUrl(file).toLocalFile();
    m_readPath = file;
    m_doctl = {};
    // Size checked before a byte is read: a huge or endless file is one error.
    m_doctl = accounts::readDoctlConfigFile(file);
    m_loaded = true;
    Q_EMIT changed();
}

QVariantList DoctlImportController::contexts() const
{
    QVariantList list;
    for (const accounts::DoctlContext& context : m_doctl.contexts) {
        const QUrl url = m_accounts->apiUrlFor(context.apiUrl);
        list << QVariantMap{{QStringLiteral("name"), context.name},
                            {QStringLiteral("apiUrl"), context.apiUrl},
                            {QStringLiteral("problem"), api::checkApiUrl(url)},
                            {QStringLiteral("current"), context.name == m_doctl.current}};
    }
    return list;
}

void DoctlImportController::importContexts(const QStringList& names, bool fileChosen)
{
    m_queue.clear();
    m_errors.clear();
    m_imported.clear();
    for (const accounts::DoctlContext& context : std::as_const(m_doctl.contexts))
        if (names.contains(context.name))
            m_queue << context;
    if (m_queue.isEmpty()) {
        m_accounts->fail(tr("Choose at least one doctl context to import."));
        return;
    }
    m_storage = m_signIn->storageNow(fileChosen);
    if (m_storage.isEmpty()) {
        m_accounts->fail(tr("No keychain can keep the tokens here: choose to store them in a "
                            "file, or start a keychain service and try again."));
        return;
    }
    m_accounts->clearError();
    importNext();
}

// One context at a time: check its token, keep it, go on. A context whose
// token is refused is reported and skipped; the others are imported.
void DoctlImportController::importNext()
{
    if (m_queue.isEmpty()) {
        const QString errors = m_errors.join(u' ');
        if (m_imported.isEmpty()) {
            m_accounts->fail(tr("Nothing was imported. %1").arg(errors));
            return;
        }
        const QString open =
            m_imported.contains(m_doctl.current) ? m_doctl.current : m_imported.first();
        m_accounts->saveContexts();
        // The tokens are in their store now; this copy of them goes.
        for (accounts::DoctlContext& context : m_doctl.contexts)
            context.token.clear();
        m_accounts->switchContext(open);
        if (!errors.isEmpty())
            m_accounts->showError(errors); // shown if the page stays
        return;
    }
    const accounts::DoctlContext next = m_queue.takeFirst();
    m_accounts->setBusy(tr("Importing “%1” from doctl…").arg(next.name));
    const QUrl url = m_accounts->apiUrlFor(next.apiUrl);
    m_signIn->checkToken(
        url, next.token, [this, next](const api::Account& account, const QString& error) {
            if (!error.isEmpty()) {
                m_errors << tr("“%1” was not imported: %2").arg(next.name, error);
                importNext();
                return;
            }
            accounts::Context context;
            context.name = next.name;
            context.apiUrl = next.apiUrl;
            context.email = account.email;
            context.team = account.teamName;
            context.storage = m_storage;
            m_accounts->storeFor(context.storage)
                ->writeToken(context.name, next.token, [this, context](const QString& error) {
                    if (!error.isEmpty()) {
                        m_errors << tr("“%1” was not imported: its token could not be stored: %2")
                                        .arg(context.name, error);
                    } else {
                        m_accounts->keepContext(context);
                        m_imported << context.name;
                    }
                    importNext();
                });
        });
}

} // namespace app
