// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/importbatch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jamfor {

class Database;

// The source line of a report: where the values it shows came from.
//  - "Källa: Kolada" for values fetched from the Kolada API (a batch whose source names Kolada)
//    or imported from a Kolada JSON file (the importer reads JSON only in Kolada's formats, so
//    a file batch named *.json is Kolada's).
//  - The file names of the other imported files (CSV, XLSX), sorted, each once.
//  - "own figures" for values typed in, and the example data for the demo.
// The parts are joined with "; ", Kolada first. Kolada's terms ask for the credit "Källa:
// Kolada"; a report never credits Kolada with files it did not deliver.
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(ReportSource)

public:
    static bool isKolada(const ImportBatch& batch);
    // The line for the batches.
    static QString describe(const QList<ImportBatch>& batches);
    // The line for the batches that hold values of the indicators.
    static QString forIndicators(Database& database, const QStringList& indicatorIds);
    // The example-data label when the file holds the demo, else an empty string.
    static QString exampleDataLabel(Database& database);
};

} // namespace jamfor
