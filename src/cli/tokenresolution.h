#pragma once

#include "accounts/tokensource.h"

#include <QObject>
#include <QString>
#include <functional>

namespace cli {

// The token an API command runs with, where it came from, and the API URL of
// its context (empty when the token did not come from a context, or the
// context uses the default URL).
struct ResolvedToken
{
    QString token;
    accounts::TokenSource source;
    QString contextApiUrl;
};

// Finds the token, in this order: --token-file (tokenFile, when not empty);
// DIGITALOCEAN_ACCESS_TOKEN, then DIGITALOCEAN_TOKEN; the token of the context
// named by --context (contextName), else of the current context, from the
// keychain or the token file its storage names. Calls `done` once, later,
// unless `receiver` is destroyed first: with the token, or with an error
// sentence (a usage error: poolctl exits with 2). Notes for the user (e.g. an
// ignored --context) go to `note`.
void resolveToken(const QString& tokenFile, const QString& contextName, QObject* receiver,
                  std::function<void(const QString& note)> note,
                  std::function<void(const ResolvedToken& resolved, const QString& error)> done);

} // namespace cli
