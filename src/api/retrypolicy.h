#pragma once

#include <chrono>

namespace api {

// How hard an idempotent request is tried: bounded attempts, bounded total
// time, exponential backoff with jitter. Tests shrink the delays to a
// millisecond; the shape stays the same.
struct RetryPolicy
{
    int maxAttempts = 5; // the first try included
    std::chrono::milliseconds baseDelay{1000};
    std::chrono::milliseconds maxDelay{30'000};
    std::chrono::milliseconds totalBudget{120'000}; // from the first try to the last answer
    // After a create's answer was lost and the pool list does not show the
    // name, the list may only lag behind the write: it is read again this
    // many times, this far apart, before the create is sent again.
    int createLooks = 3;
    std::chrono::milliseconds createLookGap{2000};
};

// How long to wait before the next attempt after `failedAttempts` failures
// (1 after the first). `serverAsked` is retry-after (0 when absent); it is
// honoured even when longer than the backoff. `jitter` is in [0, 1): the
// delay is spread over [half, full] of the exponential step.
std::chrono::milliseconds retryDelay(const RetryPolicy& policy, int failedAttempts,
                                     std::chrono::milliseconds serverAsked, double jitter);

} // namespace api
