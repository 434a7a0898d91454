// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/indicator.h"

namespace jamfor {

QString directionCode(Direction direction)
{
    switch (direction) {
    case Direction::HigherIsBetter:
        return QStringLiteral("higher");
    case Direction::LowerIsBetter:
        return QStringLiteral("lower");
    case Direction::None:
        break;
    }
    return QStringLiteral("none");
}

Direction directionFromCode(const QString& code)
{
    if (code == u"higher")
        return Direction::HigherIsBetter;
    if (code == u"lower")
        return Direction::LowerIsBetter;
    return Direction::None;
}

QString kindCode(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Cost:
        return QStringLiteral("cost");
    case IndicatorKind::Volume:
        return QStringLiteral("volume");
    case IndicatorKind::Background:
        return QStringLiteral("background");
    case IndicatorKind::Quality:
        break;
    }
    return QStringLiteral("quality");
}

IndicatorKind kindFromCode(const QString& code)
{
    if (code == u"cost")
        return IndicatorKind::Cost;
    if (code == u"volume")
        return IndicatorKind::Volume;
    if (code == u"background")
        return IndicatorKind::Background;
    return IndicatorKind::Quality;
}

QString handbookTypeCode(HandbookType type)
{
    switch (type) {
    case HandbookType::Structure:
        return QStringLiteral("structure");
    case HandbookType::Process:
        return QStringLiteral("process");
    case HandbookType::Outcome:
        return QStringLiteral("outcome");
    case HandbookType::Unspecified:
        break;
    }
    return {};
}

HandbookType handbookTypeFromCode(const QString& code)
{
    if (code == u"structure")
        return HandbookType::Structure;
    if (code == u"process")
        return HandbookType::Process;
    if (code == u"outcome")
        return HandbookType::Outcome;
    return HandbookType::Unspecified;
}

} // namespace jamfor
