#include "applyrun.h"

#include "api/planrunner.h"
#include "output.h"
#include "resolve.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cli {

void configureRunner(api::PlanRunner* runner, const Options& options)
{
    runner->setWaitForSettle(false);
    runner->setJournalDirectory(options.journalDir);
    runner->setWatchInterval(std::chrono::milliseconds(options.pollIntervalMs));
    runner->setSettleTimeout(std::chrono::seconds(options.settleTimeoutSecs));
}

namespace {

// What a finished step did, for the terminal.
QString doneLine(const core::PlanOperation& op)
{
    switch (op.kind) {
    case core::OperationKind::Create:
        return QStringLiteral("+ created pool %1\n").arg(op.poolName);
    case core::OperationKind::Update:
        return QStringLiteral("~ updated pool %1\n").arg(op.poolName);
    case core::OperationKind::Replace:
        return QStringLiteral("-/+ replaced pool %1 with %2 (%3 -> %4)\n")
            .arg(op.poolName, op.finalPoolName(), op.before.size, op.after.size);
    case core::OperationKind::Delete:
        return QStringLiteral("- deleted pool %1 (draining)\n").arg(op.poolName);
    case core::OperationKind::UpdateClusterAutoscaler:
        return QStringLiteral("~ configured the cluster autoscaler\n");
    }
    return {};
}

} // namespace

void runAndReport(api::PlanRunner* runner, std::function<void(ExitCode code)> done)
{
    QObject::connect(runner, &api::PlanRunner::preflightWarning, runner,
                     [](const QString& text) { printError(QStringLiteral("warning: ") + text); });
    QObject::connect(runner, &api::PlanRunner::stepStarted, runner,
                     [](int, const QString& description) { print(description + u'\n'); });
    QObject::connect(runner, &api::PlanRunner::stepFinished, runner,
                     [runner](int index) { print(doneLine(runner->stepOperation(index))); });
    QObject::connect(
        runner, &api::PlanRunner::finished, runner,
        [runner, done](bool ok, const api::ApiError& error) {
            runner->deleteLater();
            if (!ok)
                printError(error.isError() ? error.humanText() : QStringLiteral("stopped"));
            QTextStream out(ok ? stdout : stderr);
            for (const QString& line : runner->summary())
                out << "  " << line << '\n';
            out.flush();
            const bool refused = error.id == QLatin1String(api::PlanRunner::PreflightErrorId);
            done(ok ? ExitOk : refused ? ExitRefused : ExitApiError);
        });
    runner->start();
}

} // namespace cli
