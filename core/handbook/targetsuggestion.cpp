// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/targetsuggestion.h"

#include "core/storage/database.h"
#include "core/storage/observationrepository.h"

#include <algorithm>

namespace jamfor {

IndicatorTarget suggestedTarget(Database& database, const Analysis& analysis)
{
    IndicatorTarget target;
    target.year = analysis.year + 2;
    const QStringList forward = analysis.takenForwardIndicatorIds();
    const auto hasTarget = [&](const QString& indicatorId) {
        return std::any_of(analysis.targets.cbegin(), analysis.targets.cend(),
                           [&](const IndicatorTarget& t) { return t.indicatorId == indicatorId; });
    };
    const auto free = std::find_if_not(forward.cbegin(), forward.cend(), hasTarget);
    if (free != forward.cend())
        target.indicatorId = *free;
    else if (!forward.isEmpty())
        target.indicatorId = forward.constFirst();
    if (target.indicatorId.isEmpty())
        return target;
    for (const Observation& o : ObservationRepository(database.connection())
                                    .series(analysis.focusUnitId, {target.indicatorId},
                                            analysis.year, analysis.year, Gender::Total)) {
        if (o.value)
            target.value = *o.value;
    }
    // A second target for the same indicator goes a year further.
    while (std::any_of(analysis.targets.cbegin(), analysis.targets.cend(),
                       [&](const IndicatorTarget& t) {
                           return t.indicatorId == target.indicatorId && t.year == target.year;
                       }))
        ++target.year;
    return target;
}

} // namespace jamfor
