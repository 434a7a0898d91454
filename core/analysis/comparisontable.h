// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"
#include "core/analysis/populationchoice.h"
#include "core/analysis/summary.h"
#include "core/analysis/trend.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace jamfor {

class Database;

// What the comparison table shows: the units of a population against several indicators in
// one year, or against the years of one indicator.
struct ComparisonTableRequest
{
    enum class Columns
    {
        Indicators,
        Years
    };

    PopulationChoice population;
    qint64 networkId = 0;     // the network whose mean is shown and whose members are marked
    QString areaId;           // decides the network's members (per-area membership)
    QStringList indicatorIds; // Columns::Years uses the first one
    int year = 0;             // Columns::Years: the last year shown
    int firstYear = 0;        // Columns::Years: the first year shown
    Gender gender = Gender::Total;
    QString focusUnitId;
    Columns columns = Columns::Indicators;
};

struct ComparisonTableCell
{
    std::optional<double> value;
    ValueStatus status = ValueStatus::Missing;
    ColourClass colour = ColourClass::Missing; // among the population's values of the column
    std::optional<int> rank;                   // 1 = best in the population
    std::optional<Change> change;              // since the year before
};

struct ComparisonTableColumn
{
    Indicator indicator;
    int year = 0;
    Summary population; // the population's values of this column
    Summary country;    // all municipalities' values of this column
};

struct ComparisonTableRow
{
    enum class Kind
    {
        Unit,
        NetworkMean,
        CountryMean,
        CountryMedian
    };

    Kind kind = Kind::Unit;
    QString unitId; // empty for the summary rows
    QString name;
    bool focus = false;
    bool networkMember = false;
    QList<ComparisonTableCell> cells; // one per column
};

struct ComparisonTable
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonTable)

public:
    QString populationLabel;
    QList<ComparisonTableColumn> columns;
    QList<ComparisonTableRow> rows; // the population's units, then the summary rows

    // Colour classes, ranks and changes follow DESIGN.md: quartiles and ranks among the
    // population's values, changes judged by the indicator's direction. The summary rows are
    // the network's unweighted mean and the country's unweighted mean and median.
    static ComparisonTable build(Database& database, const ComparisonTableRequest& request);
};

} // namespace jamfor
