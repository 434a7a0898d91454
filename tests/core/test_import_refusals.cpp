// SPDX-License-Identifier: GPL-3.0-or-later
// Every refusal names the file, the place and the problem, and leaves the database unchanged.
#define BOOST_TEST_MODULE import_refusals
#include "core/import/observationimporter.h"
#include "core/import/xlsxreader.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"
#include "tests/support/xlsxbuilder.h"

#include <QFile>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using importtesting::importData;
using importtesting::TempDatabase;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// A file with some content already: observations, a batch, indicators and areas.
struct Filled : TempDatabase
{
    Filled()
    {
        ObservationImporter importer(db());
        importer.importFile(importData(QStringLiteral("export_own.csv")));
        importer.importFile(importData(QStringLiteral("kolada_kpi_v2.json")));
    }

    // Imports the file expecting a refusal; checks that nothing changed; returns the message.
    std::string refuse(const QString& path, const ImportOptions& options = {})
    {
        const QByteArray before = importtesting::snapshot(db());
        const std::string message =
            importtesting::messageOf([&] { ObservationImporter(db()).importFile(path, options); });
        BOOST_TEST(importtesting::snapshot(db()) == before, "changed by " << path.toStdString());
        return message;
    }
    std::string refuseData(const char* name)
    {
        return refuse(importData(QString::fromLatin1(name)));
    }
};

bool has(const std::string& message, const std::string& part)
{
    return message.find(part) != std::string::npos;
}

QByteArray simpleSheet()
{
    using namespace xlsxbuilder;
    return sheetXml({
        row(1,
            {inlineText("A1", QStringLiteral("kpi")),
             inlineText("B1", QStringLiteral("municipality")),
             inlineText("C1", QStringLiteral("period")), inlineText("D1", QStringLiteral("gender")),
             inlineText("E1", QStringLiteral("value"))}),
        row(2,
            {inlineText("A2", QStringLiteral("N15419")), inlineText("B2", QStringLiteral("1435")),
             number("C2", "2023"), inlineText("D2", QStringLiteral("T")), number("E2", "71.5")}),
    });
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(refusals, Filled)

BOOST_AUTO_TEST_CASE(empty_file)
{
    const std::string m = refuseData("empty.csv");
    BOOST_TEST(has(m, "empty.csv: the file is empty"), m);
}

BOOST_AUTO_TEST_CASE(binary_file)
{
    const std::string m = refuseData("binary.csv");
    BOOST_TEST(has(m, "binary.csv: this is a binary file, not text (byte 9 is a NUL byte)"), m);
}

BOOST_AUTO_TEST_CASE(old_excel_file)
{
    const QString path = file(QStringLiteral("old.xls"));
    testfiles::writeAll(path,
                        QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    const std::string m = refuse(path);
    BOOST_TEST(has(m, "old.xls: this is an Excel 97–2003 workbook (.xls)"), m);
}

BOOST_AUTO_TEST_CASE(truncated_json)
{
    const std::string m = refuseData("truncated.json");
    BOOST_TEST(has(m, "truncated.json, line 4, column 46: the JSON is not valid"), m);
    BOOST_TEST(has(m, "truncated?"), m);
}

BOOST_AUTO_TEST_CASE(nan_tokens_in_json)
{
    const std::string m = refuseData("nan.json");
    BOOST_TEST(has(m, "nan.json, line 3, column"), m);
    BOOST_TEST(has(m, "NaN and Infinity are not JSON numbers"), m);
}

BOOST_AUTO_TEST_CASE(wrong_value_types_in_json)
{
    std::string m = refuseData("wrong_types.json");
    BOOST_TEST(has(m, "wrong_types.json, values[1].values[1] (N15419, 1486, 2023): \"value\" "
                      "should be a number or null, not a string (\"71,5\")"),
               m);
    m = refuseData("wrong_period_type.json");
    // A string of digits is a year (Kolada v3 sends "2023"); a list is not.
    BOOST_TEST(has(m, "wrong_period_type.json, values[0] (N15419, 1435): \"period\" should be a "
                      "year (a whole number), not a list"),
               m);
    m = refuseData("bad_gender.json");
    BOOST_TEST(has(m, "bad_gender.json, values[0].values[0] (N15419, 1435, 2023): the gender "
                      "\"F\" is not T, K or M"),
               m);
}

BOOST_AUTO_TEST_CASE(wrong_types_in_kpi_metadata)
{
    const QString path = file(QStringLiteral("kpi.json"));
    testfiles::writeAll(path, R"({"values": [{"id": "N1", "title": "A"},
        {"id": "N2", "title": "B", "is_divided_by_gender": "yes"}]})");
    std::string m = refuse(path);
    BOOST_TEST(has(m, "kpi.json, values[1] (N2): \"is_divided_by_gender\" should be 0, 1, true or "
                      "false, not a string"),
               m);
    testfiles::writeAll(path,
                        R"({"values": [{"id": "N1", "title": "A"}, {"id": "N1", "title": "B"}]})");
    m = refuse(path);
    BOOST_TEST(has(m, "kpi.json, values[1] (N1): the KPI N1 is described twice (also in "
                      "values[0])"),
               m);
    testfiles::writeAll(path, R"({"values": [{"id": "1435", "title": "Tanum", "type": "K"}]})");
    m = refuse(path);
    BOOST_TEST(has(m, "kpi.json: this is Kolada's list of municipalities"), m);
}

