// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

// Whether a change is an improvement, judged by the indicator's direction.
enum class Verdict
{
    Better,    // up for HigherIsBetter, down for LowerIsBetter
    Worse,     // the opposite
    Unchanged, // the change is exactly 0
    NotJudged  // the indicator has no direction and the change is not 0
};

// "better", "worse", "unchanged", "" (not judged).
QString verdictCode(Verdict verdict);
// The same, translated for the user.
QString verdictLabel(Verdict verdict);

// Judges a change (a difference or a slope) by the direction.
Verdict judge(double change, Direction direction);

// The change of one unit's value since the previous year.
struct Change
{
    double previous = 0;
    double current = 0;
    double delta = 0; // current − previous
    Verdict verdict = Verdict::Unchanged;
};

// std::nullopt when either value is missing.
std::optional<Change> changeSince(std::optional<double> previous, std::optional<double> current,
                                  Direction direction);

// One year of one unit's series.
struct YearValue
{
    int year = 0;
    std::optional<double> value;
};

// The least-squares slope of a unit's values over the chosen years, in the indicator's unit
// per year.
struct Trend
{
    double slope = 0;
    int n = 0;         // years with a value that the line was fitted to
    int firstYear = 0; // the first and the last of those years
    int lastYear = 0;
    Verdict verdict = Verdict::Unchanged;
};

// Fits y = a + slope · year to the entries of series whose year lies in [firstYear, lastYear]
// and that have a value (missing years are left out, and so are duplicate years after the
// first). std::nullopt when fewer than 2 years remain. A flat series has a slope of exactly 0
// (Unchanged).
std::optional<Trend> leastSquaresTrend(const QList<YearValue>& series, int firstYear, int lastYear,
                                       Direction direction);

} // namespace jamfor
