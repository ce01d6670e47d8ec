#pragma once

#include "app/signin/demoendpoint.h"

#include <QObject>
#include <QString>
#include <QUrl>

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
    explicit DemoBackend(QObject* parent = nullptr);

    // Starts listening. Returns false with a reason in errorText() on failure.
    bool start();
    QUrl baseUrl() const;
    QString token() const { return m_token; }
    QString errorText() const { return m_errorText; }
    sim::Simulator* simulator() const { return m_simulator; }

private:
    sim::Simulator* m_simulator;
    QString m_token;
    QString m_errorText;
};

// What the application is given for demo mode: each call starts a new
// DemoBackend, owned by the session's endpoint.
app::DemoStarter demoStarter();

} // namespace demo
