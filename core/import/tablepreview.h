// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importformat.h"
#include "core/import/tablemargins.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jamfor {

// What the importer would take from a table file, before anything is written: the first rows
// with what each is (title, header, data, skipped), the columns it reads and those it does
// not, and the refusal when the table cannot be imported. The import dialog shows it.
struct TablePreview
{
    Q_DECLARE_TR_FUNCTIONS(TablePreview)

public:
    enum class Kind
    {
        Title,
        Header,
        Data,
        Outside, // below the table: skipped
        NotRead  // after the place where the table could not be read
    };
    struct Row
    {
        qint64 number = 0; // the line (CSV) or the sheet's row
        QStringList cells;
        Kind kind = Kind::NotRead;
    };

    static constexpr int shownRows = 60;
    static constexpr qint64 rowLimit = 100000;

    QString sheet;
    QList<Row> rows;        // the first shownRows rows, then the skipped rows further down
    QList<bool> columnRead; // per column of the header: read into values
    int columns = 0;        // the widest row shown
    qint64 firstDataRow = 0;
    qint64 lastDataRow = 0;
    qint64 dataRows = 0;
    qint64 values = 0;
    bool complete = false; // the whole table was read (else only the first rowLimit rows)
    QString problem;       // why the import would be refused, empty when it would not
    TableMargins margins;

    // "line 4" (CSV) or "row 4" (a sheet).
    QString rowName(qint64 number) const;
    // Short sentences for the dialog: where the table is, what is skipped, what is not read.
    QStringList summary() const;
    static QString kindLabel(Kind kind);

    // Reads the table as the importer would, without a database. Never throws: a refusal is
    // in problem.
    static TablePreview read(const QString& path, ImportFormat format, const QString& sheet = {});

private:
    bool m_csv = false;
};

} // namespace jamfor
