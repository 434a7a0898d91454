// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/tablepreview.h"

#include "core/import/tablereading.h"
#include "core/util/error.h"

#include <QHash>
#include <QLocale>

namespace jamfor {

namespace {

// Counts the values a table gives; stores nothing.
class CountingSink : public ObservationSink
{
public:
    void add(const Observation&, const SourceLocation&) override { ++values; }
    qint64 values = 0;
};

TablePreview::Kind kindOf(TableMargins::RowKind kind)
{
    switch (kind) {
    case TableMargins::RowKind::Title:
        return TablePreview::Kind::Title;
    case TableMargins::RowKind::Header:
        return TablePreview::Kind::Header;
    case TableMargins::RowKind::Data:
        return TablePreview::Kind::Data;
    case TableMargins::RowKind::Outside:
        break;
    }
    return TablePreview::Kind::Outside;
}

} // namespace

TablePreview TablePreview::read(const QString& path, ImportFormat format, const QString& sheet)
{
    TablePreview preview;
    preview.m_csv = format == ImportFormat::Csv;
    QHash<qint64, qsizetype> shown; // row number → index in rows
    // A spreadsheet's number is shown as the user's locale writes it, without grouping, as a
    // spreadsheet shows an unformatted cell (21534,5).
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const auto keep = [&](const TableRow& row) {
        if (preview.rows.size() >= shownRows)
            return;
        Row shownRow;
        shownRow.number = row.number;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            bool ok = false;
            const double value =
                row.isNumeric(i) ? QString::fromUtf8(row.cells[i]).toDouble(&ok) : 0.0;
            shownRow.cells << (ok ? locale.toString(value, 'f', QLocale::FloatingPointShortest)
                                  : QString::fromUtf8(row.cells[i]).trimmed());
        }
        while (!shownRow.cells.isEmpty() && shownRow.cells.constLast().isEmpty())
            shownRow.cells.removeLast();
        if (shownRow.cells.isEmpty())
            return;
        shown.insert(row.number, preview.rows.size());
        preview.rows.append(shownRow);
    };
    NumberParser numbers;
    try {
        // The first pass learns the decimal separator; a refusal here is read again below, so
        // that the rows before its place are shown.
        TableReading learning;
        learning.sheet = sheet;
        preview.sheet = learning.read(path, format, numbers);
    } catch (const Error&) {
        numbers = NumberParser();
    }
    try {
        CountingSink counter;
        TableReading reading;
        reading.sheet = preview.sheet.isEmpty() ? sheet : preview.sheet;
        reading.sink = &counter;
        reading.margins = &preview.margins;
        reading.rowLimit = rowLimit;
        reading.tap = keep;
        reading.observer = [&](const TableRow& row, TableMargins::RowKind kind) {
            if (kind == TableMargins::RowKind::Data) {
                ++preview.dataRows;
                if (preview.firstDataRow == 0)
                    preview.firstDataRow = row.number;
                preview.lastDataRow = row.number;
            }
            if (const auto at = shown.constFind(row.number); at != shown.cend())
                preview.rows[*at].kind = kindOf(kind);
        };
        try {
            preview.sheet = reading.read(path, format, numbers);
            preview.complete = reading.complete;
        } catch (const Error&) {
            preview.values = counter.values;
            throw;
        }
        preview.values = counter.values;
    } catch (const Error& error) {
        preview.problem = error.message();
        // The rows after the place of the refusal are shown as they are, not read.
        try {
            const qint64 last = preview.rows.isEmpty() ? 0 : preview.rows.constLast().number;
            TableReading rows;
            rows.sheet = sheet;
            rows.rowsOnly = true;
            rows.rowLimit = rowLimit;
            rows.tap = [&](const TableRow& row) {
                if (row.number > last)
                    keep(row);
            };
            NumberParser unused;
            rows.read(path, format, unused);
        } catch (const Error&) {
            // The file itself cannot be read: there are no rows to show.
        }
    }
    for (const TableMargins::OutsideRow& outside : preview.margins.outsideRows()) {
        if (const auto at = shown.constFind(outside.row); at != shown.cend()) {
            preview.rows[*at].kind = Kind::Outside;
        } else if (preview.problem.isEmpty()) {
            Row row;
            row.number = outside.row;
            row.cells << outside.text;
            row.kind = Kind::Outside;
            preview.rows.append(row);
        }
    }
    const int headerColumns = preview.margins.headerColumns();
    for (int column = 0; column < headerColumns; ++column)
        preview.columnRead << preview.margins.reads(column);
    for (const Row& row : std::as_const(preview.rows))
        preview.columns = std::max(preview.columns, int(row.cells.size()));
    return preview;
}

QString TablePreview::rowName(qint64 number) const
{
    return m_csv ? tr("line %1").arg(number) : tr("row %1").arg(number);
}

QString TablePreview::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Title:
        return tr("Title");
    case Kind::Header:
        return tr("Column names");
    case Kind::Data:
        return tr("Data");
    case Kind::Outside:
        return tr("Skipped");
    case Kind::NotRead:
        break;
    }
    return tr("Not read");
}

QStringList TablePreview::summary() const
{
    QStringList lines;
    const QLocale locale;
    if (dataRows > 0) {
        lines << tr("The table: %1 to %2, %n rows with %3 values.", nullptr, int(dataRows))
                     .arg(rowName(firstDataRow), rowName(lastDataRow), locale.toString(values));
    }
    const QList<TableMargins::OutsideRow>& outside = margins.outsideRows();
    if (!outside.isEmpty() && problem.isEmpty()) {
        QStringList names;
        for (const TableMargins::OutsideRow& row : outside)
            names << QString::number(row.row);
        lines << tr("Skipped below the table: %n rows (%1).", nullptr, int(outside.size()))
                     .arg(names.join(QStringLiteral(", ")));
    }
    const QList<TableMargins::UnreadColumn> unread = margins.unreadColumns();
    if (!unread.isEmpty()) {
        QStringList names;
        for (const TableMargins::UnreadColumn& column : unread)
            names << TableMargins::columnLabel(column);
        lines << tr("Not read beside the table: %n columns (%1).", nullptr, int(unread.size()))
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (!complete && problem.isEmpty())
        lines << tr("The preview read the first %1 rows; the import reads the whole file.")
                     .arg(locale.toString(rowLimit));
    if (!problem.isEmpty())
        lines << tr("The file cannot be imported as it is: %1").arg(problem);
    return lines;
}

} // namespace jamfor
