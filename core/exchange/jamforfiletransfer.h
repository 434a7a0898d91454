// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jamfor {

class Database;

// What of another .jamfor file to bring in besides its observations. An analysis always brings
// the network and the saved group it compares within, whatever these say.
struct TransferContent
{
    bool networks = false;
    bool groups = false;
    bool analyses = false;
};

struct TransferOptions
{
    TransferContent content;
    // Fail, Keep or Replace; for observations also Ask (with askConflict). Networks, groups and
    // analyses that differ follow Keep or Replace; under Fail and Ask the first one stops the
    // import, as a conflicting observation does under Fail.
    ConflictPolicy onConflict = ConflictPolicy::Fail;
    std::function<ConflictChoice(const ImportConflict&)> askConflict;
    // done/total count observations; return false to cancel (ImportCancelled).
    std::function<bool(const ImportProgress&)> progress;
    // Read and compare everything, list what differs, then roll back (the preview of the dialog).
    bool dryRun = false;
    qsizetype maxListedConflicts = 1000;
};

// A network, saved group or analysis that exists in both files and differs.
struct TransferItemConflict
{
    enum class Kind
    {
        Network,
        Group,
        Analysis
    };
    Kind kind = Kind::Analysis;
    QString name;           // the network's or group's name, the analysis's title
    QDateTime storedEdit;   // analyses: when each side was last changed
    QDateTime incomingEdit; //
    bool incomingIsNewer = false;
};

// How many networks, groups or analyses were new, the same, or differed (and what was done).
struct TransferItemCounts
{
    qint64 created = 0;
    qint64 unchanged = 0;
    qint64 replaced = 0;
    qint64 kept = 0;
};

struct TransferResult
{
    QString otherFile;
    qint64 batchesRead = 0;    // import batches of the source file
    qint64 batchesCreated = 0; // of them, those that brought at least one value
    qint64 rows = 0;           // observations read
    qint64 inserted = 0;
    qint64 unchanged = 0;
    qint64 replaced = 0;
    qint64 kept = 0;
    qint64 conflictCount = 0;
    QList<ImportConflict> conflicts; // the first TransferOptions::maxListedConflicts
    qint64 indicatorsCreated = 0;
    qint64 indicatorsKept = 0; // described differently in the other file; this file's kept
    qint64 areasCreated = 0;
    TransferItemCounts networks;
    TransferItemCounts groups;
    TransferItemCounts analyses;
    QList<TransferItemConflict> itemConflicts;
    QStringList warnings;
    bool dryRun = false;
};

// Moves work between .jamfor files: a member's own figures, Kolada downloads and file imports
// batch by batch (each keeps its file name, source, checksum and time), and on request the
// networks, saved groups and analyses. Networks and groups are matched by name (groups from
// Kolada by Kolada's id), analyses by their uid. Nothing that exists is overwritten without the
// policy saying so, and everything happens in one transaction of the receiving file.
class JamforFileTransfer
{
    Q_DECLARE_TR_FUNCTIONS(JamforFileTransfer)

public:
    // True when the file starts with SQLite's header: the importer's way of telling a .jamfor
    // file from CSV, XLSX and JSON by content.
    static bool isSqliteFile(const QString& path);

    // Brings the other file into target. The other file is opened read-only with every check
    // of Database::open (an older file format is read from a migrated temporary copy).
    static TransferResult importFile(Database& target, const QString& otherPath,
                                     const TransferOptions& options = {});

    // Writes a new .jamfor file at targetPath (replacing one that is there) holding the analysis,
    // the network and saved group it uses, its indicators and every stored value of them.
    static TransferResult sendAnalysis(Database& source, qint64 analysisId,
                                       const QString& targetPath);
};

} // namespace jamfor