BOOST_AUTO_TEST_CASE(duplicate_key_with_other_value_in_json)
{
    const std::string m = refuseData("duplicate.json");
    BOOST_TEST(has(m, "duplicate.json, values[2].values[0]: N15419 1435 2023 T appears twice in "
                      "the file with different values: 72 here and 71.5 at values[0].values[0]"),
               m);
}

BOOST_AUTO_TEST_CASE(inconsistent_column_count)
{
    const std::string m = refuseData("columns.csv");
    BOOST_TEST(has(m, "columns.csv, line 3: expected 5 fields as in the header (line 1), found 4"),
               m);
}

BOOST_AUTO_TEST_CASE(missing_required_column)
{
    const std::string m = refuseData("missing_column.csv");
    BOOST_TEST(has(m, "missing_column.csv, line 1: the required column \"period\" (or År, year) is "
                      "missing (found: kpi, municipality, gender, value)"),
               m);
}

BOOST_AUTO_TEST_CASE(bad_year)
{
    const std::string m = refuseData("bad_year.csv");
    BOOST_TEST(
        has(m, "bad_year.csv, line 3: the year \"20x3\" is not a year between 1900 and 2200"), m);
}

BOOST_AUTO_TEST_CASE(a_note_inside_the_table_is_refused_at_its_line)
{
    const std::string m = refuseData("note_inside_table.csv");
    BOOST_TEST(has(m, "note_inside_table.csv, line 3: \"Se kommentar nedan\" stands inside the "
                      "table but names no municipality and holds no figure"),
               m);
}

BOOST_AUTO_TEST_CASE(unknown_unit_code)
{
    const std::string m = refuseData("unknown_unit.csv");
    BOOST_TEST(has(m, "unknown_unit.csv, line 3: unknown unit code \"9999\""), m);
}

BOOST_AUTO_TEST_CASE(duplicate_key_with_other_value_in_csv_names_the_earlier_line)
{
    // Line 4 repeats line 2 exactly (accepted); line 5 gives the same key another value.
    const std::string m = refuseData("duplicate.csv");
    BOOST_TEST(has(m, "duplicate.csv, line 5: N15419 1435 2023 T appears twice in the file with "
                      "different values: 72 here and 71.5 at line 2"),
               m);
}

