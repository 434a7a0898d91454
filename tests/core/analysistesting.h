// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"
#include "core/model/observation.h"
#include "core/model/unitvalue.h"

#include <QString>
#include <QtGlobal>
#include <optional>

// Helpers shared by the analysis suites (test_analysis, test_analysis_trends).
namespace analysistesting {

inline constexpr auto Higher = jamfor::Direction::HigherIsBetter;
inline constexpr auto Lower = jamfor::Direction::LowerIsBetter;
inline constexpr auto NoDirection = jamfor::Direction::None;

inline jamfor::UnitValue uv(const char* id, std::optional<double> value)
{
    return {QString::fromLatin1(id), value,
            value ? jamfor::ValueStatus::Ok : jamfor::ValueStatus::Missing};
}

// A small deterministic generator for the reference comparisons.
inline quint64 nextRandom(quint64& state)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
}

} // namespace analysistesting
