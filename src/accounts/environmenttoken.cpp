#include "environmenttoken.h"

namespace accounts {

std::optional<EnvironmentToken> tokenFromEnvironment()
{
    return std::nullopt;
}

} // namespace accounts
