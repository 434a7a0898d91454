// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/odsreader.h"

#include "core/import/limiteddevice.h"
#include "core/util/error.h"

#include <algorithm>

namespace jamfor {

namespace {

constexpr qint64 smallPartLimit = 16LL * 1024 * 1024; // mimetype, META-INF/manifest.xml
constexpr qint64 maximumRepeat = 1LL << 32;           // keeps the row and column sums in range

const QLatin1String officeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String tableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QLatin1String textNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1String spreadsheetType("application/vnd.oasis.opendocument.spreadsheet");

QString contentPart()
{
    return QStringLiteral("content.xml");
}

bool isElement(const QXmlStreamReader& xml, QLatin1String ns, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

// table:number-rows-repeated and the like: 1 when missing or not a positive number.
qint64 repeatCount(const QXmlStreamAttributes& attributes, QLatin1String ns, QLatin1String name)
{
    bool ok = false;
    const qint64 count = attributes.value(ns, name).toLongLong(&ok);
    return ok && count > 1 ? std::min(count, maximumRepeat) : 1;
}

bool isCollapsible(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

OdsReader::OdsReader(const QString& path, qint64 partLimit)
    : m_zip(std::make_unique<ZipArchive>(path, tr("OpenDocument spreadsheet"), partLimit))
{
    checkMimetype();
    if (!m_zip->hasPart(contentPart())) {
        if (m_zip->hasPart(QStringLiteral("xl/workbook.xml")))
            fail(tr("this is an Excel workbook (.xlsx), not an OpenDocument spreadsheet"));
        fail(tr("this zip archive is not an OpenDocument spreadsheet (it has no content.xml)"));
    }
    checkManifest();
    m_contentSize = m_zip->partSize(contentPart());
}

OdsReader::~OdsReader()
{
    m_xml.setDevice(nullptr);
    m_device.reset();
}

void OdsReader::fail(const QString& what) const
{
    m_zip->fail(what);
}

void OdsReader::checkMimetype()
{
    // The first part of every OpenDocument file, stored unpacked; optional for readers.
    if (!m_zip->hasPart(QStringLiteral("mimetype")))
        return;
    const QString type =
        QString::fromUtf8(m_zip->readPart(QStringLiteral("mimetype"), smallPartLimit))
            .trimmed()
            .left(100);
    if (type == spreadsheetType || type == spreadsheetType + QStringLiteral("-template"))
        return;
    const QString prefix = QStringLiteral("application/vnd.oasis.opendocument.");
    if (!type.startsWith(prefix))
        fail(tr("this zip archive is not an OpenDocument spreadsheet (its mimetype is \"%1\")")
                 .arg(type));
    const QStringView kind = QStringView(type).mid(prefix.size());
    QString what;
    if (kind.startsWith(u"text"))
        what = tr("a text document");
    else if (kind.startsWith(u"presentation"))
        what = tr("a presentation");
    else if (kind.startsWith(u"graphics"))
        what = tr("a drawing");
    else if (kind.startsWith(u"chart"))
        what = tr("a chart");
    else if (kind.startsWith(u"formula"))
        what = tr("a formula");
    else if (kind.startsWith(u"image"))
        what = tr("an image");
    else if (kind.startsWith(u"base") || kind.startsWith(u"database"))
        what = tr("a database");
    if (what.isEmpty())
        fail(tr("this OpenDocument file is not a spreadsheet (its mimetype is %1)").arg(type));
    fail(
        tr("this OpenDocument file is %1, not a spreadsheet (its mimetype is %2)").arg(what, type));
}

void OdsReader::checkManifest()
{
    const QString part = QStringLiteral("META-INF/manifest.xml");
    if (!m_zip->hasPart(part))
        return;
    const QByteArray bytes = m_zip->readPart(part, smallPartLimit);
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"encryption-data")
            fail(tr("the spreadsheet is protected with a password, so its content cannot be "
                    "read; open it in LibreOffice, save a copy without a password (File > Save "
                    "As, without \"Save with password\") and import that copy"));
    }
    if (xml.hasError())
        fail(xmlProblem(xml, nullptr, *m_zip, part));
}

QString OdsReader::xmlProblem(const QXmlStreamReader& xml, const LimitedDevice* device,
                              const ZipArchive& zip, const QString& part) const
{
    if (device && device->exceeded())
        return ZipArchive::tooLarge(part, device->limit());
    if (device && !zip.streamProblem().isEmpty())
        return tr("the part %1 is damaged or truncated (%2)").arg(part, zip.streamProblem());
    return tr("the part %1 is damaged or truncated: %2 (XML line %3)")
        .arg(part, xml.errorString())
        .arg(xml.lineNumber());
}

void OdsReader::problem() const
{
    fail(xmlProblem(m_xml, m_device.get(), *m_zip, contentPart()));
}

bool OdsReader::findTable(QXmlStreamReader& xml, const LimitedDevice* device, const ZipArchive& zip,
                          const QString* wanted, QStringList& names) const
{
    // office:document-content > office:body > office:spreadsheet > table:table; everything
    // else (styles, scripts, named ranges) is skipped, and so are the tables not wanted.
    if (xml.readNextStartElement()) {
        while (xml.readNextStartElement()) {
            if (!isElement(xml, officeNs, u"body")) {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (!isElement(xml, officeNs, u"spreadsheet")) {
                    xml.skipCurrentElement();
                    continue;
                }
                while (xml.readNextStartElement()) {
                    if (!isElement(xml, tableNs, u"table")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const QString name =
                        xml.attributes().value(tableNs, QLatin1String("name")).toString();
                    names.append(name);
                    if (wanted && (wanted->isEmpty() || *wanted == name))
                        return true;
                    xml.skipCurrentElement();
                }
            }
        }
    }
    if (xml.hasError())
        fail(xmlProblem(xml, device, zip, contentPart()));
    return false;
}

void OdsReader::failNoSheet(const QString& name, const QStringList& names) const
{
    if (names.isEmpty())
        fail(tr("the spreadsheet has no sheets"));
    fail(tr("the spreadsheet has no sheet named \"%1\"; its sheets are: %2")
             .arg(name, names.join(QStringLiteral(", "))));
}

QStringList OdsReader::sheetNames() const
{
    if (!m_sheetsKnown) {
        // A pass of its own, so that a sheet being read keeps its place.
        ZipArchive zip(m_zip->path(), tr("OpenDocument spreadsheet"), m_zip->partLimit());
        const std::unique_ptr<LimitedDevice> device = zip.openPart(contentPart());
        QXmlStreamReader xml(device.get());
        QStringList names;
        findTable(xml, device.get(), zip, nullptr, names);
        m_sheets = names;
        m_sheetsKnown = true;
    }
    return m_sheets;
}

void OdsReader::openSheet(const QString& name)
{
    if (m_sheetsKnown && (m_sheets.isEmpty() || (!name.isEmpty() && !m_sheets.contains(name))))
        failNoSheet(name, m_sheets);

    m_xml.setDevice(nullptr);
    m_device.reset();
    m_device = m_zip->openPart(contentPart());
    m_xml.setDevice(m_device.get());
    m_sheetDone = false;
    m_nextRow = 1;
    m_repeatsLeft = 0;
    m_repeatedCells = 0;
    m_cellText.resize(0);
    m_numeric.resize(0);

    QStringList names;
    if (!findTable(m_xml, m_device.get(), *m_zip, &name, names)) {
        m_sheets = names;
        m_sheetsKnown = true;
        m_sheetDone = true;
        failNoSheet(name, names);
    }
    m_sheetName = names.last();
}

qint64 OdsReader::position() const
{
    return m_device ? m_device->consumed() : 0;
}

bool OdsReader::readRow(TableRow& row)
{
    if (!m_device)
        openSheet();
    while (!m_sheetDone) {
        if (m_repeatsLeft > 0) {
            --m_repeatsLeft;
            m_repeatedCells += m_cellText.size();
            if (m_repeatedCells > maximumRepeatedCells)
                fail(tr("%1: refused: the sheet repeats its cells into more than %2 cells (a "
                        "zip bomb?)")
                         .arg(describeCell(m_nextRow, -1))
                         .arg(maximumRepeatedCells));
            deliver(row);
            return true;
        }
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Invalid:
            problem();
        case QXmlStreamReader::EndDocument:
            m_sheetDone = true;
            break;
        case QXmlStreamReader::EndElement:
            // Rows stand in the table and in row groups; nothing else is entered.
            if (isElement(m_xml, tableNs, u"table"))
                m_sheetDone = true;
            break;
        case QXmlStreamReader::StartElement:
            if (isElement(m_xml, tableNs, u"table-row")) {
                if (readTableRow()) {
                    deliver(row);
                    return true;
                }
            } else if (!isElement(m_xml, tableNs, u"table-header-rows") &&
                       !isElement(m_xml, tableNs, u"table-row-group") &&
                       !isElement(m_xml, tableNs, u"table-rows")) {
                m_xml.skipCurrentElement(); // columns, shapes, forms, ...
                if (m_xml.hasError())
                    problem();
            }
            break;
        default:
            break;
        }
    }
    return false;
}

void OdsReader::deliver(TableRow& row)
{
    row.number = m_nextRow++;
    row.cells.resize(m_cellText.size());
    for (qsizetype i = 0; i < m_cellText.size(); ++i)
        row.cells[i] = m_cellText[i];
    row.numeric = m_numeric;
}

bool OdsReader::readTableRow()
{
    const qint64 repeats =
        repeatCount(m_xml.attributes(), tableNs, QLatin1String("number-rows-repeated"));
    m_cellText.resize(0);
    m_numeric.resize(0);
    qint64 column = 0;
    qsizetype rowText = 0;
    while (m_xml.readNextStartElement()) {
        const bool covered = isElement(m_xml, tableNs, u"covered-table-cell");
        if (!covered && !isElement(m_xml, tableNs, u"table-cell")) {
            m_xml.skipCurrentElement();
            continue;
        }
        const qint64 count =
            repeatCount(m_xml.attributes(), tableNs, QLatin1String("number-columns-repeated"));
        if (covered) {
            // Hidden by a merged cell: empty here, as LibreOffice shows it.
            m_xml.skipCurrentElement();
            column += count;
            continue;
        }
        bool numeric = false;
        const QString text = readCell(numeric, maximumRowText - rowText);
        if (!text.isEmpty()) {
            if (column + count > maximumColumns)
                fail(tr("%1: refused: the row's cells with content reach column %2, beyond the "
                        "%3 columns a sheet may have (a zip bomb?)")
                         .arg(describeCell(m_nextRow, -1))
                         .arg(column + count)
                         .arg(maximumColumns));
            m_repeatedCells += count - 1;
            if (m_repeatedCells > maximumRepeatedCells)
                fail(tr("%1: refused: the sheet repeats its cells into more than %2 cells (a "
                        "zip bomb?)")
                         .arg(describeCell(m_nextRow, -1))
                         .arg(maximumRepeatedCells));
            rowText += text.size();
            const QByteArray utf8 = text.toUtf8();
            m_cellText.resize(column + count);
            m_numeric.resize(column + count);
            for (qint64 i = column; i < column + count; ++i) {
                m_cellText[i] = utf8; // shared, not copied
                m_numeric[i] = numeric;
            }
        }
        column += count;
    }
    if (m_xml.hasError())
        problem();
    if (m_cellText.isEmpty()) {
        m_nextRow += repeats; // costs nothing however many rows it stands for
        return false;
    }
    if (m_nextRow + repeats - 1 > maximumRows)
        fail(tr("%1: refused: the rows with content reach row %2, beyond the %3 rows a sheet may "
                "have (a zip bomb?)")
                 .arg(describeCell(m_nextRow, -1))
                 .arg(m_nextRow + repeats - 1)
                 .arg(maximumRows));
    m_repeatsLeft = repeats - 1;
    return true;
}

QString OdsReader::readCell(bool& numeric, qsizetype textLimit)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView type = attributes.value(officeNs, QLatin1String("value-type"));
    const auto value = [&](const char* name) {
        return attributes.value(officeNs, QLatin1String(name)).toString();
    };
    QString text;
    if (type == u"float" || type == u"percentage" || type == u"currency") {
        text = value("value"); // the invariant form, such as 71.5; a percentage as its fraction
        numeric = !text.isEmpty();
    } else if (type == u"boolean") {
        const QString truth = value("boolean-value");
        if (!truth.isEmpty())
            text = truth == u"true" || truth == u"1" ? QStringLiteral("TRUE")
                                                     : QStringLiteral("FALSE");
    } else if (type == u"date") {
        text = value("date-value");
    } else if (type == u"time") {
        text = value("time-value");
    } else if (type == u"string") {
        text = value("string-value");
    }
    if (!text.isEmpty()) {
        checkText(text, textLimit);
        m_xml.skipCurrentElement();
    } else {
        numeric = false;
        readParagraphs(text, textLimit);
    }
    if (m_xml.hasError())
        problem();
    return text;
}

void OdsReader::readParagraphs(QString& text, qsizetype textLimit)
{
    bool first = true;
    while (m_xml.readNextStartElement()) {
        if (isElement(m_xml, textNs, u"p") || isElement(m_xml, textNs, u"h")) {
            if (!first)
                text += u'\n';
            first = false;
            readParagraph(text, textLimit);
        } else {
            m_xml.skipCurrentElement(); // office:annotation, draw:frame, ...
        }
    }
}

void OdsReader::readParagraph(QString& text, qsizetype textLimit)
{
    // OpenDocument's white space: runs of blanks in the XML are one space, none at the start
    // or end of a paragraph; text:s, text:tab and text:line-break are the blanks that count.
    bool afterSpace = true;
    qsizetype collapsibleEnd = -1; // the end of the text after a space from the XML
    int depth = 0;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Characters:
            for (const QChar c : m_xml.text()) {
                if (!isCollapsible(c)) {
                    text += c;
                    afterSpace = false;
                } else if (!afterSpace) {
                    text += u' ';
                    afterSpace = true;
                    collapsibleEnd = text.size();
                }
            }
            checkText(text, textLimit);
            break;
        case QXmlStreamReader::StartElement:
            if (m_xml.namespaceUri() != textNs || m_xml.name() == u"note" ||
                m_xml.name() == u"ruby-text") {
                m_xml.skipCurrentElement(); // annotations, frames, footnotes
            } else if (m_xml.name() == u"s") {
                const qint64 count =
                    std::min<qint64>(repeatCount(m_xml.attributes(), textNs, QLatin1String("c")),
                                     std::max<qint64>(0, textLimit - text.size() + 1));
                text += QString(qsizetype(count), u' ');
                afterSpace = false;
                checkText(text, textLimit);
                m_xml.skipCurrentElement();
            } else if (m_xml.name() == u"tab") {
                text += u'\t';
                afterSpace = false;
                m_xml.skipCurrentElement();
            } else if (m_xml.name() == u"line-break") {
                text += u'\n';
                afterSpace = false;
                m_xml.skipCurrentElement();
            } else {
                ++depth; // text:span, text:a, fields: their text counts
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0) {
                if (afterSpace && collapsibleEnd == text.size())
                    text.chop(1);
                return;
            }
            break;
        default:
            break;
        }
    }
}

void OdsReader::checkText(const QString& text, qsizetype textLimit) const
{
    if (text.size() > textLimit)
        fail(tr("%1: refused: the row holds more than %2 characters of text (a zip bomb?)")
                 .arg(describeCell(m_nextRow, -1))
                 .arg(maximumRowText));
}

} // namespace jamfor
