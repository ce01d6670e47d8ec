#pragma once

#include "sim/simulator.h"
#include "simclient.h"

#include <memory>

// The simulator on the demo seed with its clock in the test's hand, listening
// on a free loopback port, and a client for it. Tests derive their fixtures.
struct DemoSim
{
    sim::Simulator simulator;
    std::unique_ptr<SimClient> client;

    explicit DemoSim(const QString& token)
    {
        simulator.clock().setManual();
        simulator.loadDemoSeed();
        simulator.setToken(token);
        if (simulator.listen(0) == 0)
            qFatal("cannot listen");
        client = std::make_unique<SimClient>(simulator.baseUrl(), token);
    }
};
