// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"
#include "core/analysis/populationchoice.h"
#include "core/analysis/trend.h"
#include "core/model/analysis.h"
#include "core/model/indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

class Database;

// Step 2's overview: the focus municipality's result on every indicator of the analysis's
// area in the analysis year, compared with the analysis's comparison population.
struct QuickAnalysisRow
{
    Indicator indicator;
    std::optional<double> value; // the focus municipality's total
    ColourClass colour = ColourClass::Missing;
    std::optional<int> rank;      // 1 = best in the population
    int rankedCount = 0;          // units of the population with a value
    std::optional<Change> change; // since the year before
    // The handbook's question "compared with the network, the country and similar
    // municipalities": Riket's own value (0000) and the unweighted mean of the focus
    // municipality's kommungrupp (SKR 2023), in the same year.
    std::optional<double> country;
    std::optional<double> kommungruppMean;
    int kommungruppCount = 0;    // municipalities of the kommungrupp with a value
    std::optional<double> women; // the focus municipality's values by gender, where divided
    std::optional<double> men;
    std::optional<double> genderGap() const // women minus men
    {
        if (women && men)
            return *women - *men;
        return std::nullopt;
    }
};

struct QuickAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(QuickAnalysis)

public:
    QString populationLabel;      // "Bohusnätverket", "All municipalities", …
    QString kommungrupp;          // the focus municipality's, "C9"; empty when unknown
    QList<QuickAnalysisRow> rows; // IndicatorRepository::forArea's order

    // The comparison population of an analysis, as a choice the analysis engine resolves:
    // the network and the saved group are named by their stored names. Throws jamfor::Error
    // when the network or group is no longer in the file.
    static PopulationChoice populationOf(Database& database, const Analysis& analysis);

    // Colour classes and ranks among the population (ComparisonTable, DESIGN.md); the focus
    // municipality has no colour or rank when it is outside the population. Throws
    // jamfor::Error as populationOf() does.
    static QuickAnalysis build(Database& database, const Analysis& analysis);
};

} // namespace jamfor
