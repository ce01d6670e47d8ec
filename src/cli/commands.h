#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace api {
class DoClient;
}

namespace cli {

// What poolctl's exit status means (documented in --help).
enum ExitCode
{
    ExitOk = 0,
    ExitApiError = 1,   // the API refused or failed
    ExitUsage = 2,      // wrong command line
    ExitRefused = 3,    // a destructive step needs a confirmation it did not get
    ExitInvalidFile = 4 // the input files have validation errors
};

struct Options
{
    QString output = QStringLiteral("table"); // table, json or yaml
    bool yes = false;                         // confirm destructive steps
    bool prune = false;                       // apply: delete pools no file names
    bool skipDrain = false;                   // delete-node
    bool replace = false;                     // delete-node
    bool refresh = false;                     // sizes: ignore the disk cache
    bool setCount = false;                    // plan/apply: send counts of autoscaled pools
    QString by;                               // cost: pool, cluster, size or tag:KEY
};

using Finish = std::function<void(int exitCode)>;

// One command: its name, its arguments for --help, how many positional
// arguments it takes, and what it does. `run` starts requests and calls
// `finish` once its answer is printed, never before the event loop runs.
struct Command
{
    QString name;
    QString arguments;
    QString summary;
    int minArguments = 0;
    int maxArguments = 0; // -1: any number
    std::function<void(api::DoClient&, const QStringList&, const Options&, Finish)> run;
};

QList<Command> commands();

// clustercommands.cpp
void runClusters(api::DoClient& client, const QStringList& args, const Options& options,
                 Finish finish);
void runPools(api::DoClient& client, const QStringList& args, const Options& options,
              Finish finish);
void runNodes(api::DoClient& client, const QStringList& args, const Options& options,
              Finish finish);
void runGet(api::DoClient& client, const QStringList& args, const Options& options, Finish finish);
// exportcommand.cpp
void runExport(api::DoClient& client, const QStringList& args, const Options& options,
               Finish finish);
// applycommands.cpp
void runPlan(api::DoClient& client, const QStringList& args, const Options& options, Finish finish);
void runApply(api::DoClient& client, const QStringList& args, const Options& options,
              Finish finish);
// deletecommands.cpp
void runDeletePool(api::DoClient& client, const QStringList& args, const Options& options,
                   Finish finish);
void runDeleteNode(api::DoClient& client, const QStringList& args, const Options& options,
                   Finish finish);
// costcommand.cpp
void runCost(api::DoClient& client, const QStringList& args, const Options& options, Finish finish);
// sizescommand.cpp
void runSizes(api::DoClient& client, const QStringList& args, const Options& options,
              Finish finish);

} // namespace cli