BOOST_AUTO_TEST_CASE(duplicate_key_is_found_also_when_the_first_row_was_unchanged)
{
    // 1435 2023 T is stored as 71.5; the file repeats it (unchanged), then changes it.
    const QString path = file(QStringLiteral("again.csv"));
    testfiles::writeAll(path, "kpi,municipality,period,gender,value\n"
                              "N15419,1435,2023,T,71.5\n"
                              "N15419,1435,2023,T,80\n");
    ImportOptions replace;
    replace.onConflict = ConflictPolicy::Replace;
    const std::string m = refuse(path, replace);
    BOOST_TEST(has(m, "again.csv, line 3: N15419 1435 2023 T appears twice in the file with "
                      "different values: 80 here and 71.5 at line 2"),
               m);
}

BOOST_AUTO_TEST_CASE(conflict_with_stored_value_fails_by_default)
{
    const QString path = file(QStringLiteral("conflict.csv"));
    testfiles::writeAll(path, "kpi;municipality;period;gender;value\n"
                              "N15419;1427;2023;T;12,5\n"
                              "N15419;1435;2023;T;72,25\n");
    const std::string m = refuse(path);
    BOOST_TEST(has(m, "conflict.csv, line 2: N15419 1427 2023 T: the value 12.5 differs from the "
                      "stored value not_applicable (choose keep or replace)"),
               m);
}

BOOST_AUTO_TEST_CASE(numbers_that_cannot_be_read_for_certain)
{
    std::string m = refuseData("ambiguous.csv");
    BOOST_TEST(has(m, "ambiguous.csv, line 2: the value \"1,234\" is ambiguous: it is 1.234 if "
                      "\",\" is the decimal separator and 1234 if it separates thousands"),
               m);
    m = refuseData("mixed_decimal.csv");
    BOOST_TEST(has(m, "mixed_decimal.csv, line 3: the value \"70.25\" does not fit the file's "
                      "decimal comma (line 2 shows it)"),
               m);
    m = refuseData("not_a_number.csv");
    BOOST_TEST(has(m, "not_a_number.csv, line 2: the value \"71.5 %\" is not a number"), m);
}

BOOST_AUTO_TEST_CASE(header_without_rows)
{
    const std::string m = refuseData("header_only.csv");
    BOOST_TEST(has(m, "header_only.csv: the file has a header but no data rows"), m);
}

BOOST_AUTO_TEST_CASE(field_of_ten_megabytes)
{
    const QString path = file(QStringLiteral("huge.csv"));
    QByteArray text = "kpi,municipality,period,gender,value\nN15419,1435,2023,T,71.5\nN15419,";
    text += QByteArray(10 * 1024 * 1024, '7');
    text += ",2023,T,70\n";
    testfiles::writeAll(path, text);
    std::string m = refuse(path);
    BOOST_TEST(has(m, "huge.csv, line 3: a field is longer than 65536 characters"), m);

    // The same inside quotes, spanning lines.
    text = "kpi,municipality,period,gender,value\nN15419,1435,2023,T,\"";
    text += QByteArray(10 * 1024 * 1024, '\n');
    testfiles::writeAll(path, text + "\"\n");
    m = refuse(path);
    BOOST_TEST(has(m, "huge.csv, line 2: a field is longer than 65536 characters"), m);
}

BOOST_AUTO_TEST_CASE(html_page_named_xlsx)
{
    const std::string m = refuseData("html.xlsx");
    BOOST_TEST(has(m, "html.xlsx: this is an HTML web page, not an Excel workbook, although the "
                      "name ends in .xlsx"),
               m);
}

BOOST_AUTO_TEST_CASE(truncated_xlsx)
{
    const QString whole = file(QStringLiteral("whole.xlsx"));
    xlsxbuilder::writeWorkbook(whole, {{QStringLiteral("Blad1"), simpleSheet()}}, {});
    const QByteArray bytes = testfiles::readAll(whole);
    const QString path = file(QStringLiteral("truncated.xlsx"));
    testfiles::writeAll(path, bytes.left(bytes.size() * 2 / 3));
    const std::string m = refuse(path);
    BOOST_TEST(has(m, "truncated.xlsx: not a readable Excel workbook: the zip archive is damaged "
                      "or truncated"),
               m);
}

