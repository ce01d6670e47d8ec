#include "sim/idsource.h"

namespace sim {

QString IdSource::uuid()
{
    quint8 b[16];
    for (quint8& byte : b)
        byte = quint8(m_rng.bounded(256));
    b[6] = quint8((b[6] & 0x0f) | 0x40); // version 4
    b[8] = quint8((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    QString hex;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            hex += u'-';
        hex += QStringLiteral("%1").arg(b[i], 2, 16, QLatin1Char('0'));
    }
    return hex;
}

QString IdSource::nodeSuffix()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += QLatin1Char(alphabet[m_rng.bounded(36)]);
    return suffix;
}

} // namespace sim
