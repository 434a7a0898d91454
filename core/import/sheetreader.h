// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importformat.h"
#include "core/import/tablerow.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace jamfor {

// The rows of one sheet of a spreadsheet file, whatever its format (XLSX, ODS). The importer
// reads every format through this and finds the table in the rows with one TableInterpreter.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    virtual ~SheetReader() = default;

    virtual QStringList sheetNames() const = 0;
    // Starts reading a sheet by name; an empty name means the first sheet. Throws
    // jamfor::Error naming the sheets there are when there is no such sheet.
    virtual void openSheet(const QString& name = {}) = 0;
    virtual QString sheetName() const = 0;

    // The next row with at least one cell; false after the last. Throws jamfor::Error.
    virtual bool readRow(TableRow& row) = 0;

    // Unpacked bytes of the sheet read so far and in all, for progress.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    // "Blad1!C7", "'Mitt blad'!C7"; with column -1 "Blad1, row 7". The same notation for
    // every format: it is what Excel and LibreOffice show.
    QString describeCell(qint64 row, int column) const
    {
        return describeCell(sheetName(), row, column);
    }
    static QString describeCell(const QString& sheet, qint64 row, int column);
    static QString columnName(int column); // 0 → "A", 26 → "AA"

    // The reader for a spreadsheet format (isSpreadsheet(format)): XlsxReader or OdsReader.
    static std::unique_ptr<SheetReader> open(const QString& path, ImportFormat format);
};

} // namespace jamfor
