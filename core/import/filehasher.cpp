// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/filehasher.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>

namespace jamfor {

FileHasher::FileHasher(const QString& path)
{
    m_digest = std::async(std::launch::async, [this, path]() {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        for (;;) {
            if (m_stop.load(std::memory_order_relaxed))
                return QString();
            const qint64 read = file.read(buffer.data(), buffer.size());
            if (read < 0)
                return QString();
            if (read == 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), read));
        }
        return QString::fromLatin1(hash.result().toHex());
    });
}

FileHasher::~FileHasher()
{
    m_stop = true;
    if (m_digest.valid())
        m_digest.wait();
}

QString FileHasher::result()
{
    return m_digest.valid() ? m_digest.get() : QString();
}

} // namespace jamfor
