// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/network/personrolelabels.h"

namespace jamfor {

QString PersonRoleLabels::name(PersonRole role)
{
    switch (role) {
    case PersonRole::Politician:
        return tr("Politician");
    case PersonRole::MunicipalCeo:
        return tr("Municipal CEO");
    case PersonRole::ProjectLeader:
        return tr("Project leader");
    case PersonRole::ProcessLeader:
        return tr("Process leader");
    case PersonRole::Other:
        break;
    }
    return tr("Other");
}

QList<PersonRole> PersonRoleLabels::roles()
{
    return {PersonRole::Politician, PersonRole::MunicipalCeo, PersonRole::ProjectLeader,
            PersonRole::ProcessLeader, PersonRole::Other};
}

} // namespace jamfor
