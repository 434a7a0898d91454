// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace jamfor {

// One pass through the handbook's five steps for a network, an area, a focus unit and a year.
struct Analysis
{
    qint64 id = 0;
    QString title;
    qint64 networkId = 0;
    QString areaId;
    QString focusUnitId;
    int year = 0;
    int currentStep = 1; // 1..5
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace jamfor
