#pragma once

#include "commands.h"

#include <QStringList>

namespace cli {

// poolctl context list | use NAME | import-doctl [FILE]: Pool Studio's
// contexts from the command line. No API request. Answers through `finish`,
// never before the event loop runs (the keychain answers asynchronously).
void runContext(const QStringList& args, const Options& options, Finish finish);

// The lines of --help for it.
QString contextCommandHelp();

} // namespace cli
