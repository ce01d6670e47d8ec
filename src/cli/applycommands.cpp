// poolctl plan FILE... | apply FILE... [--yes] [--prune]
#include "api/doclient.h"
#include "api/planrunner.h"
#include "commands.h"
#include "confirm.h"
#include "core/manifest.h"
#include "core/manifestplan.h"
#include "core/plan.h"
#include "manifestfiles.h"
#include "output.h"
#include "resolve.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("apply", text, nullptr, n);
}

// A problem with a manifest on stderr, as file:line:col: path: message.
void printProblem(const QString& file, const core::manifest::ManifestError& error)
{
    QTextStream(stderr) << formatManifestError(file, error) << '\n';
}

// The manifests of every file, with the file each came from.
struct Manifests
{
    QList<core::manifest::PoolManifest> manifests;
    QStringList fileOf; // parallel to manifests
};

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
            printError(tr("cannot read %1: %2").arg(name, file.readError));
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
    print(text.isEmpty() ? tr("No changes: the pools match the manifests.\n") : text);
    return true;
}

// Reads the files, fetches clusters and sizes, plans and prints the plan;
// then `next`.
void withPlan(api::DoClient& client, const QStringList& files, const Options& options,
              Finish finish, std::function<void(const core::ManifestPlan&)> next)
{
    Manifests read;
    int exitCode = ExitOk;
    if (!readManifests(files, &read, &exitCode)) {
        // Finish from the event loop, as every command does.
        QMetaObject::invokeMethod(
            &client, [finish, exitCode] { finish(exitCode); }, Qt::QueuedConnection);
        return;
    }
    withClusters(client, finish,
                 [&client, read, options, finish, next](const QList<core::Cluster>& clusters) {
                     // Prices only colour the plan: a failure to get them is no reason to stop.
                     client.fetchSizes(
                         &client, [=](const QList<core::Size>& sizes, const api::ApiError&) {
                             core::PlanOptions planOptions;
                             planOptions.prune = options.prune;
                             planOptions.setCountOnAutoscaled = options.setCount;
                             planOptions.sizes = sizes;
                             const core::ManifestPlan plan =
                                 core::planManifests(read.manifests, clusters, planOptions);
                             if (!printPlan(read, plan)) {
                                 finish(ExitInvalidFile);
                                 return;
                             }
                             next(plan);
                         });
                 });
}

// What a finished step did, for the terminal.
QString doneLine(const core::PlanOperation& op)
{
    switch (op.kind) {
    case core::OperationKind::Create:
        return tr("+ created pool %1\n").arg(op.poolName);
    case core::OperationKind::Update:
        return tr("~ updated pool %1\n").arg(op.poolName);
    case core::OperationKind::Replace:
        return tr("-/+ replaced pool %1 (%2 -> %3)\n")
            .arg(op.poolName, op.before.size, op.after.size);
    case core::OperationKind::Delete:
        return tr("- deleted pool %1 (draining)\n").arg(op.poolName);
    }
    return {};
}

// Sends the plan step by step through the same runner as the app, without
// waiting for nodes to settle (as doctl does); stops at the first failure.
void applyPlan(api::DoClient& client, const core::ManifestPlan& plan, Finish finish)
{
    auto* runner = new api::PlanRunner(&client, plan, &client);
    runner->setWaitForSettle(false);
    QObject::connect(runner, &api::PlanRunner::stepFinished, runner,
                     [runner](int index) { print(doneLine(runner->stepOperation(index))); });
    QObject::connect(
        runner, &api::PlanRunner::finished, runner,
        [runner, count = plan.operationCount(), finish](bool ok, const api::ApiError& error) {
            runner->deleteLater();
            if (ok) {
                print(tr("Applied %n change(s).\n", count));
                finish(ExitOk);
                return;
            }
            printError(error.humanText());
            QTextStream err(stderr);
            for (const QString& line : runner->summary())
                err << "  " << line << '\n';
            finish(ExitApiError);
        });
    runner->start();
}

} // namespace

void runPlan(api::DoClient& client, const QStringList& args, const Options& options, Finish finish)
{
    withPlan(client, args, options, finish,
             [finish](const core::ManifestPlan&) { finish(ExitOk); });
}

void runApply(api::DoClient& client, const QStringList& args, const Options& options, Finish finish)
{
    withPlan(client, args, options, finish,
             [&client, options, finish](const core::ManifestPlan& plan) {
                 QStringList destructive;
                 for (const core::ClusterPlan& p : plan.clusters)
                     for (const core::PlanOperation& op : p.plan.operations)
                         for (const QString& why : op.destructive)
                             destructive << op.poolName + QStringLiteral(": ") + why;
                 if (!plan.canApply()) {
                     printError(tr("the plan is refused; nothing was changed"));
                     finish(ExitRefused);
                     return;
                 }
                 if (plan.isEmpty()) {
                     finish(ExitOk);
                     return;
                 }
                 if (!destructive.isEmpty()) {
                     const QString question = tr("The plan is destructive:\n  %1\nApply it?")
                                                  .arg(destructive.join(QStringLiteral("\n  ")));
                     if (!confirmOrRefuse(question, options.yes, finish))
                         return;
                 }
                 applyPlan(client, plan, finish);
             });
}

} // namespace cli
