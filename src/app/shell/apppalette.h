#pragma once

#include <QPalette>
#include <QString>

namespace app {

// The window palette for a theme name: "light", "dark", or "system" (keep
// what the platform gives). Empty optional-like result: an invalid name
// returns the system palette unchanged and sets `ok` false.
QPalette paletteForTheme(const QString& theme, const QPalette& system, bool* ok = nullptr);

} // namespace app
