#include "scalerules.h"

#include "core/autoscalerules.h"

namespace app {

int ScaleRules::minNodes(int value, int maxNodes) const
{
    return core::clampMinNodes(value, maxNodes);
}

int ScaleRules::maxNodes(int value, int minNodes) const
{
    return core::clampMaxNodes(value, minNodes);
}

int ScaleRules::count(int value) const
{
    return core::clampCount(value);
}

} // namespace app
