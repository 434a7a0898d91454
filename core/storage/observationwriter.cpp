// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/observationwriter.h"

#include "storage/observationrow.h"
#include "storage/sqlhelpers.h"

namespace jamfor {

namespace {

QVariant storedValue(const Observation& observation)
{
    return observation.value ? QVariant(*observation.value)
                             : QVariant(QMetaType::fromType<double>());
}

} // namespace

ObservationWriter::ObservationWriter(QSqlDatabase& db, qint64 batchId)
    : m_batchId(batchId)
    , m_insert(sql::prepare(db, QStringLiteral("INSERT INTO observation (indicator_id, unit_id,"
                                               " year, gender, value, status, batch_id)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?)"
                                               " ON CONFLICT DO NOTHING")))
    , m_select(sql::prepare(db, QStringLiteral("SELECT indicator_id, unit_id, year, gender, value,"
                                               " status FROM observation WHERE indicator_id = ?"
                                               " AND year = ? AND gender = ? AND unit_id = ?")))
    , m_replace(sql::prepare(db, QStringLiteral("UPDATE observation SET value = ?, status = ?,"
                                                " batch_id = ? WHERE indicator_id = ? AND year = ?"
                                                " AND gender = ? AND unit_id = ?")))
{}

ObservationWriter::Outcome ObservationWriter::write(const Observation& observation,
                                                    OnConflict onConflict, Observation* stored)
{
    const QString gender = genderCode(observation.gender);
    sql::exec(m_insert, {observation.indicatorId, observation.unitId, observation.year, gender,
                         storedValue(observation), statusToStorage(observation.status), m_batchId});
    if (m_insert.numRowsAffected() > 0)
        return Outcome::Inserted;

    sql::exec(m_select, {observation.indicatorId, observation.year, gender, observation.unitId});
    m_select.next();
    const Observation existing = observationFromRow(m_select);
    m_select.finish();
    if (existing == observation)
        return Outcome::Unchanged;
    if (stored)
        *stored = existing;
    if (onConflict == OnConflict::Report)
        return Outcome::Conflict;
    sql::exec(m_replace, {storedValue(observation), statusToStorage(observation.status), m_batchId,
                          observation.indicatorId, observation.year, gender, observation.unitId});
    return Outcome::Replaced;
}

} // namespace jamfor
