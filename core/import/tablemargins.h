// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/tablerow.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace jamfor {

// What lies around a table and is not read: rows below it (source lines, notes) and columns
// beside it (a note in a column of its own, a column the importer has no use for such as
// "Kommungrupp"). TableInterpreter fills it; the importer turns it into the summary's warnings
// and the import dialog's preview shows it. Nothing in it is stored.
class TableMargins
{
    Q_DECLARE_TR_FUNCTIONS(TableMargins)

public:
    enum class RowKind
    {
        Title,   // above the header: titles, notes, the indicator's name
        Header,  // the column names
        Data,    // read into values
        Outside, // below the table: source lines, notes (skipped)
    };

    // A row after the header that holds no figure and names nothing the table can read.
    struct OutsideRow
    {
        qint64 row = 0;
        QString text; // the row's first text
    };
    // A column of the sheet the table does not read, with the cells in it that hold something.
    struct UnreadColumn
    {
        int column = 0;
        QString header; // the header row's text above it, may be empty
        qint64 cells = 0;
        qint64 firstRow = 0;
        QString firstText;
    };

    // The header: per column, whether the table reads it, and the header texts.
    void setHeader(const QList<bool>& read, const QStringList& names);
    bool reads(int column) const { return column < m_read.size() && m_read[column]; }
    int headerColumns() const { return int(m_read.size()); }

    // Notes the cells of a data row in columns the table does not read. decode: a cell's text.
    void scanRow(const TableRow& row, const std::function<QString(int column)>& decode);

    void addOutsideRow(const OutsideRow& row) { m_outside.append(row); }
    const QList<OutsideRow>& outsideRows() const { return m_outside; }
    bool hasPendingRows() const { return !m_outside.isEmpty(); }

    QList<UnreadColumn> unreadColumns() const { return m_unread.values(); }
    qint64 unreadCells() const;

    // The summary's lines: "Blad1.xlsx: 2 rows outside the table were skipped: …" and
    // "…: 1 column beside the table was not read: F “Anm” (3 cells: Blad1!F5 “prel.”)".
    // describe names a row for messages (column -1) or a cell.
    static QString outsideWarning(const QString& fileName, const QList<OutsideRow>& rows,
                                  const std::function<QString(qint64, int)>& describe);
    static QString unreadWarning(const QString& fileName, const QList<UnreadColumn>& columns,
                                 const std::function<QString(qint64, int)>& describe);
    // "F", or "F “Anm”" with its header.
    static QString columnLabel(const UnreadColumn& column);

private:
    QList<bool> m_read;
    QStringList m_names;
    QList<OutsideRow> m_outside;
    QMap<int, UnreadColumn> m_unread;
};

} // namespace jamfor
