// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/batchobservations.h"

#include "core/storage/observationrow.h"
#include "core/storage/sqlhelpers.h"

#include <QSqlQuery>

namespace jamfor {

namespace {

const QString columns = QStringLiteral("indicator_id, unit_id, year, gender, value, status");

} // namespace

void BatchObservations::forEach(qint64 batchId, const std::optional<QStringList>& indicatorIds,
                                const std::function<void(const Observation&)>& visit)
{
    if (!indicatorIds) {
        QSqlQuery query = sql::run(m_db,
                                   QStringLiteral("SELECT %1 FROM observation WHERE batch_id = ?"
                                                  " ORDER BY indicator_id, year, gender, unit_id")
                                       .arg(columns),
                                   {batchId});
        while (query.next())
            visit(observationFromRow(query));
        return;
    }
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT %1 FROM observation WHERE indicator_id = ? AND batch_id = ?"
                             " ORDER BY indicator_id, year, gender, unit_id")
                  .arg(columns));
    for (const QString& indicatorId : *indicatorIds) {
        sql::exec(query, {indicatorId, batchId});
        while (query.next())
            visit(observationFromRow(query));
    }
}

void BatchObservations::removeUnused(qint64 batchId)
{
    // With foreign keys on, SQLite refuses the delete while an observation refers to the batch.
    sql::run(m_db, QStringLiteral("DELETE FROM import_batch WHERE id = ?"), {batchId});
}

} // namespace jamfor
