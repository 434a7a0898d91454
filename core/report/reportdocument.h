// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/rankingseries.h"
#include "core/chartdata/trendseries.h"
#include "core/report/reporttable.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace jamfor {

// A chart of a report, kept as the plain series of core/chartdata; ui/report draws it with the
// chart views of ui/charts.
struct ReportChart
{
    enum class Kind
    {
        Ranking,
        Trend
    };

    Kind kind = Kind::Ranking;
    double aspect = 0.5625; // height / width of the drawn chart
    RankingSeries ranking;
    TrendSeries trend;

    QString title() const { return kind == Kind::Ranking ? ranking.title : trend.title; }
};

// One piece of a report. Texts are plain text: the HTML writer escapes them.
struct ReportBlock
{
    enum class Kind
    {
        Heading,   // level 1–3
        Paragraph, // text; emphasis for a notice such as the example-data label
        List,      // items, one bullet each
        Facts,     // label–value pairs (the cover, the header of a proposal)
        Table,
        Chart, // charts[chartIndex] of the document
        PageBreak,
        Columns // children are the columns, each a Column block
    };

    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    bool emphasis = false;
    QStringList items;
    QList<QPair<QString, QString>> facts;
    ReportTable table;
    int chartIndex = -1;
    QList<ReportBlock> children; // Columns: one Paragraph-less container per column
};

// What a report says, independent of the output format: a title, a sequence of blocks, the
// charts, and the lines every page carries (source and example-data label).
struct ReportDocument
{
    enum class PageFormat
    {
        A4Portrait,
        A3Landscape // one page: the content is scaled down to fit when needed
    };

    QString title;
    QString sourceLine;       // "Källa: Kolada", or the imported files
    QString exampleDataLabel; // empty unless the file holds the example data
    PageFormat pageFormat = PageFormat::A4Portrait;
    QList<ReportBlock> blocks;
    QList<ReportChart> charts;

    void addHeading(const QString& text, int level = 1);
    void addParagraph(const QString& text, bool emphasis = false);
    void addList(const QStringList& items);
    void addFacts(const QList<QPair<QString, QString>>& facts);
    void addTable(const ReportTable& table);
    void addChart(const ReportChart& chart);
    void addPageBreak();
    // Every table of the document, in order (for the XLSX and CSV exports).
    QList<ReportTable> tables() const;
};

} // namespace jamfor
