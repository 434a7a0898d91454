// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/limiteddevice.h"

#include <algorithm>

namespace jamfor {

LimitedDevice::LimitedDevice(QIODevice* source, qint64 limit)
    : m_source(source)
    , m_limit(limit)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool LimitedDevice::atEnd() const
{
    return m_exceeded || m_source->atEnd();
}

qint64 LimitedDevice::bytesAvailable() const
{
    return m_exceeded ? 0 : m_source->bytesAvailable() + QIODevice::bytesAvailable();
}

qint64 LimitedDevice::readData(char* data, qint64 maxSize)
{
    if (m_exceeded)
        return -1;
    // One byte more than allowed tells a source that is exactly at the limit from a longer one.
    const qint64 wanted = std::min(maxSize, m_limit - m_consumed + 1);
    const qint64 read = m_source->read(data, wanted);
    if (read < 0) {
        setErrorString(m_source->errorString());
        return -1;
    }
    m_consumed += read;
    if (m_consumed > m_limit) {
        m_exceeded = true;
        setErrorString(QStringLiteral("more than %1 bytes").arg(m_limit));
        return -1;
    }
    return read;
}

qint64 LimitedDevice::writeData(const char* data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

} // namespace jamfor
