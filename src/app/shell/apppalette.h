#pragma once

#include <QPalette>
#include <QString>

namespace app {

// The window palette for a theme name: "light", "dark", or "system" (keep
// what the platform gives). Empty optional-like result: an invalid name
// returns the system palette unchanged and sets `ok` false.
QPalette paletteForTheme(const QString& theme, const QPalette& system, bool* ok = nullptr);

// The focus ring's colour for a palette: its highlight, darkened on a light
// window and lightened on a dark one so the ring stands out from both the
// window and a highlighted (selected) row.
QColor focusRingColor(const QPalette& palette);

} // namespace app
