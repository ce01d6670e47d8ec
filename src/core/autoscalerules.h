#pragma once

#include "nodepoolspec.h"

// The rules of a pool's node counts, in one place for the editor's scale,
// its cost line and warnings, and lint.
namespace core {

// The bounds a dragged handle may take: min never passes max, max never
// drops below min nor below one node, a fixed pool keeps at least one node.
int clampMinNodes(int value, int maxNodes);
int clampMaxNodes(int value, int minNodes);
int clampCount(int value);

// The droplets a pool may need at its peak: the larger of its maximum and its
// count when autoscaled (a count above the maximum runs until it scales
// down), else its count.
int peakNodes(const NodePoolSpec& spec);

// Whether `needed` droplets fit in the account's droplet limit when
// `othersUse` droplets already count against it. Every droplet of the
// account counts, whichever cluster it is in.
bool passesDropletLimit(int needed, int othersUse, int limit);

// The count a pool runs after a change that leaves its count alone: an
// autoscaled pool keeps what the autoscaler chose (`liveCount`), moved into
// the new bounds; a fixed pool runs its spec's count.
int countAfterChange(const NodePoolSpec& desired, int liveCount);

} // namespace core
