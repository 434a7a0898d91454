// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"

#include <QCoreApplication>
#include <QList>

namespace jamfor {

// The words the user sees for the roles people have in a network.
class PersonRoleLabels
{
    Q_DECLARE_TR_FUNCTIONS(PersonRoleLabels)

public:
    static QString name(PersonRole role);
    static QList<PersonRole> roles(); // in the order of the choice list
};

} // namespace jamfor
