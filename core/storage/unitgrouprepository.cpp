// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/unitgrouprepository.h"

#include "core/storage/sqlhelpers.h"
#include "core/util/error.h"

#include <QHash>

namespace jamfor {

qint64 UnitGroupRepository::save(const UnitGroup& group)
{
    const QVariant sameName = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM unit_group WHERE name = ?"), {sql::text(group.name)});
    if (sameName.isValid() && sameName.toLongLong() != group.id)
        throw Error(tr("A group named \"%1\" already exists.").arg(group.name));

    qint64 id = group.id;
    if (id == 0) {
        id =
            sql::run(m_db, QStringLiteral("INSERT INTO unit_group (name, kolada_id) VALUES (?, ?)"),
                     {sql::text(group.name), sql::nullIfEmpty(group.koladaId)})
                .lastInsertId()
                .toLongLong();
    } else {
        sql::run(m_db, QStringLiteral("UPDATE unit_group SET name = ?, kolada_id = ? WHERE id = ?"),
                 {sql::text(group.name), sql::nullIfEmpty(group.koladaId), id});
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
        sql::run(m_db, QStringLiteral("SELECT id, name, kolada_id FROM unit_group ORDER BY name"));
    QList<UnitGroup> groups;
    while (query.next())
        groups.append({query.value(0).toLongLong(),
                       query.value(1).toString(),
                       {},
                       query.value(2).toString()});
    // One pass over the members: a file may hold thousands of Kolada's groups.
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < groups.size(); ++i)
        indexById.insert(groups[i].id, i);
    QSqlQuery members = sql::run(
        m_db, QStringLiteral("SELECT group_id, unit_id FROM unit_group_member ORDER BY unit_id"));
    while (members.next()) {
        const auto found = indexById.constFind(members.value(0).toLongLong());
        if (found != indexById.cend())
            groups[*found].unitIds << members.value(1).toString();
    }
    return groups;
}

std::optional<UnitGroup> UnitGroupRepository::find(qint64 groupId)
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT name, kolada_id FROM unit_group WHERE id = ?"), {groupId});
    if (!query.next())
        return std::nullopt;
    return UnitGroup{groupId, query.value(0).toString(), membersOf(groupId),
                     query.value(1).toString()};
}

std::optional<UnitGroup> UnitGroupRepository::findByKoladaId(const QString& koladaId)
{
    const QVariant id = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM unit_group WHERE kolada_id = ?"), {koladaId});
    if (!id.isValid())
        return std::nullopt;
    return find(id.toLongLong());
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
