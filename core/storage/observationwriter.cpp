// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/observationwriter.h"

#include "core/storage/observationrow.h"
#include "core/util/error.h"

#include <QSqlDriver>
#include <QVariant>
#include <cmath>
#include <sqlite3.h>

namespace jamfor {

namespace {

sqlite3* handleOf(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Keeps a short id's UTF-8 bytes for binding; most ids repeat from one row to the next.
// Returns true when the id changed.
bool cacheUtf8(const QString& id, QString& cachedId, QByteArray& cachedUtf8)
{
    if (id.isSharedWith(cachedId) || (id.size() == cachedId.size() && id == cachedId))
        return false;
    cachedId = id;
    cachedUtf8 = id.toUtf8();
    return true;
}

} // namespace

ObservationWriter::ObservationWriter(QSqlDatabase& db, qint64 batchId)
    : m_handle(handleOf(db))
    , m_batchId(batchId)
    , m_unitCodes(10000, false)
{
    if (!m_handle)
        throw Error(tr("Database error: the connection is not an open SQLite database"));
    // The rules are checked in validate(); SQLite would otherwise evaluate the CHECK
    // constraints for every row (its IN list alone costs more than the insert itself).
    // The pragma changes how statements are compiled, so it comes before the prepares.
    {
        sqlite3_stmt* query = prepare("PRAGMA ignore_check_constraints");
        const bool wasIgnoring = step(query) == SQLITE_ROW && sqlite3_column_int(query, 0) != 0;
        sqlite3_finalize(query);
        if (!wasIgnoring) {
            if (sqlite3_exec(m_handle, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr,
                             nullptr) != SQLITE_OK)
                fail("PRAGMA ignore_check_constraints");
            m_restoreCheckConstraints = true;
        }
    }
    // A plain INSERT: an existing key shows as a primary key violation, which costs nothing
    // when there is none (ON CONFLICT DO NOTHING would search the key twice).
    m_insert =
        prepare("INSERT INTO observation (indicator_id, year, gender, unit_id, value, status,"
                " batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    m_select = prepare("SELECT value, status, batch_id FROM observation WHERE indicator_id = ?1"
                       " AND year = ?2 AND gender = ?3 AND unit_id = ?4");
    m_update = prepare("UPDATE observation SET value = ?5, status = ?6, batch_id = ?7"
                       " WHERE indicator_id = ?1 AND year = ?2 AND gender = ?3 AND unit_id = ?4");
}

ObservationWriter::~ObservationWriter()
{
    for (sqlite3_stmt* statement : {m_insert, m_select, m_update, m_delete, m_remember, m_recall})
        sqlite3_finalize(statement);
    if (m_remember)
        sqlite3_exec(m_handle, "DROP TABLE IF EXISTS temp.import_seen", nullptr, nullptr, nullptr);
    if (m_restoreCheckConstraints)
        sqlite3_exec(m_handle, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
}

sqlite3_stmt* ObservationWriter::prepare(const char* statement)
{
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v3(m_handle, statement, -1, SQLITE_PREPARE_PERSISTENT, &prepared,
                           nullptr) != SQLITE_OK)
        fail(statement);
    return prepared;
}

int ObservationWriter::step(sqlite3_stmt* statement)
{
    const int result = sqlite3_step(statement);
    if (result != SQLITE_ROW && result != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(statement);
        throw Error(tr("Database error: %1 (in: %2)")
                        .arg(message, QString::fromUtf8(sqlite3_sql(statement)).left(200)));
    }
    return result;
}

void ObservationWriter::fail(const char* what) const
{
    throw Error(
        tr("Database error: %1 (in: %2)")
            .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)), QString::fromUtf8(what).left(200)));
}

void ObservationWriter::validate(const Observation& observation) const
{
    // The same rules as the observation table's CHECK constraints.
    if (observation.year < 1900 || observation.year > 2200)
        throw Error(tr("The year %1 is outside 1900–2200.").arg(observation.year));
    if (observation.value.has_value() != (observation.status == ValueStatus::Ok))
        throw Error(tr("An observation has a value exactly when its status is Ok (%1 %2 %3).")
                        .arg(observation.indicatorId, observation.unitId)
                        .arg(observation.year));
    if (observation.value && !std::isfinite(*observation.value))
        throw Error(tr("The value of %1 %2 %3 is not a finite number.")
                        .arg(observation.indicatorId, observation.unitId)
                        .arg(observation.year));
}

void ObservationWriter::bindIndicator(sqlite3_stmt* statement, int index, const QString& id)
{
    if (cacheUtf8(id, m_indicatorId, m_indicatorUtf8))
        m_indicatorIds.insert(id);
    sqlite3_bind_text(statement, index, m_indicatorUtf8.constData(), int(m_indicatorUtf8.size()),
                      SQLITE_STATIC);
}

