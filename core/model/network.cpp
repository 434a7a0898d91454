// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/network.h"

namespace jamfor {

QString personRoleCode(PersonRole role)
{
    switch (role) {
    case PersonRole::Politician:
        return QStringLiteral("politician");
    case PersonRole::MunicipalCeo:
        return QStringLiteral("municipal_ceo");
    case PersonRole::ProjectLeader:
        return QStringLiteral("project_leader");
    case PersonRole::ProcessLeader:
        return QStringLiteral("process_leader");
    case PersonRole::Other:
        break;
    }
    return QStringLiteral("other");
}

PersonRole personRoleFromCode(const QString& code)
{
    if (code == u"politician")
        return PersonRole::Politician;
    if (code == u"municipal_ceo")
        return PersonRole::MunicipalCeo;
    if (code == u"project_leader")
        return PersonRole::ProjectLeader;
    if (code == u"process_leader")
        return PersonRole::ProcessLeader;
    return PersonRole::Other;
}

QStringList Network::memberIdsFor(const QString& areaId) const
{
    QStringList ids;
    for (const NetworkMember& member : members) {
        if (member.takesPartIn(areaId))
            ids << member.unitId;
    }
    return ids;
}

} // namespace jamfor
