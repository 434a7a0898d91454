// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/followup.h"

#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/latestvaluerepository.h"
#include "core/storage/observationrepository.h"

#include <algorithm>
#include <cmath>

namespace jamfor {

namespace {

double tolerance(double target)
{
    return 1e-9 * std::max(1.0, std::abs(target));
}

// True when a is at least as good as b in the direction (within the tolerance).
bool atLeast(double a, double b, Direction direction, double eps)
{
    return direction == Direction::LowerIsBetter ? a <= b + eps : a >= b - eps;
}

} // namespace

TargetFollowUp evaluateTarget(const IndicatorTarget& target, Direction direction, int baselineYear,
                              std::optional<DatedValue> baseline, std::optional<DatedValue> latest)
{
    TargetFollowUp result;
    result.target = target;
    result.direction = direction;
    result.baseline = baseline;
    result.latest = latest;
    if (!latest)
        return result; // NoValue

    const double eps = tolerance(target.value);
    Direction effective = direction;
    if (effective == Direction::None && baseline && std::abs(target.value - baseline->value) > eps)
        effective =
            target.value > baseline->value ? Direction::HigherIsBetter : Direction::LowerIsBetter;

    const bool reached = effective == Direction::None
                             ? std::abs(latest->value - target.value) <= eps
                             : atLeast(latest->value, target.value, effective, eps);
    if (reached) {
        result.progress = TargetProgress::Reached;
        result.share = 1;
        return result;
    }
    if (latest->year <= baselineYear) {
        result.progress = TargetProgress::NoValue;
        return result;
    }
    if (effective != Direction::None && baseline && latest->year > baseline->year &&
        !atLeast(baseline->value, latest->value, effective, tolerance(latest->value))) {
        result.progress = TargetProgress::OnTheWay;
        const double distance = target.value - baseline->value;
        if (std::abs(distance) > eps)
            result.share = std::clamp((latest->value - baseline->value) / distance, 0.0, 1.0);
        return result;
    }
    result.progress = TargetProgress::NotReached;
    return result;
}

QList<TargetFollowUp> followUpTargets(Database& database, const Analysis& analysis)
{
    QSqlDatabase& db = database.connection();
    IndicatorRepository indicators(db);
    ObservationRepository observations(db);
    LatestValueRepository latestValues(db);

    QList<TargetFollowUp> results;
    for (const IndicatorTarget& target : analysis.targets) {
        const std::optional<Indicator> indicator = indicators.find(target.indicatorId);
        const Direction direction = indicator ? indicator->direction : Direction::None;

        std::optional<DatedValue> baseline;
        if (analysis.year > 0) {
            for (const Observation& o :
                 observations.series(target.unitId, {target.indicatorId}, analysis.year,
                                     analysis.year, target.gender)) {
                if (o.value)
                    baseline = DatedValue{o.year, *o.value};
            }
        }
        std::optional<DatedValue> latest;
        if (const auto o = latestValues.latest(target.indicatorId, target.unitId, target.gender))
            latest = DatedValue{o->year, o->value.value_or(0)};

        results.append(evaluateTarget(target, direction, analysis.year, baseline, latest));
    }
    return results;
}

} // namespace jamfor
