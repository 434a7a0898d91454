// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databasefilecheck.h"

#include "core/util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace jamfor {

namespace {

constexpr char sqliteMagic[] = "SQLite format 3"; // followed by a NUL byte
constexpr qsizetype headerSize = 100;

quint32 bigEndian32(const QByteArray& bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

void DatabaseFileCheck::checkHeader(const QString& path, bool allowEmpty)
{
    QFile file(path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Could not read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0) {
        if (allowEmpty)
            return;
        throw Error(tr("%1 is empty (0 bytes). It is not a Jämför file, or it was cut off when it "
                       "was copied or saved.")
                        .arg(path));
    }
    const QByteArray header = file.read(headerSize);
    if (header.size() < qsizetype(sizeof sqliteMagic) ||
        !header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic))) {
        throw Error(tr("%1 is not a Jämför file (it is not an SQLite database).").arg(path));
    }
    if (header.size() < headerSize)
        throw Error(tr("%1 is damaged: it ends inside its header (%2 bytes).").arg(path).arg(size));

    // The page count in the header is valid when the change counter (offset 24) equals the
    // "version valid for" number (offset 92). Pages still in a write-ahead log are not in the
    // file yet, so the comparison is only made without a -wal file beside it.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 24) == bigEndian32(header, 92) && pageCount > 0;
    const bool hasLog = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (countValid && !hasLog && qint64(pageCount) * pageSize > size) {
        throw Error(tr("%1 is damaged: it is cut off (%2 bytes of %3). Open a backup copy "
                       "instead.")
                        .arg(path)
                        .arg(size)
                        .arg(qint64(pageCount) * pageSize));
    }
}

QString DatabaseFileCheck::describe(const QString& path, const QSqlError& error)
{
    // SQLite's primary result code is the low byte of the extended code Qt reports.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 26: // SQLITE_NOTADB
        return tr("%1 is not a Jämför file (it is not an SQLite database).").arg(path);
    case 11: // SQLITE_CORRUPT
        return tr("%1 is damaged (%2). Open a backup copy instead.")
            .arg(path, error.databaseText());
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("%1 is locked by another program that is writing to it. Close that program "
                  "or try again later.")
            .arg(path);
    case 14: // SQLITE_CANTOPEN
        return tr("Could not open %1: %2. Check that the folder exists and that you may read "
                  "and write there.")
            .arg(path, error.databaseText());
    case 10: // SQLITE_IOERR
        return tr("Could not read %1: %2 (a disk or network error).")
            .arg(path, error.databaseText());
    default:
        return tr("Could not read %1: %2").arg(path, error.text());
    }
}

} // namespace jamfor
