#include "demobackend.h"

#include "sim/simulator.h"

#include <QRandomGenerator>

namespace demo {

static QString throwAwayToken()
{
    QString token = QStringLiteral("dop_v1_demo_");
    for (int i = 0; i < 4; ++i)
        token += QString::number(QRandomGenerator::global()->generate64(), 16);
    return token;
}

DemoBackend::DemoBackend(QObject* parent)
    : QObject(parent), m_simulator(new sim::Simulator(this)), m_token(throwAwayToken())
{}

bool DemoBackend::start()
{
    m_simulator->loadDemoSeed();
    m_simulator->setToken(m_token);
    if (m_simulator->listen(0) == 0) {
        m_errorText = tr("The demo simulator could not listen on a loopback port.");
        return false;
    }
    return true;
}

QUrl DemoBackend::baseUrl() const
{
    return m_simulator->baseUrl();
}

app::DemoStarter demoStarter()
{
    return [](QString* error) -> std::optional<app::DemoEndpoint> {
        auto backend = std::make_unique<DemoBackend>();
        if (!backend->start()) {
            if (error)
                *error = backend->errorText();
            return std::nullopt;
        }
        const QUrl url = backend->baseUrl();
        const QString token = backend->token();
        return app::DemoEndpoint{url, token, std::move(backend)};
    };
}

} // namespace demo
