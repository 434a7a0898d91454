// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/analysisreportdata.h"

#include "core/report/reportsource.h"
#include "core/storage/analysisrepository.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/unitgrouprepository.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

namespace jamfor {

namespace {

PopulationChoice populationChoiceOf(Database& database, const Analysis& analysis,
                                    const std::optional<Network>& network)
{
    switch (analysis.comparisonKind) {
    case ComparisonKind::Network:
        if (network)
            return {PopulationKind::Network, network->name};
        break;
    case ComparisonKind::County:
        return {PopulationKind::County, analysis.comparisonKey};
    case ComparisonKind::Kommungrupp:
        return {PopulationKind::Kommungrupp, analysis.comparisonKey};
    case ComparisonKind::UnitGroup:
        if (const auto group =
                UnitGroupRepository(database.connection()).find(analysis.unitGroupId))
            return {PopulationKind::UserGroup, group->name};
        break;
    case ComparisonKind::Country:
        break;
    }
    return {PopulationKind::Country, {}};
}

} // namespace

AnalysisReportData AnalysisReportData::load(Database& database, qint64 analysisId)
{
    QSqlDatabase& db = database.connection();
    AnalysisReportData data;
    const std::optional<Analysis> analysis = AnalysisRepository(db).load(analysisId);
    if (!analysis)
        throw Error(tr("%1: there is no analysis with the id %2")
                        .arg(database.path(), QString::number(analysisId)));
    data.analysis = *analysis;
    const QString name = analysis->title.isEmpty() ? QString::number(analysisId) : analysis->title;
    if (analysis->year == 0)
        throw Error(
            tr("The analysis \"%1\" has no year yet; choose one in step 1 first.").arg(name));

    if (analysis->networkId != 0)
        data.network = NetworkRepository(db).find(analysis->networkId);
    for (const Area& area : AreaRepository(db).all()) {
        if (area.id == analysis->areaId)
            data.areaName = area.name;
    }
    if (data.areaName.isEmpty())
        data.areaName = analysis->areaId;
    for (const Unit& unit : UnitRepository(db).all())
        data.unitNames.insert(unit.id, unit.name);
    for (const Indicator& indicator : IndicatorRepository(db).all())
        data.indicators.insert(indicator.id, indicator);

    data.prioritisedIds = analysis->takenForwardIndicatorIds();
    if (!data.prioritisedIds.isEmpty()) {
        ComparisonTableRequest request;
        request.population = populationChoiceOf(database, *analysis, data.network);
        request.networkId = data.network ? data.network->id : 0;
        request.areaId = analysis->areaId;
        request.indicatorIds = data.prioritisedIds;
        request.year = analysis->year;
        request.focusUnitId = analysis->focusUnitId;
        data.comparison = ComparisonTable::build(database, request);
    }
    data.followUps = followUpTargets(database, *analysis);

    QStringList used = data.prioritisedIds;
    for (const IndicatorTarget& target : analysis->targets) {
        if (!used.contains(target.indicatorId))
            used.append(target.indicatorId);
    }
    data.sourceLine = ReportSource::forIndicators(database, used);
    data.exampleDataLabel = ReportSource::exampleDataLabel(database);
    return data;
}

QString AnalysisReportData::unitName(const QString& unitId) const
{
    return unitNames.value(unitId, unitId);
}

QString AnalysisReportData::indicatorTitle(const QString& indicatorId) const
{
    const auto found = indicators.constFind(indicatorId);
    return found == indicators.cend() || found->title.isEmpty() ? indicatorId : found->title;
}

QStringList AnalysisReportData::memberNames() const
{
    QStringList names;
    if (network) {
        for (const QString& id : network->memberIdsFor(analysis.areaId))
            names << unitName(id);
    }
    return names;
}

QString AnalysisReportData::populationLabel() const
{
    if (!comparison.populationLabel.isEmpty())
        return comparison.populationLabel;
    if (network)
        return network->name;
    return tr("All municipalities");
}

const ComparisonTableRow* AnalysisReportData::focusRow() const
{
    for (const ComparisonTableRow& row : comparison.rows) {
        if (row.focus)
            return &row;
    }
    return nullptr;
}

const ComparisonTableRow* AnalysisReportData::networkMeanRow() const
{
    for (const ComparisonTableRow& row : comparison.rows) {
        if (row.kind == ComparisonTableRow::Kind::NetworkMean)
            return &row;
    }
    return nullptr;
}

} // namespace jamfor
