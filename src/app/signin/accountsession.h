#pragma once

#include "accounts/tokensource.h"
#include "demoendpoint.h"

#include <QString>
#include <QUrl>
#include <memory>

namespace api {
class DoClient;
}

namespace app {

class Workspace;

// One signed-in account as the window uses it: the client with its token,
// the Workspace over it and, in demo mode, the server it talks to. A new
// session is made for every context switch, so nothing of one account (its
// models, selection, read-only state, requests in flight) leaks into another.
struct AccountSession
{
    AccountSession();
    ~AccountSession(); // the workspace before the client it uses

    std::unique_ptr<QObject> demoServer; // DemoEndpoint::server, in demo mode
    std::unique_ptr<api::DoClient> client;
    std::unique_ptr<Workspace> workspace;
    accounts::TokenSource source;
    QString contextName; // empty for the environment token and the demo
};

// The folders a context keeps its cache (sizes, options) and data (history,
// editor drafts) in, so two accounts never mix their figures. The name is
// made safe for a file name; a hash of the full name keeps two names that
// differ only in unsafe characters apart.
struct ContextFolders
{
    QString cache;
    QString data;
};
ContextFolders foldersForContext(const QString& name);
ContextFolders foldersForDemo();

// A session on `token` against `apiUrl`; `folders` empty means the default
// folders (the environment token's one run).
std::unique_ptr<AccountSession> makeSession(const QUrl& apiUrl, const QString& token,
                                            const accounts::TokenSource& source,
                                            const QString& contextName,
                                            const ContextFolders& folders);
// A session on a demo endpoint (the executable's simulator).
std::unique_ptr<AccountSession> makeDemoSession(DemoEndpoint endpoint);

} // namespace app
