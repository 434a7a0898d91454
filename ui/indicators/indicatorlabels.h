// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"

#include <QCoreApplication>
#include <QList>

namespace jamfor {

// The words the user sees for an indicator's classification, in the order of the choice lists.
class IndicatorLabels
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorLabels)

public:
    static QString kind(IndicatorKind kind);
    static QString direction(Direction direction);
    static QString handbookType(HandbookType type);

    static QList<IndicatorKind> kinds();
    static QList<Direction> directions();
    static QList<HandbookType> handbookTypes();
};

} // namespace jamfor
