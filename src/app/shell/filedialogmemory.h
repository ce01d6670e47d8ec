#pragma once

#include <QObject>
#include <QQuickWindow>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace app {

// Where a save dialog opens: the folder last used for that kind of file
// ("chart", "table", "manifest"...), kept in QSettings under
// fileDialogs/<kind>. Only folder paths are stored, nothing else. A folder
// that no longer exists falls back to Documents (or the home folder), which
// is only where the dialog starts: the user always chooses the file.
class FileDialogMemory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // The folder to open a dialog for `kind` in, as a file: URL.
    Q_INVOKABLE QUrl folderFor(const QString& kind) const;
    // `fileName` in that folder: what a save dialog proposes.
    Q_INVOKABLE QUrl fileFor(const QString& kind, const QString& fileName) const;
    // Remembers the folder of a chosen file, or a chosen folder itself.
    Q_INVOKABLE void rememberFile(const QString& kind, const QUrl& file);
    Q_INVOKABLE void rememberFolder(const QString& kind, const QUrl& folder);
    // A file: URL (what a dialog gives) as a local path; a path stays a path.
    Q_INVOKABLE static QString localPath(const QUrl& url);
    // The window of the nearest item among `object`'s parents: where a
    // dialog declared in that item gives the focus back to. The dialog's own
    // parentWindow is looked up as it is made, and is null for ours (made
    // with the drawers' pages, before those are in a window).
    Q_INVOKABLE static QQuickWindow* windowOf(const QObject* object);

    // The settings key a kind is kept under (tests read it).
    static QString settingsKey(const QString& kind);
};

} // namespace app
