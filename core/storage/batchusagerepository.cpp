// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/batchusagerepository.h"

#include "core/storage/sqlhelpers.h"

#include <algorithm>

namespace jamfor {

QList<qint64> BatchUsageRepository::batchIdsFor(const QStringList& indicatorIds)
{
    // One query per indicator: the observation key begins with the indicator, so each is a
    // range scan rather than a scan of the whole table.
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT DISTINCT batch_id FROM observation WHERE indicator_id = ?"));
    QList<qint64> ids;
    for (const QString& indicatorId : indicatorIds) {
        sql::exec(query, {sql::text(indicatorId)});
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace jamfor
