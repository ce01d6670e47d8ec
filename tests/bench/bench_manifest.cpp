// bench_manifest: read + validate a generated 1,000-pool manifest file in
// process (min/median over N runs), then `poolctl validate` on the same file.
#include "core/manifest.h"
#include "core/yamlblockreader.h"
#include "core/yamltree.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace {

QList<core::manifest::PoolManifest> fleet(int pools)
{
    QList<core::manifest::PoolManifest> out;
    for (int i = 0; i < pools; ++i) {
        core::manifest::PoolManifest m;
        core::NodePoolSpec& s = m.spec;
        s.name = QStringLiteral("pool-%1").arg(i);
        m.metadataName = s.name;
        s.cluster.value =
            QStringLiteral("0a1b2c3d-0000-4000-8000-%1").arg(i / 10, 12, 10, QLatin1Char('0'));
        s.size = i % 7 == 0 ? QStringLiteral("s-4vcpu-8gb") : QStringLiteral("s-2vcpu-4gb");
        s.count = 2 + i % 5;
        if (i % 3 == 0) {
            s.autoScale = true;
            s.minNodes = 1;
            s.maxNodes = 10;
        }
        s.labels = {{QStringLiteral("app"), QStringLiteral("svc-%1").arg(i)},
                    {QStringLiteral("example.com/tier"), QStringLiteral("on")}};
        if (i % 2 == 0)
            s.taints = {{QStringLiteral("dedicated"), QStringLiteral("true"),
                         QStringLiteral("NoSchedule")}};
        s.tags = {QStringLiteral("team:web"), QStringLiteral("env:prod")};
        out << m;
    }
    return out;
}

struct Stats
{
    double min = 0;
    double median = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.first(), ms.at(ms.size() / 2)};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int pools = 1000;
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 30;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet-1000.yaml"));
    const QByteArray yaml = core::manifest::writeAll(fleet(pools));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
            return 1;
    }
    out << "file: " << pools << " pools, " << yaml.size() << " bytes (" << path << ")\n";

    // The same documents with a tag on each kind: the block reader declines
    // them, so reading takes the yaml-cpp path (any YAML that is not plain
    // block YAML does).
    QByteArray tagged = yaml;
    tagged.replace("kind: DigitalOcean", "kind: !!str DigitalOcean");

    core::manifest::ReadOptions options;
    options.maxDocuments = 10000;
    options.maxBytes = 16 * 1024 * 1024;
    QList<double> readMs, validateMs, bothMs, blockMs, fallbackMs, loadAllMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        const core::manifest::ReadResult read = core::manifest::read(file.readAll(), options);
        const qint64 afterRead = timer.nsecsElapsed();
        const QList<core::manifest::ManifestError> errors =
            core::manifest::validate(read.manifests);
        const qint64 total = timer.nsecsElapsed();
        if (!read.ok() || read.manifests.size() != pools || !errors.isEmpty()) {
            out << "unexpected: " << read.errors.size() << " read errors, " << errors.size()
                << " validation errors\n";
            return 1;
        }
        readMs << afterRead / 1e6;
        validateMs << (total - afterRead) / 1e6;
        bothMs << total / 1e6;

        // Where the read time goes: the block reader alone (no codec)...
        QElapsedTimer parse;
        parse.start();
        core::yamltree::Document scratch;
        int documents = 0;
        core::yamltree::readBlockYaml(std::string_view(yaml.constData(), std::size_t(yaml.size())),
                                      scratch,
                                      [&](const core::yamltree::Document&) { ++documents; });
        blockMs << parse.nsecsElapsed() / 1e6;
        // ...the whole read when yaml-cpp has to do it...
        parse.restart();
        const core::manifest::ReadResult slow = core::manifest::read(tagged, options);
        fallbackMs << parse.nsecsElapsed() / 1e6;
        // ...and yaml-cpp's LoadAll, what reading was built on before.
        parse.restart();
        const std::vector<YAML::Node> nodes = YAML::LoadAll(yaml.toStdString());
        loadAllMs << parse.nsecsElapsed() / 1e6;
        if (documents != pools || slow.manifests.size() != pools || int(nodes.size()) != pools) {
            out << "unexpected: " << documents << " block documents, " << slow.manifests.size()
                << " manifests through yaml-cpp, " << nodes.size() << " LoadAll documents\n";
            return 1;
        }
    }
    const auto line = [&](const char* what, const QList<double>& ms) {
        const Stats s = stats(ms);
        out << QStringLiteral("  %1 min %2 ms  median %3 ms\n")
                   .arg(QLatin1String(what), -30)
                   .arg(s.min, 7, 'f', 2)
                   .arg(s.median, 7, 'f', 2);
    };
    out << "in process, " << runs << " runs:\n";
    line("read (block reader + codec)", readMs);
    line("  block reader alone", blockMs);
    line("read via yaml-cpp (fallback)", fallbackMs);
    line("yaml-cpp LoadAll (reference)", loadAllMs);
    line("validate", validateMs);
    line("read + validate", bothMs);

#ifdef POOLCTL_PATH
    // Each run a process from start to exit; --version is the start-up
    // alone (loading Qt and the other libraries, no file).
    const auto timeProcess = [&](const QStringList& arguments, QList<double>* ms) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(POOLCTL_PATH), arguments);
        process.waitForFinished(60'000);
        *ms << timer.nsecsElapsed() / 1e6;
        if (process.exitCode() != 0) {
            out << "poolctl " << arguments.join(u' ') << " failed: " << process.readAll() << '\n';
            return false;
        }
        return true;
    };
    QList<double> processMs, startMs;
    for (int run = 0; run < std::max(10, runs); ++run) {
        if (!timeProcess({QStringLiteral("validate"), path}, &processMs) ||
            !timeProcess({QStringLiteral("--version")}, &startMs))
            return 1;
    }
    out << "processes (start to exit), " << processMs.size() << " runs each:\n";
    line("poolctl validate", processMs);
    line("poolctl --version", startMs);
    out << "with hyperfine: hyperfine -N --warmup 3 '" << POOLCTL_PATH << " validate " << path
        << "'\n";
    if (argc > 2 && QString::fromLatin1(argv[2]) == u"--keep") {
        dir.setAutoRemove(false);
        out << "kept " << path << '\n';
    }
#endif
    out.flush();
    return 0;
}
