// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace jamfor {

// Whether a file lies on a network file system (NFS, SMB/CIFS and the like), where SQLite's
// WAL mode is not safe: WAL keeps its index in shared memory next to the file, which clients
// on different computers do not share. On Linux the answer comes from statfs(2) and the file
// system's magic number; elsewhere from QStorageInfo's file system name.
class FileSystemCheck
{
    Q_DECLARE_TR_FUNCTIONS(FileSystemCheck)

public:
    struct Result
    {
        bool network = false;
        QString name; // "nfs", "smb", "cifs", …; empty for a local file system
    };

    // For the file, or for the folder it will be created in.
    static Result check(const QString& path);

    // Tests replace the detection with their own answer; an empty probe restores it.
    using Probe = std::function<Result(const QString& path)>;
    static void setProbe(Probe probe);

    // The kind of file system for a statfs f_type (Linux), or nothing for a local one.
    static Result fromMagic(qint64 magic);
    // The same for a file system type name ("nfs4", "cifs", "fuse.sshfs").
    static Result fromName(const QString& type);
};

} // namespace jamfor
