// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enumtable.h"

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

template <> struct EnumTable<PersonRole>
{
    static constexpr EnumEntry<PersonRole> entries[] = {
        {PersonRole::Politician, QLatin1StringView("politician"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Politician")},
        {PersonRole::MunicipalCeo, QLatin1StringView("municipal_ceo"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Municipal CEO")},
        {PersonRole::ProjectLeader, QLatin1StringView("project_leader"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Project leader")},
        {PersonRole::ProcessLeader, QLatin1StringView("process_leader"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Process leader")},
        {PersonRole::Other, QLatin1StringView("other"), QT_TRANSLATE_NOOP("jamfor::Enum", "Other")},
    };
    static constexpr std::optional<PersonRole> fallback = PersonRole::Other;
};

inline QString personRoleCode(PersonRole role) // "politician", "municipal_ceo", ...
{
    return enumCode(role);
}
inline PersonRole personRoleFromCode(const QString& code)
{
    return enumFromCode<PersonRole>(code);
}

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
