#pragma once

#include "accounts/doctlconfig.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace app {

class AccountController;
class SignInController;

// Import from doctl: reads doctl's config.yaml (never writes it), lists its
// contexts with what is wrong with each, then checks and keeps the chosen
// ones' tokens like a sign-in and opens doctl's current context.
class DoctlImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The AccountController makes its DoctlImportController")

    // What the chosen config.yaml holds (never its tokens).
    Q_PROPERTY(QString path READ path NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    // {name, apiUrl, problem, current}; problem is set when it cannot be imported.
    Q_PROPERTY(QVariantList contexts READ contexts NOTIFY changed)
    Q_PROPERTY(QStringList errors READ errors NOTIFY changed)

public:
    DoctlImportController(AccountController* accounts, SignInController* signIn);

    // Where read() looks when given no path (tests); else doctl's default place.
    void setDefaultPath(const QString& path) { m_defaultPath = path; }

    QString path() const;
    bool loaded() const { return m_loaded; }
    QVariantList contexts() const;
    QStringList errors() const { return m_doctl.errors; }

    // Reads doctl's config.yaml (empty: its default place; file: URLs too).
    Q_INVOKABLE void read(const QString& path = {});
    // Checks and stores the tokens of the chosen doctl contexts (where
    // SignInController::tokenStorage says), then opens doctl's current one
    // (or the first imported).
    Q_INVOKABLE void importContexts(const QStringList& names, bool fileChosen);

Q_SIGNALS:
    void changed();

private:
    void importNext();

    AccountController* m_accounts;
    SignInController* m_signIn;
    QString m_defaultPath;
    accounts::DoctlImport m_doctl;
    QString m_readPath;
    bool m_loaded = false;
    // An import in progress: what is left, where tokens go, what went wrong.
    QList<accounts::DoctlContext> m_queue;
    QString m_storage;
    QStringList m_errors;
    QStringList m_imported;
};

} // namespace app
