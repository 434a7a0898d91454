// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/migrations.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace jamfor {

// Compares a file's schema (every table, index, view and trigger in sqlite_schema) with the one
// the migrations create at the file's version, before anything else reads the file. A file
// with anything else, such as a trigger or view that someone added to run code when the file
// is used, or a table whose definition was changed, is refused rather than repaired: Jämför
// does not write to a file it does not trust, and a read-only file could not be repaired anyway.
// SQLite's own tables (sqlite_sequence, sqlite_stat1..4) are allowed.
class SchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaValidator)

public:
    struct Entry
    {
        QString type; // table, index, view or trigger
        QString name;
        QString table;
        QString sql; // whitespace collapsed; empty for SQLite's automatic indexes
    };

    explicit SchemaValidator(const QList<Migration>& migrations = schemaMigrations())
        : m_migrations(migrations)
    {}

    // Throws jamfor::Error naming the file and the first difference.
    void validate(QSqlDatabase& db, const QString& path, int version) const;

    // The schema the migrations create up to and including the version.
    QList<Entry> expected(int version) const;

    static QList<Entry> read(QSqlDatabase& db);

private:
    QList<Migration> m_migrations;
};

} // namespace jamfor
