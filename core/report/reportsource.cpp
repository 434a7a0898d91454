// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportsource.h"

#include "core/demo/demodataset.h"
#include "core/import/importoptions.h"
#include "core/storage/batchusagerepository.h"
#include "core/storage/database.h"
#include "core/storage/fileinforepository.h"
#include "core/storage/importbatchrepository.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace jamfor {

namespace {

const QString exampleSource = QStringLiteral("example"); // DemoDataset's batch

} // namespace

bool ReportSource::isKolada(const ImportBatch& batch)
{
    if (batch.source.contains(u"kolada", Qt::CaseInsensitive))
        return true;
    return batch.source == importSourceFile &&
           batch.fileName.endsWith(u".json", Qt::CaseInsensitive);
}

QString ReportSource::describe(const QList<ImportBatch>& batches)
{
    bool kolada = false;
    bool own = false;
    bool example = false;
    QStringList files;
    for (const ImportBatch& batch : batches) {
        if (isKolada(batch))
            kolada = true;
        else if (batch.source == importSourceOwnFigures)
            own = true;
        else if (batch.source == exampleSource)
            example = true;
        else if (!batch.fileName.isEmpty() && !files.contains(batch.fileName))
            files.append(batch.fileName);
    }
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    collator.setNumericMode(true);
    std::sort(files.begin(), files.end(), collator);

    QStringList parts;
    if (kolada)
        parts << QStringLiteral("Kolada");
    if (example)
        parts << tr("Jämför's example data (invented values)");
    parts << files;
    if (own)
        parts << tr("own figures");
    if (parts.isEmpty())
        return tr("Source: no stored values");
    return tr("Source: %1").arg(parts.join(QStringLiteral("; ")));
}

QString ReportSource::forIndicators(Database& database, const QStringList& indicatorIds)
{
    QSqlDatabase& db = database.connection();
    const QList<qint64> used = BatchUsageRepository(db).batchIdsFor(indicatorIds);
    QList<ImportBatch> batches;
    for (const ImportBatch& batch : ImportBatchRepository(db).all()) {
        if (used.contains(batch.id))
            batches.append(batch);
    }
    return describe(batches);
}

QString ReportSource::exampleDataLabel(Database& database)
{
    if (FileInfoRepository(database.connection()).isExampleData())
        return DemoDataset::exampleDataLabel();
    return {};
}

} // namespace jamfor
