#pragma once

#include <QLocale>
#include <QString>

namespace app {

// An amount of US dollars as the window shows it, in the display locale
// (QLocale(): main() sets the system language's, a test its own): "$1,234.56" in
// English and in the C locale, exactly as core::formatCents writes it for
// poolctl and the plan text; "1.234,56 $" in German, "1 234,56 $" in French.
// core stays locale-free; only what a person reads here follows the locale.
QString formatMoney(qint64 cents, const QLocale& locale = QLocale());

} // namespace app
