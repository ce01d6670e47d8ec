#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace translations {

// Installs on `application` the translators for `locale`: Qt's own catalogues
// named in `qtCatalogs` (e.g. "qtbase", from Qt's translations folder, where
// Debian's qt6-translations-l10n puts them) and Pool Studio's own (embedded
// under :/i18n). A language without a catalogue stays English, silently.
// Returns the catalogues installed ("qtbase_de", "poolstudio_de"), for tests.
QStringList installTranslators(QCoreApplication* application, const QLocale& locale,
                               const QStringList& qtCatalogs);

} // namespace translations
