#pragma once

#include "app/signin/demoendpoint.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QThread;

namespace sim {
class Simulator;
}

namespace demo {

// Demo mode: the DigitalOcean simulator in this process, on a free loopback
// port, with the embedded demo seed and a throw-away token.
class DemoBackend : public QObject
{
    Q_OBJECT

public:
    // Where the simulator runs. Tests drive it directly (its clock, faults,
    // what it holds) and keep it on their own thread; the application only
    // ever talks to it over its socket, so there it runs on a thread of its
    // own and answers while the GUI thread is still building the window.
    enum class Threading
    {
        CallersThread,
        OwnThread
    };

    explicit DemoBackend(QObject* parent = nullptr);
    ~DemoBackend() override;

    // Starts listening. Returns false with a reason in errorText() on failure.
    bool start(Threading threading = Threading::CallersThread);
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    QString errorText() const { return m_errorText; }
    // Only for the thread it runs on (the caller's, unless OwnThread).
    sim::Simulator* simulator() const { return m_simulator; }

private:
    bool startSimulator();

    sim::Simulator* m_simulator;
    QThread* m_thread = nullptr;
    QString m_token;
    QUrl m_baseUrl;
    QString m_errorText;
};

// What the application is given for demo mode: each call starts a new
// DemoBackend, on its own thread, owned by the session's endpoint.
app::DemoStarter demoStarter();

} // namespace demo
