// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/compilationbuilder.h"

#include "core/analysis/trend.h"
#include "core/chartdata/chartlabels.h"
#include "core/report/reportcells.h"
#include "core/report/reportsource.h"
#include "core/report/swedishnumbers.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/util/error.h"

#include <QDate>

namespace jamfor {

namespace {

using Facts = QList<QPair<QString, QString>>;

QString areaName(Database& database, const QString& areaId)
{
    for (const Area& area : AreaRepository(database.connection()).all()) {
        if (area.id == areaId)
            return area.name;
    }
    throw Error(CompilationBuilder::tr("%1: there is no area \"%2\"").arg(database.path(), areaId));
}

// Each unit's least-squares trend of each indicator over the trend years.
QHash<QString, std::optional<Trend>> trends(Database& database, const ComparisonTable& table,
                                            int firstYear, int lastYear)
{
    QStringList ids;
    for (const ComparisonTableColumn& column : table.columns)
        ids << column.indicator.id;
    ObservationRepository observations(database.connection());
    QHash<QString, std::optional<Trend>> result; // key: unit id + '/' + indicator id
    for (const ComparisonTableRow& row : table.rows) {
        if (row.kind != ComparisonTableRow::Kind::Unit)
            continue;
        QHash<QString, QList<YearValue>> series;
        for (const Observation& o :
             observations.series(row.unitId, ids, firstYear, lastYear, Gender::Total))
            series[o.indicatorId].append({o.year, o.value});
        for (const ComparisonTableColumn& column : table.columns)
            result.insert(row.unitId + u'/' + column.indicator.id,
                          leastSquaresTrend(series.value(column.indicator.id), firstYear, lastYear,
                                            column.indicator.direction));
    }
    return result;
}

ReportCell trendCell(const std::optional<Trend>& trend, int decimals)
{
    if (!trend)
        return {};
    QString text = CompilationBuilder::tr("%1 per year")
                       .arg(SwedishNumbers::formatSigned(trend->slope, decimals + 1));
    const QString verdict = verdictLabel(trend->verdict);
    if (!verdict.isEmpty())
        text += u' ' + verdict;
    ReportCell cell = ReportCell::fromText(text);
    cell.number = trend->slope;
    return cell;
}

// The population's bars of a ranking of all municipalities, ranked again among themselves.
RankingSeries populationRanking(Database& database, const CompilationRequest& request,
                                const ComparisonTable& table, const Indicator& indicator)
{
    ChartContext context;
    context.areaId = request.areaId;
    context.year = request.year;
    RankingSeries series =
        RankingSeries::build(database, context, indicator.id, ChartPopulation::AllMunicipalities);
    QStringList ids;
    for (const ComparisonTableRow& row : table.rows) {
        if (row.kind == ComparisonTableRow::Kind::Unit)
            ids << row.unitId;
    }
    QList<RankingBar> bars;
    for (const RankingBar& bar : std::as_const(series.bars)) {
        if (ids.contains(bar.unitId))
            bars.append(bar);
    }
    // The bars are already best first: equal values share the rank of the first of them.
    for (qsizetype i = 0; i < bars.size(); ++i) {
        bars[i].highlight = Highlight::Member;
        bars[i].rank = i > 0 && bars[i].value == bars[i - 1].value ? bars[i - 1].rank : int(i) + 1;
    }
    series.bars = bars;
    series.population = ChartPopulation::Network;
    series.populationLabel = table.populationLabel;
    series.subtitle =
        QStringLiteral("%1 · %2").arg(table.populationLabel, QString::number(request.year));
    series.withoutValue.clear();
    series.caption =
        CompilationBuilder::tr("%1 of %2 municipalities have a value. Bar colours: "
                               "▲ best quarter, ▼ worst quarter of all municipalities.")
            .arg(bars.size())
            .arg(ids.size());
    return series;
}

void addIndicatorPage(ReportDocument& document, Database& database,
                      const CompilationRequest& request, const ComparisonTable& table, int column,
                      const QHash<QString, std::optional<Trend>>& unitTrends, int firstYear)
{
    const ComparisonTableColumn& c = table.columns[column];
    const int decimals = ReportCells::decimalsFor(table, column);
    document.addPageBreak();
    document.addHeading(c.indicator.title.isEmpty() ? c.indicator.id : c.indicator.title, 2);
    Facts facts{{CompilationBuilder::tr("Indicator"),
                 QStringLiteral("%1 (%2)").arg(c.indicator.id, c.indicator.unitOfMeasure)},
                {CompilationBuilder::tr("Better"), enumReportLabel(c.indicator.direction)}};
    if (c.population.n > 0)
        facts.append({CompilationBuilder::tr("Median, quartiles"),
                      CompilationBuilder::tr("%1 (Q1 %2, Q3 %3), n = %4")
                          .arg(SwedishNumbers::format(c.population.median, decimals + 1),
                               SwedishNumbers::format(c.population.q1, decimals + 1),
                               SwedishNumbers::format(c.population.q3, decimals + 1))
                          .arg(c.population.n)});
    document.addFacts(facts);

    ReportTable values;
    values.title =
        CompilationBuilder::tr("%1, %2").arg(table.populationLabel, QString::number(request.year));
    values.header << CompilationBuilder::tr("Municipality") << CompilationBuilder::tr("Value")
                  << CompilationBuilder::tr("Rank")
                  << CompilationBuilder::tr("Change since %1").arg(request.year - 1)
                  << CompilationBuilder::tr("Trend %1–%2").arg(firstYear).arg(request.year);
    values.columnPercent = {28, 14, 10, 24, 24};
    QList<const ComparisonTableRow*> rows;
    for (const ComparisonTableRow& row : table.rows) {
        if (row.kind == ComparisonTableRow::Kind::Unit)
            rows.append(&row);
    }
    std::stable_sort(rows.begin(), rows.end(), [column](const auto* a, const auto* b) {
        const auto& ra = a->cells[column].rank;
        const auto& rb = b->cells[column].rank;
        if (ra.has_value() != rb.has_value())
            return ra.has_value();
        return ra && *ra < *rb;
    });
    for (const ComparisonTableRow* row : rows) {
        const ComparisonTableCell& cell = row->cells[column];
        values.rows.append(
            {ReportCell::fromText(row->name), ReportCells::value(cell, decimals),
             ReportCells::rank(cell.rank, c.population.n),
             ReportCells::change(cell.change, decimals),
             trendCell(unitTrends.value(row->unitId + u'/' + c.indicator.id), decimals)});
    }
    for (const ComparisonTableRow& row : table.rows) {
        if (row.kind == ComparisonTableRow::Kind::Unit)
            continue;
        ReportCell name = ReportCell::fromText(row.name);
        name.emphasis = true;
        values.rows.append({name, ReportCells::plainValue(row.cells[column].value, decimals),
                            ReportCell{}, ReportCell{}, ReportCell{}});
    }
    document.addTable(values);
    try {
        ReportChart chart;
        chart.aspect = 0.45; // flatter, so that the chart fits the page under the table
        chart.ranking = populationRanking(database, request, table, c.indicator);
        if (!chart.ranking.bars.isEmpty())
            document.addChart(chart);
    } catch (const Error&) {
        // The table says everything the chart would.
    }
}

} // namespace

ReportDocument CompilationBuilder::build(Database& database, const CompilationRequest& request)
{
    QSqlDatabase& db = database.connection();
    const QString area = areaName(database, request.areaId);
    QStringList indicatorIds;
    for (const Indicator& indicator : IndicatorRepository(db).forArea(request.areaId))
        indicatorIds << indicator.id;
    if (indicatorIds.isEmpty())
        throw Error(tr("%1: the area \"%2\" has no indicators").arg(database.path(), area));

    ComparisonTableRequest tableRequest;
    tableRequest.population = request.population;
    tableRequest.areaId = request.areaId;
    tableRequest.indicatorIds = indicatorIds;
    tableRequest.year = request.year;
    if (request.population.kind == PopulationKind::Network) {
        const auto network = NetworkRepository(db).findByName(request.population.key);
        if (!network)
            throw Error(
                tr("%1: there is no network \"%2\"").arg(database.path(), request.population.key));
        tableRequest.networkId = network->id;
    }
    ComparisonTable table = ComparisonTable::build(database, tableRequest);

    // Indicators without a value in the year get no column and no page.
    QStringList withoutValues;
    for (int column = int(table.columns.size()) - 1; column >= 0; --column) {
        if (table.columns[column].population.n > 0)
            continue;
        withoutValues.prepend(table.columns[column].indicator.title);
        table.columns.removeAt(column);
        for (ComparisonTableRow& row : table.rows)
            row.cells.removeAt(column);
    }
    QStringList usedIds;
    for (const ComparisonTableColumn& column : table.columns)
        usedIds << column.indicator.id;

    ReportDocument document;
    const bool network = request.population.kind == PopulationKind::Network;
    const QString year = QString::number(request.year);
    document.title = network
                         ? tr("Network report: %1, %2 %3").arg(table.populationLabel, area, year)
                         : tr("County report: %1, %2 %3").arg(table.populationLabel, area, year);
    document.sourceLine = ReportSource::forIndicators(database, usedIds);
    document.exampleDataLabel = ReportSource::exampleDataLabel(database);

    document.addHeading(document.title, 1);
    QStringList members;
    for (const ComparisonTableRow& row : table.rows) {
        if (row.kind == ComparisonTableRow::Kind::Unit)
            members << row.name;
    }
    document.addFacts(
        {{network ? tr("Network") : tr("County"), table.populationLabel},
         {tr("Area"), area},
         {tr("Year"), QString::number(request.year)},
         {tr("Municipalities"), QStringLiteral("%1: %2").arg(QString::number(members.size()),
                                                             members.join(QStringLiteral(", ")))},
         {tr("Indicators"), QString::number(usedIds.size())},
         {tr("Report date"), QDate::currentDate().toString(Qt::ISODate)}});
    if (!withoutValues.isEmpty())
        document.addParagraph(
            tr("No values in %1 for: %2.").arg(year, withoutValues.join(QStringLiteral("; "))));
    document.addParagraph(ReportTable::colourLegend());

    document.addPageBreak();
    document.addHeading(tr("Summary"), 1);
    if (table.columns.isEmpty()) {
        document.addParagraph(tr("There are no values to compile for %1.").arg(request.year));
        return document;
    }
    for (const ReportTable& part : matrix(table))
        document.addTable(part);

    const int firstYear = request.year - qMax(2, request.trendYears) + 1;
    const auto unitTrends = trends(database, table, firstYear, request.year);
    for (int column = 0; column < table.columns.size(); ++column)
        addIndicatorPage(document, database, request, table, column, unitTrends, firstYear);
    return document;
}

QList<ReportTable> CompilationBuilder::matrix(const ComparisonTable& table, int indicatorsPerTable)
{
    indicatorsPerTable = qMax(1, indicatorsPerTable);
    const int columns = int(table.columns.size());
    const int parts = qMax(1, (columns + indicatorsPerTable - 1) / indicatorsPerTable);
    QList<ReportTable> result;
    for (int part = 0; part < parts; ++part) {
        const int first = part * indicatorsPerTable;
        const int last = qMin(columns, first + indicatorsPerTable); // one past
        ReportTable matrix;
        matrix.title = parts == 1 ? tr("Members × indicators")
                                  : tr("Members × indicators (%1 of %2)")
                                        .arg(QString::number(part + 1), QString::number(parts));
        matrix.header << tr("Municipality");
        QStringList key;
        for (int column = first; column < last; ++column) {
            const Indicator& indicator = table.columns[column].indicator;
            matrix.header << indicator.id;
            key << QStringLiteral("%1: %2 (%3)")
                       .arg(indicator.id, indicator.title, indicator.unitOfMeasure);
        }
        for (const ComparisonTableRow& row : table.rows) {
            ReportCell name = ReportCell::fromText(row.name);
            name.emphasis = row.kind != ComparisonTableRow::Kind::Unit;
            QList<ReportCell> cells{name};
            for (int column = first; column < last; ++column) {
                const int decimals = ReportCells::decimalsFor(table, column);
                cells << (row.kind == ComparisonTableRow::Kind::Unit
                              ? ReportCells::value(row.cells[column], decimals)
                              : ReportCells::plainValue(row.cells[column].value, decimals));
            }
            matrix.rows.append(cells);
        }
        matrix.caption = key.join(QStringLiteral(" · "));
        result.append(matrix);
    }
    return result;
}

} // namespace jamfor
