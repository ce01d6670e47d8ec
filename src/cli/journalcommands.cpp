// poolctl apply --resume | --rollback | --forget, and the refusal to start an
// apply while the journal of an interrupted one exists.
#include "api/doclient.h"
#include "api/planrunner.h"
#include "applyrun.h"
#include "commands.h"
#include "confirm.h"
#include "core/journalfile.h"
#include "output.h"
#include "resolve.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace cli {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(journal)
};

void finishLater(api::DoClient& client, Finish finish, int code)
{
    QMetaObject::invokeMethod(
        &client, [finish, code] { finish(code); }, Qt::QueuedConnection);
}

void runJournal(api::DoClient& client, const core::ApplyJournal& journal, const Options& options,
                Finish finish)
{
    auto* runner = new api::PlanRunner(&client, journal, &client);
    configureRunner(runner, options);
    runAndReport(runner, finish);
}

} // namespace

QString defaultJournalDirectory(const QString& contextKey)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QByteArray hash =
        QCryptographicHash::hash(contextKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(base).filePath(QStringLiteral("poolctl/journals/") + QString::fromLatin1(hash));
}

void withJournal(api::DoClient& client, const QStringList& files, const Options& options,
                 Finish finish, std::function<void()> proceed)
{
    const core::JournalFile file(options.journalDir);
    if (!file.exists()) {
        if (files.isEmpty()) {
            print(Tr::tr("No interrupted apply: nothing to resume, roll back or forget.\n"));
            return finishLater(client, finish, ExitOk);
        }
        return proceed();
    }
    QString error;
    const std::optional<core::ApplyJournal> journal = file.load(&error);
    if (options.forget) {
        if (!file.remove(&error)) {
            printError(error);
            return finishLater(client, finish, ExitApiError);
        }
        print(journal
                  ? Tr::tr("Forgot the interrupted apply; the cluster is left as it is:\n  %1\n")
                        .arg(core::journalSummary(*journal).join(QStringLiteral("\n  ")))
                  : Tr::tr("Forgot the unreadable apply journal.\n"));
        if (files.isEmpty())
            return finishLater(client, finish, ExitOk);
        return proceed();
    }
    if (!journal) {
        printError(
            Tr::tr("the journal of an earlier apply cannot be read (%1); look at the cluster "
                   "and run poolctl apply --forget to drop it")
                .arg(error));
        return finishLater(client, finish, ExitRefused);
    }
    if (journal->isComplete()) { // written by a run that ended just before removing it
        file.remove();
        return files.isEmpty() ? finishLater(client, finish, ExitOk) : proceed();
    }
    const QString interrupted = core::interruptionText(*journal);
    if (options.resume) {
        print(interrupted + Tr::tr(". Resuming.\n"));
        return runJournal(client, *journal, options, finish);
    }
    if (options.rollback) {
        QString refusal;
        QStringList notes;
        const std::optional<core::ApplyJournal> undo =
            core::rollbackJournal(*journal, &refusal, &notes);
        if (!undo) {
            printError(interrupted + Tr::tr(". It cannot be rolled back: %1").arg(refusal));
            return finishLater(client, finish, ExitRefused);
        }
        QStringList deletes;
        for (const core::JournalStep& step : undo->steps)
            deletes << step.operation.poolName;
        QString question = Tr::tr("%1.\nRolling back deletes %2.")
                               .arg(interrupted, deletes.join(QStringLiteral(", ")));
        if (!notes.isEmpty())
            question += u'\n' + notes.join(u'\n');
        if (!confirmOrRefuse(question + Tr::tr("\nRoll back?"), options.yes, finish))
            return;
        return runJournal(client, *undo, options, finish);
    }
    printError(
        interrupted +
        Tr::tr(".\nNothing was sent now. Finish it with poolctl apply --resume, delete what it "
               "created with --rollback, or leave the cluster as it is with --forget."));
    finishLater(client, finish, ExitRefused);
}

} // namespace cli
