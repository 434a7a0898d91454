// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

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

    // Throws jamfor::Error when the connection is not SQLite or refuses a setting.
    static void apply(QSqlDatabase& db);

    // The settings as SQLite reports them, for tests and diagnostics.
    static Settings current(QSqlDatabase& db);
};

} // namespace jamfor
