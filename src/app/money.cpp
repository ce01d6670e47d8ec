#include "money.h"

#include <QLocale>

namespace app {

QString formatMoney(qint64 cents)
{
    // DigitalOcean bills in US dollars, whatever the user's locale.
    static const QLocale dollars(QLocale::English, QLocale::UnitedStates);
    return dollars.toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), 2);
}

} // namespace app
