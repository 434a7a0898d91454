// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/arearepository.h"

#include "core/storage/sqlhelpers.h"

namespace jamfor {

void AreaRepository::save(const Area& area)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO area (id, name) VALUES (?, ?)"
                            " ON CONFLICT (id) DO UPDATE SET name = excluded.name"),
             {area.id, sql::text(area.name)});
}

QList<Area> AreaRepository::all()
{
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT id, name FROM area ORDER BY name"));
    QList<Area> areas;
    while (query.next())
        areas.append({query.value(0).toString(), query.value(1).toString()});
    return areas;
}

} // namespace jamfor
