// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

namespace jamfor {

// Jämför's own lock on a .jamfor file: a QLockFile "<file>.lock" next to it, held while a
// Database may write to the file. It tells a second Jämför process (another window, jamfor-cli)
// that the file is in use, which SQLite's own locks cannot: they are held only during a
// transaction. Connections in the same process (a worker thread's import) share the lock. A lock
// left behind by a process that died is taken over. Read-only connections take no lock.
class DatabaseLock
{
public:
    enum class Result
    {
        Acquired,    // this process holds the lock
        HeldByOther, // another live process holds it; see holder
        Unavailable  // no lock file can be written there (read-only folder); no lock taken
    };

    // Takes or shares the lock of the file at path. Returns nullptr unless Acquired; holder
    // receives "process 1234 (jamfor) on host" when another process holds it.
    static std::unique_ptr<DatabaseLock> acquire(const QString& path, Result* result,
                                                 QString* holder);

    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    static QString lockFilePath(const QString& path);

private:
    explicit DatabaseLock(const QString& key)
        : m_key(key)
    {}

    QString m_key;
};

} // namespace jamfor
