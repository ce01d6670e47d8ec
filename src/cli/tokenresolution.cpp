#include "tokenresolution.h"

#include "accounts/contextstore.h"
#include "accounts/environmenttoken.h"
#include "accounts/filetokenstore.h"
#include "accounts/keychaintokenstore.h"
#include "core/boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>

namespace cli {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::TokenResolution)
};

using Done = std::function<void(const ResolvedToken&, const QString&)>;

void answerLater(QObject* receiver, Done done, const ResolvedToken& resolved, const QString& error)
{
    QMetaObject::invokeMethod(
        receiver, [done, resolved, error] { done(resolved, error); }, Qt::QueuedConnection);
}

QString noTokenText()
{
    return Tr::tr(
        "no access token; set DIGITALOCEAN_ACCESS_TOKEN, pass --token-file, or sign in with "
        "Pool Studio and choose a context (--context NAME)");
}

void readFromContext(const accounts::Context& context, QObject* receiver, Done done)
{
    accounts::TokenStore* store = nullptr;
    if (context.storage == QLatin1String(accounts::StorageFile))
        store = new accounts::FileTokenStore(receiver);
    else
        store = new accounts::KeychainTokenStore(receiver);
    const bool inFile = store->kind() == QLatin1String(accounts::StorageFile);
    store->readToken(context.name, [=](const QString& token, const QString& error) {
        store->deleteLater();
        if (!error.isEmpty())
            return done(
                {}, Tr::tr("cannot read the token of context “%1”: %2").arg(context.name, error));
        if (token.isEmpty())
            return done({},
                        Tr::tr("context “%1” has no token in the %2; sign in to it again in Pool "
                               "Studio")
                            .arg(context.name, inFile ? Tr::tr("token file") : Tr::tr("keychain")));
        ResolvedToken resolved;
        resolved.token = token;
        resolved.source = inFile ? accounts::TokenSource::file(context.name)
                                 : accounts::TokenSource::keychain(context.name);
        resolved.contextApiUrl = context.apiUrl;
        done(resolved, {});
    });
}

} // namespace

void resolveToken(const QString& tokenFile, const QString& contextName, QObject* receiver,
                  std::function<void(const QString&)> note, Done done)
{
    if (!tokenFile.isEmpty()) {
        // A token is under a hundred bytes; the bound keeps /dev/zero out.
        constexpr qint64 MaxTokenFileBytes = 64 * 1024;
        const core::BoundedRead read = core::readBoundedFile(tokenFile, MaxTokenFileBytes);
        if (!read.ok())
            return answerLater(
                receiver, done, {},
                Tr::tr("cannot read the token file %1: %2").arg(tokenFile, read.error));
        ResolvedToken resolved;
        resolved.token = QString::fromUtf8(read.bytes).trimmed();
        if (resolved.token.isEmpty())
            return answerLater(receiver, done, {}, noTokenText());
        return answerLater(receiver, done, resolved, {});
    }

    // The environment overrides the stored contexts for one run.
    if (const auto fromEnvironment = accounts::tokenFromEnvironment()) {
        if (!contextName.isEmpty())
            note(Tr::tr("using the token from %1, not the one of context “%2”")
                     .arg(fromEnvironment->variable, contextName));
        ResolvedToken resolved;
        resolved.token = fromEnvironment->token;
        resolved.source = accounts::TokenSource::environment(fromEnvironment->variable);
        return answerLater(receiver, done, resolved, {});
    }

    accounts::ContextStore contexts;
    if (!contexts.load())
        return answerLater(receiver, done, {}, contexts.errorText());
    const QString name = contextName.isEmpty() ? contexts.current() : contextName;
    if (name.isEmpty())
        return answerLater(receiver, done, {}, noTokenText());
    const std::optional<accounts::Context> context = contexts.find(name);
    if (!context) {
        QStringList names;
        for (const accounts::Context& c : contexts.contexts())
            names << c.name;
        return answerLater(receiver, done, {},
                           names.isEmpty()
                               ? Tr::tr("no context named “%1”; there are none yet (sign "
                                        "in with Pool Studio)")
                                     .arg(name)
                               : Tr::tr("no context named “%1”; there are: %2")
                                     .arg(name, names.join(QLatin1String(", "))));
    }
    readFromContext(*context, receiver, done);
}

} // namespace cli
