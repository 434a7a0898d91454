// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"
#include "core/model/enumtable.h"
#include "core/model/indicator.h"

#include <QList>
#include <optional>

namespace jamfor {

class Database;

// How far a target has come, judged with the indicator's direction.
enum class TargetProgress
{
    NoValue,    // no value yet, or none newer than the analysis year (and not reached)
    NotReached, // the newest value is no better than the starting value
    OnTheWay,   // better than the starting value but short of the target
    Reached     // at or beyond the target
};

template <> struct EnumTable<TargetProgress>
{
    static constexpr EnumEntry<TargetProgress> entries[] = {
        {TargetProgress::NoValue, QLatin1StringView("no_value"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "No new value yet")},
        {TargetProgress::NotReached, QLatin1StringView("not_reached"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Not reached")},
        {TargetProgress::OnTheWay, QLatin1StringView("on_the_way"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "On the way")},
        {TargetProgress::Reached, QLatin1StringView("reached"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Reached")},
    };
    static constexpr std::optional<TargetProgress> fallback = std::nullopt; // no code is read back
};

inline QString targetProgressCode(TargetProgress progress) // "no_value", "not_reached", ...
{
    return enumCode(progress);
}

struct DatedValue
{
    int year = 0;
    double value = 0;

    friend bool operator==(const DatedValue&, const DatedValue&) = default;
};

// The follow-up of one target.
struct TargetFollowUp
{
    IndicatorTarget target;
    Direction direction = Direction::None;
    std::optional<DatedValue> baseline; // the unit's value in the analysis year
    std::optional<DatedValue> latest;   // the unit's newest value
    TargetProgress progress = TargetProgress::NoValue;
    // Share of the way from the baseline to the target, 0..1 (1 when reached, 0 when unknown).
    double share = 0;
};

// Compares a target with the newest value.
//  - No newest value: NoValue.
//  - Reached when the newest value is at or beyond the target in the indicator's direction
//    (higher is better: value >= target; lower is better: value <= target), whatever its year.
//  - Otherwise, when the newest value is not newer than the analysis year (baselineYear): NoValue,
//    since nothing can be said about progress before new figures are imported.
//  - Otherwise OnTheWay when the newest value is strictly better than the baseline, else
//    NotReached (also when there is no baseline).
// For an indicator without a direction, the direction is taken from the baseline towards the
// target (a target above the baseline means higher is better); without a baseline, only an
// exact hit counts as reached. Comparisons allow a relative tolerance of 1e-9.
TargetFollowUp evaluateTarget(const IndicatorTarget& target, Direction direction, int baselineYear,
                              std::optional<DatedValue> baseline, std::optional<DatedValue> latest);

// The follow-up of every target of the analysis against the values stored in the file: the
// baseline is the target unit's value in the analysis year, the latest its newest value with
// the target's gender. Indicators missing from the file count as having no direction.
QList<TargetFollowUp> followUpTargets(Database& database, const Analysis& analysis);

} // namespace jamfor
