// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jamfor {

enum class PersonRole
{
    Politician,
    MunicipalCeo,
    ProjectLeader,
    ProcessLeader,
    Other
};

QString personRoleCode(PersonRole role); // "politician", "municipal_ceo", ...
PersonRole personRoleFromCode(const QString& code);

struct NetworkMember
{
    QString unitId;
    QStringList areaIds; // empty: takes part in every area

    bool takesPartIn(const QString& areaId) const
    {
        return areaIds.isEmpty() || areaIds.contains(areaId);
    }

    friend bool operator==(const NetworkMember&, const NetworkMember&) = default;
};

struct Person
{
    qint64 id = 0;
    QString name;
    PersonRole role = PersonRole::Other;
    QString unitId; // the municipality the person represents, may be empty
    QString email;
    QString phone;

    friend bool operator==(const Person&, const Person&) = default;
};

// A comparison network (jämförelsenätverk) of 5–10 municipalities.
struct Network
{
    qint64 id = 0;
    QString name;
    QString description;
    QList<NetworkMember> members;
    QList<Person> people;

    // Members that take part in the given area, in the stored order.
    QStringList memberIdsFor(const QString& areaId) const;

    friend bool operator==(const Network&, const Network&) = default;
};

} // namespace jamfor
