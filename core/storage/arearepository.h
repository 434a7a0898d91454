// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/area.h"

#include <QList>
#include <QSqlDatabase>

namespace jamfor {

class AreaRepository
{
public:
    explicit AreaRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    void save(const Area& area); // inserts, or renames an existing id
    QList<Area> all();           // ordered by name

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
