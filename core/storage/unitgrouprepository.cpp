// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/unitgrouprepository.h"

#include "storage/sqlhelpers.h"
#include "util/error.h"

namespace jamfor {

qint64 UnitGroupRepository::save(const UnitGroup& group)
{
    const QVariant sameName = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM unit_group WHERE name = ?"), {sql::text(group.name)});
    if (sameName.isValid() && sameName.toLongLong() != group.id)
        throw Error(tr("A group named \"%1\" already exists.").arg(group.name));

    qint64 id = group.id;
    if (id == 0) {
        id = sql::run(m_db, QStringLiteral("INSERT INTO unit_group (name) VALUES (?)"),
                      {sql::text(group.name)})
                 .lastInsertId()
                 .toLongLong();
    } else {
        sql::run(m_db, QStringLiteral("UPDATE unit_group SET name = ? WHERE id = ?"),
                 {sql::text(group.name), id});
        sql::run(m_db, QStringLiteral("DELETE FROM unit_group_member WHERE group_id = ?"), {id});
    }

    QSqlQuery unitExists = sql::prepare(m_db, QStringLiteral("SELECT 1 FROM unit WHERE id = ?"));
    QSqlQuery member = sql::prepare(
        m_db, QStringLiteral("INSERT INTO unit_group_member (group_id, unit_id) VALUES (?, ?)"
                             " ON CONFLICT DO NOTHING"));
    for (const QString& unitId : group.unitIds) {
        sql::exec(unitExists, {unitId});
        const bool known = unitExists.next();
        unitExists.finish();
        if (!known)
            throw Error(tr("The group \"%1\" names the unknown unit %2.").arg(group.name, unitId));
        sql::exec(member, {id, unitId});
    }
    return id;
}

void UnitGroupRepository::remove(qint64 groupId)
{
    sql::run(m_db, QStringLiteral("DELETE FROM unit_group WHERE id = ?"), {groupId});
}

QList<UnitGroup> UnitGroupRepository::all()
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT id, name FROM unit_group ORDER BY name"));
    QList<UnitGroup> groups;
    while (query.next())
        groups.append({query.value(0).toLongLong(), query.value(1).toString(), {}});
    for (UnitGroup& group : groups)
        group.unitIds = membersOf(group.id);
    return groups;
}

std::optional<UnitGroup> UnitGroupRepository::find(qint64 groupId)
{
    const QVariant name =
        sql::scalar(m_db, QStringLiteral("SELECT name FROM unit_group WHERE id = ?"), {groupId});
    if (!name.isValid())
        return std::nullopt;
    return UnitGroup{groupId, name.toString(), membersOf(groupId)};
}

std::optional<UnitGroup> UnitGroupRepository::findByName(const QString& name)
{
    const QVariant id =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM unit_group WHERE name = ?"), {name});
    if (!id.isValid())
        return std::nullopt;
    return find(id.toLongLong());
}

QStringList UnitGroupRepository::membersOf(qint64 groupId)
{
    QSqlQuery query = sql::run(m_db,
                               QStringLiteral("SELECT unit_id FROM unit_group_member"
                                              " WHERE group_id = ? ORDER BY unit_id"),
                               {groupId});
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

} // namespace jamfor
