// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace jamfor {

class Database;

// Another member's .jamfor file, opened for reading with every check of Database::open. The
// file itself is never written: one of an older format is copied to a temporary folder and the
// copy is migrated.
class OtherFile
{
    Q_DECLARE_TR_FUNCTIONS(JamforFileTransfer)

public:
    // ownPath: the file being imported into, which cannot be its own source.
    OtherFile(const QString& path, const QString& ownPath);
    ~OtherFile();
    OtherFile(const OtherFile&) = delete;
    OtherFile& operator=(const OtherFile&) = delete;

    Database& database() { return *m_database; }

    // True when the file starts with "SQLite format 3" and a zero byte.
    static bool hasSqliteHeader(const QString& path);

private:
    std::unique_ptr<QTemporaryDir> m_copyFolder;
    std::unique_ptr<Database> m_database;
};

// A new .jamfor file written beside its final name and moved there by commit(); without commit
// (an exception) nothing is left behind and a file already at the final name is untouched.
class NewFile
{
    Q_DECLARE_TR_FUNCTIONS(JamforFileTransfer)

public:
    explicit NewFile(const QString& finalPath);
    ~NewFile();
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;

    Database& database() { return *m_database; }
    void commit();

private:
    void removeWorkFiles();

    QString m_finalPath;
    QString m_workPath;
    std::unique_ptr<Database> m_database;
};

} // namespace jamfor
