#include "manifestfollow.h"

#include "core/boundedfile.h"
#include "core/manifestrewrite.h"
#include "manifestfiles.h"
#include "output.h"
#include "resolve.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace cli {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(manifestfollow)
};

bool namesCluster(const core::ClusterRef& ref, const core::JournalStep& step)
{
    return ref.value == step.clusterId || ref.value == step.clusterName ||
           ref.fromName == step.clusterName;
}

bool newPoolCreated(const core::JournalStep& step)
{
    const core::PlanOperation& op = step.operation;
    if (op.kind != core::OperationKind::Replace ||
        op.replaceStrategy != core::ReplaceStrategy::BlueGreen || step.actions.isEmpty())
        return false;
    const core::JournalAction& create = step.actions.first();
    return create.kind == core::ActionKind::Create && !create.poolId.isEmpty();
}

struct Rename
{
    core::manifest::PoolManifest current;
    QString newName;
};

bool writeFile(const QString& name, const QByteArray& bytes)
{
    QSaveFile file(name);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    printError(Tr::tr("cannot rewrite %1: %2").arg(name, file.errorString()));
    return false;
}

} // namespace

bool rewriteReplaced(const Manifests& read, const core::ApplyJournal& journal)
{
    QHash<QString, QList<Rename>> byFile;
    QStringList files; // in the order first met
    core::manifest::WriteOptions options;
    for (const core::JournalStep& step : journal.steps) {
        options.clusterNames.insert(step.clusterId, step.clusterName);
        if (!newPoolCreated(step))
            continue;
        for (qsizetype i = 0; i < read.manifests.size(); ++i) {
            const core::manifest::PoolManifest& manifest = read.manifests.at(i);
            if (manifest.spec.name != step.operation.poolName ||
                !namesCluster(manifest.spec.cluster, step))
                continue;
            const QString& file = read.fileOf.at(i);
            if (!byFile.contains(file))
                files << file;
            byFile[file] << Rename{manifest, step.operation.finalPoolName()};
        }
    }

    bool ok = true;
    for (const QString& name : std::as_const(files)) {
        // The file may have grown since it was read: bounded as the first read was.
        core::BoundedRead read = core::readBoundedFile(name, MaxManifestFileBytes);
        if (!read.ok()) {
            printError(Tr::tr("cannot read %1 again to rewrite it: %2").arg(name, read.error));
            ok = false;
            continue;
        }
        QByteArray bytes = std::move(read.bytes);
        QStringList said;
        bool fileOk = true;
        for (const Rename& rename : byFile.value(name)) {
            core::manifest::PoolManifest replacement = rename.current;
            replacement.spec.name = rename.newName;
            QString error;
            const auto rewritten = core::manifest::replaceDocument(bytes, rename.current,
                                                                   replacement, options, &error);
            if (!rewritten) {
                printError(Tr::tr("%1 is left as it was: %2").arg(name, error));
                fileOk = false;
                break;
            }
            bytes = *rewritten;
            said << Tr::tr("rewrote %1: pool %2 is now %3")
                        .arg(name, rename.current.spec.name, rename.newName);
        }
        if (fileOk && writeFile(name, bytes)) {
            for (const QString& line : std::as_const(said))
                print(line + u'\n');
        } else {
            ok = false;
        }
    }
    return ok;
}

} // namespace cli
