#pragma once

#include "nodepoolspec.h"

#include <QString>

// A pool as the `doctl kubernetes cluster node-pool create` command that
// makes it, for people who script with doctl.
namespace core::doctl {

// The command, one flag per line (` \` continuations, two-space indent),
// ending in a newline. Flags in a fixed order: --name, --size, --count (doctl
// requires it; for an autoscaled pool it is the starting count), then
// --auto-scale --min-nodes --max-nodes, one --tag per tag, one
// --label key=value per label, one --taint key=value:Effect (key:Effect with
// no value) per taint. DOKS's automatic tags are never written.
//
// Every word is quoted for a POSIX shell when it needs to be. --tag, --label
// and --taint are doctl string-slice flags, which read their value as a CSV
// record: a value holding `"` or a line break is CSV-quoted first. doctl also
// splits these values on commas, so a comma cannot be passed at all
// (validation refuses commas in tags, labels and taints).
QString createCommand(const NodePoolSpec& spec, const QString& clusterIdOrName);

// `word` as one POSIX shell word: as is when it holds only characters no
// shell treats specially, else in single quotes.
QString shellQuoted(const QString& word);

} // namespace core::doctl
