// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/indicators/indicatorlabels.h"

namespace jamfor {

QString IndicatorLabels::kind(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Cost:
        return tr("Cost");
    case IndicatorKind::Quality:
        return tr("Quality");
    case IndicatorKind::Volume:
        return tr("Volume");
    case IndicatorKind::Background:
        return tr("Background");
    }
    return {};
}

QString IndicatorLabels::direction(Direction direction)
{
    switch (direction) {
    case Direction::HigherIsBetter:
        return tr("Higher is better");
    case Direction::LowerIsBetter:
        return tr("Lower is better");
    case Direction::None:
        break;
    }
    return tr("Neither");
}

QString IndicatorLabels::handbookType(HandbookType type)
{
    switch (type) {
    case HandbookType::Structure:
        return tr("Structure");
    case HandbookType::Process:
        return tr("Process");
    case HandbookType::Outcome:
        return tr("Outcome");
    case HandbookType::Unspecified:
        break;
    }
    return tr("Not set");
}

QList<IndicatorKind> IndicatorLabels::kinds()
{
    return {IndicatorKind::Quality, IndicatorKind::Cost, IndicatorKind::Volume,
            IndicatorKind::Background};
}

QList<Direction> IndicatorLabels::directions()
{
    return {Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::None};
}

QList<HandbookType> IndicatorLabels::handbookTypes()
{
    return {HandbookType::Unspecified, HandbookType::Structure, HandbookType::Process,
            HandbookType::Outcome};
}

} // namespace jamfor
