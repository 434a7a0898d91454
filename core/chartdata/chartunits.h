// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartcontext.h"
#include "core/model/network.h"
#include "core/model/unit.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace jamfor {

class Database;

// The units a chart needs: the file's units with their names, the network's members that take
// part in the area and the focus municipality.
struct ChartUnits
{
    QList<Unit> units;
    QHash<QString, QString> names; // unit id → name
    std::optional<Network> network;
    QStringList memberIds; // the network's members in the area, in the network's order
    QString focusUnitId;

    static ChartUnits load(Database& database, const ChartContext& context);

    // Focus, member or other.
    Highlight highlightOf(const QString& unitId) const;
    // The unit's name, or its id when the file does not know it.
    QString nameOf(const QString& unitId) const;
    // The network's name, or an empty string without a network.
    QString networkName() const;
};

} // namespace jamfor
