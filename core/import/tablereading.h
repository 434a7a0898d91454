// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importformat.h"
#include "core/import/numberparser.h"
#include "core/import/observationsink.h"
#include "core/import/tableinterpreter.h"
#include "core/import/tablemargins.h"

#include <QString>
#include <functional>

namespace jamfor {

// One reading of a table file (CSV, or one sheet of an XLSX or ODS file) through a
// TableInterpreter: the step every table format shares. The importer reads a file two or
// three times (learn the decimal separator, import, locate a conflict); the import dialog's
// preview reads the first rows.
struct TableReading
{
    QString sheet;                   // empty: the first
    ObservationSink* sink = nullptr; // nullptr: only learn the decimal separator
    TableMargins* margins = nullptr; // receives the rows and columns skipped around the table
    TableInterpreter::RowObserver observer;   // sees every row with its kind
    std::function<void(const TableRow&)> tap; // sees every row as read, before the table
    qint64 rowLimit = 0;                      // stop after this many rows (0: read them all)
    bool rowsOnly = false; // only tap the rows, without finding the table in them
    bool complete = false; // out: the whole table was read

    // Returns the sheet that was read (empty for CSV). Throws jamfor::Error.
    QString read(const QString& path, ImportFormat format, NumberParser& numbers);
};

} // namespace jamfor
