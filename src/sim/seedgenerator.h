#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace sim {

// The shape of a generated account: clusters × pools per cluster × nodes per pool.
struct SeedSize
{
    int clusters = 0;
    int pools = 0;
    int nodes = 0;

    int poolCount() const { return clusters * pools; }
    int nodeCount() const { return clusters * pools * nodes; }
};

// "CxPxN" (for example "100x10x20"; "×" and "X" work too) into a SeedSize.
// Every part at least 1, the account at most 200,000 nodes; otherwise nullopt
// and `error` says which part is wrong.
std::optional<SeedSize> parseSeedSize(const QString& text, QString* error = nullptr);

// A seed (the format of resources/seed/demo.json) for a large, realistic
// account, the same for the same size every time: cluster names such as
// "prod-payments-nyc1", pool names such as "web" or "gpu-inference", sizes
// from the embedded catalog (:/poolsim/sizes-catalog.json, a copy of
// tests/data/do-api/sizes-catalog.json), team/env/cost-center tags, labels,
// some taints, about a third of the pools autoscaled, and a droplet limit
// and rate limits no client run can reach. Simulator::loadSeed() reads it;
// `poolsim --seed-size CxPxN` serves it.
QByteArray generateSeed(const SeedSize& size);

} // namespace sim
