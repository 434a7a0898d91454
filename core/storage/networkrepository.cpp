// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/networkrepository.h"

#include "core/storage/sqlhelpers.h"

namespace jamfor {

qint64 NetworkRepository::save(const Network& network)
{
    qint64 id = network.id;
    if (id == 0) {
        id = sql::run(m_db, QStringLiteral("INSERT INTO network (name, description) VALUES (?, ?)"),
                      {sql::text(network.name), sql::text(network.description)})
                 .lastInsertId()
                 .toLongLong();
    } else {
        sql::run(m_db, QStringLiteral("UPDATE network SET name = ?, description = ? WHERE id = ?"),
                 {sql::text(network.name), sql::text(network.description), id});
        sql::run(m_db, QStringLiteral("DELETE FROM network_member WHERE network_id = ?"), {id});
        sql::run(m_db, QStringLiteral("DELETE FROM person WHERE network_id = ?"), {id});
    }

    QSqlQuery member = sql::prepare(
        m_db, QStringLiteral("INSERT INTO network_member (network_id, unit_id, position)"
                             " VALUES (?, ?, ?)"));
    QSqlQuery memberArea = sql::prepare(
        m_db, QStringLiteral("INSERT INTO network_member_area (network_id, unit_id, area_id)"
                             " VALUES (?, ?, ?)"));
    int position = 0;
    for (const NetworkMember& m : network.members) {
        sql::exec(member, {id, m.unitId, position++});
        for (const QString& areaId : m.areaIds)
            sql::exec(memberArea, {id, m.unitId, areaId});
    }

    QSqlQuery person = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO person (id, network_id, name, role, unit_id, email, phone)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Person& p : network.people) {
        const QVariant personId =
            p.id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(p.id);
        sql::exec(person, {personId, id, sql::text(p.name), personRoleCode(p.role),
                           sql::nullIfEmpty(p.unitId), sql::text(p.email), sql::text(p.phone)});
    }
    return id;
}

void NetworkRepository::remove(qint64 networkId)
{
    sql::run(m_db, QStringLiteral("DELETE FROM network WHERE id = ?"), {networkId});
}

void NetworkRepository::restore(const Network& network, const QList<qint64>& analysisIds)
{
    sql::run(m_db, QStringLiteral("INSERT INTO network (id, name, description) VALUES (?, ?, ?)"),
             {network.id, sql::text(network.name), sql::text(network.description)});
    save(network);
    QSqlQuery link =
        sql::prepare(m_db, QStringLiteral("UPDATE analysis SET network_id = ? WHERE id = ?"));
    for (qint64 analysisId : analysisIds)
        sql::exec(link, {network.id, analysisId});
}

QList<qint64> NetworkRepository::analysesUsing(qint64 networkId)
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT id FROM analysis WHERE network_id = ? ORDER BY id"),
                 {networkId});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<Network> NetworkRepository::all()
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT id, name, description FROM network ORDER BY name"));
    QList<Network> networks;
    while (query.next()) {
        networks.append(load(query.value(0).toLongLong(), query.value(1).toString(),
                             query.value(2).toString()));
    }
    return networks;
}

std::optional<Network> NetworkRepository::find(qint64 networkId)
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT id, name, description FROM network WHERE id = ?"),
                 {networkId});
    if (!query.next())
        return std::nullopt;
    return load(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString());
}

std::optional<Network> NetworkRepository::findByName(const QString& name)
{
    const QVariant id =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM network WHERE name = ?"), {name});
    if (!id.isValid())
        return std::nullopt;
    return find(id.toLongLong());
}

Network NetworkRepository::load(qint64 id, const QString& name, const QString& description)
{
    Network network;
    network.id = id;
    network.name = name;
    network.description = description;

    QSqlQuery members =
        sql::run(m_db,
                 QStringLiteral("SELECT m.unit_id, group_concat(a.area_id, char(31))"
                                " FROM network_member m LEFT JOIN network_member_area a"
                                " ON a.network_id = m.network_id AND a.unit_id = m.unit_id"
                                " WHERE m.network_id = ? GROUP BY m.unit_id ORDER BY m.position"),
                 {id});
    while (members.next()) {
        NetworkMember member;
        member.unitId = members.value(0).toString();
        const QString areas = members.value(1).toString();
        if (!areas.isEmpty())
            member.areaIds = areas.split(QChar(31));
        member.areaIds.sort();
        network.members.append(member);
    }

    QSqlQuery people =
        sql::run(m_db,
                 QStringLiteral("SELECT id, name, role, unit_id, email, phone FROM person"
                                " WHERE network_id = ? ORDER BY id"),
                 {id});
    while (people.next()) {
        network.people.append({people.value(0).toLongLong(), people.value(1).toString(),
                               personRoleFromCode(people.value(2).toString()),
                               people.value(3).toString(), people.value(4).toString(),
                               people.value(5).toString()});
    }
    return network;
}

} // namespace jamfor
