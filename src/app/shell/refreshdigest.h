#pragma once

#include "core/cluster.h"
#include "core/costattribution.h"
#include "core/size.h"

#include <QList>

namespace app {

// What a refresh of the cluster list brings, worked out before the GUI thread
// takes it (on a worker thread for a large account, see Workspace):
//
// - The clusters share every cluster, pool and node that is equal to the
//   previous list's with that list (same id, same fields). The GUI thread then
//   holds one copy of what did not change, a comparison of an unchanged pool
//   or node list is a pointer comparison, and the previous generation frees
//   only what changed when it is dropped: freeing 20,000 nodes' strings was
//   most of a 1 % refresh's GUI-thread time.
// - The cost lines of those clusters at those sizes (core::costLines), the
//   previous lines object itself when they are equal, so a listener compares
//   them in O(1).
struct RefreshDigest
{
    QList<core::Cluster> clusters;
    // False when every cluster is the previous list's, in the same order:
    // then `clusters` is the previous list object.
    bool clustersChanged = true;
    QList<core::CostLine> costLines;
    QList<core::Size> costSizes; // what costLines were computed with; empty: not computed
    bool costLinesChanged = true;
};

// The digest of `incoming` against `previous` (and the previous cost lines,
// computed with `previousSizes`). Pure: runs on any thread.
RefreshDigest digestRefresh(const QList<core::Cluster>& previous, QList<core::Cluster> incoming,
                            const QList<core::Size>& sizes,
                            const QList<core::CostLine>& previousLines,
                            const QList<core::Size>& previousSizes);

// Nodes of every pool of every cluster.
int nodeCount(const QList<core::Cluster>& clusters);

} // namespace app
