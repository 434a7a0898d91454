// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/observationrepository.h"

#include "storage/observationrow.h"
#include "storage/sqlhelpers.h"

namespace jamfor {

QList<Observation> ObservationRepository::forIndicatorYear(const QString& indicatorId, int year,
                                                           Gender gender)
{
    QSqlQuery query = sql::run(
        m_db,
        QStringLiteral("SELECT indicator_id, unit_id, year, gender, value, status"
                       " FROM observation WHERE indicator_id = ? AND year = ? AND gender = ?"),
        {indicatorId, year, genderCode(gender)});
    QList<Observation> observations;
    while (query.next())
        observations.append(observationFromRow(query));
    return observations;
}

QList<Observation> ObservationRepository::series(const QString& unitId,
                                                 const QStringList& indicatorIds, int firstYear,
                                                 int lastYear, Gender gender)
{
    // One seek per indicator and year: the key leads with indicator, year, gender, unit.
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT indicator_id, unit_id, year, gender, value, status"
                             " FROM observation WHERE indicator_id = ? AND year = ?"
                             " AND gender = ? AND unit_id = ?"));
    const QString genderText = genderCode(gender);
    QList<Observation> observations;
    for (const QString& indicatorId : indicatorIds) {
        for (int year = firstYear; year <= lastYear; ++year) {
            sql::exec(query, {indicatorId, year, genderText, unitId});
            if (query.next())
                observations.append(observationFromRow(query));
        }
    }
    return observations;
}

QList<int> ObservationRepository::years()
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT DISTINCT year FROM observation ORDER BY year"));
    QList<int> years;
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

qint64 ObservationRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM observation")).toLongLong();
}

void ObservationRepository::forEach(const std::function<void(const Observation&)>& visit)
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT indicator_id, unit_id, year, gender, value, status"
                                      " FROM observation ORDER BY indicator_id, unit_id, year,"
                                      " CASE gender WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END"));
    while (query.next())
        visit(observationFromRow(query));
}

} // namespace jamfor
