// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/importbatchrepository.h"

#include "core/storage/sqlhelpers.h"

namespace jamfor {

qint64 ImportBatchRepository::create(const ImportBatch& batch)
{
    QSqlQuery query =
        sql::run(m_db,
                 QStringLiteral(
                     "INSERT INTO import_batch (file_name, sha256, source, imported_at, row_count)"
                     " VALUES (?, ?, ?, ?, ?)"),
                 {sql::text(batch.fileName), sql::text(batch.sha256), sql::text(batch.source),
                  batch.importedAt.toUTC().toString(Qt::ISODate), batch.rowCount});
    return query.lastInsertId().toLongLong();
}

void ImportBatchRepository::setRowCount(qint64 batchId, qint64 rowCount)
{
    sql::run(m_db, QStringLiteral("UPDATE import_batch SET row_count = ? WHERE id = ?"),
             {rowCount, batchId});
}

void ImportBatchRepository::setSha256(qint64 batchId, const QString& sha256)
{
    sql::run(m_db, QStringLiteral("UPDATE import_batch SET sha256 = ? WHERE id = ?"),
             {sql::text(sha256), batchId});
}

QList<ImportBatch> ImportBatchRepository::all()
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT id, file_name, sha256, source,"
                                      " imported_at, row_count, held FROM import_batch"
                                      " ORDER BY id"));
    QList<ImportBatch> batches;
    while (query.next()) {
        ImportBatch batch;
        batch.id = query.value(0).toLongLong();
        batch.fileName = query.value(1).toString();
        batch.sha256 = query.value(2).toString();
        batch.source = query.value(3).toString();
        batch.importedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        batch.rowCount = query.value(5).toLongLong();
        batch.held = query.value(6).toLongLong();
        batches.append(batch);
    }
    return batches;
}

} // namespace jamfor
