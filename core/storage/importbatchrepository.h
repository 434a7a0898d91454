// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/importbatch.h"

#include <QList>
#include <QSqlDatabase>

namespace jamfor {

class ImportBatchRepository
{
public:
    explicit ImportBatchRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    qint64 create(const ImportBatch& batch); // returns the new id
    void setRowCount(qint64 batchId, qint64 rowCount);
    void setSha256(qint64 batchId, const QString& sha256); // when known only after reading
    QList<ImportBatch> all();                              // oldest first

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
