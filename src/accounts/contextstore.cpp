#include "contextstore.h"

#include "configdirectory.h"
#include "core/boundedfile.h"
#include "filewritelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>

namespace accounts {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(accounts::ContextStore)
};

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
    bool newer = false;
};

Parsed parse(const QByteArray& bytes)
{
    Parsed parsed;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        parsed.problem = Tr::tr("it is not valid JSON (%1 at byte %2)")
                             .arg(jsonError.errorString())
                             .arg(jsonError.offset);
        return parsed;
    }
    if (!document.isObject()) {
        parsed.problem = Tr::tr("it is not a JSON object");
        return parsed;
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toDouble() < 1 ||
                                   version.toDouble() != double(version.toInteger()))) {
        parsed.problem = Tr::tr("its \"version\" is not a format version number");
        return parsed;
    }
    if (version.toInteger(FormatVersion) > FormatVersion) {
        parsed.problem =
            Tr::tr("it was written by a newer Pool Studio (format version %1; this one "
                   "reads version %2)")
                .arg(version.toInteger())
                .arg(FormatVersion);
        parsed.newer = true;
        return parsed;
    }
    const QJsonValue list = root.value(QLatin1String("contexts"));
    if (!list.isUndefined() && !list.isArray()) {
        parsed.problem = Tr::tr("\"contexts\" is not a list");
        return parsed;
    }
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            parsed.problem = Tr::tr("context %1 is not a JSON object").arg(i + 1);
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
            parsed.problem = Tr::tr("context %1 has no name").arg(i + 1);
            return parsed;
        }
        if (!isStorage(context.storage)) {
            parsed.problem = Tr::tr("context “%1” has storage “%2”; expected “keychain” or “file”")
                                 .arg(context.name, context.storage);
            return parsed;
        }
        for (const Context& earlier : std::as_const(parsed.contexts))
            if (earlier.name == context.name) {
                parsed.problem = Tr::tr("the context name “%1” appears twice").arg(context.name);
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

bool ContextStore::readFile(State& state)
{
    state = {};
    m_problem = Problem::None;
    m_problemReason.clear();
    m_stamp = FileStamp::of(m_path);
    if (!m_stamp.exists)
        return true; // nothing saved yet
    const core::BoundedRead read = core::readBoundedFile(m_path, MaxFileBytes);
    if (!read.ok()) {
        m_problem = Problem::Unreadable;
        m_problemReason = read.error;
        m_errorText = Tr::tr("Cannot read the contexts file %1: %2. It is left as it is; contexts "
                             "are read-only until it can be read or you move it aside.")
                          .arg(m_path, read.error);
        return false;
    }
    Parsed parsed = parse(read.bytes);
    if (!parsed.problem.isEmpty()) {
        m_problem = parsed.newer ? Problem::NewerFormat : Problem::Damaged;
        m_problemReason = parsed.problem;
        m_errorText = Tr::tr("The contexts file %1 cannot be used: %2. It is left as it is; "
                             "contexts are read-only until you fix it, or let Pool Studio move it "
                             "aside and start a new one.")
                          .arg(m_path, parsed.problem);
        return false;
    }
    state.contexts = parsed.contexts;
    // A current name no context has is dropped.
    for (const Context& context : std::as_const(state.contexts))
        if (context.name == parsed.current)
            state.current = parsed.current;
    return true;
}

void ContextStore::apply(State& state, const Edit& edit)
{
    switch (edit.kind) {
    case Edit::Upsert:
        for (Context& existing : state.contexts)
            if (existing.name == edit.context.name) {
                existing = edit.context;
                return;
            }
        state.contexts.append(edit.context);
        return;
    case Edit::Remove:
        state.contexts.removeIf([&](const Context& context) { return context.name == edit.name; });
        if (state.current == edit.name)
            state.current.clear();
        return;
    case Edit::SetCurrent:
        state.current.clear();
        for (const Context& context : std::as_const(state.contexts))
            if (context.name == edit.name)
                state.current = edit.name;
        return;
    }
}

void ContextStore::applyPending()
{
    m_view = m_disk;
    for (const Edit& edit : std::as_const(m_pending))
        apply(m_view, edit);
}

bool ContextStore::load(const QString& path)
{
    m_path = path;
    m_pending.clear();
    m_errorText.clear();
    const bool ok = readFile(m_disk);
    applyPending();
    return ok;
}

bool ContextStore::reload()
{
    if (m_path.isEmpty())
        m_path = defaultPath();
    if (!changedOnDisk())
        return m_problem == Problem::None;
    m_errorText.clear();
    const bool ok = readFile(m_disk);
    applyPending();
    return ok;
}

bool ContextStore::changedOnDisk() const
{
    return FileStamp::of(m_path.isEmpty() ? defaultPath() : m_path) != m_stamp;
}

bool ContextStore::save()
{
    if (m_path.isEmpty())
        m_path = defaultPath();
    QString lockError;
    FileWriteLock lock(m_path);
    if (!lock.acquire(&lockError)) {
        m_errorText = Tr::tr("Not saving the contexts file %1: %2").arg(m_path, lockError);
        return false;
    }
    // What another process wrote since we read is the base of our edits.
    State fresh;
    if (!readFile(fresh)) {
        m_errorText =
            Tr::tr("Not saving the contexts: the file %1 cannot be used (%2) and would be "
                   "lost. It is left as it is until you decide.")
                .arg(m_path, m_problemReason);
        return false;
    }
    m_disk = fresh;
    applyPending();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorText =
            Tr::tr("Cannot write the contexts file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(serialize(m_view.contexts, m_view.current));
    if (!file.commit()) {
        m_errorText =
            Tr::tr("Cannot write the contexts file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Still under the lock: nobody can have written after our commit.
    m_stamp = FileStamp::of(m_path);
    m_disk = m_view;
    m_pending.clear();
    m_errorText.clear();
    return true;
}

QList<Context> ContextStore::contexts() const
{
    return m_view.contexts;
}

std::optional<Context> ContextStore::find(const QString& name) const
{
    for (const Context& context : m_view.contexts)
        if (context.name == name)
            return context;
    return std::nullopt;
}

void ContextStore::upsert(const Context& context)
{
    m_pending.append({Edit::Upsert, context, {}});
    apply(m_view, m_pending.last());
}

void ContextStore::remove(const QString& name)
{
    m_pending.append({Edit::Remove, {}, name});
    apply(m_view, m_pending.last());
}

QString ContextStore::current() const
{
    return m_view.current;
}

void ContextStore::setCurrent(const QString& name)
{
    m_pending.append({Edit::SetCurrent, {}, name});
    apply(m_view, m_pending.last());
}

QString ContextStore::path() const
{
    return m_path;
}

QString ContextStore::errorText() const
{
    return m_errorText;
}

ContextStore::Problem ContextStore::problem() const
{
    return m_problem;
}

QString ContextStore::problemReason() const
{
    return m_problemReason;
}

bool ContextStore::isReadOnly() const
{
    return m_problem != Problem::None;
}

bool ContextStore::isMalformed() const
{
    return isReadOnly();
}

QString ContextStore::moveAsideUnusableFile()
{
    if (m_problem == Problem::None)
        return {};
    QString lockError;
    FileWriteLock lock(m_path);
    if (!lock.acquire(&lockError)) {
        m_errorText = Tr::tr("Cannot move the contexts file %1 aside: %2").arg(m_path, lockError);
        return {};
    }
    // The first free number: earlier backups are the user's and stay.
    QString backup;
    for (int n = 1;; ++n) {
        backup = QStringLiteral("%1.broken-%2").arg(m_path).arg(n);
        if (!QFileInfo::exists(backup))
            break;
    }
    if (!QFile::rename(m_path, backup)) {
        m_errorText = Tr::tr("Cannot move the contexts file %1 aside to %2").arg(m_path, backup);
        return {};
    }
    m_problem = Problem::None;
    m_problemReason.clear();
    m_errorText.clear();
    m_stamp = FileStamp::of(m_path);
    return backup;
}

QString ContextStore::backUpMalformedFile()
{
    return {};
}

} // namespace accounts
