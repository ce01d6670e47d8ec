#include "oneshotbody.h"

#include <cstring>

namespace api {

OneShotBody::OneShotBody(QByteArray data, QObject* parent)
    : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* out, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_data.size() - m_read);
    std::memcpy(out, m_data.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

} // namespace api
