// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"

#include <QSqlDatabase>
#include <optional>

namespace jamfor {

// Looks up the newest stored value of one indicator for one unit, for the follow-up of targets.
class LatestValueRepository
{
public:
    explicit LatestValueRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    // The observation with a value (not missing) of the latest year, or nullopt when the unit
    // has no value of the indicator in any year.
    std::optional<Observation> latest(const QString& indicatorId, const QString& unitId,
                                      Gender gender);

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
