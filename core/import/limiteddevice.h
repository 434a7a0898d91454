// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace jamfor {

// Reads from another device and fails once more than a fixed number of bytes came through:
// the hard limit that keeps a zip entry which unpacks to more than its directory claims (or
// more than anyone needs) from filling the memory.
class LimitedDevice : public QIODevice
{
public:
    // Opens itself for reading; source must be open and outlive this device.
    LimitedDevice(QIODevice* source, qint64 limit);

    bool exceeded() const { return m_exceeded; }
    qint64 consumed() const { return m_consumed; }
    qint64 limit() const { return m_limit; }

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QIODevice* m_source;
    qint64 m_limit;
    qint64 m_consumed = 0;
    bool m_exceeded = false;
};

} // namespace jamfor
