// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/registry/unitregistry.h"
#include "core/storage/connectionhardening.h"
#include "core/storage/databasefilecheck.h"
#include "core/storage/databaselock.h"
#include "core/storage/filesystemcheck.h"
#include "core/storage/migrationbackup.h"
#include "core/storage/migrations.h"
#include "core/storage/schemavalidator.h"
#include "core/storage/sqlhelpers.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace jamfor {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("jamfor-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Write-protected by the file system, or marked read-only by its owner (which even an
// administrator's account should respect).
bool isWriteProtected(const QFileInfo& info)
{
    return info.exists() &&
           (!info.isWritable() || !info.permissions().testFlag(QFileDevice::WriteOwner));
}

} // namespace

Database::Database(const QString& path, const QString& connectionName, bool readOnly)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_readOnly(readOnly)
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName))
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_lock.reset(); // only after the connection is closed
}

std::unique_ptr<Database> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode != OpenMode::CreateIfMissing && !info.exists())
        throw Error(tr("%1 does not exist.").arg(path));
    if (info.exists() && !info.isFile())
        throw Error(tr("%1 is not a file.").arg(path));
    if (info.exists() && !info.isReadable())
        throw Error(tr("%1 cannot be read: you do not have permission to read it.").arg(path));
    DatabaseFileCheck::checkHeader(path, mode == OpenMode::CreateIfMissing);

    std::unique_ptr<Database> database(
        new Database(path, nextConnectionName(), mode == OpenMode::ReadOnly));
    if (mode != OpenMode::ReadOnly && isWriteProtected(info)) {
        if (mode == OpenMode::CreateIfMissing)
            throw Error(tr("%1 is write-protected, so nothing can be saved in it.").arg(path));
        database->m_readOnly = true;
        database->m_readOnlyNotice = tr("%1 is write-protected, so it was opened read-only. "
                                        "Nothing can be changed; use Save a copy to work on a "
                                        "copy.")
                                         .arg(path);
    }
    if (!database->m_readOnly) {
        DatabaseLock::Result result = DatabaseLock::Result::Unavailable;
        QString holder;
        database->m_lock = DatabaseLock::acquire(path, &result, &holder);
        if (result == DatabaseLock::Result::HeldByOther) {
            if (mode == OpenMode::CreateIfMissing)
                throw Error(tr("%1 is open in another Jämför program (process %2). Close it "
                               "there first.")
                                .arg(path, holder));
            database->m_readOnly = true;
            database->m_readOnlyNotice =
                tr("%1 is open in another Jämför window or program (process %2), so it was "
                   "opened read-only here. Close it there and open it again to make changes.")
                    .arg(path, holder);
        }
    }

    database->connect(database->m_readOnly);
    database->checkIntegrity();
    database->checkVersionAndSchema();
    if (!database->m_readOnly && !database->canWrite()) {
        if (mode == OpenMode::CreateIfMissing)
            throw Error(tr("%1 is locked by another program that is writing to it. Close that "
                           "program or try again later.")
                            .arg(path));
        database->m_readOnly = true;
        database->m_lock.reset();
        database->m_readOnlyNotice = tr("Another program is writing to %1, so it was opened "
                                        "read-only. Close that program and open the file again "
                                        "to make changes.")
                                         .arg(path);
    }
    database->applySessionSettings();
    if (!database->m_readOnly) {
        const int version = database->schemaVersion();
        if (version > 0 && version < latestSchemaVersion())
            database->m_migrationBackupPath = MigrationBackup::write(database->m_db, path, version);
        migrate(database->m_db, path, schemaMigrations());
        database->addBuiltInUnits();
    } else if (database->schemaVersion() != latestSchemaVersion()) {
        throw Error(tr("%1 uses file format %2 and cannot be opened read-only by this version "
                       "(format %3).")
                        .arg(path)
                        .arg(database->schemaVersion())
                        .arg(latestSchemaVersion()));
    }
    return database;
}

void Database::connect(bool readOnlyConnection)
{
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnlyConnection)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        throw Error(DatabaseFileCheck::describe(m_path, m_db.lastError()));
    // Before the first statement, which is when SQLite reads the file's schema.
    ConnectionHardening::apply(m_db);
}

