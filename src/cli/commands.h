#pragma once

#include <QString>
#include <functional>

namespace api {
class DoClient;
}

namespace cli {

enum ExitCode
{
    ExitOk = 0,
    ExitApiError = 1,
    ExitUsage = 2
};

struct Options
{
    QString output; // table or json
};

using Finish = std::function<void(int exitCode)>;

// Each command starts its requests and calls `finish` once its answer is
// printed. `finish` is never called before the event loop runs.
void runClusters(api::DoClient& client, const Options& options, Finish finish);

} // namespace cli
