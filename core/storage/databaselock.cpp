// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databaselock.h"

#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>

namespace jamfor {

namespace {

// The locks this process holds, by lock file path, with the number of Database objects
// using each. Guarded by the mutex so that releasing and taking the same lock cannot interleave.
struct HeldLock
{
    std::shared_ptr<QLockFile> file;
    int users = 0;
};

struct Registry
{
    QMutex mutex;
    QHash<QString, HeldLock> locks;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

} // namespace

QString DatabaseLock::lockFilePath(const QString& path)
{
    // The folder's canonical path, so that one file reached through different links has one
    // lock; the folder exists even when the file is about to be created.
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName() +
           QStringLiteral(".lock");
}

std::unique_ptr<DatabaseLock> DatabaseLock::acquire(const QString& path, Result* result,
                                                    QString* holder)
{
    const QString key = lockFilePath(path);
    Registry& shared = registry();
    QMutexLocker locker(&shared.mutex);
    auto found = shared.locks.find(key);
    if (found != shared.locks.end()) {
        ++found->users;
        *result = Result::Acquired;
        return std::unique_ptr<DatabaseLock>(new DatabaseLock(key));
    }

    auto file = std::make_shared<QLockFile>(key);
    // Never stale by age: a long session keeps its lock. A lock whose process has died is
    // recognised by QLockFile (same host, process gone) and taken over.
    file->setStaleLockTime(0);
    if (file->tryLock(0)) {
        shared.locks.insert(key, {file, 1});
        *result = Result::Acquired;
        return std::unique_ptr<DatabaseLock>(new DatabaseLock(key));
    }
    if (file->error() == QLockFile::LockFailedError) {
        *result = Result::HeldByOther;
        qint64 pid = 0;
        QString hostName;
        QString application;
        if (holder && file->getLockInfo(&pid, &hostName, &application)) {
            *holder = QStringLiteral("%1 (%2, %3)").arg(pid).arg(application, hostName);
        }
    } else {
        *result = Result::Unavailable;
    }
    return nullptr;
}

DatabaseLock::~DatabaseLock()
{
    Registry& shared = registry();
    QMutexLocker locker(&shared.mutex);
    auto found = shared.locks.find(m_key);
    if (found != shared.locks.end() && --found->users == 0) {
        found->file->unlock();
        shared.locks.erase(found);
    }
}

} // namespace jamfor