BOOST_AUTO_TEST_CASE(xlsx_bomb)
{
    // A worksheet of 64 MiB (mostly blanks inside the XML) that packs to a few dozen kB.
    QByteArray sheet = simpleSheet();
    sheet.insert(sheet.indexOf("<sheetData>"), QByteArray(64 * 1024 * 1024, ' '));
    const QString path = file(QStringLiteral("bomb.xlsx"));
    xlsxbuilder::writeWorkbook(path, {{QStringLiteral("Blad1"), sheet}}, {});
    BOOST_TEST(QFile(path).size() < 1024 * 1024);
    std::string m = refuse(path);
    BOOST_TEST(has(m, "bomb.xlsx: refused: the part xl/worksheets/sheet1.xml would unpack from"),
               m);
    BOOST_TEST(has(m, "(a zip bomb?)"), m);

    // The per-part limit, checked in the zip directory before anything is unpacked.
    const QString small = file(QStringLiteral("small.xlsx"));
    xlsxbuilder::writeWorkbook(small, {{QStringLiteral("Blad1"), simpleSheet()}}, {});
    m = importtesting::messageOf([&] { XlsxReader reader(small, 512); });
    BOOST_TEST(has(m, "small.xlsx: refused: the part"), m);
    BOOST_TEST(has(m, "more than the 0.0 MB a part may have"), m);
}

BOOST_AUTO_TEST_CASE(xlsx_cells_are_named_like_a_spreadsheet)
{
    using namespace xlsxbuilder;
    const QString path = file(QStringLiteral("cells.xlsx"));
    QList<QByteArray> rows{
        row(1, {inlineText("A1", QStringLiteral("Skolresultat"))}),
        row(3, {shared("A3", 0), shared("B3", 1), shared("C3", 2), shared("D3", 3)})};
    for (int r = 4; r < 7; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows.append(row(r, {inlineText(("A" + n).constData(), QStringLiteral("N15419")),
                            number(("B" + n).constData(), "1435"),
                            number(("C" + n).constData(), QByteArray::number(2014 + r).constData()),
                            number(("D" + n).constData(), "1")}));
    }
    QList<QByteArray> bad = rows;
    bad.append(row(7, {inlineText("A7", QStringLiteral("N15419")), number("B7", "1435"),
                       inlineText("C7", QStringLiteral("20x3")), number("D7", "1")}));
    writeWorkbook(path, {{QStringLiteral("Blad1"), sheetXml(bad)}},
                  {QStringLiteral("Nyckeltals-id"), QStringLiteral("Kommun-id"),
                   QStringLiteral("År"), QStringLiteral("Värde")});
    std::string m = refuse(path);
    BOOST_TEST(
        has(m, "cells.xlsx, Blad1!C7: the year \"20x3\" is not a year between 1900 and 2200"), m);

    bad = rows;
    bad.append(row(7, {inlineText("A7", QStringLiteral("N15419")), number("B7", "1435"),
                       number("C7", "2030"), errorCell("D7", "#DIV/0!")}));
    writeWorkbook(path, {{QStringLiteral("Mitt blad"), sheetXml(bad)}},
                  {QStringLiteral("Nyckeltals-id"), QStringLiteral("Kommun-id"),
                   QStringLiteral("År"), QStringLiteral("Värde")});
    m = refuse(path);
    BOOST_TEST(has(m, "cells.xlsx, 'Mitt blad'!D7: the value \"#DIV/0!\" is not a number"), m);

    ImportOptions options;
    options.sheet = QStringLiteral("Blad9");
    m = refuse(path, options);
    BOOST_TEST(has(m, "cells.xlsx: the workbook has no sheet named \"Blad9\"; its sheets are: "
                      "Mitt blad"),
               m);
}

BOOST_AUTO_TEST_SUITE_END()
