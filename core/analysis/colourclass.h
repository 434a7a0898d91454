// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/summary.h"
#include "core/model/enumtable.h"
#include "core/model/indicator.h"
#include "core/model/unitvalue.h"

#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

// The ÖJ/Kolada traffic light, decided by the quartiles of the comparison population.
enum class ColourClass
{
    NoColour, // no direction, or fewer than 4 values in the population
    Missing,  // the unit has no value (grey)
    Green,    // best quarter
    Yellow,   // middle half
    Red       // worst quarter
};

// Fewest values in the population for a colour to be shown.
inline constexpr int minimumValuesForColour = 4;

// Higher is better: value ≥ Q3 green, value ≤ Q1 red, otherwise yellow; mirrored for lower is
// better (≤ Q1 green, ≥ Q3 red). Green is decided first, so when Q1 = Q3 every value is green.
ColourClass colourClass(std::optional<double> value, Direction direction,
                        const Summary& population);

// The colour class of every unit of one population at once: the quartiles are taken of the
// values present (missing ones left out) and element i belongs to values[i].
QList<ColourClass> colourClasses(const QList<UnitValue>& values, Direction direction);

// The code for exports and the CLI: "green", "yellow", "red", "grey", "" (no colour); no code
// is read back. The label is the colour in one word ("Green"), for tables that also show it.
template <> struct EnumTable<ColourClass>
{
    static constexpr EnumEntry<ColourClass> entries[] = {
        {ColourClass::NoColour, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "No colour")},
        {ColourClass::Missing, QLatin1StringView("grey"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "No value")},
        {ColourClass::Green, QLatin1StringView("green"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Green")},
        {ColourClass::Yellow, QLatin1StringView("yellow"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Yellow")},
        {ColourClass::Red, QLatin1StringView("red"), QT_TRANSLATE_NOOP("jamfor::Enum", "Red")},
    };
    static constexpr std::optional<ColourClass> fallback = std::nullopt;
};

inline QString colourClassCode(ColourClass colour)
{
    return enumCode(colour);
}

} // namespace jamfor