void Database::checkIntegrity()
{
    // quick_check reads every page: about a second per 100 MiB. Up to fullCheckLimit the whole
    // file is checked; above it every table but the observations (the bulk of a big file),
    // whose pages SQLite still checks as they are read. verifyAll() checks everything.
    if (QFileInfo(m_path).size() <= fullCheckLimit) {
        quickCheck(QStringLiteral("PRAGMA quick_check"));
        return;
    }
    QSqlQuery tables(m_db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                    " AND name <> 'observation'")))
        throw Error(DatabaseFileCheck::describe(m_path, tables.lastError()));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString& name : names) {
        // Names from the file are quoted as SQL identifiers; the schema is validated next.
        quickCheck(QStringLiteral("PRAGMA quick_check(\"%1\")")
                       .arg(QString(name).replace(u'"', QStringLiteral("\"\""))));
    }
}

void Database::verifyAll()
{
    quickCheck(QStringLiteral("PRAGMA quick_check"));
}

void Database::quickCheck(const QString& statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement) || !query.next())
        throw Error(DatabaseFileCheck::describe(m_path, query.lastError()));
    const QString verdict = query.value(0).toString();
    if (verdict != u"ok")
        throw Error(tr("%1 is damaged: %2").arg(m_path, verdict));
}

void Database::checkVersionAndSchema()
{
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        throw Error(tr("%1 was saved by a newer version of Jämför (file format %2; this version "
                       "reads up to %3). Update Jämför to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    }
    // A file that has tables but no version is some other program's database.
    const int tables =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    if (version == 0 && tables > 0)
        throw Error(tr("%1 is an SQLite database but not a Jämför file.").arg(m_path));
    SchemaValidator().validate(m_db, m_path, version);
}

bool Database::canWrite()
{
    // SQLite's locks say nothing until a write is tried: take the write lock once, now, so that
    // a file another program is changing is noticed at opening rather than at the first edit.
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        query.exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
    if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
        return false;
    throw Error(DatabaseFileCheck::describe(m_path, query.lastError()));
}

void Database::applySessionSettings()
{
    // Foreign keys are off by default in SQLite; trusted_schema off keeps views and triggers
    // in a received file from calling functions with side effects.
    sql::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::run(m_db, QStringLiteral("PRAGMA trusted_schema = OFF"));
    if (m_readOnly) {
        // A connection opened for writing that fell back to read-only must not write either.
        sql::run(m_db, QStringLiteral("PRAGMA query_only = ON"));
        return;
    }
    // WAL needs memory shared by everyone who opens the file, which a network drive does not
    // give: there the rollback journal, with the file held by this connection alone.
    const FileSystemCheck::Result fileSystem = FileSystemCheck::check(m_path);
    if (fileSystem.network) {
        sql::run(m_db, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        sql::run(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        sql::run(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
        m_storageNotice = tr("%1 is on a network drive (%2): Jämför saves it with a rollback "
                             "journal instead of WAL and keeps it to itself while it is open.")
                              .arg(QFileInfo(m_path).fileName(), fileSystem.name);
    } else {
        sql::run(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::run(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    // A larger page cache keeps a big import from spilling pages to the WAL mid-transaction.
    sql::run(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
}

void Database::addBuiltInUnits()
{
    // Every file knows all Swedish municipalities, regions and the country from the start.
    if (sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM unit")).toInt() > 0)
        return;
    Transaction transaction(m_db);
    UnitRepository(m_db).save(UnitRegistry::instance().all());
    transaction.commit();
}

int Database::schemaVersion()
{
    return sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::saveCopy(const QString& targetPath)
{
    if (QFileInfo::exists(targetPath))
        throw Error(tr("%1 already exists; choose another name.").arg(targetPath));
    sql::run(m_db, QStringLiteral("VACUUM INTO ?"), {targetPath});
}

void Database::compact()
{
    sql::run(m_db, QStringLiteral("VACUUM"));
}

} // namespace jamfor
