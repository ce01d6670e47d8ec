#pragma once

#include <QString>
#include <QStringList>

namespace app {

// The QML modules the main window's first frame imports, Qt's and the
// style's (`style` as QQuickStyle::name() gives it), in the order the type
// loader reaches them.
QStringList firstFrameQmlModules(const QString& style);

// The plugin libraries of those modules under `importsPath` (Qt's QML
// directory), as each module's qmldir names them: "<dir>/<plugin name>",
// which QLibrary completes to the file. Modules without a qmldir or a
// plugin line are left out.
QStringList qmlPluginLibraries(const QStringList& modules, const QString& importsPath);

// Prepares on a worker thread what the first window needs, while the GUI
// thread starts the session and sends the first refresh (issue 16): the
// plugin libraries of the style's and Qt's QML modules (mapping and
// relocating them was a quarter of the QML type loader's time, on the way
// to the first frame; the engine then finds them loaded and only registers
// their types), then the font database (fontconfig's configuration and the
// list of fonts, some 5 ms, read by the window's first Label). A library
// that does not load is left to the engine, which reports it.
//
// Call it once the QML engine exists: while a library loads, the C library
// holds the lock that making a thread needs, and the engine makes its
// loader thread when it is made.
void warmUpFirstWindow(const QString& style);

} // namespace app
