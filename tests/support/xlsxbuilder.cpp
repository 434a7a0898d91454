// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/xlsxbuilder.h"

#include <QFile>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <zip.h>

namespace xlsxbuilder {

void writeZip(const QString& path, const QList<Part>& parts)
{
    QFile::remove(path);
    int code = 0;
    zip_t* archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    BOOST_REQUIRE_MESSAGE(archive,
                          "cannot create " << path.toStdString() << " (libzip " << code << ")");
    for (const Part& part : parts) {
        // libzip reads the bytes when the archive is closed; it keeps a copy here.
        void* copy = std::malloc(std::max<size_t>(1, size_t(part.second.size())));
        BOOST_REQUIRE(copy);
        std::memcpy(copy, part.second.constData(), size_t(part.second.size()));
        zip_source_t* source =
            zip_source_buffer(archive, copy, zip_uint64_t(part.second.size()), 1);
        BOOST_REQUIRE(source);
        const zip_int64_t index = zip_file_add(archive, part.first.toUtf8().constData(), source,
                                               ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        BOOST_REQUIRE_MESSAGE(index >= 0, zip_strerror(archive));
        // OpenDocument wants its mimetype stored, not packed, so that it can be read at byte 38.
        if (part.first == QStringLiteral("mimetype"))
            BOOST_REQUIRE(zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) ==
                          0);
    }
    BOOST_REQUIRE_MESSAGE(zip_close(archive) == 0, zip_strerror(archive));
}

QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray shared(const char* ref, int index)
{
    return QByteArray("<c r=\"") + ref + "\" t=\"s\"><v>" + QByteArray::number(index) + "</v></c>";
}
QByteArray inlineText(const char* ref, const QString& text)
{
    return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + escaped(text) +
           "</t></is></c>";
}
QByteArray number(const char* ref, const char* value)
{
    return QByteArray("<c r=\"") + ref + "\" s=\"1\"><v>" + value + "</v></c>";
}
QByteArray errorCell(const char* ref, const char* error)
{
    return QByteArray("<c r=\"") + ref + "\" t=\"e\"><f>1/0</f><v>" + error + "</v></c>";
}
QByteArray row(int number, const QList<QByteArray>& cells)
{
    return "<row r=\"" + QByteArray::number(number) + "\">" + cells.join() + "</row>";
}

QByteArray sheetXml(const QList<QByteArray>& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<sheetData>" +
           rows.join() + "</sheetData></worksheet>";
}

QByteArray sharedStringsXml(const QStringList& strings)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "count=\"" +
                     QByteArray::number(strings.size()) + "\" uniqueCount=\"" +
                     QByteArray::number(strings.size()) + "\">";
    for (const QString& text : strings) {
        // Every other string as rich text runs, as Excel writes formatted cells.
        if (text.size() > 3 && text.size() % 2 == 0)
            xml += "<si><r><t>" + escaped(text.left(2)) + "</t></r><r><rPr><b/></rPr><t>" +
                   escaped(text.mid(2)) + "</t></r><rPh><t>x</t></rPh></si>";
        else
            xml += "<si><t>" + escaped(text) + "</t></si>";
    }
    return xml + "</sst>";
}

QList<Part> workbookParts(const QList<Part>& sheets, const QStringList& strings)
{
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                       "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                       "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument."
                       "spreadsheetml.sheet.main+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                          "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                          "officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "relationships\">";
    QList<Part> parts;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        // Sheets are stored in reverse part order so that the reader must follow the
        // relationships rather than guess sheetN.xml from the position.
        const QByteArray file = "sheet" + QByteArray::number(sheets.size() - i) + ".xml";
        workbook += "<sheet name=\"" + escaped(sheets[i].first) + "\" sheetId=\"" + n +
                    "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" Target=\"worksheets/" +
                file + "\"/>";
        types += "<Override PartName=\"/xl/worksheets/" + file +
                 "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                 "worksheet+xml\"/>";
        parts.append(
            {QStringLiteral("xl/worksheets/") + QString::fromLatin1(file), sheets[i].second});
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            "2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
    types += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    parts.prepend({QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml(strings)});
    parts.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.prepend({QStringLiteral("xl/workbook.xml"), workbook});
    parts.prepend({QStringLiteral("_rels/.rels"), rootRels});
    parts.prepend({QStringLiteral("[Content_Types].xml"), types});
    return parts;
}

void writeWorkbook(const QString& path, const QList<Part>& sheets, const QStringList& strings)
{
    writeZip(path, workbookParts(sheets, strings));
}

} // namespace xlsxbuilder
