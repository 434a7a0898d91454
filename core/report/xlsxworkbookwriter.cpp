// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/xlsxworkbookwriter.h"

#include "core/util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <clocale>
#include <cmath>
#include <filesystem>
#include <memory>
#include <system_error>
#include <xlsxwriter.h>

#ifdef Q_OS_UNIX
#include <locale.h>
#endif

namespace jamfor {

namespace {

constexpr qsizetype minimumWidth = 8;
constexpr qsizetype maximumWidth = 60;
constexpr qsizetype maximumCellText = 32767; // Excel's limit for the text of one cell

constexpr lxw_color_t headerFill = 0xE8E8E8;

lxw_color_t fillColour(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return 0xA8D58F;
    case ColourClass::Yellow:
        return 0xF6E38C;
    case ColourClass::Red:
        return 0xEE9A8F;
    case ColourClass::Missing:
        return 0xD9D9D9;
    case ColourClass::NoColour:
        break;
    }
    return LXW_COLOR_UNSET;
}

// The text as UTF-8 for a cell: without the control characters XML 1.0 forbids (libxlsxwriter
// would write them as visible "_x0001_"), and no longer than a cell holds.
QByteArray cellText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            clean += c;
    }
    if (clean.size() > maximumCellText) {
        clean.truncate(maximumCellText);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
    }
    return clean.toUtf8();
}

// The number format of a cell: thousands grouped, the decimals, the marker as a literal.
QByteArray numberFormat(int decimals, const QString& marker)
{
    QByteArray format = "General";
    if (decimals >= 0) {
        format = "#,##0";
        if (decimals > 0)
            format += '.' + QByteArray(qMin(decimals, 6), '0');
    }
    if (!marker.isEmpty())
        format += "\" " + marker.toUtf8() + '"';
    return format;
}

// A libxlsxwriter error while the sheets are filled; write() turns it into a jamfor::Error.
struct LibraryError
{
    lxw_error error;
};

void check(lxw_error error)
{
    if (error != LXW_NO_ERROR)
        throw LibraryError{error};
}

// The cell formats, each created once for its combination of fill, weight and number format.
class Formats
{
public:
    explicit Formats(lxw_workbook* workbook)
        : m_workbook(workbook)
    {}

    // decimals -2: a text cell, without a number format.
    lxw_format* cell(ColourClass colour, bool bold, int decimals)
    {
        if (colour == ColourClass::NoColour && !bold && decimals < 0)
            return nullptr; // the default format: "General", no fill
        const QString key =
            QStringLiteral("%1/%2/%3").arg(int(colour)).arg(int(bold)).arg(qMin(decimals, 6));
        if (lxw_format* found = m_cache.value(key))
            return found;
        lxw_format* format = add();
        if (decimals != -2) {
            const QByteArray code = numberFormat(decimals, ReportTable::marker(colour));
            format_set_num_format(format, code.constData());
        }
        if (const lxw_color_t fill = fillColour(colour); fill != LXW_COLOR_UNSET) {
            format_set_pattern(format, LXW_PATTERN_SOLID);
            format_set_bg_color(format, fill);
        }
        if (bold)
            format_set_bold(format);
        m_cache.insert(key, format);
        return format;
    }

    lxw_format* header()
    {
        if (!m_header) {
            m_header = add();
            format_set_bold(m_header);
            format_set_pattern(m_header, LXW_PATTERN_SOLID);
            format_set_bg_color(m_header, headerFill);
        }
        return m_header;
    }

    lxw_format* source()
    {
        if (!m_source) {
            m_source = add();
            format_set_italic(m_source);
        }
        return m_source;
    }

private:
    lxw_format* add()
    {
        lxw_format* format = workbook_add_format(m_workbook);
        if (!format)
            throw LibraryError{LXW_ERROR_MEMORY_MALLOC_FAILED};
        return format;
    }

    lxw_workbook* m_workbook;
    QHash<QString, lxw_format*> m_cache;
    lxw_format* m_header = nullptr;
    lxw_format* m_source = nullptr;
};

// The column as libxlsxwriter counts it (16 bits, which would wrap past Excel's last column).
lxw_col_t columnIndex(qsizetype column)
{
    if (column >= LXW_COL_MAX)
        throw LibraryError{LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE};
    return lxw_col_t(column);
}

