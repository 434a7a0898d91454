// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/odsbuilder.h"

namespace odsbuilder {

namespace {

QByteArray repeated(const char* attribute, qint64 repeat)
{
    if (repeat <= 1)
        return {};
    return QByteArray(" table:") + attribute + "=\"" + QByteArray::number(repeat) + "\"";
}

const char namespaces[] =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
    "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
    "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
    "office:version=\"1.3\"";

} // namespace

QByteArray cell(const QString& text, int repeat)
{
    return "<table:table-cell" + repeated("number-columns-repeated", repeat) +
           " office:value-type=\"string\" calcext:value-type=\"string\"><text:p>" +
           xlsxbuilder::escaped(text) + "</text:p></table:table-cell>";
}

QByteArray floatCell(const char* value, int repeat)
{
    // The paragraph shows the number as a Swedish LibreOffice would; office:value counts.
    return "<table:table-cell" + repeated("number-columns-repeated", repeat) +
           " office:value-type=\"float\" office:value=\"" + value +
           "\" calcext:value-type=\"float\"><text:p>" + QByteArray(value).replace('.', ',') +
           "</text:p></table:table-cell>";
}

QByteArray emptyCell(int repeat)
{
    return "<table:table-cell" + repeated("number-columns-repeated", repeat) + "/>";
}

QByteArray coveredCell(int repeat)
{
    return "<table:covered-table-cell" + repeated("number-columns-repeated", repeat) + "/>";
}

QByteArray mergedCell(const QString& text, int columns, int rows)
{
    return "<table:table-cell table:number-columns-spanned=\"" + QByteArray::number(columns) +
           "\" table:number-rows-spanned=\"" + QByteArray::number(rows) +
           "\" office:value-type=\"string\"><text:p>" + xlsxbuilder::escaped(text) +
           "</text:p></table:table-cell>";
}

QByteArray rawCell(const QByteArray& attributes, const QByteArray& content)
{
    return "<table:table-cell " + attributes + ">" + content + "</table:table-cell>";
}

QByteArray row(const QList<QByteArray>& cells, qint64 repeat)
{
    return "<table:table-row table:style-name=\"ro1\"" + repeated("number-rows-repeated", repeat) +
           ">" + cells.join() + "</table:table-row>";
}

QByteArray table(const QString& name, const QList<QByteArray>& rows)
{
    return "<table:table table:name=\"" + xlsxbuilder::escaped(name) +
           "\" table:style-name=\"ta1\"><table:table-column table:style-name=\"co1\" "
           "table:number-columns-repeated=\"4\" table:default-cell-style-name=\"Default\"/>" +
           rows.join() + "</table:table>";
}

QByteArray contentXml(const QList<QByteArray>& tables)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content ") +
           namespaces +
           "><office:scripts/><office:font-face-decls/><office:automatic-styles><style:style "
           "style:name=\"ro1\" style:family=\"table-row\"/></office:automatic-styles>"
           "<office:body><office:spreadsheet><table:calculation-settings "
           "table:automatic-find-labels=\"false\"/>" +
           tables.join() +
           "<table:named-expressions/></office:spreadsheet></office:body>"
           "</office:document-content>";
}

QByteArray manifestXml(bool encrypted)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
                     "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                     "manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
                     "manifest:version=\"1.3\" "
                     "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                     "<manifest:file-entry manifest:full-path=\"styles.xml\" "
                     "manifest:media-type=\"text/xml\"/><manifest:file-entry "
                     "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"";
    if (encrypted)
        xml += " manifest:size=\"2048\"><manifest:encryption-data "
               "manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#"
               "sha256-1k\" manifest:checksum=\"AAAA\"><manifest:algorithm "
               "manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\" "
               "manifest:initialisation-vector=\"AAAA\"/><manifest:key-derivation "
               "manifest:key-derivation-name=\"PBKDF2\" manifest:key-size=\"32\" "
               "manifest:iteration-count=\"100000\" manifest:salt=\"AAAA\"/>"
               "</manifest:encryption-data></manifest:file-entry>";
    else
        xml += "/>";
    return xml + "</manifest:manifest>";
}

QList<Part> spreadsheetParts(const QByteArray& content)
{
    const QByteArray styles =
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles ") +
        namespaces + "><office:styles/></office:document-styles>";
    return {
        {QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
        {QStringLiteral("META-INF/manifest.xml"), manifestXml()},
        {QStringLiteral("styles.xml"), styles},
        {QStringLiteral("content.xml"), content},
    };
}

void writeSpreadsheet(const QString& path, const QList<QByteArray>& tables)
{
    xlsxbuilder::writeZip(path, spreadsheetParts(contentXml(tables)));
}

} // namespace odsbuilder
