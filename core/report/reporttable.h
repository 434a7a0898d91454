// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jamfor {

// One cell of a report table. A number keeps its value so that exports write it as a number;
// text is what the HTML, the PDF and the CSV show.
struct ReportCell
{
    QString text;
    std::optional<double> number; // set: the cell is a number (text is its Swedish form)
    ColourClass colour = ColourClass::NoColour;
    bool emphasis = false; // the focus municipality, a summary row
    int decimals = -1;     // of a number: how exports format it (-1: as stored)

    static ReportCell fromText(const QString& text)
    {
        ReportCell cell;
        cell.text = text;
        return cell;
    }
    // The number in Swedish typography with the decimals.
    static ReportCell fromNumber(double value, int decimals);
    static ReportCell fromInteger(qint64 value);
};

// A table in a report, and the unit of the XLSX and CSV exports.
struct ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)

public:
    QString title;   // the heading above the table and the sheet name of an XLSX export
    QString caption; // below the table: the legend, how values are compared
    QStringList header;
    QList<int> columnPercent; // optional share of the width per column, in per cent
    QList<QList<ReportCell>> rows;

    // The sign that says a cell's colour class in words, so the table reads in grey print:
    // "▲" best quarter, "▼" worst quarter, "●" middle half, "" otherwise.
    static QString marker(ColourClass colour);
    // The legend of the colour classes, the same in every report (DESIGN.md).
    static QString colourLegend();
};

} // namespace jamfor
