// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace jamfor {

// Writes observations one at a time inside the caller's transaction. This is the import's hot
// path: it talks to SQLite through the C API on the connection's own handle with statements
// prepared once, and checks the table's CHECK rules itself (year range, gender, status, value
// present exactly when the status is Ok) so that SQLite need not evaluate them per row.
// It also keeps how many values each import batch holds (import_batch.held, file format 7):
// finish() stores what changed, and must run before the caller's transaction commits.
class ObservationWriter
{
    Q_DECLARE_TR_FUNCTIONS(ObservationWriter)

public:
    enum class Outcome
    {
        Inserted,
        Unchanged,
        Conflict,
        Replaced
    };
    enum class OnConflict
    {
        Report,
        Replace
    };

    ObservationWriter(QSqlDatabase& db, qint64 batchId);
    ~ObservationWriter();
    ObservationWriter(const ObservationWriter&) = delete;
    ObservationWriter& operator=(const ObservationWriter&) = delete;

    // Inserts the observation. When one with the same key is stored: Unchanged if it is equal,
    // else Conflict (nothing written, stored copy in *stored) or, with Replace, Replaced.
    // *storedBatchId, when given, receives the batch of the stored observation (0 if inserted),
    // so a caller can tell a repeat within its own batch from a value stored earlier.
    // Throws jamfor::Error for an observation the schema would refuse.
    Outcome write(const Observation& observation, OnConflict onConflict = OnConflict::Report,
                  Observation* stored = nullptr, qint64* storedBatchId = nullptr);

    // Overwrites the stored observation with the same key and moves it to this batch.
    void replace(const Observation& observation);

    // Deletes the stored observation with the key of the given one (a value the source has
    // withdrawn, such as Kolada's isdeleted). Returns false when nothing was stored.
    bool erase(const Observation& key);

    // Remembers, for this writer's lifetime only, an observation that was read but left a stored
    // row of an earlier batch in place (unchanged or kept), so that a second row with the same
    // key in the same batch can still be recognised. Kept in a temporary table, not in memory.
    void remember(const Observation& observation);
    std::optional<Observation> remembered(const Observation& key);

    // Throws jamfor::Error unless every indicator and unit written so far, and the batch, are
    // in the file: the check ImportTransaction makes before it commits without SQLite's
    // per-row foreign key enforcement.
    void checkReferences();

    // Stores how many values each batch holds now: those this writer inserted, and those it
    // moved to its batch (replaced) or removed. Call once before the transaction commits.
    void finish();

private:
    void update(const Observation& observation, qint64 storedBatchId);
    void validate(const Observation& observation) const;
    void bindKey(sqlite3_stmt* statement, int first, const Observation& observation);
    void bindIndicator(sqlite3_stmt* statement, int index, const QString& id);
    void bindUnit(sqlite3_stmt* statement, int index, const QString& id);
    void bindValue(sqlite3_stmt* statement, int index, const Observation& observation);
    sqlite3_stmt* prepare(const char* statement);
    int step(sqlite3_stmt* statement);
    [[noreturn]] void fail(const char* what) const;

    sqlite3* m_handle = nullptr;
    qint64 m_batchId = 0;
    bool m_restoreCheckConstraints = false;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_select = nullptr;
    sqlite3_stmt* m_update = nullptr;
    sqlite3_stmt* m_delete = nullptr;
    sqlite3_stmt* m_remember = nullptr;
    sqlite3_stmt* m_recall = nullptr;
    // UTF-8 copies of the last indicator and unit ids, bound without copying.
    QString m_indicatorId;
    QByteArray m_indicatorUtf8;
    QString m_unitId;
    QByteArray m_unitUtf8;
    QSet<QString> m_indicatorIds;  // every one bound, for checkReferences()
    QSet<QString> m_unitIds;       // those that are not four digits
    std::vector<bool> m_unitCodes; // four-digit unit ids by number
    qint64 m_inserted = 0;         // into m_batchId, not yet stored by finish()
    QHash<qint64, qint64> m_moved; // other batches: values replaced or removed (negative)
};

} // namespace jamfor
