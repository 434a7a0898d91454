// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/tableexport.h"

#include "core/report/reportcells.h"
#include "core/report/xlsxworkbookwriter.h"
#include "core/util/error.h"

#include <QLocale>
#include <QSaveFile>

namespace jamfor {

namespace {

QByteArray csvNumber(double value)
{
    QByteArray text = QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
    if (text == "-0")
        text = "0";
    return text.replace('.', ',');
}

QByteArray csvText(const QString& text)
{
    QByteArray bytes = TableExport::neutralised(text).toUtf8();
    if (bytes.contains(';') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace

QString TableExport::neutralised(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r')
        return u'\'' + text;
    return text;
}

QByteArray TableExport::toCsv(const ReportTable& table)
{
    QByteArray out = "\xEF\xBB\xBF";
    const auto writeLine = [&out](const QList<QByteArray>& cells) {
        out += cells.join(';');
        out += "\r\n";
    };
    if (!table.header.isEmpty()) {
        QList<QByteArray> cells;
        for (const QString& text : table.header)
            cells << csvText(text);
        writeLine(cells);
    }
    for (const QList<ReportCell>& row : table.rows) {
        QList<QByteArray> cells;
        for (const ReportCell& cell : row)
            cells << (cell.number ? csvNumber(*cell.number) : csvText(cell.text));
        writeLine(cells);
    }
    return out;
}

void TableExport::writeCsv(const ReportTable& table, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("%1: cannot write the file (%2)").arg(path, file.errorString()));
    file.write(toCsv(table));
    if (!file.commit())
        throw Error(tr("%1: cannot write the file (%2)").arg(path, file.errorString()));
}

void TableExport::writeXlsx(const QList<ReportTable>& tables, const QString& path,
                            const QString& source)
{
    QList<XlsxWorkbookWriter::Sheet> sheets;
    QStringList used;
    for (const ReportTable& table : tables) {
        XlsxWorkbookWriter::Sheet sheet;
        sheet.name = sheetName(table.title, used);
        used << sheet.name;
        sheet.header = table.header;
        sheet.rows = table.rows;
        sheet.source = source;
        sheets << sheet;
    }
    XlsxWorkbookWriter::write(sheets, path);
}

ReportTable TableExport::fromComparisonTable(const ComparisonTable& table)
{
    ReportTable result;
    result.title = table.populationLabel;
    result.header << tr("Municipality");
    bool sameIndicator = table.columns.size() > 1;
    for (const ComparisonTableColumn& column : table.columns)
        sameIndicator = sameIndicator && column.indicator.id == table.columns[0].indicator.id;
    for (const ComparisonTableColumn& column : table.columns) {
        const QString title =
            column.indicator.title.isEmpty() ? column.indicator.id : column.indicator.title;
        result.header << (sameIndicator
                              ? QString::number(column.year)
                              : QStringLiteral("%1 (%2)").arg(title, QString::number(column.year)));
    }
    if (sameIndicator)
        result.title = table.columns[0].indicator.title;
    for (const ComparisonTableRow& row : table.rows) {
        ReportCell name = ReportCell::fromText(row.name);
        name.emphasis = row.focus || row.kind != ComparisonTableRow::Kind::Unit;
        QList<ReportCell> cells{name};
        for (int column = 0; column < table.columns.size(); ++column) {
            const int decimals = ReportCells::decimalsFor(table, column);
            ReportCell cell = row.kind == ComparisonTableRow::Kind::Unit
                                  ? ReportCells::value(row.cells[column], decimals)
                                  : ReportCells::plainValue(row.cells[column].value, decimals);
            cell.emphasis = row.focus;
            cells << cell;
        }
        result.rows.append(cells);
    }
    result.caption = ReportTable::colourLegend();
    return result;
}

QString TableExport::sheetName(const QString& title, const QStringList& used)
{
    // At most n UTF-16 units, without a surrogate pair cut in half.
    const auto left = [](const QString& text, qsizetype n) {
        QString part = text.left(n);
        if (part.size() < text.size() && !part.isEmpty() && part.back().isHighSurrogate())
            part.chop(1);
        return part;
    };
    QString name = title;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = u' ';
    }
    name = left(name.simplified(), 31);
    // Excel refuses a name that begins or ends with an apostrophe.
    for (QString before; before != name;) {
        before = name;
        if (name.startsWith(u'\''))
            name.remove(0, 1);
        if (name.endsWith(u'\''))
            name.chop(1);
        name = name.trimmed();
    }
    if (name.isEmpty())
        name = tr("Table");
    const QString base = name;
    const auto taken = [&used](const QString& candidate) {
        return used.contains(candidate, Qt::CaseInsensitive) ||
               candidate.compare(u"History", Qt::CaseInsensitive) == 0;
    };
    for (int n = 2; taken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = left(base, 31 - suffix.size()) + suffix;
    }
    return name;
}

} // namespace jamfor
