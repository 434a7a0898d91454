// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/trendseries.h"

#include "core/analysis/comparisonpopulation.h"
#include "core/analysis/summary.h"
#include "core/chartdata/chartlabels.h"
#include "core/chartdata/chartunits.h"
#include "core/storage/database.h"
#include "core/storage/observationrepository.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace jamfor {

TrendSeries TrendSeries::build(Database& database, const ChartContext& context,
                               const QString& indicatorId, int firstYear, int lastYear)
{
    const Indicator indicator = ChartLabels::requireIndicator(database, indicatorId);
    const ChartUnits units = ChartUnits::load(database, context);
    const Gender gender = ChartLabels::genderFor(indicator, context.gender);
    ObservationRepository observations(database.connection());
    const QList<int> fileYears = observations.years(indicator.id);

    TrendSeries series;
    series.indicatorId = indicator.id;
    series.title = indicator.title;
    series.unitOfMeasure = indicator.unitOfMeasure;
    series.direction = indicator.direction;
    series.axisTitle = indicator.unitOfMeasure;
    series.source = ChartLabels::sourceLine(database);
    series.countryMean.name = tr("Mean of all municipalities");
    if (fileYears.isEmpty())
        return series;
    if (firstYear == 0)
        firstYear = fileYears.constFirst();
    if (lastYear == 0)
        lastYear = context.year != 0 ? context.year : fileYears.constLast();

    QStringList lineUnits;
    if (!units.focusUnitId.isEmpty())
        lineUnits << units.focusUnitId;
    for (const QString& id : units.memberIds) {
        if (!lineUnits.contains(id))
            lineUnits << id;
    }

    const ComparisonPopulation country = ComparisonPopulation::ofCountry(units.units);
    QHash<QString, QList<YearValue>> pointsOf;
    QList<double> shown;
    for (int year : fileYears) {
        if (year < firstYear || year > lastYear)
            continue;
        const QList<UnitValue> values = observations.values(indicator.id, year, gender);
        QList<double> present;
        for (const UnitValue& value : country.valuesIn(values)) {
            if (value.value)
                present.append(*value.value);
        }
        QHash<QString, std::optional<double>> valueOf;
        bool lineHasValue = false;
        for (const UnitValue& value : values) {
            if (lineUnits.contains(value.unitId) && value.value) {
                valueOf.insert(value.unitId, value.value);
                lineHasValue = true;
            }
        }
        if (present.isEmpty() && !lineHasValue)
            continue; // the indicator has no value this year
        series.years.append(year);
        series.countryMean.points.append(
            {year, present.isEmpty() ? std::nullopt : std::optional(summarize(present).mean)});
        for (const QString& id : std::as_const(lineUnits)) {
            const std::optional<double> value = valueOf.value(id);
            pointsOf[id].append({year, value});
            if (value)
                shown.append(*value);
        }
    }

    for (const QString& id : std::as_const(lineUnits)) {
        TrendLine line;
        line.unitId = id;
        line.name = units.nameOf(id);
        line.highlight = units.highlightOf(id);
        line.points = pointsOf.value(id);
        series.lines.append(line);
    }
    series.decimals = ChartLabels::decimalsFor(shown);

    QStringList caption;
    if (!series.years.isEmpty()) {
        const int first = series.years.constFirst();
        const int last = series.years.constLast();
        for (TrendLine& line : series.lines)
            line.trend = leastSquaresTrend(line.points, first, last, indicator.direction);
        series.countryMean.trend =
            leastSquaresTrend(series.countryMean.points, first, last, indicator.direction);
        const QString years =
            first == last ? QString::number(first) : tr("%1–%2").arg(first).arg(last);
        const QString population = units.network ? units.network->name : tr("No network chosen");
        QString subtitle = tr("%1 · %2").arg(population, years);
        if (gender != Gender::Total)
            subtitle = tr("%1 · %2").arg(subtitle, enumLabel(gender));
        series.subtitle = subtitle;

        for (const TrendLine& line : std::as_const(series.lines)) {
            if (line.highlight != Highlight::Focus || !line.trend)
                continue;
            // One decimal more than the values, more while the slope would round to 0.
            int decimals = series.decimals + 1;
            while (decimals < 3 &&
                   std::round(std::abs(line.trend->slope) * std::pow(10.0, decimals)) == 0)
                ++decimals;
            const QString slope = ChartLabels::signedNumber(line.trend->slope, decimals);
            const QString verdict = verdictLabel(line.trend->verdict);
            if (verdict.isEmpty()) {
                caption << tr("%1: %2 %3 per year %4–%5.")
                               .arg(line.name, slope, series.unitOfMeasure)
                               .arg(line.trend->firstYear)
                               .arg(line.trend->lastYear);
            } else {
                caption << tr("%1: %2 %3 per year %4–%5 (%6).")
                               .arg(line.name, slope, series.unitOfMeasure)
                               .arg(line.trend->firstYear)
                               .arg(line.trend->lastYear)
                               .arg(verdict);
            }
        }
    }
    caption << tr("The mean is the unweighted mean of all municipalities with a value.");
    series.caption = caption.join(QLatin1Char(' '));
    return series;
}

} // namespace jamfor
