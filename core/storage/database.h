// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace jamfor {

class DatabaseLock;

// One open .jamfor file. Owns a private QSqlDatabase connection for the calling thread.
//
// Opening is defensive, because files are mailed between municipalities: the bytes are checked
// before SQLite reads them, the connection is hardened (ConnectionHardening) before the schema
// is parsed, PRAGMA quick_check must pass, and the schema must be exactly the one Jämför writes
// (SchemaValidator: a file with an added trigger or view is refused). Before a migration the
// file is copied next to itself (MigrationBackup).
//
// Two programs on one file: a writable Database holds Jämför's lock file "<file>.lock"
// (DatabaseLock). OpenExisting (the GUI) then opens a file that another Jämför process has open,
// that is write-protected, or that another program is writing to, read-only and says why in
// readOnlyNotice(); CreateIfMissing (imports, jamfor-cli) refuses with a message instead.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        OpenExisting,    // the file must exist; falls back to read-only with a notice
        CreateIfMissing, // create an empty, migrated file when there is none; must be writable
        ReadOnly         // never writes, never migrates, takes no lock
    };

    // Opens (or creates) the file, checks it, and migrates it to the current schema.
    // Throws jamfor::Error with a message that names the file and the problem.
    static std::unique_ptr<Database> open(const QString& path, OpenMode mode);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a file asked for with OpenExisting was opened read-only (for a banner); else empty.
    const QString& readOnlyNotice() const { return m_readOnlyNotice; }
    // Set when the file lies on a network drive and is kept with a rollback journal and an
    // exclusive lock instead of WAL (FileSystemCheck); the window shows it in its status bar.
    const QString& storageNotice() const { return m_storageNotice; }
    // The backup written before this open updated the file's format; else empty.
    const QString& migrationBackupPath() const { return m_migrationBackupPath; }
    int schemaVersion();

    // Files up to this size get PRAGMA quick_check of everything when opened; larger ones of
    // everything but the observations, which verifyAll() checks (minutes for a large file:
    // call it from a worker thread with its own Database).
    static constexpr qint64 fullCheckLimit = 256LL * 1024 * 1024;
    // PRAGMA quick_check of the whole file; throws jamfor::Error naming the damage.
    void verifyAll();

    // Writes a consistent copy of the whole file (SQLite's VACUUM INTO).
    void saveCopy(const QString& targetPath);
    // Rewrites the file with full pages and no free ones (SQLite's VACUUM): for a new file
    // that is about to be sent, whose values arrived batch by batch out of key order.
    void compact();

private:
    Database(const QString& path, const QString& connectionName, bool readOnly);

    void connect(bool readOnlyConnection);
    bool canWrite();
    void applySessionSettings();
    void checkIntegrity();
    void quickCheck(const QString& statement);
    void checkVersionAndSchema();
    void addBuiltInUnits();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyNotice;
    QString m_storageNotice;
    QString m_migrationBackupPath;
    std::unique_ptr<DatabaseLock> m_lock;
    QSqlDatabase m_db;
};

} // namespace jamfor
