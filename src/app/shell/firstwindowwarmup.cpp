#include "firstwindowwarmup.h"

#include <QFile>
#include <QFontDatabase>
#include <QLibrary>
#include <QLibraryInfo>
#include <QThreadPool>

namespace app {

QStringList firstFrameQmlModules(const QString& style)
{
    // A style given as a path (a style of one's own) is no module of Qt's.
    const bool qtStyle = !style.isEmpty() && !style.contains(QLatin1Char('/'));
    const QString styleModule = QStringLiteral("QtQuick.Controls.") + style;
    QStringList modules{QStringLiteral("QtQml.WorkerScript"), QStringLiteral("QtQuick.Controls")};
    if (qtStyle)
        modules << styleModule;
    modules << QStringLiteral("QtQuick.Controls.Basic") << QStringLiteral("QtQuick.Controls.impl")
            << QStringLiteral("QtQuick.Layouts") << QStringLiteral("QtQuick.Templates");
    if (qtStyle)
        modules << styleModule + QStringLiteral(".impl");
    modules << QStringLiteral("QtQuick.Window");
    modules.removeDuplicates(); // the Basic style itself
    return modules;
}

// The plugin's name from a qmldir: its "plugin NAME [PATH]" line, which
// may start with "optional".
static QString pluginNameIn(QFile& qmldir)
{
    while (!qmldir.atEnd()) {
        const QList<QByteArray> words = qmldir.readLine().simplified().split(' ');
        const qsizetype at = words.value(0) == "optional" ? 1 : 0;
        if (words.value(at) == "plugin" && words.size() > at + 1)
            return QString::fromUtf8(words.at(at + 1));
    }
    return {};
}

QStringList qmlPluginLibraries(const QStringList& modules, const QString& importsPath)
{
    QStringList libraries;
    for (const QString& module : modules) {
        const QString dir = importsPath + QLatin1Char('/') +
                            QString(module).replace(QLatin1Char('.'), QLatin1Char('/'));
        QFile qmldir(dir + QStringLiteral("/qmldir"));
        if (!qmldir.open(QIODevice::ReadOnly))
            continue;
        if (const QString name = pluginNameIn(qmldir); !name.isEmpty())
            libraries << dir + QLatin1Char('/') + name;
    }
    return libraries;
}

void warmUpFirstWindow(const QString& style)
{
    // One task, so one thread made: the pool's second would wait for the
    // first's library loads (see the header).
    QThreadPool::globalInstance()->start([style] {
        const QString importsPath = QLibraryInfo::path(QLibraryInfo::QmlImportsPath);
        for (const QString& file : qmlPluginLibraries(firstFrameQmlModules(style), importsPath)) {
            // Stays loaded when `library` goes: QLibrary unloads only when asked.
            QLibrary library(file);
            library.load();
        }
        // The database is shared by all threads and locks itself.
        QFontDatabase::families();
    });
}

} // namespace app
