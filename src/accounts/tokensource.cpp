#include "tokensource.h"

#include <QCoreApplication>

namespace accounts {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(accounts::TokenSource)
};

} // namespace

TokenSource TokenSource::environment(const QString& variable)
{
    return {Kind::Environment, variable};
}

TokenSource TokenSource::keychain(const QString& context)
{
    return {Kind::Keychain, context};
}

TokenSource TokenSource::file(const QString& context)
{
    return {Kind::File, context};
}

TokenSource TokenSource::demo()
{
    return {Kind::Demo, {}};
}

QString TokenSource::describe() const
{
    switch (kind) {
    case Kind::None:
        return Tr::tr("not signed in");
    case Kind::Environment:
        return Tr::tr("token from %1").arg(name);
    case Kind::Keychain:
        return Tr::tr("token of context “%1” from the keychain").arg(name);
    case Kind::File:
        return Tr::tr("token of context “%1” from the token file (no keychain)").arg(name);
    case Kind::Demo:
        return Tr::tr("demo: the built-in simulator, no token");
    }
    return {};
}

} // namespace accounts
