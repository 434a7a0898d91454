// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/xlsxworkbookwriter.h"

#include "core/util/error.h"

#include <QBuffer>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace jamfor {

namespace {

const QByteArray xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Text for XML: escaped, without the control characters XML 1.0 forbids.
QByteArray xmlText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            clean += c;
    }
    return clean.toHtmlEscaped().toUtf8();
}

QByteArray cellRef(int column, int row)
{
    QByteArray letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters + QByteArray::number(row + 1);
}

QByteArray fillColour(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return "FFA8D58F";
    case ColourClass::Yellow:
        return "FFF6E38C";
    case ColourClass::Red:
        return "FFEE9A8F";
    case ColourClass::Missing:
        return "FFD9D9D9";
    case ColourClass::NoColour:
        break;
    }
    return {};
}

// The cell formats (styles.xml cellXfs) the sheets use, created as they are asked for.
class Styles
{
public:
    int index(ColourClass colour, bool bold, int decimals, bool header)
    {
        const QByteArray fill = header ? QByteArray("FFE8E8E8") : fillColour(colour);
        const QByteArray key =
            fill + '/' + QByteArray::number(bold || header) + '/' + QByteArray::number(decimals);
        if (const auto found = m_xfs.constFind(key); found != m_xfs.cend())
            return *found;
        int fillId = 0;
        if (!fill.isEmpty()) {
            fillId = int(m_fills.indexOf(fill));
            if (fillId < 0) {
                m_fills.append(fill);
                fillId = int(m_fills.size()) - 1;
            }
            fillId += 2; // after the two fills every workbook must have
        }
        const int numFmtId = decimals < 0 ? 0 : 164 + qBound(0, decimals, 6);
        if (decimals >= 0 && !m_numFmts.contains(numFmtId))
            m_numFmts.append(numFmtId);
        QByteArray xf = "<xf numFmtId=\"" + QByteArray::number(numFmtId) + "\" fontId=\"" +
                        QByteArray::number(bold || header ? 1 : 0) + "\" fillId=\"" +
                        QByteArray::number(fillId) + "\" borderId=\"0\" xfId=\"0\"";
        if (numFmtId != 0)
            xf += " applyNumberFormat=\"1\"";
        if (fillId != 0)
            xf += " applyFill=\"1\"";
        if (bold || header)
            xf += " applyFont=\"1\"";
        xf += "/>";
        m_xfList.append(xf);
        const int id = int(m_xfList.size()); // 0 is the default
        m_xfs.insert(key, id);
        return id;
    }

    QByteArray xml() const
    {
        QByteArray xml = xmlHeader + "<styleSheet xmlns=\"" + mainNs + "\">";
        if (!m_numFmts.isEmpty()) {
            xml += "<numFmts count=\"" + QByteArray::number(m_numFmts.size()) + "\">";
            for (const int id : m_numFmts) {
                QByteArray code = "#,##0";
                if (id > 164)
                    code += '.' + QByteArray(id - 164, '0');
                xml += "<numFmt numFmtId=\"" + QByteArray::number(id) + "\" formatCode=\"" + code +
                       "\"/>";
            }
            xml += "</numFmts>";
        }
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
               "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>";
        xml += "<fills count=\"" + QByteArray::number(m_fills.size() + 2) +
               "\"><fill><patternFill patternType=\"none\"/></fill>"
               "<fill><patternFill patternType=\"gray125\"/></fill>";
        for (const QByteArray& fill : m_fills)
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + fill +
                   "\"/><bgColor indexed=\"64\"/></patternFill></fill>";
        xml += "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/>"
               "</border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" "
               "fillId=\"0\" borderId=\"0\"/></cellStyleXfs>";
        xml += "<cellXfs count=\"" + QByteArray::number(m_xfList.size() + 1) +
               "\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
               m_xfList.join() + "</cellXfs>";
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
               "</cellStyles></styleSheet>";
        return xml;
    }

private:
    QHash<QByteArray, int> m_xfs;
    QList<QByteArray> m_xfList;
    QList<QByteArray> m_fills;
    QList<int> m_numFmts;
};

QByteArray numberText(double value)
{
    QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    return text == "-0" ? QByteArray("0") : text;
}

