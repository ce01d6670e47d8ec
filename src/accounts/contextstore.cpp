#include "contextstore.h"

#include "configdirectory.h"

namespace accounts {

QString ContextStore::defaultPath()
{
    return configDirectory() + QStringLiteral("/contexts.json");
}

bool ContextStore::load(const QString& path)
{
    m_path = path;
    return true;
}

bool ContextStore::save()
{
    return false;
}

QList<Context> ContextStore::contexts() const
{
    return m_contexts;
}

std::optional<Context> ContextStore::find(const QString& name) const
{
    for (const Context& context : m_contexts)
        if (context.name == name)
            return context;
    return std::nullopt;
}

void ContextStore::upsert(const Context& context)
{
    m_contexts.append(context);
}

void ContextStore::remove(const QString& name)
{
    Q_UNUSED(name);
}

QString ContextStore::current() const
{
    return m_current;
}

void ContextStore::setCurrent(const QString& name)
{
    m_current = name;
}

QString ContextStore::path() const
{
    return m_path;
}

QString ContextStore::errorText() const
{
    return m_errorText;
}

bool ContextStore::isMalformed() const
{
    return m_malformed;
}

QString ContextStore::backUpMalformedFile()
{
    return {};
}

} // namespace accounts
