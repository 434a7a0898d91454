// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "registry/unitregistry.h"
#include "storage/migrations.h"
#include "storage/sqlhelpers.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/error.h"

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
}

std::unique_ptr<Database> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode != OpenMode::CreateIfMissing && !info.exists())
        throw Error(tr("%1 does not exist.").arg(path));
    if (info.exists() && !info.isFile())
        throw Error(tr("%1 is not a file.").arg(path));

    const bool readOnly = mode == OpenMode::ReadOnly;
    std::unique_ptr<Database> database(new Database(path, nextConnectionName(), readOnly));
    QSqlDatabase& db = database->m_db;
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        throw Error(tr("Could not open %1: %2").arg(path, db.lastError().text()));

    database->checkIntegrity();
    database->applySessionSettings();
    if (!readOnly) {
        migrate(db, path, schemaMigrations());
        database->addBuiltInUnits();
    } else if (database->schemaVersion() != latestSchemaVersion())
        throw Error(tr("%1 uses file format %2 and cannot be opened read-only by this version "
                       "(format %3).")
                        .arg(path)
                        .arg(database->schemaVersion())
                        .arg(latestSchemaVersion()));
    return database;
}

void Database::checkIntegrity()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        const QString reason = query.lastError().text();
        if (reason.contains(QStringLiteral("not a database")))
            throw Error(tr("%1 is not a Jämför file (it is not an SQLite database).").arg(m_path));
        throw Error(tr("Could not read %1: %2").arg(m_path, reason));
    }
    const QString verdict = query.value(0).toString();
    if (verdict != u"ok")
        throw Error(tr("%1 is damaged: %2").arg(m_path, verdict));
    query.finish();

    // A file that has tables but no version is some other program's database.
    const int version = schemaVersion();
    const int tables =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    if (version == 0 && tables > 0)
        throw Error(tr("%1 is an SQLite database but not a Jämför file.").arg(m_path));
}

void Database::applySessionSettings()
{
    // Foreign keys are off by default in SQLite; trusted_schema off keeps views and triggers
    // in a received file from calling functions with side effects.
    sql::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::run(m_db, QStringLiteral("PRAGMA trusted_schema = OFF"));
    if (!m_readOnly) {
        sql::run(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::run(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        // A larger page cache keeps a big import from spilling pages to the WAL mid-transaction.
        sql::run(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
    }
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

} // namespace jamfor
