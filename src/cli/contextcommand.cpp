#include "contextcommand.h"

#include "accounts/contextstore.h"
#include "accounts/doctlconfig.h"
#include "accounts/filetokenstore.h"
#include "accounts/keychaintokenstore.h"
#include "output.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace cli {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::ContextCommand)
};

void printError(const QString& text)
{
    QTextStream(stderr) << "poolctl: " << text << '\n';
}

// Calls finish(code) from the event loop, as every command does.
void finishLater(Finish finish, int code)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [finish, code] { finish(code); }, Qt::QueuedConnection);
}

bool loadContexts(accounts::ContextStore& contexts)
{
    if (contexts.load())
        return true;
    printError(contexts.errorText());
    return false;
}

QString knownNames(const accounts::ContextStore& contexts)
{
    QStringList names;
    for (const accounts::Context& context : contexts.contexts())
        names << context.name;
    return names.isEmpty() ? Tr::tr("there are none yet")
                           : Tr::tr("there are: %1").arg(names.join(u", "));
}

int list(const Options& options)
{
    accounts::ContextStore contexts;
    if (!loadContexts(contexts))
        return ExitUsage;
    QJsonArray json;
    TextTable table({Tr::tr("CURRENT"), Tr::tr("NAME"), Tr::tr("EMAIL"), Tr::tr("TEAM"),
                     Tr::tr("TOKEN IN"), Tr::tr("API URL")});
    for (const accounts::Context& context : contexts.contexts()) {
        const bool current = context.name == contexts.current();
        json.append(QJsonObject{{QStringLiteral("name"), context.name},
                                {QStringLiteral("current"), current},
                                {QStringLiteral("email"), context.email},
                                {QStringLiteral("team"), context.team},
                                {QStringLiteral("storage"), context.storage},
                                {QStringLiteral("apiUrl"), context.apiUrl}});
        table.addRow({current ? QStringLiteral("*") : QString(), context.name, context.email,
                      context.team, context.storage,
                      context.apiUrl.isEmpty() ? Tr::tr("default") : context.apiUrl});
    }
    print(render(options.output, json, table.toString()));
    return ExitOk;
}

int use(const QString& name)
{
    accounts::ContextStore contexts;
    if (!loadContexts(contexts))
        return ExitUsage;
    if (!contexts.find(name)) {
        printError(Tr::tr("no context named “%1”; %2").arg(name, knownNames(contexts)));
        return ExitUsage;
    }
    contexts.setCurrent(name);
    if (!contexts.save()) {
        printError(contexts.errorText());
        return ExitApiError;
    }
    print(Tr::tr("current context: %1\n").arg(name));
    return ExitOk;
}

// Writes the tokens one after the other, then records the contexts whose
// token was stored; stops at the first store error.
struct Import : std::enable_shared_from_this<Import>
{
    accounts::DoctlImport found;
    std::unique_ptr<accounts::TokenStore> store;
    QStringList stored;
    Finish finish;

    void next(qsizetype index)
    {
        if (index == found.contexts.size())
            return done(ExitOk);
        const accounts::DoctlContext& context = found.contexts.at(index);
        store->writeToken(
            context.name, context.token,
            [self = shared_from_this(), index, name = context.name](const QString& error) {
                if (!error.isEmpty()) {
                    printError(
                        Tr::tr("cannot store the token of context “%1”: %2").arg(name, error));
                    return self->done(ExitApiError);
                }
                self->stored << name;
                self->next(index + 1);
            });
    }

    void done(int code)
    {
        accounts::ContextStore contexts;
        if (!loadContexts(contexts))
            return finish(ExitUsage);
        for (const accounts::DoctlContext& found : found.contexts) {
            if (!stored.contains(found.name))
                continue;
            // Keep what Pool Studio learnt at sign-in (email, team).
            accounts::Context context =
                contexts.find(found.name).value_or(accounts::Context{found.name, {}, {}, {}, {}});
            context.apiUrl = found.apiUrl;
            context.storage = store->kind();
            contexts.upsert(context);
        }
        if (contexts.current().isEmpty() && stored.contains(found.current))
            contexts.setCurrent(found.current);
        if (!contexts.save()) {
            printError(contexts.errorText());
            return finish(ExitApiError);
        }
        if (!stored.isEmpty())
            print(Tr::tr("imported %1 from doctl, tokens in the %2: %3\n")
                      .arg(stored.size() == 1 ? Tr::tr("1 context")
                                              : Tr::tr("%1 contexts").arg(stored.size()),
                           store->kind(), stored.join(u", ")));
        finish(code);
    }
};

void importDoctl(const QString& path, const Options& options, Finish finish)
{
    auto import = std::make_shared<Import>();
    import->found = accounts::readDoctlConfigFile(path);
    if (import->found.unreadable) {
        printError(import->found.errors.join(u"; "));
        return finishLater(finish, ExitUsage);
    }
    import->finish = finish;
    for (const QString& error : std::as_const(import->found.errors))
        printError(QStringLiteral("%1: %2").arg(path, error));
    if (import->found.contexts.isEmpty()) {
        printError(Tr::tr("nothing imported"));
        return finishLater(finish, ExitApiError);
    }
    {
        accounts::ContextStore contexts; // refuse before any token is stored
        if (!loadContexts(contexts))
            return finishLater(finish, ExitUsage);
    }
    if (options.storeInFile) {
        import->store = std::make_unique<accounts::FileTokenStore>();
        return import->next(0);
    }
    accounts::KeychainTokenStore::probe(
        QCoreApplication::instance(), [import, finish](bool available, const QString& why) {
            if (!available) {
                printError(
                    Tr::tr("%1 Run again with --store-in-file to keep the tokens in %2 instead: "
                           "readable only by you (mode 0600), but not encrypted.")
                        .arg(why, accounts::FileTokenStore::defaultPath()));
                return finish(ExitUsage);
            }
            import->store = std::make_unique<accounts::KeychainTokenStore>();
            import->next(0);
        });
}

} // namespace

void runContext(const QStringList& args, const Options& options, Finish finish)
{
    const QString what = args.value(0);
    if (what == u"list" && args.size() == 1)
        return finishLater(finish, list(options));
    if (what == u"use" && args.size() == 2)
        return finishLater(finish, use(args.at(1)));
    if (what == u"import-doctl" && args.size() <= 2)
        return importDoctl(args.size() == 2 ? args.at(1) : accounts::defaultDoctlConfigPath(),
                           options, finish);
    printError(Tr::tr("usage: poolctl context list | use NAME | import-doctl [FILE]"));
    finishLater(finish, ExitUsage);
}

QString contextCommandHelp()
{
    return Tr::tr("\nContexts (accounts Pool Studio signed in to; no network):\n"
                  "  context list\n"
                  "      The contexts, the current one starred (-o json|yaml too).\n"
                  "  context use NAME\n"
                  "      Make NAME the current context.\n"
                  "  context import-doctl [FILE]\n"
                  "      Import doctl's contexts (FILE: %1 if not given);\n"
                  "      tokens go to the keychain (--store-in-file: a mode-0600 file).\n")
        .arg(accounts::defaultDoctlConfigPath());
}

} // namespace cli
