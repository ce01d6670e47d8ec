#pragma once

#include "size.h"

#include <QStringList>

namespace core {

// The families sizes are grouped by (the editor's size picker, the cost
// review, poolctl sizes), in the order DigitalOcean lists them.
QStringList sizeFamilies();

// Which of sizeFamilies() a size belongs to: GPU sizes by their GPU info, the
// rest by the description /v2/sizes gives ("Basic", "General Purpose", ...).
QString sizeFamily(const core::Size& size);

} // namespace core
