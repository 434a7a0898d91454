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

// One bar of a ranking: a unit with a value.
struct RankingBar
{
    QString unitId;
    QString name;
    double value = 0;
    int rank = 0; // competition rank in the ranked population: 1 = best, ties share a rank
    Highlight highlight = Highlight::Other;
    ColourClass colour = ColourClass::NoColour; // among all municipalities in the country
};

// A bar chart of one indicator's values, best first.
struct RankingSeries
{
    Q_DECLARE_TR_FUNCTIONS(RankingSeries)

public:
    // Up to this many bars every bar is named; above it only the focus and the members.
    static constexpr int maxNamedBars = 30;

    QString indicatorId;
    QString title;    // the indicator's title
    QString subtitle; // "All municipalities · 2024 · Women"
    QString unitOfMeasure;
    Direction direction = Direction::None;
    ChartPopulation population = ChartPopulation::AllMunicipalities;
    QString populationLabel; // "All municipalities" or the network's name

    // Best first: by rank (ties by name). With no direction: highest value first.
    QList<RankingBar> bars;
    QStringList withoutValue; // names of the population's units without a value

    // The unweighted mean of all municipalities with a value (Kolada's "ovägt medel"), drawn
    // as a line whatever the population is.
    std::optional<double> countryMean;
    QString countryMeanLabel; // "Mean of all municipalities: 72,4"

    int decimals = 0;  // for the values of the bars
    QString axisTitle; // the values' axis: the unit of measure
    QString orderNote; // the bars' axis: "Best to the left (higher is better)"
    QString caption;   // "287 of 290 municipalities have a value."
    QString source;    // "Source: Kolada" or the example-data label

    // Ranks the population's units by the indicator's value of context.year, in the chosen
    // gender where the indicator is divided by gender (else the total). Throws jamfor::Error
    // when the file has no such indicator.
    static RankingSeries build(Database& database, const ChartContext& context,
                               const QString& indicatorId, ChartPopulation population);
};

} // namespace jamfor
