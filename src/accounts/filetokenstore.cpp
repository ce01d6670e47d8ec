#include "filetokenstore.h"

#include "configdirectory.h"
#include "context.h"
#include "core/boundedfile.h"
#include "filewritelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QSaveFile>
#include <unistd.h>

namespace accounts {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(accounts::FileTokenStore)
};

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// The permission bits as `ls` and chmod write them, e.g. "0644".
QString octalMode(QFileDevice::Permissions permissions)
{
    const auto bit = [&](QFileDevice::Permission p, int value) {
        return permissions.testFlag(p) ? value : 0;
    };
    const int mode = bit(QFileDevice::ReadOwner, 0400) | bit(QFileDevice::WriteOwner, 0200) |
                     bit(QFileDevice::ExeOwner, 0100) | bit(QFileDevice::ReadGroup, 040) |
                     bit(QFileDevice::WriteGroup, 020) | bit(QFileDevice::ExeGroup, 010) |
                     bit(QFileDevice::ReadOther, 04) | bit(QFileDevice::WriteOther, 02) |
                     bit(QFileDevice::ExeOther, 01);
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

// The tokens in the file, or a sentence saying why they cannot be used.
struct Tokens
{
    QJsonObject byContext;
    QString error;
};

Tokens readTokens(const QString& path)
{
    Tokens tokens;
    const QFileInfo info(path);
    if (!info.exists())
        return tokens; // no token stored yet
    // Refuse before reading a byte: a token others could read is a leaked token.
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    if (permissions & GroupOrOthers) {
        tokens.error =
            Tr::tr("The token file %1 may be read or changed by other users (mode %2), so "
                   "Pool Studio does not use it. Make it private with: chmod 600 %1")
                .arg(QDir::toNativeSeparators(path), octalMode(permissions));
        return tokens;
    }
    if (info.ownerId() != ::getuid()) {
        tokens.error =
            Tr::tr("The token file %1 belongs to another user, so Pool Studio does not use "
                   "it. Remove it, or give it to yourself with: chown $USER %1")
                .arg(QDir::toNativeSeparators(path));
        return tokens;
    }
    // A few hundred bytes per context; anything near this is not ours.
    constexpr qint64 MaxFileBytes = 1024 * 1024;
    const core::BoundedRead read = core::readBoundedFile(path, MaxFileBytes);
    if (!read.ok()) {
        tokens.error =
            Tr::tr("Cannot read the token file %1: %2. It is left as it is.").arg(path, read.error);
        return tokens;
    }
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(read.bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QLatin1String("tokens")).isObject()) {
        tokens.error =
            Tr::tr("The token file %1 is damaged (not the JSON Pool Studio writes). It is "
                   "left as it is; remove it and sign in again.")
                .arg(path);
        return tokens;
    }
    tokens.byContext = document.object().value(QLatin1String("tokens")).toObject();
    return tokens;
}

QString writeTokens(const QString& path, const QJsonObject& byContext)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write the token file %1: %2").arg(path, file.errorString());
    // The temporary file QSaveFile writes to is created with 0666 & ~umask;
    // make it owner-only while it is still empty, before any token byte.
    if (!file.setPermissions(OwnerOnly)) {
        file.cancelWriting();
        return Tr::tr("Cannot make the token file %1 private (mode 0600): %2")
            .arg(path, file.errorString());
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("tokens"), byContext);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Tr::tr("Cannot write the token file %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

FileTokenStore::FileTokenStore(QObject* parent) : FileTokenStore(defaultPath(), parent) {}

FileTokenStore::FileTokenStore(const QString& path, QObject* parent)
    : TokenStore(parent), m_path(path)
{}

QString FileTokenStore::defaultPath()
{
    return configDirectory() + QStringLiteral("/tokens.json");
}

// The file is small and local, so the work is done at once; only the answer
// waits for the event loop, as the keychain's does.
void FileTokenStore::readToken(const QString& context,
                               std::function<void(const QString&, const QString&)> done)
{
    const Tokens tokens = readTokens(m_path);
    const QString token = tokens.byContext.value(context).toString();
    QMetaObject::invokeMethod(
        this, [done, token, error = tokens.error] { done(token, error); }, Qt::QueuedConnection);
}

void FileTokenStore::writeToken(const QString& context, const QString& token,
                                std::function<void(const QString&)> done)
{
    // Under the lock, the tokens another process stored since are re-read
    // and kept: only this context's entry changes.
    FileWriteLock lock(m_path);
    QString error;
    if (!lock.acquire(&error))
        error = Tr::tr("Cannot store the token in %1: %2").arg(m_path, error);
    Tokens tokens;
    if (error.isEmpty()) {
        tokens = readTokens(m_path);
        error = tokens.error;
    }
    if (error.isEmpty()) {
        tokens.byContext.insert(context, token);
        error = writeTokens(m_path, tokens.byContext);
    }
    QMetaObject::invokeMethod(
        this, [done, error] { done(error); }, Qt::QueuedConnection);
}

void FileTokenStore::removeToken(const QString& context, std::function<void(const QString&)> done)
{
    FileWriteLock lock(m_path);
    QString error;
    if (!lock.acquire(&error))
        error = Tr::tr("Cannot remove the token from %1: %2").arg(m_path, error);
    Tokens tokens;
    if (error.isEmpty()) {
        tokens = readTokens(m_path);
        error = tokens.error;
    }
    if (error.isEmpty() && tokens.byContext.contains(context)) {
        tokens.byContext.remove(context);
        error = writeTokens(m_path, tokens.byContext);
    }
    QMetaObject::invokeMethod(
        this, [done, error] { done(error); }, Qt::QueuedConnection);
}

QString FileTokenStore::kind() const
{
    return QString::fromLatin1(StorageFile);
}

QString FileTokenStore::path() const
{
    return m_path;
}

} // namespace accounts
