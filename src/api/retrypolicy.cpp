#include "retrypolicy.h"

#include <algorithm>

namespace api {

std::chrono::milliseconds retryDelay(const RetryPolicy& policy, int failedAttempts,
                                     std::chrono::milliseconds serverAsked, double jitter)
{
    using std::chrono::milliseconds;
    const int doublings = std::clamp(failedAttempts - 1, 0, 30);
    const long long step = std::min<long long>(policy.baseDelay.count() << std::min(doublings, 20),
                                               policy.maxDelay.count());
    const double spread = std::clamp(jitter, 0.0, 1.0);
    const milliseconds backoff{step / 2 + (long long)(double(step - step / 2) * spread)};
    return std::max(backoff, serverAsked);
}

} // namespace api
