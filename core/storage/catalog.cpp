// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/catalog.h"

#include "core/storage/analysisrepository.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/fileinforepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/unitgrouprepository.h"
#include "core/storage/unitrepository.h"

namespace jamfor {

QList<Area> Catalog::areas() const
{
    return AreaRepository(m_database.connection()).all();
}

QString Catalog::areaName(const QString& areaId) const
{
    for (const Area& area : areas()) {
        if (area.id == areaId)
            return area.name;
    }
    return {};
}

QList<Network> Catalog::networks() const
{
    return NetworkRepository(m_database.connection()).all();
}

std::optional<Network> Catalog::network(qint64 networkId) const
{
    return NetworkRepository(m_database.connection()).find(networkId);
}

int Catalog::analysesUsing(qint64 networkId) const
{
    return int(NetworkRepository(m_database.connection()).analysesUsing(networkId).size());
}

QList<Indicator> Catalog::indicators() const
{
    return IndicatorRepository(m_database.connection()).all();
}

QList<Indicator> Catalog::indicatorsOf(const QString& areaId) const
{
    return IndicatorRepository(m_database.connection()).forArea(areaId);
}

std::optional<Indicator> Catalog::indicator(const QString& indicatorId) const
{
    return IndicatorRepository(m_database.connection()).find(indicatorId);
}

QString Catalog::indicatorTitle(const QString& indicatorId) const
{
    const std::optional<Indicator> found = indicator(indicatorId);
    return found ? found->title : indicatorId;
}

QList<Unit> Catalog::units() const
{
    return UnitRepository(m_database.connection()).all();
}

QList<Unit> Catalog::municipalities() const
{
    return UnitRepository(m_database.connection()).ofType(UnitType::Municipality);
}

std::optional<Unit> Catalog::unit(const QString& unitId) const
{
    return UnitRepository(m_database.connection()).find(unitId);
}

QList<UnitGroup> Catalog::unitGroups() const
{
    return UnitGroupRepository(m_database.connection()).all();
}

std::optional<UnitGroup> Catalog::unitGroup(qint64 groupId) const
{
    return UnitGroupRepository(m_database.connection()).find(groupId);
}

QList<int> Catalog::years() const
{
    return ObservationRepository(m_database.connection()).years();
}

bool Catalog::isExampleData() const
{
    return FileInfoRepository(m_database.connection()).isExampleData();
}

QList<Analysis> Catalog::analyses() const
{
    return AnalysisRepository(m_database.connection()).list();
}

std::optional<Analysis> Catalog::analysis(qint64 analysisId) const
{
    return AnalysisRepository(m_database.connection()).load(analysisId);
}

} // namespace jamfor
