// poolctl plan FILE... | apply FILE... [--yes] [--prune]
#include "api/doclient.h"
#include "api/operationwatcher.h"
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
#include <memory>

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

// Applies the operations one after another; stops at the first failure.
class Applier : public std::enable_shared_from_this<Applier>
{
public:
    struct Step
    {
        QString clusterId;
        core::PlanOperation op;
    };

    Applier(api::DoClient& client, QList<Step> steps, Finish finish)
        : m_client(client), m_steps(std::move(steps)), m_finish(std::move(finish))
    {}

    void next()
    {
        if (m_index >= m_steps.size()) {
            print(tr("Applied %n change(s).\n", int(m_steps.size())));
            m_finish(ExitOk);
            return;
        }
        const Step& step = m_steps.at(m_index++);
        auto self = shared_from_this();
        const core::PlanOperation& op = step.op;
        switch (op.kind) {
        case core::OperationKind::Create:
            create(step.clusterId, op.after);
            break;
        case core::OperationKind::Update:
            m_client.updateNodePool(step.clusterId, op.poolId, op.body, &m_client,
                                    [self, op](const core::NodePool&, const api::ApiError& e) {
                                        self->done(e, tr("~ updated pool %1\n").arg(op.poolName));
                                    });
            break;
        case core::OperationKind::Delete:
            m_client.deleteNodePool(
                step.clusterId, op.poolId, &m_client, [self, op](const api::ApiError& e) {
                    self->done(e, tr("- deleted pool %1 (draining)\n").arg(op.poolName));
                });
            break;
        case core::OperationKind::Replace:
            replace(step.clusterId, op);
            break;
        }
    }

private:
    void create(const QString& clusterId, const core::NodePoolSpec& spec)
    {
        auto self = shared_from_this();
        m_client.createNodePool(
            clusterId, spec, &m_client, [self](const core::NodePool& pool, const api::ApiError& e) {
                self->done(e, tr("+ created pool %1 (%2)\n").arg(pool.spec.name, pool.id));
            });
    }

    // Pool names are unique in a cluster, so the new pool can only be created
    // once the old one is gone: delete, wait for the 404, create.
    void replace(const QString& clusterId, const core::PlanOperation& op)
    {
        auto self = shared_from_this();
        m_client.deleteNodePool(
            clusterId, op.poolId, &m_client, [self, clusterId, op](const api::ApiError& e) {
                if (e.isError()) {
                    self->done(e, {});
                    return;
                }
                print(tr("- deleted pool %1 (%2); waiting for it to drain\n")
                          .arg(op.poolName, op.before.size));
                auto* watcher =
                    new api::OperationWatcher(&self->m_client, clusterId, op.poolId,
                                              api::OperationWatcher::Goal::Gone, &self->m_client);
                QObject::connect(
                    watcher, &api::OperationWatcher::finished, watcher,
                    [self, watcher, clusterId, op](api::OperationWatcher::Outcome outcome,
                                                   const api::ApiError& error) {
                        watcher->deleteLater();
                        if (outcome != api::OperationWatcher::Outcome::Gone) {
                            self->done(error, {});
                            return;
                        }
                        self->create(clusterId, op.after);
                    });
                watcher->start();
            });
    }

    void done(const api::ApiError& error, const QString& message)
    {
        if (error.isError()) {
            printError(error.humanText());
            printError(
                tr("stopped after %n of %1 change(s)", int(m_index - 1)).arg(m_steps.size()));
            m_finish(ExitApiError);
            return;
        }
        print(message);
        next();
    }

    api::DoClient& m_client;
    QList<Step> m_steps;
    Finish m_finish;
    qsizetype m_index = 0;
};

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
                 QList<Applier::Step> steps;
                 QStringList destructive;
                 for (const core::ClusterPlan& p : plan.clusters) {
                     for (const core::PlanOperation& op : p.plan.operations) {
                         steps.append({p.cluster.id, op});
                         for (const QString& why : op.destructive)
                             destructive << op.poolName + QStringLiteral(": ") + why;
                     }
                 }
                 if (!plan.canApply()) {
                     printError(tr("the plan is refused; nothing was changed"));
                     finish(ExitRefused);
                     return;
                 }
                 if (steps.isEmpty()) {
                     finish(ExitOk);
                     return;
                 }
                 if (!destructive.isEmpty()) {
                     const QString question = tr("The plan is destructive:\n  %1\nApply it?")
                                                  .arg(destructive.join(QStringLiteral("\n  ")));
                     if (!confirmOrRefuse(question, options.yes, finish))
                         return;
                 }
                 std::make_shared<Applier>(client, steps, finish)->next();
             });
}

} // namespace cli
