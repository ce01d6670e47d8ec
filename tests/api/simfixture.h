#pragma once

// What the api tests share: a simulator on a loopback port with the demo
// seed, a client pointed at it with millisecond backoff, and a way to run one
// async call to its end without sleeping.
#include "api/doclient.h"
#include "sim/simulator.h"

#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace testing {

inline const QString Token = QStringLiteral("test-token");
inline const QString ProdCluster = QStringLiteral("81427890-05c8-4261-a62f-752e9e2788d2");

// How the simulator listens: plain http on loopback, or https with the
// test-only self-signed certificate (tests/data/tls), which no client trusts.
enum class Listen
{
    Plain,
    UntrustedTls
};

inline quint16 listenUntrustedTls(sim::Simulator& simulator)
{
    QString error;
    const quint16 port = simulator.listenTlsFiles(
        0, QStringLiteral(POOLSTUDIO_TEST_DATA "/tls/test-only-cert.pem"),
        QStringLiteral(POOLSTUDIO_TEST_DATA "/tls/test-only-key.pem"), &error);
    if (port == 0)
        qFatal("the simulator could not listen over TLS: %s", qPrintable(error));
    return port;
}

struct SimFixture
{
    sim::Simulator simulator;
    api::DoClient client;
    QTemporaryDir cacheDir;

    explicit SimFixture(const QString& clientToken = Token, Listen listen = Listen::Plain)
    {
        simulator.clock().setManual(); // before the seed: its nodes start on this clock
        simulator.loadDemoSeed();
        simulator.setToken(Token);
        simulator.setDropletLimit(500);
        const quint16 port =
            listen == Listen::Plain ? simulator.listen(0) : listenUntrustedTls(simulator);
        if (port == 0)
            qFatal("the simulator could not listen");
        client.setBaseUrl(simulator.baseUrl());
        client.setToken(clientToken);
        client.catalogCache().setDirectory(cacheDir.path());
        api::RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(1);
        fast.maxDelay = std::chrono::milliseconds(4);
        fast.totalBudget = std::chrono::milliseconds(5000);
        fast.createLookGap = std::chrono::milliseconds(1);
        client.setRetryPolicy(fast);
    }

    QString poolId(const QString& clusterId, const QString& name) const
    {
        const auto pool = simulator.poolByName(clusterId, name);
        return pool ? pool->id : QString();
    }
};

// Runs one async call to completion: `call(context, done)`.
template <typename T, typename Call> std::pair<T, api::ApiError> await(Call call)
{
    std::optional<std::pair<T, api::ApiError>> result;
    QObject context;
    call(&context,
         [&](const T& value, const api::ApiError& error) { result.emplace(value, error); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        qFatal("no answer within 15 s");
    return *result;
}

// The same for calls that answer with an error only.
template <typename Call> api::ApiError awaitDone(Call call)
{
    std::optional<api::ApiError> result;
    QObject context;
    call(&context, [&](const api::ApiError& error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        qFatal("no answer within 15 s");
    return *result;
}

inline core::NodePoolSpec newPoolSpec(const QString& name, int count = 2)
{
    core::NodePoolSpec spec;
    spec.name = name;
    spec.size = QStringLiteral("s-2vcpu-4gb");
    spec.count = count;
    spec.tags = QStringList{QStringLiteral("team:test")};
    spec.labels.insert(QStringLiteral("purpose"), QStringLiteral("test"));
    return spec;
}

} // namespace testing
