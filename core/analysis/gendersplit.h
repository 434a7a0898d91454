// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/summary.h"
#include "core/model/observation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jamfor {

// One unit's total, women's and men's values of one indicator and year, side by side.
struct GenderSplit
{
    QString unitId;
    std::optional<double> total; // T
    std::optional<double> women; // K
    std::optional<double> men;   // M

    // Women minus men, when both have a value.
    std::optional<double> gap() const
    {
        if (women && men)
            return *women - *men;
        return std::nullopt;
    }
};

// The summaries of the population's T, K and M values, each over the units that have that
// value.
struct GenderSummaries
{
    Summary total;
    Summary women;
    Summary men;
};

// One row per unit of unitIds, in that order, from the observations of one indicator and year
// in all genders (ObservationRepository::forIndicatorYearAllGenders). Observations of another
// indicator or year than the first observation's are ignored, and so are units outside
// unitIds. A gender without an observation or without a value is empty.
QList<GenderSplit> genderSplit(const QList<Observation>& observations, const QStringList& unitIds);

GenderSummaries summarizeByGender(const QList<GenderSplit>& rows);

} // namespace jamfor
