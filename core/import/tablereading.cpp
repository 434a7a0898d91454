// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/tablereading.h"

#include "core/import/csvtablereader.h"
#include "core/import/sheetreader.h"

#include <memory>

namespace jamfor {

namespace {

// Rows between progress reports.
constexpr qint64 progressInterval = 4096;

template <typename Reader> void feed(Reader& reader, TableInterpreter& table, TableReading& reading)
{
    TableRow row;
    qint64 rows = 0;
    ObservationSink* sink = reading.sink;
    table.setLearning(!sink);
    table.setRowObserver(reading.observer);
    reading.complete = false;
    while (reader.readRow(row)) {
        if (reading.tap)
            reading.tap(row);
        if (reading.rowsOnly) {
            if (reading.rowLimit > 0 && ++rows >= reading.rowLimit)
                return;
            continue;
        }
        table.addRow(row);
        if (!sink && table.learningDone())
            return;
        ++rows;
        if (reading.rowLimit > 0 && rows >= reading.rowLimit)
            break;
        if (sink && rows % progressInterval == 0)
            sink->progress(reader.position(), reader.size());
    }
    if (reading.rowsOnly)
        return;
    if (reading.rowLimit == 0 || rows < reading.rowLimit) {
        reading.complete = true;
        table.finish();
    }
    if (reading.margins)
        *reading.margins = table.margins();
    if (sink)
        sink->progress(reader.size(), reader.size());
}

} // namespace

QString TableReading::read(const QString& path, ImportFormat format, NumberParser& numbers)
{
    if (format == ImportFormat::Csv) {
        CsvTableReader reader(path);
        numbers.setRowDescription(&CsvTableReader::describeLine);
        TableInterpreter table(
            path, [](qint64 line, int) { return CsvTableReader::describeLine(line); }, numbers,
            sink, true);
        feed(reader, table, *this);
        return {};
    }

    const std::unique_ptr<SheetReader> reader = SheetReader::open(path, format);
    reader->openSheet(sheet);
    const QString name = reader->sheetName();
    numbers.setRowDescription(
        [name](qint64 number) { return SheetReader::describeCell(name, number, -1); });
    TableInterpreter table(
        path, [&reader](qint64 number, int column) { return reader->describeCell(number, column); },
        numbers, sink, false);
    feed(*reader, table, *this);
    return name;
}

} // namespace jamfor
