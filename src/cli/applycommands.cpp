// poolctl plan FILE... | apply FILE... [--yes] [--prune] [--replace=...] [--rewrite]
#include "api/doclient.h"
#include "api/planrunner.h"
#include "applyrun.h"
#include "commands.h"
#include "confirm.h"
#include "core/manifest.h"
#include "core/manifestplan.h"
#include "core/plan.h"
#include "manifestfiles.h"
#include "manifestfollow.h"
#include "output.h"
#include "resolve.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cli {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(apply)
};

// A problem with a manifest on stderr, as file:line:col: path: message.
void printProblem(const QString& file, const core::manifest::ManifestError& error)
{
    QTextStream(stderr) << formatManifestError(file, error) << '\n';
}

// Reads and validates every file. Prints each problem as file:line:col and
// returns false when there is one.
bool readManifests(const QStringList& files, Manifests* out, int* exitCode)
{
    bool clean = true;
    auto report = [&](const QString& file, const core::manifest::ManifestError& e) {
        printProblem(file, e);
        clean = false;
    };
    for (const QString& name : files) {
        const ManifestFile file = readManifestFile(name);
        if (!file.readable) {
            printError(Tr::tr("cannot read %1: %2").arg(name, file.readError));
            *exitCode = ExitUsage;
            return false;
        }
        for (const core::manifest::ManifestError& e : file.result.errors)
            report(name, e);
        for (const core::manifest::ManifestError& e :
             core::manifest::validate(file.result.manifests))
            report(name, e);
        out->manifests.append(file.result.manifests);
        for (qsizetype i = 0; i < file.result.manifests.size(); ++i)
            out->fileOf.append(name);
    }
    if (!clean)
        *exitCode = ExitInvalidFile;
    return clean;
}

// Prints every problem of planning (an unknown cluster, a pool declared
// twice) as file:line:col and returns false; prints the plan otherwise.
bool printPlan(const Manifests& read, const core::ManifestPlan& plan)
{
    for (const core::ManifestPlanError& e : plan.errors)
        printProblem(read.fileOf.at(e.manifest), e.error);
    if (!plan.errors.isEmpty())
        return false;
    const QString text = core::planText(plan);
    print(text.isEmpty() ? Tr::tr("No changes: the pools match the manifests.\n") : text);
    return true;
}

// Reads the files, fetches clusters and sizes, plans and prints the plan;
// then `next`.
void withPlan(api::DoClient& client, const QStringList& files, const Options& options,
              Finish finish, std::function<void(const Manifests&, const core::ManifestPlan&)> next)
{
    Manifests read;
    int exitCode = ExitOk;
    if (!readManifests(files, &read, &exitCode)) {
        // Finish from the event loop, as every command does.
        QMetaObject::invokeMethod(
            &client, [finish, exitCode] { finish(exitCode); }, Qt::QueuedConnection);
        return;
    }
    withClusters(
        client, finish,
        [&client, read, options, finish, next](const QList<core::Cluster>& clusters) {
            // Prices only colour the plan: a failure to get them is no reason to stop.
            client.fetchSizes(&client, [=](const QList<core::Size>& sizes, const api::ApiError&) {
                core::PlanOptions planOptions;
                planOptions.prune = options.prune;
                planOptions.setCountOnAutoscaled = options.setCount;
                planOptions.sizes = sizes;
                planOptions.replaceStrategy = core::replaceStrategyFromName(options.replaceStrategy)
                                                  .value_or(core::ReplaceStrategy::BlueGreen);
                const core::ManifestPlan plan =
                    core::planManifests(read.manifests, clusters, planOptions);
                if (!printPlan(read, plan)) {
                    finish(ExitInvalidFile);
                    return;
                }
                next(read, plan);
            });
        });
}

// Sends the plan step by step through the same runner as the app, journaled
// in the context's folder; stops at the first failure. With --rewrite, the
// files then name the pools that replaced the ones they named.
void applyPlan(api::DoClient& client, const Manifests& read, const core::ManifestPlan& plan,
               const Options& options, Finish finish)
{
    auto* runner = new api::PlanRunner(&client, plan, &client);
    configureRunner(runner, options);
    runAndReport(runner, [read, options, finish, journal = &runner->journal()](ExitCode code) {
        // The runner goes with deleteLater: its journal is still there now.
        if (options.rewrite && !rewriteReplaced(read, *journal) && code == ExitOk)
            code = ExitApiError;
        finish(code);
    });
}
} // namespace

void runPlan(api::DoClient& client, const QStringList& args, const Options& options, Finish finish)
{
    withPlan(client, args, options, finish,
             [finish](const Manifests&, const core::ManifestPlan&) { finish(ExitOk); });
}

void runApply(api::DoClient& client, const QStringList& args, const Options& options, Finish finish)
{
    if (args.isEmpty() && !options.resume && !options.rollback && !options.forget) {
        printError(Tr::tr("apply needs manifest files (or --resume, --rollback or --forget)"));
        QMetaObject::invokeMethod(
            &client, [finish] { finish(ExitUsage); }, Qt::QueuedConnection);
        return;
    }
    withJournal(client, args, options, finish,
                [&client, args, options, finish] { applyFiles(client, args, options, finish); });
}

void applyFiles(api::DoClient& client, const QStringList& args, const Options& options,
                Finish finish)
{
    withPlan(client, args, options, finish,
             [&client, options, finish](const Manifests& read, const core::ManifestPlan& plan) {
                 QStringList destructive;
                 for (const core::ClusterPlan& p : plan.clusters)
                     for (const core::PlanOperation& op : p.plan.operations)
                         for (const QString& why : op.destructive)
                             destructive << op.poolName + QStringLiteral(": ") + why;
                 if (!plan.canApply()) {
                     printError(Tr::tr("the plan is refused; nothing was changed"));
                     finish(ExitRefused);
                     return;
                 }
                 if (plan.isEmpty()) {
                     finish(ExitOk);
                     return;
                 }
                 if (!destructive.isEmpty()) {
                     const QString question = Tr::tr("The plan is destructive:\n  %1\nApply it?")
                                                  .arg(destructive.join(QStringLiteral("\n  ")));
                     if (!confirmOrRefuse(question, options.yes, finish))
                         return;
                 }
                 applyPlan(client, read, plan, options, finish);
             });
}

} // namespace cli
