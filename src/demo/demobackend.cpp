#include "demobackend.h"

#include "sim/simulator.h"

#include <QRandomGenerator>
#include <QThread>

namespace demo {

static QString throwAwayToken()
{
    QString token = QStringLiteral("dop_v1_demo_");
    for (int i = 0; i < 4; ++i)
        token += QString::number(QRandomGenerator::global()->generate64(), 16);
    return token;
}

DemoBackend::DemoBackend(QObject* parent)
    : QObject(parent), m_simulator(new sim::Simulator), m_token(throwAwayToken())
{}

DemoBackend::~DemoBackend()
{
    if (!m_thread) {
        delete m_simulator;
        return;
    }
    // Its sockets and timers belong to its thread: it is deleted there.
    sim::Simulator* simulator = m_simulator;
    QMetaObject::invokeMethod(
        simulator, [simulator] { delete simulator; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool DemoBackend::start(Threading threading)
{
    if (threading == Threading::CallersThread)
        return startSimulator();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("demo simulator"));
    m_simulator->moveToThread(m_thread);
    m_thread->start();
    bool started = false;
    QMetaObject::invokeMethod(
        m_simulator, [this, &started] { started = startSimulator(); },
        Qt::BlockingQueuedConnection);
    return started;
}

bool DemoBackend::startSimulator()
{
    m_simulator->loadDemoSeed();
    m_simulator->setToken(m_token);
    if (m_simulator->listen(0) == 0) {
        m_errorText = tr("The demo simulator could not listen on a loopback port.");
        return false;
    }
    m_baseUrl = m_simulator->baseUrl();
    return true;
}

app::DemoStarter demoStarter()
{
    return [](QString* error) -> std::optional<app::DemoEndpoint> {
        auto backend = std::make_unique<DemoBackend>();
        if (!backend->start(DemoBackend::Threading::OwnThread)) {
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
