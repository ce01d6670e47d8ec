#include "contextstore.h"

#include "configdirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace accounts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accounts::ContextStore", text);
}

constexpr int FormatVersion = 1;

bool isStorage(const QString& storage)
{
    return storage == QLatin1String(StorageKeychain) || storage == QLatin1String(StorageFile);
}

// The contexts of a parsed file, or a sentence saying what is wrong with it.
struct Parsed
{
    QList<Context> contexts;
    QString current;
    QString problem;
};

Parsed parse(const QByteArray& bytes)
{
    Parsed parsed;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        parsed.problem = tr("it is not valid JSON (%1 at byte %2)")
                             .arg(jsonError.errorString())
                             .arg(jsonError.offset);
        return parsed;
    }
    if (!document.isObject()) {
        parsed.problem = tr("it is not a JSON object");
        return parsed;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt(FormatVersion) > FormatVersion) {
        parsed.problem = tr("it was written by a newer Pool Studio (format version %1)")
                             .arg(root.value(QLatin1String("version")).toInt());
        return parsed;
    }
    const QJsonValue list = root.value(QLatin1String("contexts"));
    if (!list.isUndefined() && !list.isArray()) {
        parsed.problem = tr("\"contexts\" is not a list");
        return parsed;
    }
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            parsed.problem = tr("context %1 is not a JSON object").arg(i + 1);
            return parsed;
        }
        const QJsonObject object = array.at(i).toObject();
        Context context;
        context.name = object.value(QLatin1String("name")).toString();
        context.apiUrl = object.value(QLatin1String("apiUrl")).toString();
        context.email = object.value(QLatin1String("email")).toString();
        context.team = object.value(QLatin1String("team")).toString();
        context.storage = object.value(QLatin1String("storage")).toString();
        if (context.name.isEmpty()) {
            parsed.problem = tr("context %1 has no name").arg(i + 1);
            return parsed;
        }
        if (!isStorage(context.storage)) {
            parsed.problem = tr("context “%1” has storage “%2”; expected “keychain” or “file”")
                                 .arg(context.name, context.storage);
            return parsed;
        }
        for (const Context& earlier : std::as_const(parsed.contexts))
            if (earlier.name == context.name) {
                parsed.problem = tr("the context name “%1” appears twice").arg(context.name);
                return parsed;
            }
        parsed.contexts.append(context);
    }
    parsed.current = root.value(QLatin1String("current")).toString();
    return parsed;
}

QByteArray serialize(const QList<Context>& contexts, const QString& current)
{
    QJsonArray array;
    for (const Context& context : contexts) {
        // Deliberately field by field: a Context has no token, and nothing
        // else may be written here.
        QJsonObject object;
        object.insert(QLatin1String("name"), context.name);
        object.insert(QLatin1String("apiUrl"), context.apiUrl);
        object.insert(QLatin1String("email"), context.email);
        object.insert(QLatin1String("team"), context.team);
        object.insert(QLatin1String("storage"), context.storage);
        array.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("current"), current);
    root.insert(QLatin1String("contexts"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QString ContextStore::defaultPath()
{
    return configDirectory() + QStringLiteral("/contexts.json");
}

bool ContextStore::load(const QString& path)
{
    m_path = path;
    m_contexts.clear();
    m_current.clear();
    m_errorText.clear();
    m_malformed = false;

    QFile file(path);
    if (!file.exists())
        return true; // nothing saved yet
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorText = tr("Cannot read the contexts file %1: %2").arg(path, file.errorString());
        m_malformed = true; // do not replace what we could not read
        return false;
    }
    Parsed parsed = parse(file.readAll());
    if (!parsed.problem.isEmpty()) {
        m_errorText = tr("The contexts file %1 cannot be used: %2. It is left as it is; "
                         "fix it, or let Pool Studio move it aside and start a new one.")
                          .arg(path, parsed.problem);
        m_malformed = true;
        return false;
    }
    m_contexts = parsed.contexts;
    setCurrent(parsed.current); // drops a current name no context has
    return true;
}

bool ContextStore::save()
{
    if (m_path.isEmpty())
        m_path = defaultPath();
    if (m_malformed) {
        m_errorText = tr("Not saving the contexts: the file %1 could not be read and would be "
                         "lost. Move it aside first.")
                          .arg(m_path);
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorText = tr("Cannot write the contexts file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(serialize(m_contexts, m_current));
    if (!file.commit()) {
        m_errorText = tr("Cannot write the contexts file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_errorText.clear();
    return true;
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
    for (Context& existing : m_contexts)
        if (existing.name == context.name) {
            existing = context;
            return;
        }
    m_contexts.append(context);
}

void ContextStore::remove(const QString& name)
{
    m_contexts.removeIf([&](const Context& context) { return context.name == name; });
    if (m_current == name)
        m_current.clear();
}

QString ContextStore::current() const
{
    return m_current;
}

void ContextStore::setCurrent(const QString& name)
{
    m_current = find(name) ? name : QString();
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
    if (!m_malformed)
        return {};
    const QString backup = m_path + QStringLiteral(".broken");
    QFile::remove(backup);
    if (!QFile::rename(m_path, backup)) {
        m_errorText = tr("Cannot move the contexts file %1 aside to %2").arg(m_path, backup);
        return {};
    }
    m_malformed = false;
    m_errorText.clear();
    return backup;
}

} // namespace accounts