QByteArray sheetXml(const XlsxWorkbookWriter::Sheet& sheet, Styles& styles)
{
    QList<int> widths;
    const auto noteWidth = [&widths](int column, qsizetype length) {
        while (widths.size() <= column)
            widths.append(8);
        widths[column] = qMax(widths[column], int(qMin<qsizetype>(length + 2, 60)));
    };
    QByteArray rows;
    int rowIndex = 0;
    const auto textCell = [](const QByteArray& ref, int style, const QString& text) {
        return "<c r=\"" + ref + "\" s=\"" + QByteArray::number(style) +
               "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xmlText(text) +
               "</t></is></c>";
    };
    if (!sheet.header.isEmpty()) {
        rows += "<row r=\"1\">";
        const int style = styles.index(ColourClass::NoColour, true, -1, true);
        for (int column = 0; column < sheet.header.size(); ++column) {
            rows += textCell(cellRef(column, 0), style, sheet.header[column]);
            noteWidth(column, sheet.header[column].size());
        }
        rows += "</row>";
        rowIndex = 1;
    }
    for (const QList<ReportCell>& cells : sheet.rows) {
        rows += "<row r=\"" + QByteArray::number(rowIndex + 1) + "\">";
        for (int column = 0; column < cells.size(); ++column) {
            const ReportCell& cell = cells[column];
            const QByteArray ref = cellRef(column, rowIndex);
            if (cell.number) {
                const int style = styles.index(cell.colour, cell.emphasis, cell.decimals, false);
                rows += "<c r=\"" + ref + "\" s=\"" + QByteArray::number(style) + "\"><v>" +
                        numberText(*cell.number) + "</v></c>";
                noteWidth(column, cell.text.size());
            } else if (!cell.text.isEmpty()) {
                rows +=
                    textCell(ref, styles.index(cell.colour, cell.emphasis, -1, false), cell.text);
                noteWidth(column, cell.text.size());
            } else if (cell.colour != ColourClass::NoColour) {
                rows += "<c r=\"" + ref + "\" s=\"" +
                        QByteArray::number(styles.index(cell.colour, false, -1, false)) + "\"/>";
            }
        }
        rows += "</row>";
        ++rowIndex;
    }
    QByteArray xml = xmlHeader + "<worksheet xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs + "\">";
    if (!sheet.header.isEmpty())
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" "
               "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView>"
               "</sheetViews>";
    if (!widths.isEmpty()) {
        xml += "<cols>";
        for (int column = 0; column < widths.size(); ++column)
            xml += "<col min=\"" + QByteArray::number(column + 1) + "\" max=\"" +
                   QByteArray::number(column + 1) + "\" width=\"" +
                   QByteArray::number(widths[column]) + "\" customWidth=\"1\"/>";
        xml += "</cols>";
    }
    xml += "<sheetData>" + rows + "</sheetData></worksheet>";
    return xml;
}

} // namespace

void XlsxWorkbookWriter::write(const QList<Sheet>& sheets, const QString& path)
{
    if (sheets.isEmpty())
        throw Error(tr("%1: a workbook needs at least one sheet").arg(path));
    Styles styles;
    QList<QPair<QString, QByteArray>> parts;
    QByteArray types = xmlHeader +
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                       "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                       "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument."
                       "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument."
                       "spreadsheetml.styles+xml\"/>";
    QByteArray workbook =
        xmlHeader + "<workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs + "\"><sheets>";
    QByteArray rels = xmlHeader +
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "relationships\">";
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + xmlText(sheets[i].name) + "\" sheetId=\"" + n +
                    "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relNs +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                 "spreadsheetml.worksheet+xml\"/>";
        parts.append(
            {QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(sheets[i], styles)});
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdStyles\" Type=\"" + relNs +
            "/styles\" Target=\"styles.xml\"/></Relationships>";
    types += "</Types>";
    parts.prepend({QStringLiteral("xl/styles.xml"), styles.xml()});
    parts.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.prepend({QStringLiteral("xl/workbook.xml"), workbook});
    parts.prepend({QStringLiteral("_rels/.rels"),
                   xmlHeader +
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                       relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.prepend({QStringLiteral("[Content_Types].xml"), types});

    const auto fail = [&path](const QString& why) {
        throw Error(tr("%1: cannot write the workbook (%2)").arg(path, why));
    };
    // The workbook is small: it is zipped in memory and then saved in one go.
    QByteArray zipped;
    {
        QBuffer buffer(&zipped);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            fail(tr("zip error %1").arg(zip.getZipError()));
        for (const auto& [name, bytes] : std::as_const(parts)) {
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
                entry.write(bytes) != bytes.size())
                fail(tr("zip error %1").arg(entry.getZipError()));
            entry.close();
            if (entry.getZipError() != ZIP_OK)
                fail(tr("zip error %1").arg(entry.getZipError()));
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            fail(tr("zip error %1").arg(zip.getZipError()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(zipped) != zipped.size())
        fail(file.errorString());
    if (!file.commit())
        fail(file.errorString());
}

} // namespace jamfor
