// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace jamfor {

// One numbered step of the file format. It runs in its own transaction together with the
// PRAGMA user_version update, so a file is always at exactly one version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// Every migration of the .jamfor format, in order.
const QList<Migration>& schemaMigrations();

// The version a file has after all of schemaMigrations().
int latestSchemaVersion();

// Brings the file to the newest version of the given list. Refuses a file written by a newer
// version of Jämför. Throws jamfor::Error; a failed step leaves the file at the previous version.
void migrate(QSqlDatabase& db, const QString& path, const QList<Migration>& migrations);

} // namespace jamfor
