// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importformat.h"
#include "core/model/observation.h"
#include "core/util/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// The types a caller of ObservationImporter (the CLI, the GUI's import dialog) works with.
namespace jamfor {

// What to do when a file's value differs from the one already stored for the same key.
enum class ConflictPolicy
{
    Fail,    // stop at the first conflict; nothing is imported
    Keep,    // keep every stored value
    Replace, // let the file's value win
    Ask      // call ImportOptions::askConflict for each conflict
};

// The answer to one conflict when the policy is Ask.
enum class ConflictChoice
{
    Keep,       // keep the stored value of this key
    Replace,    // take the file's value for this key
    KeepAll,    // keep this one and every later conflict without asking again
    ReplaceAll, // replace this one and every later conflict without asking again
    Cancel      // stop; nothing of this import is kept
};

// A value in the file that differs from the stored value for the same key.
struct ImportConflict
{
    Observation stored;   // the key and the value in the .jamfor file
    Observation incoming; // the same key with the value read from the file
    QString location;     // where in the file: "line 7", "Blad1!C7", "item 3, values[1]", "row 2"
};

// How far an import has come. done/total count bytes for CSV and XLSX and items for JSON;
// use them only as a fraction. rows counts the observations read so far.
struct ImportProgress
{
    qint64 done = 0;
    qint64 total = 0;
    qint64 rows = 0;
};

struct ImportOptions
{
    ConflictPolicy onConflict = ConflictPolicy::Fail;
    // Called for every conflict when onConflict is Ask, in the importing thread (a GUI that
    // imports in a worker thread asks through a blocking queued call). Without it, Ask cancels.
    std::function<ConflictChoice(const ImportConflict&)> askConflict;
    // Called now and then while reading; return false to cancel (the import then throws
    // ImportCancelled and leaves the file unchanged).
    std::function<bool(const ImportProgress&)> progress;
    // Read and check everything and collect the conflicts, then roll back: a preview for a
    // dialog that lets the user choose keep or replace before the real import. Conflicts do
    // not stop a dry run whatever the policy; they are listed in ImportResult::conflicts.
    bool dryRun = false;
    // XLSX: the sheet to read by name; empty means the first sheet.
    QString sheet;
    // Skip detection and read the file as this format.
    std::optional<ImportFormat> format;
    // At most this many conflicts are listed in ImportResult::conflicts (all are counted).
    qsizetype maxListedConflicts = 1000;
};

struct ImportResult
{
    ImportFormat format = ImportFormat::Csv;
    QString sha256;
    qint64 batchId = 0;              // 0 after a dry run
    qint64 rows = 0;                 // observations (or indicator descriptions) read
    qint64 inserted = 0;             // new observations
    qint64 unchanged = 0;            // equal to what was stored
    qint64 replaced = 0;             // conflicts resolved by the file
    qint64 kept = 0;                 // conflicts resolved by the stored value
    qint64 repeated = 0;             // rows that repeat an earlier row of the same file exactly
    qint64 skipped = 0;              // Kolada values marked deleted that were not stored
    qint64 removed = 0;              // stored values removed because Kolada marked them deleted
    qint64 skippedGroupRows = 0;     // Kolada rows of municipality groups (G…), not stored
    qint64 skippedUnitLevelRows = 0; // Kolada rows of organisational units (OU), not stored
    qint64 skippedUnrequested = 0;   // Kolada rows for a KPI, unit or year not asked for
    qint64 rowsOutsideTable = 0;     // source lines and notes below a table, skipped (warnings)
    qint64 cellsBesideTable = 0;     // filled cells in columns the table does not read (warnings)
    qint64 indicatorsSuggested = 0;  // indicators whose kind, direction and unit are suggestions
    qint64 units = 0;                // distinct units among the observations read
    qint64 groupsCreated = 0;        // Kolada municipality groups saved as new groups
    qint64 groupsUpdated = 0;        // groups from an earlier import whose title or members changed
    qint64 indicatorsCreated = 0;    // ids that were not known before
    qint64 indicatorsUpdated = 0;    // known indicators whose description was updated (metadata)
    qint64 conflictCount = 0;        // every conflict met, listed or not
    QList<ImportConflict> conflicts; // the first ImportOptions::maxListedConflicts of them
    QStringList warnings;            // things worth telling that did not stop the import
    bool dryRun = false;
};

// Thrown when the caller cancels through the progress callback or a conflict answer.
class ImportCancelled : public Error
{
public:
    using Error::Error;
};

// The policy for one conflict the user was asked about: Keep or Replace as chosen. A "… all"
// choice also becomes the standing policy, so that later conflicts are not asked about.
// Returns nullopt for Cancel.
inline std::optional<ConflictPolicy> chosenPolicy(ConflictChoice choice, ConflictPolicy& standing)
{
    switch (choice) {
    case ConflictChoice::KeepAll:
        standing = ConflictPolicy::Keep;
        return ConflictPolicy::Keep;
    case ConflictChoice::Keep:
        return ConflictPolicy::Keep;
    case ConflictChoice::ReplaceAll:
        standing = ConflictPolicy::Replace;
        return ConflictPolicy::Replace;
    case ConflictChoice::Replace:
        return ConflictPolicy::Replace;
    case ConflictChoice::Cancel:
        break;
    }
    return std::nullopt;
}

// The import_batch.source of each kind of import.
inline const QString importSourceFile = QStringLiteral("file");
inline const QString importSourceOwnFigures = QStringLiteral("own figures");
inline const QString importSourceKoladaApi = QStringLiteral("Kolada API");

} // namespace jamfor
