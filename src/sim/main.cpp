// poolsim: the DigitalOcean API simulator as a program, for demos and for
// trying a client by hand. Everything it does lives in poolsim_lib.
#include "sim/seedgenerator.h"
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("poolsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POOLSTUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A stateful DigitalOcean Kubernetes API simulator on 127.0.0.1, with fault injection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port on 127.0.0.1 (default: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed file (default: the built-in demo data)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption seedSize(
        QStringLiteral("seed-size"),
        QStringLiteral("Generate a large account instead: CLUSTERSxPOOLSxNODES, such as 100x10x20 "
                       "(realistic names, catalog sizes, tags, labels and taints)."),
        QStringLiteral("CxPxN"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QStringLiteral("Accepted bearer token (default: $DIGITALOCEAN_ACCESS_TOKEN, else "
                       "\"poolsim\")."),
        QStringLiteral("T"));
    const QCommandLineOption readOnly(QStringLiteral("read-only-token"),
                                      QStringLiteral("A token that may only read (403 on writes)."),
                                      QStringLiteral("T"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Fault rules (JSON, see src/sim/README.md)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dropletLimit(QStringLiteral("droplet-limit"),
                                          QStringLiteral("The account's droplet limit."),
                                          QStringLiteral("N"));
    const QCommandLineOption linkStyle(
        QStringLiteral("link-style"),
        QStringLiteral("How paging links are written: absolute (at this server, the default), "
                       "foreign (at --link-origin) or relative."),
        QStringLiteral("STYLE"));
    const QCommandLineOption linkOrigin(
        QStringLiteral("link-origin"),
        QStringLiteral(
            "The origin of foreign paging links (default: https://api.digitalocean.com)."),
        QStringLiteral("URL"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve https with this PEM certificate "
                                                    "(needs --tls-key)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    parser.addOptions({port, seed, seedSize, token, readOnly, faults, dropletLimit, linkStyle,
                       linkOrigin, tlsCert, tlsKey});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    sim::Simulator simulator;
    QString error;
    if (parser.isSet(seed) && parser.isSet(seedSize)) {
        err << "poolsim: --seed and --seed-size are one or the other" << Qt::endl;
        return 2;
    }
    if (parser.isSet(seedSize)) {
        const std::optional<sim::SeedSize> size =
            sim::parseSeedSize(parser.value(seedSize), &error);
        if (!size || !simulator.loadSeed(sim::generateSeed(*size), &error)) {
            err << "poolsim: " << error << Qt::endl;
            return 2;
        }
    } else if (parser.isSet(seed)) {
        if (!simulator.loadSeedFile(parser.value(seed), &error)) {
            err << "poolsim: " << error << Qt::endl;
            return 2;
        }
    } else {
        simulator.loadDemoSeed();
    }
    if (parser.isSet(faults) && !simulator.loadFaultsFile(parser.value(faults), &error)) {
        err << "poolsim: " << error << Qt::endl;
        return 2;
    }
    if (parser.isSet(dropletLimit))
        simulator.setDropletLimit(parser.value(dropletLimit).toInt());
    if (parser.isSet(linkStyle)) {
        const auto style = sim::linkStyleFromName(parser.value(linkStyle));
        if (!style) {
            err << "poolsim: --link-style must be absolute, foreign or relative" << Qt::endl;
            return 2;
        }
        simulator.setLinkStyle(*style);
    }
    if (parser.isSet(linkOrigin))
        simulator.setLinkOrigin(parser.value(linkOrigin));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        err << "poolsim: --tls-cert and --tls-key go together" << Qt::endl;
        return 2;
    }
    QString accepted = parser.value(token);
    if (accepted.isEmpty())
        accepted = qEnvironmentVariable("DIGITALOCEAN_ACCESS_TOKEN", QStringLiteral("poolsim"));
    simulator.setToken(accepted);
    if (parser.isSet(readOnly))
        simulator.setReadOnlyToken(parser.value(readOnly));

    bool ok = false;
    const uint requested = parser.value(port).toUInt(&ok);
    if (!ok || requested > 65535) {
        err << "poolsim: --port needs a number from 0 to 65535" << Qt::endl;
        return 2;
    }
    if (parser.isSet(tlsCert)) {
        if (simulator.listenTlsFiles(quint16(requested), parser.value(tlsCert),
                                     parser.value(tlsKey), &error) == 0) {
            err << "poolsim: " << error << Qt::endl;
            return 1;
        }
    } else if (simulator.listen(quint16(requested)) == 0) {
        err << "poolsim: cannot listen on 127.0.0.1:" << requested << Qt::endl;
        return 1;
    }
    // The URL on stdout is the one line scripts read.
    out << simulator.baseUrl().toString() << Qt::endl;
    return app.exec();
}
