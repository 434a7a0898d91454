// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace jamfor {

// The copy of a file that is made before its format is updated, so that a failed or unwanted
// update never costs the user their work: "name.jamfor.backup-2026-12-02-v3.jamfor" next to
// the file, written with VACUUM INTO (a consistent copy even with a write-ahead log).
class MigrationBackup
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // A backup name for the file at the version on the date; "-2", "-3", … are added when a
    // backup of that name already exists.
    static QString pathFor(const QString& path, int version, const QDate& date);

    // Writes the backup and returns its path. Throws jamfor::Error; the file is not changed.
    static QString write(QSqlDatabase& db, const QString& path, int version);
};

} // namespace jamfor
