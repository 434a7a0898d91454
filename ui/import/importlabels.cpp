// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importlabels.h"

#include "registry/unitregistry.h"

#include <QLocale>

namespace jamfor {

QString ImportLabels::gender(Gender gender)
{
    switch (gender) {
    case Gender::Women:
        return tr("Women");
    case Gender::Men:
        return tr("Men");
    case Gender::Total:
        break;
    }
    return tr("Total");
}

QString ImportLabels::status(ValueStatus status)
{
    switch (status) {
    case ValueStatus::Missing:
        return tr("Missing");
    case ValueStatus::NotApplicable:
        return tr("Not applicable");
    case ValueStatus::Confidential:
        return tr("Confidential");
    case ValueStatus::Ok:
        break;
    }
    return {};
}

QString ImportLabels::value(const Observation& observation)
{
    if (observation.value)
        return QLocale().toString(*observation.value, 'f', QLocale::FloatingPointShortest);
    return status(observation.status == ValueStatus::Ok ? ValueStatus::Missing
                                                        : observation.status);
}

QString ImportLabels::unit(const QString& unitId)
{
    if (const Unit* unit = UnitRegistry::instance().find(unitId))
        return QStringLiteral("%1 (%2)").arg(unit->name, unitId);
    return unitId;
}

QString ImportLabels::format(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Xlsx:
        return tr("Excel workbook (XLSX)");
    case ImportFormat::KoladaJson:
        return tr("Kolada values (JSON)");
    case ImportFormat::KoladaKpiJson:
        return tr("Kolada indicator descriptions (JSON)");
    case ImportFormat::Csv:
        break;
    }
    return tr("CSV table");
}

QString ImportLabels::count(qint64 number)
{
    return QLocale().toString(number);
}

QString ImportLabels::summary(const ImportResult& result)
{
    if (result.format == ImportFormat::KoladaKpiJson)
        return tr("%1 indicator descriptions: %2 new, %3 updated (batch %4)")
            .arg(count(result.rows), count(result.indicatorsCreated),
                 count(result.indicatorsUpdated))
            .arg(result.batchId);
    QString text = tr("%1 rows: %2 new, %3 unchanged, %4 replaced, %5 kept (batch %6)")
                       .arg(count(result.rows), count(result.inserted), count(result.unchanged),
                            count(result.replaced), count(result.kept))
                       .arg(result.batchId);
    if (result.indicatorsCreated > 0)
        text += tr("; %1 new indicators").arg(count(result.indicatorsCreated));
    return text;
}

} // namespace jamfor
