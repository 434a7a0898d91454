// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/sqlhelpers.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QCoreApplication>

namespace jamfor {

namespace {

// Version 1: units, indicators, areas, observations with their import batches, networks with
// members and people, and analyses.
Migration version1()
{
    return {
        1,
        {
            QStringLiteral("CREATE TABLE file_info ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE area ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE unit ("
                " id TEXT PRIMARY KEY CHECK (length(id) = 4),"
                " name TEXT NOT NULL,"
                " type TEXT NOT NULL CHECK (type IN ('country','region','municipality')),"
                " county_code TEXT,"
                " kommungrupp TEXT)"),
            QStringLiteral("CREATE TABLE indicator ("
                           " id TEXT PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " unit_of_measure TEXT NOT NULL DEFAULT '',"
                           " direction TEXT NOT NULL DEFAULT 'none'"
                           "  CHECK (direction IN ('higher','lower','none')),"
                           " kind TEXT NOT NULL DEFAULT 'quality'"
                           "  CHECK (kind IN ('cost','quality','volume','background')),"
                           " handbook_type TEXT NOT NULL DEFAULT ''"
                           "  CHECK (handbook_type IN ('','structure','process','outcome')),"
                           " area_id TEXT REFERENCES area(id) ON DELETE SET NULL,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " divided_by_gender INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE import_batch ("
                           " id INTEGER PRIMARY KEY,"
                           " file_name TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " imported_at TEXT NOT NULL,"
                           " row_count INTEGER NOT NULL DEFAULT 0)"),
            // The key puts year and gender before the unit so that one indicator's values
            // for one year (a ranking, a colour class) are one contiguous range.
            QStringLiteral("CREATE TABLE observation ("
                           " indicator_id TEXT NOT NULL REFERENCES indicator(id),"
                           " unit_id TEXT NOT NULL REFERENCES unit(id),"
                           " year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),"
                           " gender TEXT NOT NULL CHECK (gender IN ('T','K','M')),"
                           " value REAL,"
                           " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
                           " batch_id INTEGER NOT NULL REFERENCES import_batch(id),"
                           " CHECK ((value IS NULL) = (status <> 0)),"
                           " PRIMARY KEY (indicator_id, year, gender, unit_id)"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE network ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " description TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE network_member ("
                           " network_id INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,"
                           " unit_id TEXT NOT NULL REFERENCES unit(id),"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (network_id, unit_id)"
                           ") WITHOUT ROWID"),
            // A member with rows here takes part only in these areas; without rows, in all.
            QStringLiteral("CREATE TABLE network_member_area ("
                           " network_id INTEGER NOT NULL,"
                           " unit_id TEXT NOT NULL,"
                           " area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (network_id, unit_id, area_id),"
                           " FOREIGN KEY (network_id, unit_id)"
                           "  REFERENCES network_member(network_id, unit_id) ON DELETE CASCADE"
                           ") WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE person ("
                " id INTEGER PRIMARY KEY,"
                " network_id INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL,"
                " role TEXT NOT NULL DEFAULT 'other' CHECK (role IN"
                "  ('politician','municipal_ceo','project_leader','process_leader','other')),"
                " unit_id TEXT REFERENCES unit(id),"
                " email TEXT NOT NULL DEFAULT '',"
                " phone TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX person_by_network ON person(network_id)"),
            QStringLiteral(
                "CREATE TABLE analysis ("
                " id INTEGER PRIMARY KEY,"
                " title TEXT NOT NULL DEFAULT '',"
                " network_id INTEGER REFERENCES network(id) ON DELETE SET NULL,"
                " area_id TEXT REFERENCES area(id),"
                " focus_unit_id TEXT REFERENCES unit(id),"
                " year INTEGER NOT NULL,"
                " current_step INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 5),"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
        }};
}

int userVersion(QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

} // namespace

const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> migrations{version1()};
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

void migrate(QSqlDatabase& db, const QString& path, const QList<Migration>& migrations)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    const int current = userVersion(db);
    if (current > latest) {
        throw Error(QCoreApplication::translate("Database",
                                                "%1 was saved by a newer version of Jämför (file "
                                                "format %2; this version reads up to %3). Update "
                                                "Jämför to open it.")
                        .arg(path)
                        .arg(current)
                        .arg(latest));
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        for (const QString& statement : migration.statements)
            sql::run(db, statement);
        // PRAGMA does not take bound parameters; the version is an integer from this list.
        sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        transaction.commit();
    }
}

} // namespace jamfor
