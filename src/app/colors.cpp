#include "colors.h"

namespace app {

QColor Colors::stateColor(const QString& state)
{
    if (state == u"running")
        return QColor(0x2e9e5b);
    if (state == u"provisioning")
        return QColor(0x3b82f6);
    if (state == u"draining")
        return QColor(0xf59e0b);
    if (state == u"deleting")
        return QColor(0xdc2626);
    return QColor(0x9ca3af);
}

} // namespace app
