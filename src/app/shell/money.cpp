#include "money.h"

#include "core/cost.h"

#include <cmath>

namespace app {

QString formatMoney(qint64 cents, const QLocale& locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return core::formatCents(cents);
    // The sign in front, in every locale: some (French) would write a
    // negative amount in accounting brackets, "(12,00 $)".
    const QString amount =
        locale.toCurrencyString(std::abs(double(cents)) / 100.0, QStringLiteral("$"), 2);
    return cents < 0 ? locale.negativeSign() + amount : amount;
}

} // namespace app
