// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

struct sqlite3;

namespace jamfor {

// SQLite settings that keep a .jamfor file received from someone else from running code or
// corrupting itself: defensive mode, no loadable extensions, untrusted schema (views and
// triggers may only call harmless functions), and no triggers or views of the file's own schema
// at all (Jämför's schema has none; foreign key actions are not triggers and keep working).
// Applied to the Qt driver's sqlite3 handle before the first statement reads the schema.
class ConnectionHardening
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionHardening)

public:
    struct Settings
    {
        bool defensive = false;
        bool loadExtension = true;
        bool trustedSchema = true;
        bool triggers = true;
        bool views = true;
    };

    // Throws jamfor::Error when the connection is not SQLite, when the SQLite library Jämför
    // calls directly is not the one Qt's driver opened the file with (checkLibrary()), or when
    // SQLite refuses a setting.
    static void apply(QSqlDatabase& db);

    // The Qt driver's own sqlite3 handle, nullptr when the connection is not SQLite.
    static sqlite3* handle(QSqlDatabase& db);

    // Jämför calls SQLite's C API (sqlite3_*) on the driver's handle for the bulk writer and
    // these settings; that is only safe when both use the same library. Compares the
    // sqlite3_sourceid() of the library Jämför is linked with with "SELECT sqlite_source_id()"
    // on the connection and throws jamfor::Error naming both when they differ.
    static void checkLibrary(QSqlDatabase& db);
    // The message checkLibrary() gives for the two source ids, empty when they are the same.
    static QString libraryMismatch(const QString& linked, const QString& driver);

    // The settings as SQLite reports them, for tests and diagnostics.
    static Settings current(QSqlDatabase& db);
};

} // namespace jamfor
