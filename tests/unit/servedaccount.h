#pragma once

#include "api/doclient.h"
#include "core/clustersummary.h"
#include "sim/seedgenerator.h"
#include "sim/simulator.h"

#include <QTest>
#include <optional>

// A generated account served by the simulator over a real socket, and a
// DoClient signed in to it that retries once, at once (a test waits for
// answers, not for back-off): what the scan tests list clusters through.
struct ServedAccount
{
    sim::Simulator simulator;
    api::DoClient client;

    // Faults, if any, are added before the first request.
    ServedAccount(const sim::SeedSize& size, const QString& token)
    {
        simulator.loadSeed(sim::generateSeed(size));
        simulator.setToken(token);
        simulator.listen(0);
        client.setBaseUrl(simulator.baseUrl());
        client.setToken(token);
        api::RetryPolicy fast;
        fast.maxAttempts = 2;
        fast.baseDelay = fast.maxDelay = std::chrono::milliseconds(1);
        client.setRetryPolicy(fast);
    }

    // fetchClusterSummaries() to its end.
    struct Listing
    {
        QList<core::ClusterSummary> clusters; // of every page handed on, in order
        QList<int> pageSizes;                 // how many each page held
        api::ApiError result;                 // an error if it never ended
    };
    Listing list(core::SummaryDetail detail, QObject* context)
    {
        Listing listing;
        std::optional<api::ApiError> result;
        client.fetchClusterSummaries(
            detail, context,
            [&](const QList<core::ClusterSummary>& page) {
                listing.clusters += page;
                listing.pageSizes << int(page.size());
            },
            [&](const api::ApiError& error) { result = error; });
        if (QTest::qWaitFor([&] { return result.has_value(); }, 30'000)) {
            listing.result = *result;
        } else {
            listing.result.id = QStringLiteral("unfinished");
            listing.result.message = QStringLiteral("the listing did not end within 30 s");
        }
        return listing;
    }
};
