#include "filedialogmemory.h"

#include <QDir>
#include <QFileInfo>
#include <QQuickItem>
#include <QSettings>
#include <QStandardPaths>

namespace app {

QString FileDialogMemory::settingsKey(const QString& kind)
{
    // A kind comes from our own QML; anything else is kept out of the key so
    // it cannot reach another settings group.
    QString safe;
    for (const QChar c : kind)
        if (c.isLetterOrNumber() || c == u'-')
            safe += c;
    return QStringLiteral("fileDialogs/%1/lastFolder")
        .arg(safe.isEmpty() ? QStringLiteral("other") : safe);
}

QString FileDialogMemory::localPath(const QUrl& url)
{
    if (url.isLocalFile())
        return url.toLocalFile();
    return url.scheme().isEmpty() ? url.path() : QString();
}

QQuickWindow* FileDialogMemory::windowOf(const QObject* object)
{
    for (const QObject* owner = object; owner; owner = owner->parent())
        if (const auto* item = qobject_cast<const QQuickItem*>(owner))
            return item->window();
    return nullptr;
}

QUrl FileDialogMemory::folderFor(const QString& kind) const
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return QUrl::fromLocalFile(remembered);
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QDir::homePath();
    return QUrl::fromLocalFile(start);
}

QUrl FileDialogMemory::fileFor(const QString& kind, const QString& fileName) const
{
    // Only a bare name is proposed: a slash in it would pick another folder.
    const QString name = QFileInfo(fileName).fileName();
    return QUrl::fromLocalFile(QDir(folderFor(kind).toLocalFile()).filePath(name));
}

void FileDialogMemory::rememberFile(const QString& kind, const QUrl& file)
{
    const QString path = localPath(file);
    if (!path.isEmpty())
        rememberFolder(kind, QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void FileDialogMemory::rememberFolder(const QString& kind, const QUrl& folder)
{
    const QString path = localPath(folder);
    if (path.isEmpty() || !QFileInfo(path).isDir())
        return;
    QSettings().setValue(settingsKey(kind), QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
}

} // namespace app
