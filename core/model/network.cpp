// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/network.h"

namespace jamfor {

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
