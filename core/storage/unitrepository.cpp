// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/unitrepository.h"

#include "core/storage/sqlhelpers.h"

namespace jamfor {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, name, type, county_code, kommungrupp FROM unit");

QList<Unit> readUnits(QSqlQuery& query)
{
    QList<Unit> units;
    while (query.next()) {
        units.append({query.value(0).toString(), query.value(1).toString(),
                      unitTypeFromCode(query.value(2).toString()), query.value(3).toString(),
                      query.value(4).toString()});
    }
    return units;
}

} // namespace

void UnitRepository::save(const QList<Unit>& units)
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO unit (id, name, type, county_code, kommungrupp)"
                             " VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                             " type = excluded.type, county_code = excluded.county_code,"
                             " kommungrupp = excluded.kommungrupp"));
    for (const Unit& unit : units) {
        sql::exec(query, {unit.id, unit.name, unitTypeCode(unit.type),
                          sql::nullIfEmpty(unit.countyCode), sql::nullIfEmpty(unit.kommungrupp)});
    }
}

QList<Unit> UnitRepository::all()
{
    QSqlQuery query = sql::run(m_db, selectColumns + QStringLiteral(" ORDER BY id"));
    return readUnits(query);
}

QList<Unit> UnitRepository::ofType(UnitType type)
{
    QSqlQuery query = sql::run(m_db, selectColumns + QStringLiteral(" WHERE type = ? ORDER BY id"),
                               {unitTypeCode(type)});
    return readUnits(query);
}

std::optional<Unit> UnitRepository::find(const QString& id)
{
    QSqlQuery query = sql::run(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    const QList<Unit> units = readUnits(query);
    if (units.isEmpty())
        return std::nullopt;
    return units.constFirst();
}

} // namespace jamfor
