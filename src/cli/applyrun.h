#pragma once

#include "commands.h"

#include <functional>

namespace api {
class PlanRunner;
struct ApiError;
} // namespace api

// How poolctl runs a PlanRunner, for apply, --resume and --rollback alike:
// no waiting for changes to settle (as doctl), except where the next request
// needs it; the journal in the context's folder; progress as lines; the
// summary of every step at the end.
namespace cli {

void configureRunner(api::PlanRunner* runner, const Options& options);

// Starts `runner` and prints each step as it starts and ends; at the end the
// summary (stdout when everything is done, else stderr with the error), then
// `done(code)`: ExitOk, ExitRefused when the pre-flight refused the whole
// plan (nothing was sent), else ExitApiError. The runner deletes itself
// afterwards.
void runAndReport(api::PlanRunner* runner, std::function<void(ExitCode code)> done);

} // namespace cli
