#include "configdirectory.h"

#include <QStandardPaths>

namespace accounts {

QString configDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/PoolStudio/poolstudio");
}

} // namespace accounts
