// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/latestvaluerepository.h"

#include "core/storage/observationrow.h"
#include "core/storage/sqlhelpers.h"

namespace jamfor {

std::optional<Observation> LatestValueRepository::latest(const QString& indicatorId,
                                                         const QString& unitId, Gender gender)
{
    QSqlQuery query = sql::run(
        m_db,
        QStringLiteral("SELECT indicator_id, unit_id, year, gender, value, status"
                       " FROM observation WHERE indicator_id = ? AND gender = ? AND unit_id = ?"
                       " AND value IS NOT NULL ORDER BY year DESC LIMIT 1"),
        {indicatorId, genderCode(gender), unitId});
    if (!query.next())
        return std::nullopt;
    return observationFromRow(query);
}

} // namespace jamfor
