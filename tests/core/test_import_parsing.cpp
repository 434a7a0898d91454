// SPDX-License-Identifier: GPL-3.0-or-later
// The building blocks of the importer: numbers, encodings, CSV records, limits, detection.
#define BOOST_TEST_MODULE import_parsing
#include "core/import/csvtablereader.h"
#include "core/import/formatdetector.h"
#include "core/import/limiteddevice.h"
#include "core/import/numberparser.h"
#include "core/import/observationimporter.h"
#include "core/import/textstreamdecoder.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"

#include <QBuffer>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

double valueOf(NumberParser& parser, const char* text)
{
    const NumberParser::Result result = parser.parse(QByteArrayView(text), 1);
    BOOST_TEST_REQUIRE(int(result.kind) == int(NumberParser::Kind::Value),
                       text << ": " << result.error.toStdString());
    return result.value;
}

bool refused(NumberParser& parser, const char* text)
{
    return parser.parse(QByteArrayView(text), 7).kind == NumberParser::Kind::Invalid;
}

QByteArray decodeInChunks(const QByteArray& bytes, qsizetype chunk,
                          TextStreamDecoder::Encoding* encoding = nullptr)
{
    TextStreamDecoder decoder;
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        decoder.decode(QByteArrayView(bytes).sliced(i, std::min(chunk, bytes.size() - i)), out,
                       false);
    decoder.decode(QByteArrayView(), out, true);
    if (encoding)
        *encoding = decoder.encoding();
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(numbers_markers_signs_and_thousands_separators)
{
    NumberParser p;
    BOOST_TEST(int(p.parse("", 1).kind) == int(NumberParser::Kind::Missing));
    BOOST_TEST(int(p.parse(" - ", 1).kind) == int(NumberParser::Kind::Missing));
    BOOST_TEST(int(p.parse(".", 1).kind) == int(NumberParser::Kind::NotApplicable));
    BOOST_TEST(int(p.parse("..", 1).kind) == int(NumberParser::Kind::Confidential));
    BOOST_TEST(valueOf(p, "42") == 42.0);
    BOOST_TEST(valueOf(p, "+42") == 42.0);
    BOOST_TEST(valueOf(p, "\xE2\x88\x92"
                          "7") == -7.0); // U+2212 minus sign
    BOOST_TEST(valueOf(p, "1 234 567") == 1234567.0);
    BOOST_TEST(valueOf(p, "1\xC2\xA0"
                          "234") == 1234.0); // no-break space
    BOOST_TEST(valueOf(p, "1\xE2\x80\xAF"
                          "234") == 1234.0); // narrow no-break space
    BOOST_TEST(int(p.decimal()) == int(NumberParser::Decimal::Unknown));
    for (const char* text : {"12 34", "1 2345", "nan", "NaN", "inf", "Infinity", "1e", "--1",
                             "1,,5", "71,5 %", "0x10", "1 234 ,5", "12-3"})
        BOOST_TEST(refused(p, text), text);
}

BOOST_AUTO_TEST_CASE(decimal_separator_is_decided_once_per_file)
{
    NumberParser comma;
    BOOST_TEST(valueOf(comma, "71,5") == 71.5);
    BOOST_TEST(int(comma.decimal()) == int(NumberParser::Decimal::Comma));
    BOOST_TEST(valueOf(comma, "1,234") == 1.234);  // ambiguous shape, read with the decision
    BOOST_TEST(valueOf(comma, "1.234") == 1234.0); // the other one separates thousands
    BOOST_TEST(valueOf(comma, "1.234.567,5") == 1234567.5);
    BOOST_TEST(refused(comma, "1.5")); // a decimal point in a decimal-comma file
    BOOST_TEST(refused(comma, "1,234.5"));

    NumberParser point;
    BOOST_TEST(valueOf(point, "1,234.5") == 1234.5); // both: the last is the decimal separator
    BOOST_TEST(int(point.decimal()) == int(NumberParser::Decimal::Point));
    BOOST_TEST(valueOf(point, "1,234") == 1234.0);
    BOOST_TEST(valueOf(point, "0.125") == 0.125);
    BOOST_TEST(refused(point, "3,5"));

    // Shapes that decide: a leading zero, more than three digits before, not three after,
    // a repeated separator (thousands), a space group before it.
    for (const auto& [text, decimal] :
         std::initializer_list<std::pair<const char*, NumberParser::Decimal>>{
             {"0,234", NumberParser::Decimal::Comma},
             {"1234,567", NumberParser::Decimal::Comma},
             {"12,3456", NumberParser::Decimal::Comma},
             {"1,234,567", NumberParser::Decimal::Point},
             {"1 234.567", NumberParser::Decimal::Point},
             {"1.5E-3", NumberParser::Decimal::Point}}) {
        NumberParser fresh;
        fresh.parse(QByteArrayView(text), 1);
        BOOST_TEST(int(fresh.decimal()) == int(decimal), text);
    }

    NumberParser undecided;
    const NumberParser::Result ambiguous = undecided.parse("12,345", 9);
    BOOST_TEST(int(ambiguous.kind) == int(NumberParser::Kind::Invalid));
    BOOST_TEST(ambiguous.error.contains(QStringLiteral("12.345")));
    BOOST_TEST(ambiguous.error.contains(QStringLiteral("12345")));

    // Learning never fails and stops at the first value that decides.
    NumberParser learner;
    learner.learn("1,234", 2);
    learner.learn("abc", 3);
    learner.learn("2,5", 4);
    learner.learn("7.25", 5);
    BOOST_TEST(int(learner.decimal()) == int(NumberParser::Decimal::Comma));
    BOOST_TEST(learner.decidedAt() == 4);
}

BOOST_AUTO_TEST_CASE(machine_numbers_from_xlsx)
{
    BOOST_TEST(NumberParser::parseMachine("1.5E-3").value == 0.0015);
    BOOST_TEST(NumberParser::parseMachine("-12").value == -12.0);
    for (const char* text : {"nan", "inf", "1,5", "", "E5"})
        BOOST_TEST(int(NumberParser::parseMachine(QByteArrayView(text)).kind) ==
                       int(NumberParser::Kind::Invalid),
                   text);
}

BOOST_AUTO_TEST_CASE(encodings_are_decided_by_bom_or_first_non_ascii_character)
{
    TextStreamDecoder::Encoding encoding;
    // Windows-1252 whose first non-ASCII byte comes after many ASCII chunks.
    QByteArray latin(100000, 'a');
    latin += "Str\xF6mstad\x80";
    BOOST_TEST(decodeInChunks(latin, 4096, &encoding) ==
               QByteArray(100000, 'a') + "Str\xC3\xB6mstad\xE2\x82\xAC");
    BOOST_TEST(int(encoding) == int(TextStreamDecoder::Encoding::Windows1252));

    // UTF-8 with a multi-byte character split over two chunks.
    const QByteArray utf8 = "ab\xC3\xB6"
                            "c";
    BOOST_TEST(decodeInChunks(utf8, 3, &encoding) == utf8);
    BOOST_TEST(int(encoding) == int(TextStreamDecoder::Encoding::Utf8));

    BOOST_TEST(decodeInChunks("\xEF\xBB\xBFkpi", 2, &encoding) == QByteArray("kpi"));
    BOOST_TEST(int(encoding) == int(TextStreamDecoder::Encoding::Utf8));

    const QString text = QStringLiteral("Kön;Värde\n");
    QByteArray utf16 = "\xFF\xFE";
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    BOOST_TEST(decodeInChunks(utf16, 3, &encoding) == text.toUtf8());
    BOOST_TEST(int(encoding) == int(TextStreamDecoder::Encoding::Utf16LE));
}

BOOST_AUTO_TEST_CASE(csv_records_quotes_line_numbers_and_delimiter)
{
    importtesting::TempDatabase temp;
    const QString path = temp.file(QStringLiteral("q.csv"));
    testfiles::writeAll(path, "a;b;c\r\n"
                              "\"x;1\";\"multi\nline\";\"say \"\"hi\"\"\"\r\n"
                              "\n"
                              "1,5;2,5;\n");
    CsvTableReader reader(path);
    BOOST_TEST(reader.delimiter() == ';');
    TableRow row;
    BOOST_REQUIRE(reader.readRow(row));
    BOOST_TEST(row.number == 1);
    BOOST_REQUIRE(reader.readRow(row));
    BOOST_TEST(row.number == 2);
    BOOST_REQUIRE(row.cells.size() == 3);
    BOOST_TEST(row.cells[0] == QByteArrayView("x;1"));
    BOOST_TEST(row.cells[1] == QByteArrayView("multi\nline"));
    BOOST_TEST(row.cells[2] == QByteArrayView("say \"hi\""));
    BOOST_REQUIRE(reader.readRow(row));
    BOOST_TEST(row.number == 5); // the blank line 4 is skipped
    BOOST_REQUIRE(row.cells.size() == 3);
    BOOST_TEST(row.cells[2].isEmpty());
    BOOST_TEST(!reader.readRow(row));

    testfiles::writeAll(path, "kpi\tmunicipality\tvalue\nN1\t1435\t1,5\n");
    BOOST_TEST(CsvTableReader(path).delimiter() == '\t');
    testfiles::writeAll(path, "kpi,municipality,value\nN1,1435,\"1,5\"\n");
    BOOST_TEST(CsvTableReader(path).delimiter() == ',');

    testfiles::writeAll(path, "a,b\n\"open,2\n");
    CsvTableReader broken(path);
    const std::string message = importtesting::messageOf([&] {
        while (broken.readRow(row)) {
        }
    });
    BOOST_TEST(message.find("q.csv, line 2: a quoted field is not closed before the end of the "
                            "file") != std::string::npos,
               message);
}

BOOST_AUTO_TEST_CASE(limited_device_stops_at_the_limit)
{
    QByteArray data(5000, 'x');
    QBuffer source(&data);
    source.open(QIODevice::ReadOnly);
    LimitedDevice exact(&source, 5000);
    BOOST_TEST(exact.readAll().size() == 5000);
    BOOST_TEST(!exact.exceeded());

    source.seek(0);
    LimitedDevice limited(&source, 4096);
    const QByteArray read = limited.readAll();
    BOOST_TEST(read.size() <= 4096);
    BOOST_TEST(limited.exceeded());
    BOOST_TEST(limited.read(10).isEmpty());
}

BOOST_AUTO_TEST_CASE(formats_are_told_from_the_content)
{
    const auto detect = [](const char* name, const QByteArray& head) {
        return int(FormatDetector::detect(QString::fromLatin1(name), head, head.size()));
    };
    BOOST_TEST(detect("data.txt", "  \n{\"values\": []}") == int(ImportFormat::KoladaJson));
    BOOST_TEST(detect("data.json", "kpi,municipality\n") == int(ImportFormat::Csv));
    BOOST_TEST(detect("data.csv", QByteArray("PK\x03\x04", 4)) == int(ImportFormat::Xlsx));
    BOOST_TEST(detect("data.csv", QByteArray("\xFF\xFE[\0{\0", 6)) ==
               int(ImportFormat::KoladaJson));
    const std::string html = importtesting::messageOf(
        [] { FormatDetector::detect(QStringLiteral("page.csv"), "<!DOCTYPE HTML><html>", 21); });
    BOOST_TEST(html.find("page.csv: this is an HTML web page, not a table") != std::string::npos,
               html);
    const std::string blank = importtesting::messageOf(
        [] { FormatDetector::detect(QStringLiteral("blank.csv"), "\n\r\n  \n", 6); });
    BOOST_TEST(blank.find("blank.csv: the file is empty (it holds only blank lines)") !=
                   std::string::npos,
               blank);
}

BOOST_AUTO_TEST_CASE(semicolons_win_over_decimal_commas_and_commas_in_titles)
{
    // As Swedish Excel saves a sheet: semicolons, decimal commas, a title and a source note
    // with a comma in them. By comma the file has two fields on seven lines; by semicolon
    // three on six; it is a semicolon file.
    CsvTableReader reader(
        importtesting::importData(QStringLiteral("semicolon_decimal_comma_title.csv")));
    BOOST_TEST(reader.delimiter() == ';');
    // A file that really separates by comma still reads so.
    importtesting::TempDatabase temp;
    const QString path = temp.file(QStringLiteral("comma.csv"));
    testfiles::writeAll(path, "kpi,municipality,period,value\n"
                              "N1;x,1435,2023,1.5\n"
                              "N1,1486,2023,2.5\n"
                              "N1,1427,2023,3\n");
    BOOST_TEST(CsvTableReader(path).delimiter() == ',');
}

BOOST_AUTO_TEST_CASE(a_swedish_sheet_saved_as_csv_with_real_names_imports)
{
    importtesting::TempDatabase temp;
    ObservationImporter importer(temp.db());
    const ImportResult result = importer.importFile(
        importtesting::importData(QStringLiteral("semicolon_decimal_comma_title.csv")));
    BOOST_TEST(result.rows == 5);
    BOOST_TEST(result.rowsOutsideTable == 1);
    BOOST_TEST(importtesting::dump(temp.db()) ==
               importtesting::sorted({QStringLiteral("N20007 1440 2023 T 23456.7"),
                                      QStringLiteral("N20007 0114 2023 T 31002.5"),
                                      QStringLiteral("N20007 2023 2023 T 28990"),
                                      QStringLiteral("N20007 1438 2023 T 30111.25"),
                                      QStringLiteral("N20007 0000 2023 T 27000")}));
}
