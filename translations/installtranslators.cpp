#include "installtranslators.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace translations {

namespace {

// Loads the best match for the locale's UI languages (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG on Linux: QLocale::system() reads them) and names it.
QString install(QCoreApplication* application, const QLocale& locale, const QString& catalogue,
                const QString& folder)
{
    auto* translator = new QTranslator(application);
    if (!translator->load(locale, catalogue, QStringLiteral("_"), folder) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return {};
    }
    return QFileInfo(translator->filePath()).completeBaseName();
}

} // namespace

QStringList installTranslators(QCoreApplication* application, const QLocale& locale,
                               const QStringList& qtCatalogs)
{
    QStringList installed;
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString& catalogue : qtCatalogs)
        if (const QString name = install(application, locale, catalogue, qtFolder); !name.isEmpty())
            installed << name;
    if (const QString name =
            install(application, locale, QStringLiteral("poolstudio"), QStringLiteral(":/i18n"));
        !name.isEmpty())
        installed << name;
    return installed;
}

} // namespace translations