void ObservationWriter::bindUnit(sqlite3_stmt* statement, int index, const QString& id)
{
    if (cacheUtf8(id, m_unitId, m_unitUtf8)) {
        // Unit ids are almost always SCB's four digits: a bitmap is cheaper than a hash.
        int code = 0;
        for (const QChar c : id)
            code = c >= u'0' && c <= u'9' && code >= 0 ? code * 10 + (c.unicode() - u'0') : -1;
        if (id.size() == 4 && code >= 0)
            m_unitCodes[size_t(code)] = true;
        else
            m_unitIds.insert(id);
    }
    sqlite3_bind_text(statement, index, m_unitUtf8.constData(), int(m_unitUtf8.size()),
                      SQLITE_STATIC);
}

void ObservationWriter::bindKey(sqlite3_stmt* statement, int first, const Observation& observation)
{
    bindIndicator(statement, first, observation.indicatorId);
    sqlite3_bind_int(statement, first + 1, observation.year);
    static const char* const genders[] = {"T", "K", "M"};
    sqlite3_bind_text(statement, first + 2, genders[int(observation.gender)], 1, SQLITE_STATIC);
    bindUnit(statement, first + 3, observation.unitId);
}

void ObservationWriter::bindValue(sqlite3_stmt* statement, int index,
                                  const Observation& observation)
{
    if (observation.value)
        sqlite3_bind_double(statement, index, *observation.value);
    else
        sqlite3_bind_null(statement, index);
    sqlite3_bind_int(statement, index + 1, statusToStorage(observation.status));
}

ObservationWriter::Outcome ObservationWriter::write(const Observation& observation,
                                                    OnConflict onConflict, Observation* stored,
                                                    qint64* storedBatchId)
{
    validate(observation);
    bindKey(m_insert, 1, observation);
    bindValue(m_insert, 5, observation);
    sqlite3_bind_int64(m_insert, 7, m_batchId);
    const int inserted = sqlite3_step(m_insert);
    if (inserted == SQLITE_DONE) {
        sqlite3_reset(m_insert);
        ++m_inserted;
        if (storedBatchId)
            *storedBatchId = 0;
        return Outcome::Inserted;
    }
    if (sqlite3_extended_errcode(m_handle) != SQLITE_CONSTRAINT_PRIMARYKEY) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(m_insert);
        throw Error(tr("Database error: %1 (in: %2)")
                        .arg(message, QString::fromUtf8(sqlite3_sql(m_insert)).left(200)));
    }
    sqlite3_reset(m_insert);

    bindKey(m_select, 1, observation);
    if (step(m_select) != SQLITE_ROW) {
        sqlite3_reset(m_select);
        throw Error(tr("Database error: %1 %2 %3 was neither inserted nor found")
                        .arg(observation.indicatorId, observation.unitId)
                        .arg(observation.year));
    }
    Observation existing;
    existing.indicatorId = observation.indicatorId;
    existing.unitId = observation.unitId;
    existing.year = observation.year;
    existing.gender = observation.gender;
    if (sqlite3_column_type(m_select, 0) != SQLITE_NULL)
        existing.value = sqlite3_column_double(m_select, 0);
    existing.status = statusFromStorage(sqlite3_column_int(m_select, 1));
    const qint64 existingBatch = sqlite3_column_int64(m_select, 2);
    sqlite3_reset(m_select);

    if (storedBatchId)
        *storedBatchId = existingBatch;
    if (existing == observation)
        return Outcome::Unchanged;
    if (stored)
        *stored = existing;
    if (onConflict == OnConflict::Report)
        return Outcome::Conflict;
    update(observation, existingBatch);
    return Outcome::Replaced;
}

void ObservationWriter::replace(const Observation& observation)
{
    validate(observation);
    bindKey(m_select, 1, observation);
    const bool found = step(m_select) == SQLITE_ROW;
    const qint64 storedBatch = found ? sqlite3_column_int64(m_select, 2) : 0;
    sqlite3_reset(m_select);
    if (found)
        update(observation, storedBatch);
}

void ObservationWriter::update(const Observation& observation, qint64 storedBatchId)
{
    bindKey(m_update, 1, observation);
    bindValue(m_update, 5, observation);
    sqlite3_bind_int64(m_update, 7, m_batchId);
    step(m_update);
    sqlite3_reset(m_update);
    if (storedBatchId != m_batchId) {
        --m_moved[storedBatchId];
        ++m_inserted;
    }
}

