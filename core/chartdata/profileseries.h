// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"
#include "core/chartdata/chartcontext.h"
#include "core/model/indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jamfor {

class Database;

// One indicator of a profile: where the unit stands among all municipalities.
struct ProfileItem
{
    QString indicatorId;
    QString title;
    QString unitOfMeasure;
    Direction direction = Direction::None;
    std::optional<double> value;
    std::optional<double> percentile; // 0–100, 100 = best (ranking.h); empty without a value
    std::optional<int> rank;          // 1 = best
    int n = 0;                        // municipalities with a value
    ColourClass colour = ColourClass::Missing;
    QString detail; // "Value 91 andel (%) · rank 12 of 287", or "No value"
};

// One municipality's percentiles on many indicators.
struct ProfileSeries
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSeries)

public:
    QString unitId;
    QString unitName;
    QString title;    // "Profile of Tanum"
    QString subtitle; // "Äldreomsorg · 2024 · percentile among all municipalities"
    QList<ProfileItem> items;
    QString axisTitle; // "Percentile among all municipalities (100 = best)"
    QString caption;
    QString source;

    // The unit's percentile among all municipalities for each indicator of indicatorIds, or,
    // when that is empty, for each indicator of context.areaId (every area when it is empty)
    // that has a better direction. unitId empty: the focus municipality, else the network's
    // first member. Throws jamfor::Error when an indicator id is unknown.
    static ProfileSeries build(Database& database, const ChartContext& context,
                               const QString& unitId = {}, const QStringList& indicatorIds = {});
};

} // namespace jamfor
