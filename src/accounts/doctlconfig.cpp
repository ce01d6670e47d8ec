#include "doctlconfig.h"

namespace accounts {

DoctlImport readDoctlConfig(const QByteArray&)
{
    return {};
}

QString defaultDoctlConfigPath()
{
    return {};
}

} // namespace accounts
