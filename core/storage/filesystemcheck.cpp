// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/filesystemcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace jamfor {

namespace {

FileSystemCheck::Probe& probe()
{
    static FileSystemCheck::Probe instance;
    return instance;
}

// An existing file, or the nearest existing folder above a path that is still to be created.
QString existingPlace(const QString& path)
{
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}

} // namespace

void FileSystemCheck::setProbe(Probe replacement)
{
    probe() = std::move(replacement);
}

FileSystemCheck::Result FileSystemCheck::fromMagic(qint64 magic)
{
    // From linux/magic.h and the file systems' own headers.
    switch (quint32(magic)) {
    case 0x6969:
        return {true, QStringLiteral("nfs")};
    case 0x517B:
        return {true, QStringLiteral("smb")};
    case 0xFF534D42:
        return {true, QStringLiteral("cifs")};
    case 0xFE534D42:
        return {true, QStringLiteral("smb2")};
    case 0x564C:
        return {true, QStringLiteral("ncp")};
    case 0x5346414F:
        return {true, QStringLiteral("afs")};
    case 0x73757245:
        return {true, QStringLiteral("coda")};
    case 0x01021997:
        return {true, QStringLiteral("9p")};
    case 0x00C36400:
        return {true, QStringLiteral("ceph")};
    case 0x0BD00BD0:
        return {true, QStringLiteral("lustre")};
    // FUSE: sshfs, gvfs (an SMB share opened in the file manager), rclone; also a local NTFS
    // disk through ntfs-3g, where the rollback journal is merely slower, never unsafe.
    case 0x65735546:
        return {true, QStringLiteral("fuse")};
    default:
        break;
    }
    return {};
}

FileSystemCheck::Result FileSystemCheck::fromName(const QString& type)
{
    const QString name = type.toLower();
    static const QStringList network{
        QStringLiteral("nfs"),   QStringLiteral("nfs4"),  QStringLiteral("smbfs"),
        QStringLiteral("smb"),   QStringLiteral("smb2"),  QStringLiteral("smb3"),
        QStringLiteral("cifs"),  QStringLiteral("afpfs"), QStringLiteral("webdav"),
        QStringLiteral("ncpfs"), QStringLiteral("9p"),    QStringLiteral("ceph"),
        QStringLiteral("afs"),
    };
    if (network.contains(name) || name.startsWith(QStringLiteral("fuse.")) || name == u"fuse")
        return {true, name};
    return {};
}

FileSystemCheck::Result FileSystemCheck::check(const QString& path)
{
    if (probe())
        return probe()(path);
    const QString place = existingPlace(path);
#if defined(Q_OS_LINUX)
    struct statfs info;
    if (statfs(QFile::encodeName(place).constData(), &info) == 0)
        return fromMagic(qint64(info.f_type));
#endif
    return fromName(QString::fromLatin1(QStorageInfo(place).fileSystemType()));
}

} // namespace jamfor
