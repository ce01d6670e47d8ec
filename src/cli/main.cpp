// poolctl: Pool Studio's core, headless, for scripts and terminals.
#include "api/doclient.h"
#include "api/endpoint.h"
#include "commands.h"
#include "contextcommand.h"
#include "core/plan.h"
#include "installtranslators.h"
#include "tokenresolution.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

QString description()
{
    QString text = Tr::tr("poolctl: DigitalOcean Kubernetes node pools from the command line.\n\n"
                          "Commands (clusters and pools are named by id or by name):\n");
    for (const cli::Command& command : cli::commands())
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(command.name, command.arguments, command.summary);
    text += Tr::tr("\nCommands on manifest files only (no token, no network):\n");
    for (const cli::FileCommand& command : cli::fileCommands())
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(command.name, command.arguments, command.summary);
    text += cli::contextCommandHelp();
    text +=
        Tr::tr("\nThe token is read from --token-file, else DIGITALOCEAN_ACCESS_TOKEN (or "
               "DIGITALOCEAN_TOKEN), else the keychain (or token file) of the context named by "
               "--context or, without it, of the current context Pool Studio signed in to. It is "
               "never printed.\n"
               "Exit codes of the API commands: 0 done; 1 the API refused or failed, or a "
               "cluster, pool or node is unknown; 2 wrong usage; 3 refused, or a destructive "
               "step needs a confirmation (--yes); 4 validation errors in the input files of "
               "plan/apply.\n"
               "Exit codes of validate, lint and fmt (as linters do): 0 clean; 1 findings "
               "(validation errors; for lint also best-practice findings); 2 unusable input (a "
               "file that cannot be read, a YAML syntax error, a document that is not a "
               "mapping) or wrong usage.");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("poolctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POOLSTUDIO_VERSION));
    // Messages and --help in the system's language (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG); -o json, yaml and csv stay the same in every locale.
    translations::installTranslators(&application, QLocale(), {QStringLiteral("qtbase")});

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption apiUrlOption(
        QStringLiteral("api-url"),
        Tr::tr("API base URL (default %1, or DIGITALOCEAN_API_URL).")
            .arg(QString::fromLatin1(api::DefaultApiUrl)),
        QStringLiteral("URL"));
    const QCommandLineOption tokenFileOption(QStringLiteral("token-file"),
                                             Tr::tr("Read the access token from FILE."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"),
        Tr::tr("Use the token (and API URL) of context NAME, as Pool Studio signed in to it; the "
               "environment still overrides it."),
        QStringLiteral("NAME"));
    const QCommandLineOption storeInFileOption(
        QStringLiteral("store-in-file"),
        Tr::tr("context import-doctl: keep the tokens in a file only you may read (mode 0600) "
               "instead of the keychain, where no keychain runs."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Output format: table (default), json or yaml."),
                                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption yesOption(
        {QStringLiteral("y"), QStringLiteral("yes")},
        Tr::tr("Confirm destructive steps (deleting, shrinking, replacing) without asking."));
    const QCommandLineOption pruneOption(
        QStringLiteral("prune"), Tr::tr("apply/plan: delete pools of the named clusters that no "
                                        "manifest declares."));
    const QCommandLineOption setCountOption(
        QStringLiteral("set-count"),
        Tr::tr("apply/plan: send nodeCount for autoscaled pools too (overrides the autoscaler)."));
    const QCommandLineOption skipDrainOption(QStringLiteral("skip-drain"),
                                             Tr::tr("delete-node: do not evict pods first."));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"),
        Tr::tr(
            "delete-node: a new node takes its place. plan/apply: --replace=blue-green (default: "
            "the new pool first, under a new name) or --replace=in-place (delete first, keep the "
            "name; only where another pool carries the load)."));
    const QCommandLineOption rewriteOption(
        QStringLiteral("rewrite"),
        Tr::tr("apply: after a blue/green replace, name the new pool in the applied files."));
    const QCommandLineOption resumeOption(QStringLiteral("resume"),
                                          Tr::tr("apply: finish the interrupted apply."));
    const QCommandLineOption rollbackOption(
        QStringLiteral("rollback"),
        Tr::tr(
            "apply: delete the pools the interrupted apply created (not after it deleted one)."));
    const QCommandLineOption forgetOption(
        QStringLiteral("forget"),
        Tr::tr("apply: drop the interrupted apply's journal; change nothing."));
    const QCommandLineOption journalDirOption(
        QStringLiteral("journal-dir"),
        Tr::tr("apply: keep the apply journal in DIR (default: per context, in "
               "$XDG_DATA_HOME/poolctl/journals)."),
        QStringLiteral("DIR"));
    const QCommandLineOption pollIntervalOption(
        QStringLiteral("poll-interval"),
        Tr::tr("apply: seconds between looks at a settling pool (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption settleTimeoutOption(
        QStringLiteral("settle-timeout"),
        Tr::tr("apply: seconds a replacement's nodes may take to run (default 1800)."),
        QStringLiteral("SECONDS"), QStringLiteral("1800"));
    const QCommandLineOption refreshOption(
        QStringLiteral("refresh"), Tr::tr("sizes: ask the API even if the cache is fresh."));
    const QCommandLineOption byOption(
        QStringLiteral("by"),
        Tr::tr("cost: group by pool (default), cluster, size or tag:KEY; cost also takes -o csv."),
        QStringLiteral("GROUPING"), QStringLiteral("pool"));
    parser.addOption(byOption);
    const QCommandLineOption billedOption(
        QStringLiteral("billed"),
        Tr::tr("cost: what DigitalOcean billed per cluster beside the estimate (needs a token "
               "with billing:read)."));
    const QCommandLineOption monthOption(
        QStringLiteral("month"),
        Tr::tr("cost --billed: the invoice of YYYY-MM (default: this month so far)."),
        QStringLiteral("YYYY-MM"));
    parser.addOptions({billedOption, monthOption});
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"),
        Tr::tr("autoscaler: scale down nodes requested less than this share (0 to 1, e.g. 0.65)."),
        QStringLiteral("SHARE"));
    const QCommandLineOption unneededOption(
        QStringLiteral("unneeded"),
        Tr::tr("autoscaler: how long a node is unneeded before it goes (5m, 1h30m)."),
        QStringLiteral("DURATION"));
    const QCommandLineOption expandersOption(
        QStringLiteral("expanders"),
        Tr::tr("autoscaler: random, priority, least_waste, comma-separated (\"\" clears)."),
        QStringLiteral("LIST"));
    parser.addOptions({thresholdOption, unneededOption, expandersOption});
    const QCommandLineOption writeOption(QStringLiteral("write"),
                                         Tr::tr("fmt: rewrite the file instead of printing it."));
    const QCommandLineOption dropletLimitOption(
        QStringLiteral("droplet-limit"), Tr::tr("lint: the account's droplet limit (default 25)."),
        QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("export: yaml (manifests, default), terraform (digitalocean_kubernetes_node_pool "
               "resources) or doctl (node-pool create commands)."),
        QStringLiteral("FORMAT"), QStringLiteral("yaml"));
    parser.addOptions({apiUrlOption,       tokenFileOption, contextOption,    storeInFileOption,
                       outputOption,       yesOption,       pruneOption,      setCountOption,
                       skipDrainOption,    replaceOption,   refreshOption,    writeOption,
                       dropletLimitOption, formatOption,    rewriteOption,    resumeOption,
                       rollbackOption,     forgetOption,    journalDirOption, pollIntervalOption,
                       settleTimeoutOption});
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("What to do (see above)."),
                                 QStringLiteral("COMMAND [ARGS...]"));
    // --replace is a switch for delete-node and takes a value for plan and
    // apply (--replace=in-place); QCommandLineParser knows one or the other.
    QStringList commandLine = application.arguments();
    QString replaceValue;
    for (auto it = commandLine.begin(); it != commandLine.end();) {
        if (it->startsWith(QLatin1String("--replace="))) {
            replaceValue = it->mid(int(qstrlen("--replace=")));
            it = commandLine.erase(it);
        } else {
            ++it;
        }
    }
    parser.process(commandLine);

    QTextStream err(stderr);
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        err << "poolctl: no command given; see poolctl --help\n";
        return cli::ExitUsage;
    }
    const QString name = arguments.takeFirst();

    cli::Options options;
    options.output = parser.value(outputOption);
    options.yes = parser.isSet(yesOption);
    options.prune = parser.isSet(pruneOption);
    options.setCount = parser.isSet(setCountOption);
    options.skipDrain = parser.isSet(skipDrainOption);
    options.replace = parser.isSet(replaceOption);
    const bool planning = name == u"plan" || name == u"apply";
    if (planning && options.replace) {
        err << "poolctl: --replace takes a value for plan and apply: --replace=blue-green or "
               "--replace=in-place\n";
        return cli::ExitUsage;
    }
    if (!replaceValue.isEmpty() || commandLine.size() != application.arguments().size()) {
        if (!planning || !core::replaceStrategyFromName(replaceValue)) {
            err << "poolctl: --replace=" << replaceValue
                << " is not known; plan and apply take --replace=blue-green or "
                   "--replace=in-place\n";
            return cli::ExitUsage;
        }
        options.replaceStrategy = replaceValue;
    }
    options.rewrite = parser.isSet(rewriteOption);
    options.resume = parser.isSet(resumeOption);
    options.rollback = parser.isSet(rollbackOption);
    options.forget = parser.isSet(forgetOption);
    if (int(options.resume) + int(options.rollback) + int(options.forget) > 1) {
        err << "poolctl: --resume, --rollback and --forget exclude each other\n";
        return cli::ExitUsage;
    }
    if ((options.resume || options.rollback || options.forget || options.rewrite) &&
        name != u"apply") {
        err << "poolctl: --resume, --rollback, --forget and --rewrite are for apply\n";
        return cli::ExitUsage;
    }
    bool secondsOk = false, timeoutOk = false;
    const double pollSeconds = parser.value(pollIntervalOption).toDouble(&secondsOk);
    options.settleTimeoutSecs = parser.value(settleTimeoutOption).toInt(&timeoutOk);
    if (!secondsOk || pollSeconds <= 0 || !timeoutOk || options.settleTimeoutSecs < 1) {
        err << "poolctl: --poll-interval and --settle-timeout take a number of seconds above 0\n";
        return cli::ExitUsage;
    }
    options.pollIntervalMs = std::max(1, int(pollSeconds * 1000));
    options.journalDir = parser.value(journalDirOption);
    options.autoscalerThreshold = parser.value(thresholdOption);
    options.autoscalerUnneeded = parser.value(unneededOption);
    options.autoscalerExpanders = parser.value(expandersOption);
    options.autoscalerExpandersSet = parser.isSet(expandersOption);
    if ((parser.isSet(thresholdOption) || parser.isSet(unneededOption) ||
         parser.isSet(expandersOption)) &&
        name != u"autoscaler") {
        err << "poolctl: --threshold, --unneeded and --expanders are for autoscaler\n";
        return cli::ExitUsage;
    }
    options.refresh = parser.isSet(refreshOption);
    options.by = parser.value(byOption);
    options.billed = parser.isSet(billedOption);
    options.month = parser.value(monthOption);
    if ((options.billed || parser.isSet(monthOption)) && name != u"cost") {
        err << "poolctl: --billed and --month are for cost\n";
        return cli::ExitUsage;
    }
    if (parser.isSet(monthOption) &&
        (!options.billed || !QRegularExpression(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"))
                                 .match(options.month)
                                 .hasMatch())) {
        err << "poolctl: --month takes YYYY-MM with --billed (cost --billed --month 2026-11)\n";
        return cli::ExitUsage;
    }
    options.write = parser.isSet(writeOption);
    if (options.output != u"table" && options.output != u"json" && options.output != u"yaml" &&
        !(options.output == u"csv" && name == u"cost")) {
        err << "poolctl: unknown output format \"" << options.output
            << "\"; use table, json or yaml\n";
        return cli::ExitUsage;
    }
    options.format = parser.value(formatOption);
    if (options.format != u"yaml" && options.format != u"terraform" && options.format != u"doctl") {
        err << "poolctl: unknown export format \"" << options.format
            << "\"; use yaml, terraform or doctl\n";
        return cli::ExitUsage;
    }
    if (parser.isSet(formatOption) && name != u"export") {
        err << "poolctl: --format is for export only; other commands take -o\n";
        return cli::ExitUsage;
    }
    bool limitOk = false;
    options.dropletLimit = parser.value(dropletLimitOption).toInt(&limitOk);
    if (!limitOk || options.dropletLimit < 1) {
        err << "poolctl: --droplet-limit takes a whole number of 1 or more\n";
        return cli::ExitUsage;
    }

    options.storeInFile = parser.isSet(storeInFileOption);
    if (name == u"context") {
        cli::runContext(arguments, options, [](int exitCode) { QCoreApplication::exit(exitCode); });
        return application.exec();
    }

    // Commands on files need no token and no network.
    const QList<cli::FileCommand> fileCommands = cli::fileCommands();
    const auto fileCommand =
        std::find_if(fileCommands.begin(), fileCommands.end(),
                     [&](const cli::FileCommand& c) { return c.name == name; });
    if (fileCommand != fileCommands.end()) {
        if (arguments.size() < fileCommand->minArguments ||
            (fileCommand->maxArguments >= 0 && arguments.size() > fileCommand->maxArguments)) {
            err << "poolctl: usage: poolctl " << fileCommand->name << ' ' << fileCommand->arguments
                << '\n';
            return cli::ExitUsage;
        }
        return fileCommand->run(arguments, options);
    }

    const QList<cli::Command> all = cli::commands();
    const auto command =
        std::find_if(all.begin(), all.end(), [&](const cli::Command& c) { return c.name == name; });
    if (command == all.end()) {
        err << "poolctl: unknown command \"" << name << "\"; see poolctl --help\n";
        return cli::ExitUsage;
    }
    if (arguments.size() < command->minArguments ||
        (command->maxArguments >= 0 && arguments.size() > command->maxArguments)) {
        err << "poolctl: usage: poolctl " << command->name << ' ' << command->arguments << '\n';
        return cli::ExitUsage;
    }

    const QString apiUrlOptionValue = parser.value(apiUrlOption);
    api::DoClient client;
    cli::resolveToken(
        parser.value(tokenFileOption), parser.value(contextOption), &application,
        [&err](const QString& note) { err << "poolctl: " << note << '\n'
                                          << Qt::flush; },
        [&](const cli::ResolvedToken& resolved, const QString& error) {
            if (!error.isEmpty()) {
                err << "poolctl: " << error << '\n' << Qt::flush;
                return QCoreApplication::exit(cli::ExitUsage);
            }
            // --api-url and DIGITALOCEAN_API_URL beat the context's own URL.
            QString urlText = apiUrlOptionValue;
            if (urlText.isEmpty() && qEnvironmentVariableIsEmpty("DIGITALOCEAN_API_URL"))
                urlText = resolved.contextApiUrl;
            const QUrl url = api::resolveApiUrl(urlText);
            if (const QString problem = api::checkApiUrl(url); !problem.isEmpty()) {
                err << "poolctl: " << problem << '\n' << Qt::flush;
                return QCoreApplication::exit(cli::ExitUsage);
            }
            client.setBaseUrl(url);
            client.setToken(resolved.token);
            // A journal belongs to the account it changed: the context, or
            // the environment token's variable, at this API URL.
            if (options.journalDir.isEmpty())
                options.journalDir = cli::defaultJournalDirectory(
                    resolved.source.name + u'\n' + url.toString(QUrl::RemoveUserInfo));
            command->run(client, arguments, options,
                         [](int exitCode) { QCoreApplication::exit(exitCode); });
        });
    return application.exec();
}
