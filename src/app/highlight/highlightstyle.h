#pragma once

#include "highlightlexer.h"

#include <QColor>
#include <QTextCharFormat>

// How each highlight role looks in the light and the dark theme. Colours were
// picked for at least 4.5:1 contrast against the app's text backgrounds
// (white in light, #1c1e24 in dark; see apppalette.cpp).
namespace app::highlight {

QTextCharFormat format(Role role, bool dark);

// Error marks: a wavy underline under the token, a faint tint on the line.
QColor errorUnderlineColor(bool dark);
QColor errorLineBackground(bool dark);

} // namespace app::highlight
