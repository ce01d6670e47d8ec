#include "apppalette.h"

namespace app {

static QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x26, 0x29, 0x30);
    const QColor base(0x1c, 0x1e, 0x24);
    const QColor text(0xe6, 0xe8, 0xec);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x33, 0x37, 0x40));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x90, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x4f, 0x5a));
    palette.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x1a));
    palette.setColor(QPalette::Light, QColor(0x40, 0x45, 0x50));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x75, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x75, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x75, 0x80));
    return palette;
}

QPalette paletteForTheme(const QString& theme, const QPalette& system, bool* ok)
{
    if (ok)
        *ok = true;
    if (theme == u"dark")
        return darkPalette();
    if (theme == u"light") {
        // Fusion's light palette. QPalette(button) alone makes the highlight
        // navy (Qt::darkBlue), where dark text on a selected row was unreadable
        // and the focus ring vanished; Fusion's own is this blue.
        QPalette light(QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
        light.setColor(QPalette::HighlightedText, Qt::white);
        return light;
    }
    if (ok)
        *ok = theme == u"system" || theme.isEmpty();
    return system;
}

QColor focusRingColor(const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const bool darkWindow = palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
    return darkWindow ? highlight.lighter(140) : highlight.darker(140);
}

} // namespace app
