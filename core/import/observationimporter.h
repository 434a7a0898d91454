// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace jamfor {

class Database;

// What to do when a file's value differs from the one already stored for the same key.
enum class ConflictPolicy
{
    Fail,
    Keep,
    Replace
};

struct ImportResult
{
    qint64 batchId = 0;
    qint64 rows = 0;              // data rows read
    qint64 inserted = 0;          // new observations
    qint64 unchanged = 0;         // equal to what was stored
    qint64 replaced = 0;          // conflicts resolved by the file
    qint64 kept = 0;              // conflicts resolved by the stored value
    qint64 indicatorsCreated = 0; // ids that were not known before (title = id)
};

// Imports observation tables into a .jamfor file. Each file is one transaction with its own
// import batch: it lands whole or, on the first problem, not at all.
class ObservationImporter
{
    Q_DECLARE_TR_FUNCTIONS(ObservationImporter)

public:
    explicit ObservationImporter(Database& database)
        : m_database(database)
    {}

    // Reads a CSV file with the header indicator,unit,year,gender,value,status (the export
    // format) or kpi,municipality,period,gender,value (Kolada's flat layout).
    // Throws jamfor::Error naming the file, the line and the problem.
    ImportResult importCsv(const QString& path, ConflictPolicy policy = ConflictPolicy::Fail);

private:
    Database& m_database;
};

} // namespace jamfor
