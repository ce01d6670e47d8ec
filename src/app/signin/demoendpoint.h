#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace app {

// Where demo mode talks to: an API at `baseUrl` that accepts `token`, kept
// alive by `server` for as long as the demo session lasts. The app knows no
// more of it; the executable (src/demo) starts a simulator and hands this over.
struct DemoEndpoint
{
    QUrl baseUrl;
    QString token;
    std::unique_ptr<QObject> server;
};

// Starts a fresh demo API for one session; nullopt with `error` set when it
// cannot. The sign-in page's "Try the demo" and --demo both go through it.
using DemoStarter = std::function<std::optional<DemoEndpoint>(QString* error)>;

} // namespace app
