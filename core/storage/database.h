// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace jamfor {

// One open .jamfor file. Owns a private QSqlDatabase connection for the calling thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        OpenExisting,    // the file must exist
        CreateIfMissing, // create an empty, migrated file when there is none
        ReadOnly         // never writes, never migrates
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
    int schemaVersion();

    // Writes a consistent copy of the whole file (SQLite's VACUUM INTO).
    void saveCopy(const QString& targetPath);

private:
    Database(const QString& path, const QString& connectionName, bool readOnly);

    void applySessionSettings();
    void checkIntegrity();
    void addBuiltInUnits();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QSqlDatabase m_db;
};

} // namespace jamfor
