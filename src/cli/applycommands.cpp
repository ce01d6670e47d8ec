// poolctl plan FILE... | apply FILE... [--yes] [--prune]
#include "api/doclient.h"
#include "api/operationwatcher.h"
#include "commands.h"
#include "confirm.h"
#include "core/manifest.h"
#include "core/plan.h"
#include "output.h"
#include "resolve.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <memory>

namespace cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("apply", text, nullptr, n);
}

struct ClusterPlan
{
    core::Cluster cluster;
    QList<core::NodePoolSpec> desired;
    core::Plan plan;
};

// Reads and validates every file. Prints each problem as file:line:col and
// returns false when there is one.
bool readManifests(const QStringList& files, QList<core::manifest::PoolManifest>* out,
                   int* exitCode)
{
    QTextStream err(stderr);
    bool clean = true;
    auto report = [&](const QString& file, const core::manifest::ManifestError& e) {
        err << file;
        if (e.position.line > 0)
            err << ':' << e.position.line << ':' << e.position.column;
        err << ": ";
        if (!e.path.isEmpty())
            err << e.path << ": ";
        err << e.message;
        if (!e.hint.isEmpty())
            err << " (" << e.hint << ')';
        err << '\n';
        clean = false;
    };
    for (const QString& name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("cannot read %1: %2").arg(name, file.errorString()));
            *exitCode = ExitUsage;
            return false;
        }
        const core::manifest::ReadResult read = core::manifest::read(file.readAll());
        for (const core::manifest::ManifestError& e : read.errors)
            report(name, e);
        for (const core::manifest::ManifestError& e : core::manifest::validate(read.manifests))
            report(name, e);
        out->append(read.manifests);
    }
    if (!clean)
        *exitCode = ExitInvalidFile;
    return clean;
}

// Groups the manifests by the cluster they name (by id or name) and plans
// each cluster. False (with the problems printed) when a cluster is unknown.
bool planClusters(const QList<core::manifest::PoolManifest>& manifests,
                  const QList<core::Cluster>& clusters, const QList<core::Size>& sizes,
                  const Options& options, QList<ClusterPlan>* plans)
{
    bool ok = true;
    for (const core::manifest::PoolManifest& manifest : manifests) {
        const core::ClusterRef& ref = manifest.spec.cluster;
        const QString key = ref.value.isEmpty() ? ref.fromName : ref.value;
        QString problem;
        const auto cluster = resolveCluster(clusters, key, &problem);
        if (!cluster) {
            printError(tr("pool %1: %2").arg(manifest.spec.name, problem));
            ok = false;
            continue;
        }
        auto it = std::find_if(plans->begin(), plans->end(),
                               [&](const ClusterPlan& p) { return p.cluster.id == cluster->id; });
        if (it == plans->end()) {
            plans->append({*cluster, {}, {}});
            it = plans->end() - 1;
        }
        core::NodePoolSpec spec = manifest.spec;
        spec.cluster = core::ClusterRef{cluster->id, {}, {}, {}};
        it->desired.append(spec);
    }
    core::PlanOptions planOptions;
    planOptions.prune = options.prune;
    planOptions.setCountOnAutoscaled = options.setCount;
    planOptions.sizes = sizes;
    for (ClusterPlan& p : *plans)
        p.plan = core::plan(p.desired, p.cluster.pools, planOptions);
    return ok;
}

void printPlans(const QList<ClusterPlan>& plans)
{
    QString out;
    for (const ClusterPlan& p : plans) {
        if (p.plan.isEmpty() && p.plan.refusals.isEmpty())
            continue;
        out += tr("cluster %1 (%2):\n").arg(p.cluster.name, p.cluster.id);
        out += core::planText(p.plan);
        for (const QString& refusal : p.plan.refusals)
            out += tr("refused: %1\n").arg(refusal);
        out += u'\n';
    }
    if (out.isEmpty())
        out = tr("No changes: the pools match the manifests.\n");
    print(out);
}

// Reads the files, fetches clusters and sizes, plans; then `next`.
void withPlans(api::DoClient& client, const QStringList& files, const Options& options,
               Finish finish, std::function<void(const QList<ClusterPlan>&)> next)
{
    QList<core::manifest::PoolManifest> manifests;
    int exitCode = ExitOk;
    if (!readManifests(files, &manifests, &exitCode)) {
        // Finish from the event loop, as every command does.
        QMetaObject::invokeMethod(
            &client, [finish, exitCode] { finish(exitCode); }, Qt::QueuedConnection);
        return;
    }
    withClusters(client, finish,
                 [&client, manifests, options, finish, next](const QList<core::Cluster>& clusters) {
                     // Prices only colour the plan: a failure to get them is no reason to stop.
                     client.fetchSizes(
                         &client, [=](const QList<core::Size>& sizes, const api::ApiError&) {
                             QList<ClusterPlan> plans;
                             if (!planClusters(manifests, clusters, sizes, options, &plans)) {
                                 finish(ExitInvalidFile);
                                 return;
                             }
                             next(plans);
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
    withPlans(client, args, options, finish, [finish](const QList<ClusterPlan>& plans) {
        printPlans(plans);
        finish(ExitOk);
    });
}

void runApply(api::DoClient& client, const QStringList& args, const Options& options, Finish finish)
{
    withPlans(client, args, options, finish,
              [&client, options, finish](const QList<ClusterPlan>& plans) {
                  printPlans(plans);
                  QList<Applier::Step> steps;
                  QStringList destructive;
                  bool refused = false;
                  for (const ClusterPlan& p : plans) {
                      refused = refused || !p.plan.canApply();
                      for (const core::PlanOperation& op : p.plan.operations) {
                          steps.append({p.cluster.id, op});
                          for (const QString& why : op.destructive)
                              destructive << op.poolName + QStringLiteral(": ") + why;
                      }
                  }
                  if (refused) {
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
