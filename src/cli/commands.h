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
    ExitApiError = 1,    // the API refused or failed
    ExitUsage = 2,       // wrong command line
    ExitRefused = 3,     // a confirmation not given, or a plan the pre-flight refused whole
    ExitInvalidFile = 4, // plan/apply: the input files have validation errors

    // The offline file commands (validate, lint, fmt) follow the linter
    // convention instead: 0 clean, 1 findings, 2 unusable input.
    ExitFindings = 1,    // validation errors or lint findings
    ExitUnusableFile = 2 // a file cannot be read or is not YAML at all
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
    bool billed = false;                      // cost: the bill beside the estimate
    QString month;                            // cost --billed: YYYY-MM (default: this month)
    bool write = false;                       // fmt: rewrite the file in place
    int dropletLimit = 25;                    // lint: the account's droplet limit
    QString format = QStringLiteral("yaml");  // export: yaml, terraform or doctl
    bool storeInFile = false;                 // context import-doctl: tokens in the 0600 file
    // plan/apply: how a size change replaces its pool (--replace=blue-green|in-place).
    QString replaceStrategy = QStringLiteral("blue-green");
    bool rewrite = false;          // apply: rewrite the applied files after a blue/green replace
    bool resume = false;           // apply: finish the interrupted apply of the journal
    bool rollback = false;         // apply: delete what the interrupted apply created
    bool forget = false;           // apply: drop the journal, change nothing
    QString journalDir;            // apply: the context's journal folder (set by main)
    int pollIntervalMs = 10'000;   // apply: how often a settling pool is looked at
    int settleTimeoutSecs = 1'800; // apply: how long new nodes may take to run
    QString autoscalerThreshold;   // autoscaler: --threshold (empty: not given)
    QString autoscalerUnneeded;    // autoscaler: --unneeded (empty: not given)
    QString autoscalerExpanders;   // autoscaler: --expanders, comma-separated ("" clears)
    bool autoscalerExpandersSet = false;
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

// A command on local files only: no token, no network, returns its exit code.
struct FileCommand
{
    QString name;
    QString arguments;
    QString summary;
    int minArguments = 0;
    int maxArguments = 0; // -1: any number
    std::function<int(const QStringList&, const Options&)> run;
};

QList<FileCommand> fileCommands();

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
// apply FILE... as it is, once the journal lets it start.
void applyFiles(api::DoClient& client, const QStringList& args, const Options& options,
                Finish finish);
// journalcommands.cpp: apply --resume, --rollback, --forget and the refusal
// to start while an interrupted apply's journal exists. Calls `proceed` when
// the files (if any) are to be applied as usual.
void withJournal(api::DoClient& client, const QStringList& files, const Options& options,
                 Finish finish, std::function<void()> proceed);
// The folder poolctl keeps the journal of a context (or of an environment
// token at an API URL) in, under XDG_DATA_HOME.
QString defaultJournalDirectory(const QString& contextKey);
// deletecommands.cpp
void runDeletePool(api::DoClient& client, const QStringList& args, const Options& options,
                   Finish finish);
void runDeleteNode(api::DoClient& client, const QStringList& args, const Options& options,
                   Finish finish);
// filecommands.cpp
int runValidate(const QStringList& files, const Options& options);
int runLint(const QStringList& files, const Options& options);
int runFmt(const QStringList& files, const Options& options);
// costcommand.cpp
void runCost(api::DoClient& client, const QStringList& args, const Options& options, Finish finish);
// sizescommand.cpp
void runSizes(api::DoClient& client, const QStringList& args, const Options& options,
              Finish finish);

} // namespace cli
