// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace jamfor {

class IndicatorRepository
{
public:
    explicit IndicatorRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    void save(const Indicator& indicator); // inserts or replaces every field
    // Creates a bare indicator (title = id) unless it exists; returns true when it was created.
    bool ensureExists(const QString& id);
    // Removes an indicator that nothing refers to yet (the undo of creating it). Throws
    // jamfor::Error when the file holds values of it.
    void remove(const QString& id);
    QList<Indicator> all();                          // ordered by id
    QList<Indicator> forArea(const QString& areaId); // ordered by kind, then id
    std::optional<Indicator> find(const QString& id);

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
