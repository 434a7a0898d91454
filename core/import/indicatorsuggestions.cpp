// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/indicatorsuggestions.h"

#include "core/kolada/indicatorknowledge.h"

namespace jamfor {

bool applySuggestion(Indicator& indicator, const QString& operatingArea, const QString& knownUnit)
{
    if (indicator.confirmed)
        return false;
    const IndicatorSuggestion suggestion = IndicatorKnowledge::shipped().suggest(
        indicator.id, indicator.title, indicator.perspective, operatingArea);
    const Indicator before = indicator;
    indicator.kind = suggestion.kind;
    indicator.direction = suggestion.direction;
    if (!knownUnit.isEmpty())
        indicator.unitOfMeasure = knownUnit;
    else if (!suggestion.unitOfMeasure.isEmpty())
        indicator.unitOfMeasure = suggestion.unitOfMeasure;
    return !(indicator == before);
}

} // namespace jamfor
