#include "autoscalerules.h"

#include <algorithm>

namespace core {

int clampMinNodes(int value, int maxNodes)
{
    return std::min(value, maxNodes);
}

int clampMaxNodes(int value, int minNodes)
{
    return std::max({value, minNodes, 1});
}

int clampCount(int value)
{
    return std::max(value, 1);
}

int peakNodes(const NodePoolSpec& spec)
{
    return spec.autoScale ? std::max(spec.maxNodes, spec.count) : spec.count;
}

bool passesDropletLimit(int needed, int othersUse, int limit)
{
    return needed <= limit - othersUse;
}

int countAfterChange(const NodePoolSpec& desired, int liveCount)
{
    if (!desired.autoScale)
        return desired.count;
    // std::clamp needs min <= max; an invalid range (reported by validation)
    // keeps the lower bound.
    return std::max(desired.minNodes, std::min(liveCount, desired.maxNodes));
}

} // namespace core
