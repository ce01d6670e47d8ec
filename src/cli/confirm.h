#pragma once

#include "commands.h"

#include <QString>

namespace cli {

enum class Confirmation
{
    Confirmed, // --yes, or the user typed yes
    Declined,  // the user said no
    NoTerminal // nobody to ask: stdin is not a terminal and --yes was not given
};

// Asks `question` on the terminal before a destructive step. Reading one line
// from stdin blocks, which is what a person at a prompt expects; it never runs
// when stdin is not a terminal.
Confirmation confirm(const QString& question, bool yes);

// confirm(), and on anything but yes prints why nothing happens and finishes
// with ExitRefused. True when the step may go ahead.
bool confirmOrRefuse(const QString& question, bool yes, const Finish& finish);

} // namespace cli
