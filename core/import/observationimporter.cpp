// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/observationimporter.h"

#include "import/csvtablereader.h"
#include "model/importbatch.h"
#include "registry/unitregistry.h"
#include "storage/database.h"
#include "storage/importbatchrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/observationwriter.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <cmath>

namespace jamfor {

namespace {

struct ColumnMap
{
    qsizetype indicator = -1;
    qsizetype unit = -1;
    qsizetype year = -1;
    qsizetype gender = -1;
    qsizetype value = -1;
    qsizetype status = -1;
};

qsizetype findColumn(const QStringList& header, std::initializer_list<const char16_t*> names)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        for (const char16_t* name : names) {
            if (header[i].compare(QStringView(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

ImportResult ObservationImporter::importCsv(const QString& path, ConflictPolicy policy)
{
    CsvTableReader reader(path);
    const QStringList header = reader.readHeader();
    ColumnMap columns;
    columns.indicator = findColumn(header, {u"indicator", u"kpi"});
    columns.unit = findColumn(header, {u"unit", u"municipality"});
    columns.year = findColumn(header, {u"year", u"period"});
    columns.gender = findColumn(header, {u"gender"});
    columns.value = findColumn(header, {u"value"});
    columns.status = findColumn(header, {u"status"});
    const std::pair<qsizetype, const char*> required[] = {{columns.indicator, "indicator (or kpi)"},
                                                          {columns.unit, "unit (or municipality)"},
                                                          {columns.year, "year (or period)"},
                                                          {columns.gender, "gender"},
                                                          {columns.value, "value"}};
    for (const auto& [index, name] : required) {
        if (index < 0) {
            throw Error(tr("%1, line 1: the required column \"%2\" is missing (found: %3)")
                            .arg(path, QString::fromLatin1(name), header.join(u", ")));
        }
    }

    QSqlDatabase& db = m_database.connection();
    Transaction transaction(db);
    ImportBatchRepository batches(db);
    ImportBatch batch;
    batch.fileName = QFileInfo(path).fileName();
    batch.sha256 = sha256Of(path);
    batch.source = QStringLiteral("file");
    batch.importedAt = QDateTime::currentDateTimeUtc();
    ImportResult result;
    result.batchId = batches.create(batch);

    IndicatorRepository indicators(db);
    ObservationWriter writer(db, result.batchId);
    const UnitRegistry& registry = UnitRegistry::instance();
    QSet<QString> knownIndicators;
    const auto fail = [&](const QString& what) {
        throw Error(tr("%1, line %2: %3").arg(path).arg(reader.recordLine()).arg(what));
    };

    QStringList fields;
    while (reader.readRecord(fields)) {
        if (fields.size() != header.size()) {
            fail(tr("expected %1 fields as in the header, found %2")
                     .arg(header.size())
                     .arg(fields.size()));
        }
        Observation observation;
        observation.indicatorId = fields[columns.indicator].trimmed();
        if (observation.indicatorId.isEmpty())
            fail(tr("the indicator id is empty"));
        observation.unitId = fields[columns.unit].trimmed();
        if (!registry.find(observation.unitId))
            fail(tr("unknown unit code \"%1\" (expected a 4-digit municipality, region or "
                    "country code)")
                     .arg(observation.unitId));
        bool ok = false;
        observation.year = fields[columns.year].trimmed().toInt(&ok);
        if (!ok || observation.year < 1900 || observation.year > 2200)
            fail(tr("the year \"%1\" is not a year between 1900 and 2200")
                     .arg(fields[columns.year]));
        const auto gender = genderFromCode(fields[columns.gender].trimmed());
        if (!gender)
            fail(tr("the gender \"%1\" is not T, K or M").arg(fields[columns.gender]));
        observation.gender = *gender;

        const QString valueText = fields[columns.value].trimmed();
        const QString statusText =
            columns.status >= 0 ? fields[columns.status].trimmed() : QString();
        const auto status = statusFromCode(statusText);
        if (!status)
            fail(tr("the status \"%1\" is not one of missing, not_applicable, confidential or "
                    "empty")
                     .arg(statusText));
        observation.status = *status;
        if (valueText.isEmpty() || valueText == u"-") {
            if (observation.status == ValueStatus::Ok)
                observation.status = ValueStatus::Missing;
        } else if (valueText == u".") {
            observation.status = ValueStatus::NotApplicable;
        } else if (valueText == u"..") {
            observation.status = ValueStatus::Confidential;
        } else {
            const double value = valueText.toDouble(&ok);
            if (!ok || !std::isfinite(value))
                fail(tr("the value \"%1\" is not a number (use a point as decimal separator)")
                         .arg(valueText.left(40)));
            if (observation.status != ValueStatus::Ok)
                fail(tr("the row has both a value and the status \"%1\"").arg(statusText));
            observation.value = value;
        }

        if (!knownIndicators.contains(observation.indicatorId)) {
            if (indicators.ensureExists(observation.indicatorId))
                ++result.indicatorsCreated;
            knownIndicators.insert(observation.indicatorId);
        }

        ++result.rows;
        Observation stored;
        const auto onConflict = policy == ConflictPolicy::Replace
                                    ? ObservationWriter::OnConflict::Replace
                                    : ObservationWriter::OnConflict::Report;
        switch (writer.write(observation, onConflict, &stored)) {
        case ObservationWriter::Outcome::Inserted:
            ++result.inserted;
            break;
        case ObservationWriter::Outcome::Unchanged:
            ++result.unchanged;
            break;
        case ObservationWriter::Outcome::Replaced:
            ++result.replaced;
            break;
        case ObservationWriter::Outcome::Conflict:
            if (policy == ConflictPolicy::Keep) {
                ++result.kept;
                break;
            }
            fail(tr("%1 %2 %3 %4: the value %5 differs from the stored value %6 (choose keep or "
                    "replace)")
                     .arg(observation.indicatorId, observation.unitId)
                     .arg(observation.year)
                     .arg(genderCode(observation.gender),
                          observation.value ? QString::number(*observation.value)
                                            : statusCode(observation.status),
                          stored.value ? QString::number(*stored.value)
                                       : statusCode(stored.status)));
        }
    }
    if (result.rows == 0)
        throw Error(tr("%1: the file has a header but no data rows").arg(path));

    batches.setRowCount(result.batchId, result.rows);
    transaction.commit();
    return result;
}

} // namespace jamfor
