// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/tablemargins.h"

#include "core/import/numberparser.h"
#include "core/import/sheetreader.h"

namespace jamfor {

namespace {

QString clipped(const QString& text)
{
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

} // namespace

void TableMargins::setHeader(const QList<bool>& read, const QStringList& names)
{
    m_read = read;
    m_names = names;
}

void TableMargins::scanRow(const TableRow& row, const std::function<QString(int column)>& decode)
{
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        if (reads(int(i)) || NumberParser::trimmed(row.cells[i]).isEmpty())
            continue;
        UnreadColumn& column = m_unread[int(i)];
        if (column.cells++ == 0) {
            column.column = int(i);
            column.header = m_names.value(i);
            column.firstRow = row.number;
            column.firstText = decode(int(i)).trimmed();
        }
    }
}

qint64 TableMargins::unreadCells() const
{
    qint64 cells = 0;
    for (const UnreadColumn& column : m_unread)
        cells += column.cells;
    return cells;
}

QString TableMargins::columnLabel(const UnreadColumn& column)
{
    const QString letter = SheetReader::columnName(column.column);
    if (column.header.isEmpty())
        return letter;
    return tr("%1 “%2”").arg(letter, clipped(column.header));
}

QString TableMargins::outsideWarning(const QString& fileName, const QList<OutsideRow>& rows,
                                     const std::function<QString(qint64, int)>& describe)
{
    QStringList named;
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 3); ++i)
        named << tr("%1 “%2”").arg(describe(rows[i].row, -1), clipped(rows[i].text));
    if (rows.size() > 3)
        named << QStringLiteral("…");
    return tr("%1: %n rows outside the table were skipped: %2", nullptr, int(rows.size()))
        .arg(fileName, named.join(QStringLiteral("; ")));
}

QString TableMargins::unreadWarning(const QString& fileName, const QList<UnreadColumn>& columns,
                                    const std::function<QString(qint64, int)>& describe)
{
    QStringList named;
    for (qsizetype i = 0; i < std::min<qsizetype>(columns.size(), 4); ++i) {
        const UnreadColumn& column = columns[i];
        named << tr("%1 (%n cells, first %2 “%3”)", nullptr, int(column.cells))
                     .arg(columnLabel(column), describe(column.firstRow, column.column),
                          clipped(column.firstText));
    }
    if (columns.size() > 4)
        named << QStringLiteral("…");
    return tr("%1: %n columns beside the table were not read: %2", nullptr, int(columns.size()))
        .arg(fileName, named.join(QStringLiteral("; ")));
}

} // namespace jamfor
