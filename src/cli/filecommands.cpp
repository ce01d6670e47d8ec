// poolctl validate FILE... | lint FILE... | fmt FILE [--write]: manifest files
// only, no token and no network.
#include "commands.h"
#include "core/cost.h"
#include "core/lint.h"
#include "core/manifest.h"
#include "core/manifestcheck.h"
#include "manifestfiles.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace cli {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(files)
};

void printErr(const QString& text)
{
    QTextStream(stderr) << text;
}

// One line of validate or lint output.
struct Finding
{
    QString file;
    core::manifest::SourcePosition position;
    QString severity; // error, warning, info
    QString rule;     // lint rule id; "invalid" for validation errors
    QString path;
    QString message;
    QString hint;
};

QString findingText(const Finding& f, bool withRule)
{
    QString out = f.file;
    if (f.position.line > 0)
        out += QStringLiteral(":%1:%2").arg(f.position.line).arg(f.position.column);
    out += QStringLiteral(": ");
    if (withRule)
        out += QStringLiteral("%1 [%2] ").arg(f.severity, f.rule);
    if (!f.path.isEmpty())
        out += f.path + QStringLiteral(": ");
    out += f.message;
    if (!f.hint.isEmpty())
        out += withRule ? QStringLiteral(" (fix: %1)").arg(f.hint)
                        : QStringLiteral(" (%1)").arg(f.hint);
    return out + u'\n';
}

QJsonObject findingJson(const Finding& f)
{
    QJsonObject out{{QStringLiteral("file"), f.file},
                    {QStringLiteral("line"), f.position.line},
                    {QStringLiteral("column"), f.position.column},
                    {QStringLiteral("severity"), f.severity},
                    {QStringLiteral("rule"), f.rule},
                    {QStringLiteral("path"), f.path},
                    {QStringLiteral("message"), f.message},
                    {QStringLiteral("hint"), f.hint}};
    return out;
}

Finding fromError(const QString& file, const core::manifest::ManifestError& e)
{
    return {file,      e.position, QStringLiteral("error"), QStringLiteral("invalid"), e.path,
            e.message, e.hint};
}

// Reads every file and collects the reading and validation errors. Returns
// the worst exit code so far: 2 when a file is unusable, 1 on errors.
int readAll(const QStringList& names, QList<ManifestFile>* files, QList<Finding>* findings)
{
    int exitCode = ExitOk;
    for (const QString& name : names) {
        ManifestFile file = readManifestFile(name);
        if (!file.readable) {
            findings->append({name,
                              {},
                              QStringLiteral("error"),
                              QStringLiteral("unreadable"),
                              {},
                              Tr::tr("cannot read the file: %1").arg(file.readError),
                              {}});
            exitCode = ExitUnusableFile;
            files->append(file);
            continue;
        }
        for (const core::manifest::ManifestError& e : file.result.errors)
            findings->append(fromError(name, e));
        for (const core::manifest::ManifestError& e :
             core::manifest::validate(file.result.manifests))
            findings->append(fromError(name, e));
        if (isUnusable(file))
            exitCode = ExitUnusableFile;
        else if (!findings->isEmpty() && exitCode == ExitOk)
            exitCode = ExitFindings;
        files->append(file);
    }
    return exitCode;
}

void printFindings(const QList<Finding>& findings, const Options& options, bool withRule,
                   const QString& clean)
{
    if (options.output != u"table") {
        QJsonArray array;
        for (const Finding& f : findings)
            array.append(findingJson(f));
        print(render(options.output, array, {}));
        return;
    }
    QString text;
    for (const Finding& f : findings)
        text += findingText(f, withRule);
    if (findings.isEmpty())
        text = clean;
    print(text);
}

} // namespace

int runValidate(const QStringList& names, const Options& options)
{
    QList<ManifestFile> files;
    QList<Finding> findings;
    const int exitCode = readAll(names, &files, &findings);
    int pools = 0;
    for (const ManifestFile& file : files)
        pools += int(file.result.manifests.size());
    printFindings(findings, options, false,
                  Tr::tr("%n pool(s) in %1 file(s): valid\n", nullptr, pools).arg(files.size()));
    return exitCode;
}

int runLint(const QStringList& names, const Options& options)
{
    QList<ManifestFile> files;
    QList<Finding> findings;
    int exitCode = readAll(names, &files, &findings);

    // Pools naming the same cluster are linted together, across files: the
    // cluster-wide rules (droplet limit, scale to zero) need all of them.
    QList<core::manifest::PoolManifest> manifests;
    QList<const ManifestFile*> fileOf; // parallel to manifests
    for (const ManifestFile& file : files) {
        manifests << file.result.manifests;
        for (qsizetype i = 0; i < file.result.manifests.size(); ++i)
            fileOf << &file;
    }
    core::LintContext context;
    context.dropletLimit = options.dropletLimit;
    // Offline there is no size list; DigitalOcean's GPU slugs all start with
    // "gpu-" (gpu-h100x1-80gb, gpu-mi300x1-192gb), enough for the GPU rules.
    for (const core::manifest::PoolManifest& manifest : manifests) {
        const QString& slug = manifest.spec.size;
        if (!slug.startsWith(u"gpu-") || core::findSize(context.sizes, slug))
            continue;
        core::Size size;
        size.slug = slug;
        size.gpu.count = 1;
        size.gpu.model = slug.contains(u"mi") ? QStringLiteral("amd") : QStringLiteral("nvidia");
        context.sizes << size;
    }
    for (const core::ManifestLintFinding& found : core::lintManifests(manifests, context)) {
        Finding f;
        f.file = fileOf.at(found.manifest)->name;
        f.position = found.position;
        f.severity = core::lintSeverityName(core::lintSeverity(found.finding.ruleId));
        f.rule = found.finding.ruleId;
        f.path = found.finding.path;
        f.message = found.finding.message;
        f.hint = found.finding.hint;
        findings.append(f);
    }
    if (!findings.isEmpty() && exitCode == ExitOk)
        exitCode = ExitFindings;
    printFindings(findings, options, true, Tr::tr("no findings\n"));
    return exitCode;
}

int runFmt(const QStringList& names, const Options& options)
{
    const ManifestFile file = readManifestFile(names.first());
    if (!file.readable) {
        printErr(Tr::tr("poolctl: cannot read %1: %2\n").arg(file.name, file.readError));
        return ExitUnusableFile;
    }
    if (!file.result.ok()) {
        // Rewriting would drop what could not be read: refuse.
        for (const core::manifest::ManifestError& e : file.result.errors)
            printErr(formatManifestError(file.name, e) + u'\n');
        return isUnusable(file) ? ExitUnusableFile : ExitFindings;
    }
    core::manifest::WriteOptions writeOptions;
    writeOptions.includeStatus = true; // keep what the file says
    const QByteArray canonical = core::manifest::writeAll(file.result.manifests, writeOptions);
    if (!options.write) {
        QTextStream(stdout) << QString::fromUtf8(canonical);
        return ExitOk;
    }
    if (canonical == file.bytes) {
        printErr(Tr::tr("%1: already formatted\n").arg(file.name));
        return ExitOk;
    }
    QSaveFile out(file.name);
    if (!out.open(QIODevice::WriteOnly) || out.write(canonical) != canonical.size() ||
        !out.commit()) {
        printErr(Tr::tr("poolctl: cannot write %1: %2\n").arg(file.name, out.errorString()));
        return ExitUnusableFile;
    }
    printErr(Tr::tr("%1: formatted\n").arg(file.name));
    return ExitOk;
}

} // namespace cli
