// SPDX-License-Identifier: GPL-3.0-or-later
// OdsReader: the rows of OpenDocument spreadsheets, and the files it refuses.
#define BOOST_TEST_MODULE odsreader
#include "core/import/odsreader.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"
#include "tests/support/odsbuilder.h"
#include "tests/support/testfiles.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace odsbuilder;
using importtesting::messageOf;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

struct Files
{
    QTemporaryDir dir;
    QString file(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
    // "<path>: what", the whole message a refusal of that file should have.
    std::string expected(const QString& path, const char* what) const
    {
        return (path + QStringLiteral(": ") + QString::fromUtf8(what)).toStdString();
    }
};

// Every row left in the sheet as "number: cell | cell", a number marked with #.
QString rows(SheetReader& reader)
{
    QStringList lines;
    TableRow row;
    while (reader.readRow(row)) {
        QStringList cells;
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            cells.append((row.isNumeric(i) ? QStringLiteral("#") : QString()) +
                         QString::fromUtf8(row.cells[i]));
        BOOST_TEST(row.numeric.size() == row.cells.size());
        lines.append(QString::number(row.number) + QStringLiteral(": ") +
                     cells.join(QStringLiteral(" | ")));
    }
    return lines.join(u'\n');
}

QByteArray typed(const char* attributes, const char* shown)
{
    return rawCell(attributes, QByteArray("<text:p>") + shown + "</text:p>");
}

QByteArray simpleContent()
{
    return contentXml({table(QStringLiteral("Blad1"),
                             {row({cell(QStringLiteral("Kommun")), cell(QStringLiteral("Värde"))}),
                              row({cell(QStringLiteral("Tanum")), floatCell("71.5")})})});
}

bool has(const std::string& message, const std::string& part)
{
    return message.find(part) != std::string::npos;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(odsreader, Files)

BOOST_AUTO_TEST_CASE(values_numbers_and_texts)
{
    const QString path = file("values.ods");
    writeSpreadsheet(
        path,
        {table(
            QStringLiteral("Blad1"),
            {row({cell(QStringLiteral("Kommun")), cell(QStringLiteral("Kommunkod")),
                  cell(QStringLiteral("År")), cell(QStringLiteral("Värde")),
                  cell(QStringLiteral("Andel")), cell(QStringLiteral("Kostnad")),
                  cell(QStringLiteral("Klar")), cell(QStringLiteral("Datum")),
                  cell(QStringLiteral("Tid"))}),
             row({cell(QStringLiteral("Tanum")), floatCell("1435"), floatCell("2023"),
                  floatCell("71.5"),
                  typed(R"(office:value-type="percentage" office:value="0.125")", "12,5 %"),
                  typed(R"(office:value-type="currency" office:currency="SEK" )"
                        R"(office:value="1234.5")",
                        "1 234,50 kr"),
                  typed(R"(office:value-type="boolean" office:boolean-value="true")", "SANT"),
                  typed(R"(office:value-type="date" office:date-value="2023-12-31")", "2023-12-31"),
                  typed(R"(office:value-type="time" office:time-value="PT12H30M00S")",
                        "12:30:00")}),
             row({cell(QStringLiteral("Sotenäs")), emptyCell(2), floatCell("1.5E-3"),
                  typed(R"(office:value-type="string" office:string-value="från attributet")",
                        "visas"),
                  typed(R"(table:style-name="ce1")", "utan typ"),
                  typed(R"(office:value-type="boolean" office:boolean-value="false")", "FALSKT"),
                  typed(R"(office:value-type="float")", "12"), emptyCell(1000)}),
             row({emptyCell(4)}),
             row({emptyCell(), cell(QStringLiteral("B5")), emptyCell(1020)})})});
    OdsReader reader(path);
    BOOST_TEST(reader.sheetNames().join(u',') == QStringLiteral("Blad1"));
    reader.openSheet();
    BOOST_TEST(reader.sheetName() == QStringLiteral("Blad1"));
    BOOST_TEST(reader.size() > 0);
    BOOST_TEST(rows(reader) ==
               QStringLiteral("1: Kommun | Kommunkod | År | Värde | Andel | Kostnad | Klar | "
                              "Datum | Tid\n"
                              "2: Tanum | #1435 | #2023 | #71.5 | #0.125 | #1234.5 | TRUE | "
                              "2023-12-31 | PT12H30M00S\n"
                              "3: Sotenäs |  |  | #1.5E-3 | från attributet | utan typ | FALSE | "
                              "12\n"
                              "5:  | B5"));
    BOOST_TEST(reader.position() == reader.size());
}

BOOST_AUTO_TEST_CASE(repeated_rows_and_columns)
{
    const QString path = file("repeated.ods");
    writeSpreadsheet(path, {table(QStringLiteral("Blad1"),
                                  {row({cell(QStringLiteral("Kommun")), cell(QStringLiteral("År")),
                                        cell(QStringLiteral("Värde")), emptyCell(1021)}),
                                   row({cell(QStringLiteral("Tanum")), floatCell("2023"),
                                        floatCell("0", 2), emptyCell(1020)},
                                       3),
                                   row({emptyCell(1024)}, 5),
                                   row({cell(QStringLiteral("x"), 3), emptyCell(16381)}),
                                   // What LibreOffice writes after the last row of every sheet.
                                   row({emptyCell(1024)}, 1048553),
                                   row({cell(QStringLiteral("Källa: Kolada")), emptyCell(1023)}),
                                   row({emptyCell(1024)})})});
    QElapsedTimer timer;
    timer.start();
    OdsReader reader(path);
    BOOST_TEST(rows(reader) == QStringLiteral("1: Kommun | År | Värde\n"
                                              "2: Tanum | #2023 | #0 | #0\n"
                                              "3: Tanum | #2023 | #0 | #0\n"
                                              "4: Tanum | #2023 | #0 | #0\n"
                                              "10: x | x | x\n"
                                              "1048564: Källa: Kolada"));
    BOOST_TEST(timer.elapsed() < 2000, "took " << timer.elapsed() << " ms");
}

BOOST_AUTO_TEST_CASE(a_large_sheet_is_streamed)
{
    // content.xml of about 1 MB, many times what one read from the zip entry gives, and a
    // second sheet after it.
    QList<QByteArray> lines{row({cell(QStringLiteral("Kommun")), cell(QStringLiteral("År")),
                                 cell(QStringLiteral("Värde"))})};
    for (int i = 0; i < 5000; ++i)
        lines.append(row({cell(QStringLiteral("Tanum")),
                          floatCell(QByteArray::number(2000 + i % 24).constData()),
                          floatCell(QByteArray::number(i).append(".5").constData())}));
    const QString path = file("large.ods");
    writeSpreadsheet(path, {table(QStringLiteral("Blad1"), lines),
                            table(QStringLiteral("Blad2"), {row({cell(QStringLiteral("sist"))})})});
    OdsReader reader(path);
    BOOST_TEST(reader.size() > 1000000);
    BOOST_TEST(reader.sheetNames().join(u',') == QStringLiteral("Blad1,Blad2"));
    reader.openSheet();
    TableRow row;
    qint64 count = 0;
    QString last;
    while (reader.readRow(row)) {
        ++count;
        last = QString::number(row.number) + QStringLiteral(": ") +
               QString::fromUtf8(row.cells.value(2)) + (row.isNumeric(2) ? u'#' : u' ');
        BOOST_TEST(reader.position() <= reader.size());
    }
    BOOST_TEST(count == 5001);
    BOOST_TEST(last == QStringLiteral("5001: 4999.5#"));
    reader.openSheet(QStringLiteral("Blad2"));
    BOOST_TEST(rows(reader) == QStringLiteral("1: sist"));
    BOOST_TEST(reader.position() == reader.size());
}

BOOST_AUTO_TEST_CASE(covered_cells_of_merged_ranges_are_empty)
{
    const QString path = file("merged.ods");
    writeSpreadsheet(
        path,
        {table(QStringLiteral("Blad1"),
               {row({mergedCell(QStringLiteral("Kostnad äldreomsorg per invånare"), 4),
                     coveredCell(3)}),
                row({cell(QStringLiteral("Kommun")), mergedCell(QStringLiteral("Värde"), 2, 2),
                     coveredCell(), cell(QStringLiteral("Not"))}),
                // LibreOffice keeps the contents of hidden cells in covered cells on request.
                row({cell(QStringLiteral("Tanum")),
                     "<table:covered-table-cell office:value-type=\"float\" office:value=\"5\">"
                     "<text:p>5</text:p></table:covered-table-cell>",
                     coveredCell(), cell(QStringLiteral("x"))}),
                row({cell(QStringLiteral("Tanum")), floatCell("2022"), floatCell("21534.5"),
                     emptyCell()})})});
    OdsReader reader(path);
    BOOST_TEST(rows(reader) == QStringLiteral("1: Kostnad äldreomsorg per invånare\n"
                                              "2: Kommun | Värde |  | Not\n"
                                              "3: Tanum |  |  | x\n"
                                              "4: Tanum | #2022 | #21534.5"));
}

BOOST_AUTO_TEST_CASE(several_sheets_by_name)
{
    const QString path = file("sheets.ods");
    writeSpreadsheet(
        path,
        {table(QStringLiteral("Långt"),
               {row({cell(QStringLiteral("a1"))}), row({cell(QStringLiteral("a2"))})}),
         table(QStringLiteral("Mitt blad"), {row({emptyCell(2), cell(QStringLiteral("C1"))})}),
         table(QStringLiteral("Brett"), {row({floatCell("2022"), floatCell("2023")})})});
    {
        OdsReader reader(path);
        reader.openSheet(QStringLiteral("Brett"));
        BOOST_TEST(reader.sheetName() == QStringLiteral("Brett"));
        BOOST_TEST(rows(reader) == QStringLiteral("1: #2022 | #2023"));
        reader.openSheet(QStringLiteral("Mitt blad"));
        BOOST_TEST(rows(reader) == QStringLiteral("1:  |  | C1"));
        BOOST_TEST(reader.describeCell(3, 2) == QStringLiteral("'Mitt blad'!C3"));
        reader.openSheet();
        BOOST_TEST(reader.sheetName() == QStringLiteral("Långt"));
        BOOST_TEST(rows(reader) == QStringLiteral("1: a1\n2: a2"));
    }
    {
        // The sheet list read in the middle of a sheet leaves its place alone.
        OdsReader reader(path);
        reader.openSheet(QStringLiteral("Långt"));
        TableRow tableRow;
        BOOST_TEST(reader.readRow(tableRow));
        BOOST_TEST(reader.sheetNames().join(u',') == QStringLiteral("Långt,Mitt blad,Brett"));
        BOOST_TEST(rows(reader) == QStringLiteral("2: a2"));
    }
    const std::string noSheet = expected(
        path, "the spreadsheet has no sheet named \"Blad9\"; its sheets are: Långt, Mitt blad, "
              "Brett");
    OdsReader reader(path);
    BOOST_TEST(messageOf([&] { reader.openSheet(QStringLiteral("Blad9")); }) == noSheet);
    // Now the list is known and the answer needs no pass through the file.
    BOOST_TEST(messageOf([&] { reader.openSheet(QStringLiteral("Blad9")); }) == noSheet);
    BOOST_TEST(messageOf([&] { reader.openSheet(QStringLiteral("Brett")); }) == "(no error)");

    const QString empty = file("nosheets.ods");
    writeSpreadsheet(empty, {});
    BOOST_TEST(messageOf([&] { OdsReader(empty).openSheet(); }) ==
               expected(empty, "the spreadsheet has no sheets"));
}

BOOST_AUTO_TEST_CASE(text_markup)
{
    const QString path = file("text.ods");
    writeSpreadsheet(
        path,
        {table(QStringLiteral("Blad1"),
               {row({rawCell(R"(office:value-type="string")",
                             "<text:p>två <text:s/>mellanslag</text:p>"),
                     rawCell(R"(office:value-type="string")",
                             "<text:p><text:s text:c=\"3\"/>indrag</text:p>"),
                     rawCell(R"(office:value-type="string")",
                             "<text:p>Kostnad <text:span text:style-name=\"T1\">per</text:span> "
                             "<text:a xlink:href=\"https://www.kolada.se\">invånare</text:a>"
                             "</text:p>")}),
                row({rawCell(R"(office:value-type="string")",
                             "<text:p>Rad ett</text:p><text:p>Rad två</text:p>"),
                     rawCell(R"(office:value-type="string")",
                             "<text:p>a<text:tab/>b<text:line-break/>c</text:p>"),
                     rawCell(R"(office:value-type="string")",
                             "<office:annotation><dc:creator>Anna</dc:creator><text:p>en "
                             "kommentar</text:p></office:annotation><text:p>Tanum</text:p>")}),
                row({rawCell(R"(office:value-type="string")",
                             "<text:p>\n      Munkedal \n   kommun  </text:p>"),
                     rawCell(R"(office:value-type="string")", "<text:p/>"),
                     rawCell(R"(office:value-type="string")",
                             "<text:p>A &amp; B &lt;3&gt;</text:p>")})})});
    OdsReader reader(path);
    BOOST_TEST(rows(reader) == QStringLiteral("1: två  mellanslag |    indrag | Kostnad per "
                                              "invånare\n"
                                              "2: Rad ett\nRad två | a\tb\nc | Tanum\n"
                                              "3: Munkedal kommun |  | A & B <3>"));
}

BOOST_AUTO_TEST_CASE(libreoffice_file)
{
    // Written by LibreOffice Calc from a CSV (tests/data/README.md): a merged title, a note
    // below the table, a second sheet.
    OdsReader reader(importtesting::importData(QStringLiteral("libreoffice_long.ods")));
    BOOST_TEST(reader.sheetNames().join(u',') == QStringLiteral("Långt,Brett"));
    BOOST_TEST(rows(reader) == QStringLiteral("1: Kostnad äldreomsorg per invånare (N20007)\n"
                                              "2: Kommun | Kommunkod | År | Värde\n"
                                              "3: Tanum | #1435 | #2022 | #21534.5\n"
                                              "4: Tanum | #1435 | #2023 | #22810\n"
                                              "5: Sotenäs | #1427 | #2022 | #24102.25\n"
                                              "6: Sotenäs | #1427 | #2023 | #25377\n"
                                              "7: Munkedal | #1430 | #2022 | #19876\n"
                                              "8: Munkedal | #1430 | #2023 | #20911.75\n"
                                              "10: Källa: Kolada"));
    reader.openSheet(QStringLiteral("Brett"));
    BOOST_TEST(rows(reader) == QStringLiteral("1: Kommunkod | Kommun | #2022 | #2023\n"
                                              "2: #1435 | Tanum | #21534.5 | #22810\n"
                                              "3: #1427 | Sotenäs | #24102.25 | #25377\n"
                                              "4: #1430 | Munkedal | #19876 | #20911.75"));
    BOOST_TEST(reader.position() > 0);
    BOOST_TEST(reader.position() <= reader.size());
}

BOOST_AUTO_TEST_SUITE_END()

// Each refusal is the whole message, "<path>: <what>", as the importer shows it.
BOOST_FIXTURE_TEST_SUITE(odsreader_refusals, Files)

BOOST_AUTO_TEST_CASE(truncated_zip)
{
    const QString whole = file("whole.ods");
    xlsxbuilder::writeZip(whole, spreadsheetParts(simpleContent()));
    const QByteArray bytes = testfiles::readAll(whole);
    const QString path = file("truncated.ods");
    testfiles::writeAll(path, bytes.left(bytes.size() * 2 / 3));
    const std::string m = messageOf([&] { OdsReader reader(path); });
    BOOST_TEST(has(m, expected(path, "not a readable OpenDocument spreadsheet: the zip archive "
                                     "is damaged or truncated (")),
               m);
}

BOOST_AUTO_TEST_CASE(other_opendocument_files_and_zips)
{
    QList<Part> parts = spreadsheetParts(simpleContent());
    const QString text = file("brev.ods");
    parts[0].second = "application/vnd.oasis.opendocument.text";
    xlsxbuilder::writeZip(text, parts);
    BOOST_TEST(messageOf([&] { OdsReader reader(text); }) ==
               expected(text, "this OpenDocument file is a text document, not a spreadsheet (its "
                              "mimetype is application/vnd.oasis.opendocument.text)"));

    const QString slides = file("bilder.ods");
    parts[0].second = "application/vnd.oasis.opendocument.presentation";
    xlsxbuilder::writeZip(slides, parts);
    BOOST_TEST(messageOf([&] { OdsReader reader(slides); }) ==
               expected(slides, "this OpenDocument file is a presentation, not a spreadsheet (its "
                                "mimetype is application/vnd.oasis.opendocument.presentation)"));

    const QString epub = file("bok.ods");
    parts[0].second = "application/epub+zip";
    xlsxbuilder::writeZip(epub, parts);
    BOOST_TEST(messageOf([&] { OdsReader reader(epub); }) ==
               expected(epub, "this zip archive is not an OpenDocument spreadsheet (its mimetype "
                              "is \"application/epub+zip\")"));

    // Without a mimetype (it is optional) the content decides.
    parts.removeFirst();
    const QString bare = file("bare.ods");
    xlsxbuilder::writeZip(bare, parts);
    BOOST_TEST(messageOf([&] { OdsReader reader(bare); }) == "(no error)");

    parts = spreadsheetParts(simpleContent());
    parts.removeLast();
    const QString noContent = file("nocontent.ods");
    xlsxbuilder::writeZip(noContent, parts);
    BOOST_TEST(messageOf([&] { OdsReader reader(noContent); }) ==
               expected(noContent, "this zip archive is not an OpenDocument spreadsheet (it has "
                                   "no content.xml)"));

    const QString excel = file("excel.ods");
    xlsxbuilder::writeWorkbook(excel, {{QStringLiteral("Blad1"), xlsxbuilder::sheetXml({})}}, {});
    BOOST_TEST(messageOf([&] { OdsReader reader(excel); }) ==
               expected(excel, "this is an Excel workbook (.xlsx), not an OpenDocument "
                               "spreadsheet"));
}

BOOST_AUTO_TEST_CASE(encrypted)
{
    QList<Part> parts = spreadsheetParts(QByteArray("\x8f\x11\xa0\x05\xfe", 5).repeated(400));
    parts[1].second = manifestXml(true);
    const QString path = file("losen.ods");
    xlsxbuilder::writeZip(path, parts);
    BOOST_TEST(messageOf([&] { OdsReader reader(path); }) ==
               expected(path, "the spreadsheet is protected with a password, so its content "
                              "cannot be read; open it in LibreOffice, save a copy without a "
                              "password (File > Save As, without \"Save with password\") and "
                              "import that copy"));
}

BOOST_AUTO_TEST_CASE(zip_bomb_and_part_limit)
{
    // A content.xml of 64 MiB (mostly blanks inside the XML) that packs to a few dozen kB.
    QByteArray content = simpleContent();
    content.insert(content.indexOf("<office:body>"), QByteArray(64 * 1024 * 1024, ' '));
    const QString path = file("bomb.ods");
    xlsxbuilder::writeZip(path, spreadsheetParts(content));
    BOOST_TEST(QFile(path).size() < 1024 * 1024);
    std::string m = messageOf([&] { OdsReader reader(path); });
    BOOST_TEST(has(m, expected(path, "refused: the part content.xml would unpack from 0.")), m);
    BOOST_TEST(has(m, " to 64 MB ("), m);
    BOOST_TEST(has(m, ":1); no real spreadsheet packs that well (a zip bomb?)"), m);

    // The per-part limit, checked in the zip directory before anything is unpacked.
    const QString small = file("small.ods");
    xlsxbuilder::writeZip(small, spreadsheetParts(simpleContent()));
    m = messageOf([&] { OdsReader reader(small, 1000); });
    BOOST_TEST(m == expected(small, "refused: the part content.xml would unpack to 0.0 MB, more "
                                    "than the 0.0 MB a part may have (a zip bomb?)"));
}

BOOST_AUTO_TEST_CASE(damaged_xml_names_its_line)
{
    QByteArray content = contentXml(
        {table(QStringLiteral("Blad1"),
               {row({cell(QStringLiteral("Kommun"))}), row({cell(QStringLiteral("Tanum"))}),
                row({cell(QStringLiteral("Sotenäs")),
                     "<table:table-cell><text:p>trasig</text:q></table:table-cell>"})})});
    content.replace("<table:table-row", "\n<table:table-row");
    const QString path = file("damaged.ods");
    xlsxbuilder::writeZip(path, spreadsheetParts(content));
    OdsReader reader(path);
    TableRow tableRow;
    BOOST_TEST(reader.readRow(tableRow));
    BOOST_TEST(reader.readRow(tableRow));
    BOOST_TEST(messageOf([&] { reader.readRow(tableRow); }) ==
               expected(path, "the part content.xml is damaged or truncated: Opening and ending "
                              "tag mismatch. (XML line 5)"));

    // Cut short: the sheet list already finds it.
    const QString cut = file("cut.ods");
    xlsxbuilder::writeZip(cut, spreadsheetParts(simpleContent().chopped(40)));
    BOOST_TEST(messageOf([&] { OdsReader(cut).sheetNames(); }) ==
               expected(cut, "the part content.xml is damaged or truncated: Premature end of "
                             "document. (XML line 2)"));
}

BOOST_AUTO_TEST_CASE(repetition_bombs)
{
    const QString columns = file("columns.ods");
    writeSpreadsheet(columns, {table(QStringLiteral("Blad1"),
                                     {row({cell(QStringLiteral("Kommun"))}),
                                      row({emptyCell(16383), cell(QStringLiteral("x"), 2)})})});
    OdsReader columnReader(columns);
    TableRow tableRow;
    BOOST_TEST(columnReader.readRow(tableRow));
    BOOST_TEST(messageOf([&] { columnReader.readRow(tableRow); }) ==
               expected(columns, "Blad1, row 2: refused: the row's cells with content reach "
                                 "column 16385, beyond the 16384 columns a sheet may have (a zip "
                                 "bomb?)"));

    const QString rowsFile = file("rows.ods");
    writeSpreadsheet(rowsFile,
                     {table(QStringLiteral("Blad1"),
                            {row({cell(QStringLiteral("a"))}), row({emptyCell()}, 1048575),
                             row({cell(QStringLiteral("b"))}, 2)})});
    OdsReader rowReader(rowsFile);
    BOOST_TEST(rowReader.readRow(tableRow));
    BOOST_TEST(messageOf([&] { rowReader.readRow(tableRow); }) ==
               expected(rowsFile, "Blad1, row 1048577: refused: the rows with content reach row "
                                  "1048578, beyond the 1048576 rows a sheet may have (a zip "
                                  "bomb?)"));

    // A few bytes that would be 16384 cells in each of 1000 rows.
    const QString cells = file("cells.ods");
    writeSpreadsheet(
        cells, {table(QStringLiteral("Blad1"), {row({cell(QStringLiteral("x"), 16384)}, 1000)})});
    OdsReader cellReader(cells);
    int delivered = 0;
    const std::string m = messageOf([&] {
        while (cellReader.readRow(tableRow))
            ++delivered;
    });
    BOOST_TEST(delivered == 610);
    BOOST_TEST(m == expected(cells, "Blad1, row 611: refused: the sheet repeats its cells into "
                                    "more than 10000000 cells (a zip bomb?)"));

    // Spaces written as text:s.
    const QString spaces = file("spaces.ods");
    writeSpreadsheet(spaces,
                     {table(QStringLiteral("Blad1"),
                            {row({cell(QStringLiteral("Kommun")),
                                  rawCell(R"(office:value-type="string")",
                                          "<text:p><text:s text:c=\"2000000000\"/></text:p>")})})});
    BOOST_TEST(messageOf([&] { OdsReader(spaces).readRow(tableRow); }) ==
               expected(spaces, "Blad1, row 1: refused: the row holds more than 10000000 "
                                "characters of text (a zip bomb?)"));
}

BOOST_AUTO_TEST_SUITE_END()
