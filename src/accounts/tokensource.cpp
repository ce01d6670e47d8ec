#include "tokensource.h"

namespace accounts {

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
    return {};
}

} // namespace accounts
