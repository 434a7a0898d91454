// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/trend.h"
#include "core/chartdata/chartcontext.h"
#include "core/model/indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

class Database;

// One line of a trend chart: a unit's value in each year of TrendSeries::years.
struct TrendLine
{
    QString unitId; // empty for the country mean
    QString name;
    Highlight highlight = Highlight::Other;
    QList<YearValue> points;    // one per year of the series, in order; gaps have no value
    std::optional<Trend> trend; // least-squares slope over the years with a value
};

// Lines over the years for the network's members and the country mean.
struct TrendSeries
{
    Q_DECLARE_TR_FUNCTIONS(TrendSeries)

public:
    QString indicatorId;
    QString title;    // the indicator's title
    QString subtitle; // "Bohusnätverket · 2015–2024 · Women"
    QString unitOfMeasure;
    Direction direction = Direction::None;
    QList<int> years; // ascending
    // The focus municipality first (also when it is not a member), then the network's members
    // in the network's order.
    QList<TrendLine> lines;
    // The unweighted mean of all municipalities with a value in each year.
    TrendLine countryMean;

    int decimals = 0;
    QString axisTitle; // the unit of measure
    QString caption;   // the focus municipality's trend, how the mean is computed
    QString source;

    // The years of the file from firstYear to lastYear (0: from the first year of the file, up
    // to context.year or, when that is 0, the last year of the file) that have a value. Throws
    // jamfor::Error when the file has no such indicator.
    static TrendSeries build(Database& database, const ChartContext& context,
                             const QString& indicatorId, int firstYear = 0, int lastYear = 0);
};

} // namespace jamfor
