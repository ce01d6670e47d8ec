#pragma once

#include <QString>

namespace app {

// "$1,234.56": money for people, from integer cents. Estimates are labelled as
// such where they are shown, not here.
QString formatMoney(qint64 cents);

} // namespace app
