// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/unit.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace jamfor {

class UnitRepository
{
public:
    explicit UnitRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    // Inserts the units or updates their names, types, counties and groups.
    void save(const QList<Unit>& units);
    QList<Unit> all();
    QList<Unit> ofType(UnitType type);
    std::optional<Unit> find(const QString& id);

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
