// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/kommungrupp.h"

namespace jamfor {

const QString Kommungrupper::revision = QStringLiteral("SKR 2023");

const QList<Kommungrupp>& Kommungrupper::all()
{
    // SKR's names; Kolada titles C7 "Pendlingskommun nära mindre tätort" and C8
    // "Landsbygdskommun, ej nära större stad".
    static const QList<Kommungrupp> groups{
        {QStringLiteral("A1"), QStringLiteral("Storstäder"), QStringLiteral("G92787")},
        {QStringLiteral("A2"), QStringLiteral("Pendlingskommun nära storstad"),
         QStringLiteral("G92793")},
        {QStringLiteral("B3"), QStringLiteral("Större stad"), QStringLiteral("G92790")},
        {QStringLiteral("B4"), QStringLiteral("Pendlingskommun nära större stad"),
         QStringLiteral("G92792")},
        {QStringLiteral("B5"), QStringLiteral("Lågpendlingskommun nära större stad"),
         QStringLiteral("G92786")},
        {QStringLiteral("C6"), QStringLiteral("Mindre stad/tätort"), QStringLiteral("G92788")},
        {QStringLiteral("C7"), QStringLiteral("Pendlingskommun nära mindre stad/tätort"),
         QStringLiteral("G92789")},
        {QStringLiteral("C8"), QStringLiteral("Landsbygdskommun"), QStringLiteral("G92791")},
        {QStringLiteral("C9"), QStringLiteral("Landsbygdskommun med besöksnäring"),
         QStringLiteral("G92794")},
    };
    return groups;
}

const Kommungrupp* Kommungrupper::find(const QString& code)
{
    for (const Kommungrupp& group : all()) {
        if (group.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return &group;
    }
    return nullptr;
}

const Kommungrupp* Kommungrupper::findByKoladaGroup(const QString& groupId)
{
    for (const Kommungrupp& group : all()) {
        if (group.koladaGroup == groupId)
            return &group;
    }
    return nullptr;
}

QString Kommungrupper::displayName(const QString& code)
{
    const Kommungrupp* group = find(code);
    return group ? QStringLiteral("%1 %2").arg(group->code, group->name) : code;
}

QString Kommungrupper::populationLabel(const QString& code)
{
    //: %1 is the group's code and name, e.g. "C9 Landsbygdskommun med besöksnäring"; %2 the
    //: revision, "SKR 2023"
    return tr("Kommungrupp %1 (%2)").arg(displayName(code), revision);
}

} // namespace jamfor
