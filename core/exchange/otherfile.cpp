// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/otherfile.h"

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <filesystem>
#include <system_error>

namespace jamfor {

namespace {

constexpr char sqliteMagic[] = "SQLite format 3"; // and its terminating zero: 16 bytes

QByteArray fileStart(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(size);
}

// PRAGMA user_version, read from the header (offset 60, big-endian) without opening SQLite.
int headerUserVersion(const QByteArray& header)
{
    if (header.size() < 64)
        return 0;
    const auto byte = [&header](int i) {
        return quint32(quint8(header.at(i)));
    };
    return int(byte(60) << 24 | byte(61) << 16 | byte(62) << 8 | byte(63));
}

} // namespace

bool OtherFile::hasSqliteHeader(const QString& path)
{
    return fileStart(path, 16) == QByteArray(sqliteMagic, sizeof sqliteMagic);
}

OtherFile::OtherFile(const QString& path, const QString& ownPath)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(tr("%1 does not exist.").arg(path));
    if (info.isDir())
        throw Error(tr("%1 is a folder, not a Jämför file.").arg(path));
    if (!hasSqliteHeader(path))
        throw Error(tr("%1 is not a Jämför file (it does not start as one).").arg(path));
    if (info.canonicalFilePath() == QFileInfo(ownPath).canonicalFilePath())
        throw Error(
            tr("%1 is the file you are importing into; choose another member's file.").arg(path));
    const int version = headerUserVersion(fileStart(path, 64));
    if (version <= 0 || version >= latestSchemaVersion()) {
        // Database::open names the problem of a newer file or of some other program's database.
        m_database = Database::open(path, Database::OpenMode::ReadOnly);
        return;
    }
    // An older format: read a migrated copy, so that the other file stays exactly as it came.
    m_copyFolder = std::make_unique<QTemporaryDir>();
    const QString copy = m_copyFolder->filePath(QStringLiteral("other.jamfor"));
    if (!m_copyFolder->isValid() || !QFile::copy(path, copy))
        throw Error(
            tr("Could not copy %1 to a temporary folder to read its older format.").arg(path));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    m_database = Database::open(copy, Database::OpenMode::CreateIfMissing);
}

OtherFile::~OtherFile() = default;

NewFile::NewFile(const QString& finalPath)
    : m_finalPath(finalPath)
{
    const QFileInfo info(finalPath);
    if (info.isDir())
        throw Error(tr("%1 is a folder.").arg(finalPath));
    m_workPath = info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    m_database = Database::open(m_workPath, Database::OpenMode::CreateIfMissing);
}

NewFile::~NewFile()
{
    m_database.reset();
    removeWorkFiles();
}

void NewFile::removeWorkFiles()
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(m_workPath + QLatin1StringView(suffix));
}

void NewFile::commit()
{
    m_database->compact();
    m_database.reset(); // closes the file: the WAL is written back and removed
    // Replaces a file already there in one step (rename(2); MoveFileEx on Windows).
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_workPath).toStdString(),
                            QFile::encodeName(m_finalPath).toStdString(), error);
    if (error)
        throw Error(
            tr("Could not write %1: %2").arg(m_finalPath, QString::fromLocal8Bit(error.message())));
}

} // namespace jamfor
