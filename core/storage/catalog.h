// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"
#include "core/model/area.h"
#include "core/model/indicator.h"
#include "core/model/network.h"
#include "core/model/unit.h"
#include "core/model/unitgroup.h"

#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

class Database;

// What a file holds, for reading: the lists the windows offer and the names they show. Widgets
// read the file through this (and the core services), never through the repositories; edits
// go through the undo commands of ui/commands. Every call reads the file anew and throws
// jamfor::Error when it refuses.
class Catalog
{
public:
    explicit Catalog(Database& database)
        : m_database(database)
    {}

    QList<Area> areas() const;
    // The area's name; empty when the file has no such area.
    QString areaName(const QString& areaId) const;

    QList<Network> networks() const;
    std::optional<Network> network(qint64 networkId) const;
    // How many analyses compare with the network.
    int analysesUsing(qint64 networkId) const;

    QList<Indicator> indicators() const;
    // The area's indicators, ordered by kind, then id.
    QList<Indicator> indicatorsOf(const QString& areaId) const;
    std::optional<Indicator> indicator(const QString& indicatorId) const;
    // The indicator's title, or the id itself when the file has no such indicator.
    QString indicatorTitle(const QString& indicatorId) const;

    QList<Unit> units() const;
    QList<Unit> municipalities() const;
    std::optional<Unit> unit(const QString& unitId) const;

    QList<UnitGroup> unitGroups() const;
    std::optional<UnitGroup> unitGroup(qint64 groupId) const;

    // The years with at least one observation, ascending.
    QList<int> years() const;
    // The file is the example network with invented values.
    bool isExampleData() const;

    // The stored analyses, their header fields only, most recently changed first.
    QList<Analysis> analyses() const;
    std::optional<Analysis> analysis(qint64 analysisId) const;

private:
    Database& m_database;
};

} // namespace jamfor
