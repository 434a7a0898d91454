// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace jamfor {

// Which import batches the stored values of some indicators came from: the source line of a
// report names them.
class BatchUsageRepository
{
public:
    explicit BatchUsageRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    // The ids of the batches that hold at least one observation of the indicators, ascending.
    QList<qint64> batchIdsFor(const QStringList& indicatorIds);

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