void writeSheet(lxw_workbook* workbook, const XlsxWorkbookWriter::Sheet& sheet, Formats& formats)
{
    const QByteArray name = sheet.name.toUtf8();
    check(workbook_validate_sheet_name(workbook, name.constData()));
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.constData());
    if (!worksheet)
        throw LibraryError{LXW_ERROR_PARAMETER_VALIDATION};

    QList<qsizetype> widths;
    const auto noteWidth = [&widths](qsizetype column, qsizetype length) {
        if (widths.size() <= column)
            widths.resize(column + 1, 0);
        widths[column] = qMax(widths[column], length);
    };
    const auto writeText = [&](lxw_row_t row, qsizetype column, const QString& text,
                               lxw_format* format) {
        const QByteArray bytes = cellText(text);
        check(
            worksheet_write_string(worksheet, row, columnIndex(column), bytes.constData(), format));
    };
    if (sheet.rows.size() >= LXW_ROW_MAX - 3)
        throw LibraryError{LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE};

    lxw_row_t row = 0;
    if (!sheet.header.isEmpty()) {
        for (qsizetype column = 0; column < sheet.header.size(); ++column) {
            writeText(row, column, sheet.header[column], formats.header());
            noteWidth(column, sheet.header[column].size());
        }
        ++row;
    }
    for (const QList<ReportCell>& cells : sheet.rows) {
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const ReportCell& cell = cells[column];
            if (cell.number && std::isfinite(*cell.number)) {
                const double value = *cell.number == 0 ? 0.0 : *cell.number; // never "-0"
                check(worksheet_write_number(
                    worksheet, row, columnIndex(column), value,
                    formats.cell(cell.colour, cell.emphasis, qMax(cell.decimals, -1))));
            } else if (!cell.text.isEmpty()) {
                writeText(row, column, cell.text, formats.cell(cell.colour, cell.emphasis, -2));
            } else if (lxw_format* format = formats.cell(cell.colour, false, -2)) {
                check(worksheet_write_blank(worksheet, row, columnIndex(column), format));
            }
            noteWidth(column, cell.text.size());
        }
        ++row;
    }

    for (qsizetype column = 0; column < widths.size(); ++column) {
        const double width = double(qBound(minimumWidth, widths[column] + 2, maximumWidth));
        check(
            worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
    }
    if (!sheet.header.isEmpty()) {
        worksheet_freeze_panes(worksheet, 1, 0);
        check(worksheet_autofilter(worksheet, 0, 0, row - 1, lxw_col_t(widths.size() - 1)));
    }
    if (!sheet.source.isEmpty())
        writeText(row == 0 ? 0 : row + 1, 0, sheet.source, formats.source());
}

// A name beside path that no file has: the workbook is written there and renamed.
QString temporaryPath(const QString& path)
{
    const QFileInfo info(path);
    for (;;) {
        const QString candidate = info.dir().filePath(
            QStringLiteral(".%1.%2.tmp")
                .arg(info.fileName(),
                     QString::number(QRandomGenerator::global()->generate64(), 36)));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

QByteArray localName(const QString& path)
{
#ifdef Q_OS_WIN
    return path.toUtf8(); // libxlsxwriter turns the UTF-8 name into UTF-16 for Win32
#else
    return QFile::encodeName(path);
#endif
}

// libxlsxwriter writes numbers and column widths with snprintf("%.16G"), which follows the C
// locale; QCoreApplication sets the user's locale on Unix, and under a Swedish LC_NUMERIC 71.5
// would be written "71,5" and the workbook damaged. This thread uses the C numbers while the
// workbook is written (Windows keeps the "C" locale unless a program changes it).
class CNumbers
{
public:
#ifdef Q_OS_UNIX
    CNumbers()
    {
        const locale_t current = duplocale(uselocale(locale_t(nullptr)));
        if (current)
            m_numbers = newlocale(LC_NUMERIC_MASK, "C", current);
        if (m_numbers)
            m_previous = uselocale(m_numbers);
        else if (current)
            freelocale(current);
    }
    ~CNumbers()
    {
        if (m_numbers) {
            uselocale(m_previous);
            freelocale(m_numbers);
        }
    }

private:
    locale_t m_numbers = nullptr;
    locale_t m_previous = nullptr;
#endif
};

struct WorkbookDeleter
{
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

} // namespace

void XlsxWorkbookWriter::write(const QList<Sheet>& sheets, const QString& path)
{
    if (sheets.isEmpty())
        throw Error(tr("%1: a workbook needs at least one sheet").arg(path));
    const auto fail = [&path](const QString& why) {
        throw Error(tr("%1: cannot write the workbook (%2)").arg(path, why));
    };
    const auto libraryFail = [&fail](lxw_error error) {
        fail(QString::fromUtf8(lxw_strerror(error)));
    };

    const CNumbers numbers;
    const QString temporary = temporaryPath(path);
    const QByteArray temporaryName = localName(temporary);
    std::unique_ptr<lxw_workbook, WorkbookDeleter> workbook(
        workbook_new(temporaryName.constData()));
    if (!workbook)
        libraryFail(LXW_ERROR_MEMORY_MALLOC_FAILED);
    try {
        Formats formats(workbook.get());
        for (const Sheet& sheet : sheets)
            writeSheet(workbook.get(), sheet, formats);
    } catch (const LibraryError& e) {
        libraryFail(e.error); // nothing is written before workbook_close()
    }
    // workbook_close() writes the file and frees the workbook, also when it fails.
    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        libraryFail(closed);
    }
    if (QFileInfo::exists(path))
        QFile::setPermissions(temporary, QFile::permissions(path));
    std::error_code error;
    std::filesystem::rename(QFile(temporary).filesystemFileName(), QFile(path).filesystemFileName(),
                            error);
    if (error) {
        QFile::remove(temporary);
        fail(QString::fromStdString(error.message()));
    }
}

} // namespace jamfor
