#include "colors.h"

#include "apppalette.h"

#include <QGuiApplication>

namespace app {

QColor Colors::stateColor(const QString& state)
{
    if (state == u"running")
        return QColor(0x2e9e5b);
    if (state == u"provisioning")
        return QColor(0x3b82f6);
    if (state == u"draining")
        return QColor(0xf59e0b);
    if (state == u"deleting")
        return QColor(0xdc2626);
    return QColor(0x9ca3af);
}

namespace {

QString g_theme = QStringLiteral("system");

// QPalette roles by the names QML palettes give their properties.
const std::pair<const char*, QPalette::ColorRole> PaletteRoles[] = {
    {"window", QPalette::Window},
    {"windowText", QPalette::WindowText},
    {"base", QPalette::Base},
    {"alternateBase", QPalette::AlternateBase},
    {"text", QPalette::Text},
    {"button", QPalette::Button},
    {"buttonText", QPalette::ButtonText},
    {"toolTipBase", QPalette::ToolTipBase},
    {"toolTipText", QPalette::ToolTipText},
    {"placeholderText", QPalette::PlaceholderText},
    {"highlight", QPalette::Highlight},
    {"highlightedText", QPalette::HighlightedText},
    {"mid", QPalette::Mid},
    {"dark", QPalette::Dark},
    {"light", QPalette::Light},
    {"midlight", QPalette::Midlight},
    {"shadow", QPalette::Shadow},
    {"brightText", QPalette::BrightText},
    {"link", QPalette::Link},
};

} // namespace

void Colors::setTheme(const QString& theme)
{
    g_theme = theme;
}

bool Colors::dark() const
{
    const QPalette palette = paletteForTheme(g_theme, QGuiApplication::palette());
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Colors::focusRing() const
{
    return focusRingColor(paletteForTheme(g_theme, QGuiApplication::palette()));
}

void Colors::applyTheme(QObject* palette) const
{
    if (!palette || g_theme == u"system")
        return;
    const QPalette chosen = paletteForTheme(g_theme, QGuiApplication::palette());
    // Only the roles that differ: each change goes through every control of
    // the window (and every palette binding in it), and the window may have
    // had them set already (WindowSwitcher sets them before it completes).
    const auto write = [](QObject* group, const char* name, const QColor& color) {
        if (group->property(name).value<QColor>() != color)
            group->setProperty(name, color);
    };
    for (const auto& [name, role] : PaletteRoles)
        write(palette, name, chosen.color(QPalette::Active, role));
    if (QObject* disabled = palette->property("disabled").value<QObject*>())
        for (const auto& [name, role] : PaletteRoles)
            write(disabled, name, chosen.color(QPalette::Disabled, role));
}

} // namespace app
