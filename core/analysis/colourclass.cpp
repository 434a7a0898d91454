// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/colourclass.h"

namespace jamfor {

ColourClass colourClass(std::optional<double> value, Direction direction, const Summary& population)
{
    if (!value)
        return ColourClass::Missing;
    if (direction == Direction::None || population.n < minimumValuesForColour)
        return ColourClass::NoColour;
    const double v = *value;
    if (direction == Direction::HigherIsBetter) {
        if (v >= population.q3)
            return ColourClass::Green;
        if (v <= population.q1)
            return ColourClass::Red;
    } else {
        if (v <= population.q1)
            return ColourClass::Green;
        if (v >= population.q3)
            return ColourClass::Red;
    }
    return ColourClass::Yellow;
}

QList<ColourClass> colourClasses(const QList<UnitValue>& values, Direction direction)
{
    QList<double> present;
    present.reserve(values.size());
    for (const UnitValue& v : values) {
        if (v.value)
            present.append(*v.value);
    }
    const Summary population = summarize(present);
    QList<ColourClass> colours;
    colours.reserve(values.size());
    for (const UnitValue& v : values)
        colours.append(colourClass(v.value, direction, population));
    return colours;
}

} // namespace jamfor
