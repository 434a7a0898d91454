// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importlabels.h"

#include "core/registry/unitregistry.h"

#include <QLocale>

namespace jamfor {

QString ImportLabels::value(const Observation& observation)
{
    if (observation.value)
        return QLocale().toString(*observation.value, 'f', QLocale::FloatingPointShortest);
    return enumLabel(observation.status == ValueStatus::Ok ? ValueStatus::Missing
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
    case ImportFormat::Ods:
        return tr("LibreOffice spreadsheet (ODS)");
    case ImportFormat::KoladaJson:
        return tr("Kolada values (JSON)");
    case ImportFormat::KoladaKpiJson:
        return tr("Kolada indicator descriptions (JSON)");
    case ImportFormat::KoladaGroupJson:
        return tr("Kolada municipality groups (JSON)");
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
                   .arg(result.batchId) +
               suggestedNote(result);
    if (result.format == ImportFormat::KoladaGroupJson)
        return tr("%1 municipality groups: %2 new, %3 updated. They can be chosen as "
                  "comparison groups, or made into a network in the Networks tab.")
            .arg(count(result.rows), count(result.groupsCreated), count(result.groupsUpdated));
    QString text = tr("%1 rows: %2 new, %3 unchanged, %4 replaced, %5 kept (batch %6)")
                       .arg(count(result.rows), count(result.inserted), count(result.unchanged),
                            count(result.replaced), count(result.kept))
                       .arg(result.batchId);
    if (result.indicatorsCreated > 0)
        text += tr("; %1 new indicators").arg(count(result.indicatorsCreated));
    if (result.removed > 0)
        text += tr("; %1 values removed that Kolada has withdrawn").arg(count(result.removed));
    // What was read but not stored is counted and shown, never silently dropped.
    if (result.skippedGroupRows > 0)
        text += tr("; %1 rows of municipality groups skipped").arg(count(result.skippedGroupRows));
    if (result.skippedUnitLevelRows > 0)
        text += tr("; %1 rows of single schools or homes skipped")
                    .arg(count(result.skippedUnitLevelRows));
    if (result.skippedUnrequested > 0)
        text += tr("; %1 rows not asked for skipped").arg(count(result.skippedUnrequested));
    return text + suggestedNote(result);
}

QString ImportLabels::suggestedNote(const ImportResult& result)
{
    if (result.indicatorsSuggested == 0)
        return {};
    return u' ' + tr("%1 indicators have a suggested kind and direction: check them in the "
                     "Indicators tab.")
                      .arg(count(result.indicatorsSuggested));
}

} // namespace jamfor
