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

void runAndReport(api::PlanRunner* runner, std::function<void(bool ok)> done)
{
    QObject::connect(runner, &api::PlanRunner::stepStarted, runner,
                     [](int, const QString& description) { print(description + u'\n'); });
    QObject::connect(runner, &api::PlanRunner::finished, runner,
                     [runner, done](bool ok, const api::ApiError& error) {
                         runner->deleteLater();
                         if (!ok)
                             printError(error.isError() ? error.humanText()
                                                        : QStringLiteral("stopped"));
                         QTextStream out(ok ? stdout : stderr);
                         for (const QString& line : runner->summary())
                             out << "  " << line << '\n';
                         out.flush();
                         done(ok);
                     });
    runner->start();
}

} // namespace cli
