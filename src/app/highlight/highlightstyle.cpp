#include "highlightstyle.h"

namespace app::highlight {

namespace {

struct RoleStyle
{
    QRgb light;
    QRgb dark;
    bool bold = false;
    bool italic = false;
};

RoleStyle styleOf(Role role)
{
    switch (role) {
    case Role::Key:
        return {0x1d4ed8, 0x8ab4ff};
    case Role::String:
        return {0x15803d, 0x9fd9a8};
    case Role::Number:
        return {0xc2410c, 0xfdba74};
    case Role::Constant:
        return {0x7e22ce, 0xd8b4fe};
    case Role::Comment:
        return {0x6b7280, 0x9ca3af, false, true};
    case Role::DocumentMarker:
        return {0xbe185d, 0xf9a8d4, true};
    case Role::AnchorAlias:
        return {0x0f766e, 0x5eead4};
    case Role::Punctuation:
        return {0xb45309, 0xfcd34d, true};
    case Role::Keyword:
        return {0xbe185d, 0xf9a8d4, true};
    }
    return {0x000000, 0xffffff};
}

} // namespace

QTextCharFormat format(Role role, bool dark)
{
    const RoleStyle style = styleOf(role);
    QTextCharFormat out;
    out.setForeground(QColor::fromRgb(dark ? style.dark : style.light));
    if (style.bold)
        out.setFontWeight(QFont::Bold);
    if (style.italic)
        out.setFontItalic(true);
    return out;
}

QColor errorUnderlineColor(bool dark)
{
    return dark ? QColor(0xf87171) : QColor(0xdc2626);
}

QColor errorLineBackground(bool dark)
{
    return dark ? QColor(0x4a2327) : QColor(0xfde2e2);
}

} // namespace app::highlight
