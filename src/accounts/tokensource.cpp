#include "tokensource.h"

#include <QCoreApplication>

namespace accounts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accounts::TokenSource", text);
}

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
        return tr("not signed in");
    case Kind::Environment:
        return tr("token from %1").arg(name);
    case Kind::Keychain:
        return tr("token of context “%1” from the keychain").arg(name);
    case Kind::File:
        return tr("token of context “%1” from the token file (no keychain)").arg(name);
    case Kind::Demo:
        return tr("demo: the built-in simulator, no token");
    }
    return {};
}

} // namespace accounts
