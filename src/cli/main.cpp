// poolctl: Pool Studio's core, headless, for scripts and terminals.
#include "api/doclient.h"
#include "api/endpoint.h"
#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("poolctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POOLSTUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "poolctl: DigitalOcean Kubernetes node pools from the command line.\n\n"
                "Commands:\n"
                "  clusters    list clusters with their pools and nodes\n\n"
                "The token is read from DIGITALOCEAN_ACCESS_TOKEN or --token-file.\n"
                "Exit codes: 0 done, 1 the API refused or failed, 2 wrong usage."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption apiUrlOption(
        QStringLiteral("api-url"),
        QCoreApplication::translate("main", "API base URL (default %1, or DIGITALOCEAN_API_URL).")
            .arg(QString::fromLatin1(api::DefaultApiUrl)),
        QStringLiteral("URL"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        QCoreApplication::translate("main", "Read the access token from FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("main", "Output format: table (default) or json."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({apiUrlOption, tokenFileOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "What to do."));
    parser.process(application);

    QTextStream err(stderr);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        err << "poolctl: no command given; see poolctl --help\n";
        return cli::ExitUsage;
    }

    QString token = qEnvironmentVariable("DIGITALOCEAN_ACCESS_TOKEN");
    if (parser.isSet(tokenFileOption)) {
        QFile file(parser.value(tokenFileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "poolctl: cannot read the token file " << file.fileName() << ": "
                << file.errorString() << '\n';
            return cli::ExitUsage;
        }
        token = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (token.isEmpty()) {
        err << "poolctl: no access token; set DIGITALOCEAN_ACCESS_TOKEN or pass --token-file\n";
        return cli::ExitUsage;
    }

    const QUrl url = api::resolveApiUrl(parser.value(apiUrlOption));
    if (const QString problem = api::checkApiUrl(url); !problem.isEmpty()) {
        err << "poolctl: " << problem << '\n';
        return cli::ExitUsage;
    }

    api::DoClient client;
    client.setBaseUrl(url);
    client.setToken(token);

    const cli::Options options{parser.value(outputOption)};
    if (options.output != u"table" && options.output != u"json") {
        err << "poolctl: unknown output format \"" << options.output << "\"; use table or json\n";
        return cli::ExitUsage;
    }
    const auto finish = [](int exitCode) { QCoreApplication::exit(exitCode); };
    const QString command = arguments.first();
    if (command == u"clusters") {
        cli::runClusters(client, options, finish);
    } else {
        err << "poolctl: unknown command \"" << command << "\"; see poolctl --help\n";
        return cli::ExitUsage;
    }
    return application.exec();
}
