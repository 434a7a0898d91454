// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace jamfor {

// Looks at a file's bytes before SQLite does, and turns SQLite's errors into messages that say
// what is wrong with the file, so that a damaged or foreign file is refused with a clear reason.
class DatabaseFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Throws jamfor::Error naming the file when it is empty (unless allowEmpty: a new file),
    // is not an SQLite database, or is shorter than its header says (cut off while copied).
    static void checkHeader(const QString& path, bool allowEmpty);

    // A message for an error SQLite gave while reading the file.
    static QString describe(const QString& path, const QSqlError& error);
};

} // namespace jamfor