bool ObservationWriter::erase(const Observation& key)
{
    if (!m_delete)
        m_delete = prepare("DELETE FROM observation WHERE indicator_id = ?1 AND year = ?2"
                           " AND gender = ?3 AND unit_id = ?4 RETURNING batch_id");
    bindKey(m_delete, 1, key);
    const bool erased = step(m_delete) == SQLITE_ROW;
    if (erased)
        --m_moved[sqlite3_column_int64(m_delete, 0)];
    while (erased && step(m_delete) == SQLITE_ROW) {
    }
    sqlite3_reset(m_delete);
    return erased;
}

void ObservationWriter::finish()
{
    m_moved[m_batchId] += m_inserted;
    m_inserted = 0;
    sqlite3_stmt* held = prepare("UPDATE import_batch SET held = held + ?1 WHERE id = ?2");
    try {
        for (auto it = m_moved.cbegin(); it != m_moved.cend(); ++it) {
            if (it.value() == 0)
                continue;
            sqlite3_bind_int64(held, 1, it.value());
            sqlite3_bind_int64(held, 2, it.key());
            step(held);
            sqlite3_reset(held);
        }
    } catch (...) {
        sqlite3_finalize(held);
        throw;
    }
    sqlite3_finalize(held);
    m_moved.clear();
}

void ObservationWriter::checkReferences()
{
    const auto check = [this](const char* statement, const QSet<QString>& ids) {
        sqlite3_stmt* query = prepare(statement);
        for (const QString& id : ids) {
            const QByteArray utf8 = id.toUtf8();
            sqlite3_bind_text(query, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            const bool found = step(query) == SQLITE_ROW;
            sqlite3_reset(query);
            if (!found) {
                sqlite3_finalize(query);
                throw Error(tr("Database error: %1 is not in the file's list (in: %2)")
                                .arg(id, QString::fromUtf8(statement)));
            }
        }
        sqlite3_finalize(query);
    };
    check("SELECT 1 FROM indicator WHERE id = ?1", m_indicatorIds);
    QSet<QString> units = m_unitIds;
    for (size_t code = 0; code < m_unitCodes.size(); ++code) {
        if (m_unitCodes[code])
            units.insert(QStringLiteral("%1").arg(code, 4, 10, QLatin1Char('0')));
    }
    check("SELECT 1 FROM unit WHERE id = ?1", units);
    sqlite3_stmt* batch = prepare("SELECT 1 FROM import_batch WHERE id = ?1");
    sqlite3_bind_int64(batch, 1, m_batchId);
    const bool batchFound = step(batch) == SQLITE_ROW;
    sqlite3_finalize(batch);
    if (!batchFound)
        throw Error(tr("Database error: the import batch %1 is missing").arg(m_batchId));
}

void ObservationWriter::remember(const Observation& observation)
{
    if (!m_remember) {
        if (sqlite3_exec(m_handle,
                         "CREATE TEMP TABLE IF NOT EXISTS import_seen (indicator_id TEXT NOT NULL,"
                         " year INTEGER NOT NULL, gender TEXT NOT NULL, unit_id TEXT NOT NULL,"
                         " value REAL, status INTEGER NOT NULL,"
                         " PRIMARY KEY (indicator_id, year, gender, unit_id)) WITHOUT ROWID",
                         nullptr, nullptr, nullptr) != SQLITE_OK)
            fail("CREATE TEMP TABLE import_seen");
        m_remember = prepare("INSERT OR IGNORE INTO temp.import_seen (indicator_id, year, gender,"
                             " unit_id, value, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        m_recall = prepare("SELECT value, status FROM temp.import_seen WHERE indicator_id = ?1"
                           " AND year = ?2 AND gender = ?3 AND unit_id = ?4");
    }
    bindKey(m_remember, 1, observation);
    bindValue(m_remember, 5, observation);
    step(m_remember);
    sqlite3_reset(m_remember);
}

std::optional<Observation> ObservationWriter::remembered(const Observation& key)
{
    if (!m_recall)
        return std::nullopt;
    bindKey(m_recall, 1, key);
    if (step(m_recall) != SQLITE_ROW) {
        sqlite3_reset(m_recall);
        return std::nullopt;
    }
    Observation earlier;
    earlier.indicatorId = key.indicatorId;
    earlier.unitId = key.unitId;
    earlier.year = key.year;
    earlier.gender = key.gender;
    if (sqlite3_column_type(m_recall, 0) != SQLITE_NULL)
        earlier.value = sqlite3_column_double(m_recall, 0);
    earlier.status = statusFromStorage(sqlite3_column_int(m_recall, 1));
    sqlite3_reset(m_recall);
    return earlier;
}

} // namespace jamfor
