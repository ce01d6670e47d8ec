#pragma once

#include "core/size.h"

#include <QStringList>

namespace app {

// The families the size picker groups by, in the order DigitalOcean lists them.
QStringList sizeFamilies();

// Which of sizeFamilies() a size belongs to: GPU sizes by their GPU info, the
// rest by the description /v2/sizes gives ("Basic", "General Purpose", ...).
QString sizeFamily(const core::Size& size);

} // namespace app
