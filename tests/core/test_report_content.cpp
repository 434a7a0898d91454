// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE report_content
#include "core/analysis/trend.h"
#include "core/import/observationimporter.h"
#include "core/import/xlsxreader.h"
#include "core/report/analysisreportbuilder.h"
#include "core/report/compilationbuilder.h"
#include "core/report/reporthtml.h"
#include "core/report/reportsource.h"
#include "core/report/swedishnumbers.h"
#include "core/report/tableexport.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/observationrepository.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/demoanalysis.h"
#include "tests/support/testfiles.h"

#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

const QString nnbsp = QStringLiteral("\u202F");
const QString minus = QStringLiteral("\u2212");

ImportBatch batch(const QString& fileName, const QString& source)
{
    ImportBatch b;
    b.fileName = fileName;
    b.source = source;
    return b;
}

// Every cell of every row of a sheet as text.
QList<QStringList> readSheet(XlsxReader& reader, const QString& sheet, QList<QList<bool>>* numeric)
{
    reader.openSheet(sheet);
    QList<QStringList> rows;
    TableRow row;
    while (reader.readRow(row)) {
        QStringList cells;
        QList<bool> flags;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            cells << QString::fromUtf8(row.cells[i]);
            flags << row.isNumeric(i);
        }
        rows << cells;
        if (numeric)
            numeric->append(flags);
    }
    return rows;
}

} // namespace

BOOST_AUTO_TEST_SUITE(typography)

BOOST_AUTO_TEST_CASE(groups_thousands_with_a_narrow_no_break_space_and_uses_a_decimal_comma)
{
    BOOST_TEST(SwedishNumbers::format(1150000, 0) ==
               QStringLiteral("1") + nnbsp + QStringLiteral("150") + nnbsp + QStringLiteral("000"));
    BOOST_TEST(SwedishNumbers::format(4600, 0) ==
               QStringLiteral("4") + nnbsp + QStringLiteral("600"));
    BOOST_TEST(SwedishNumbers::format(999, 0) == QStringLiteral("999"));
    BOOST_TEST(SwedishNumbers::format(71.5, 1) == QStringLiteral("71,5"));
    BOOST_TEST(SwedishNumbers::format(1234.567, 2) ==
               QStringLiteral("1") + nnbsp + QStringLiteral("234,57"));
    BOOST_TEST(SwedishNumbers::format(0.25, 2) == QStringLiteral("0,25"));
}

BOOST_AUTO_TEST_CASE(uses_a_real_minus_sign_and_never_a_negative_zero)
{
    BOOST_TEST(SwedishNumbers::format(-3.25, 2) == minus + QStringLiteral("3,25"));
    BOOST_TEST(SwedishNumbers::format(-12500, 0) ==
               minus + QStringLiteral("12") + nnbsp + QStringLiteral("500"));
    BOOST_TEST(SwedishNumbers::format(-0.004, 2) == QStringLiteral("0,00"));
    BOOST_TEST(SwedishNumbers::formatSigned(0.8, 1) == QStringLiteral("+0,8"));
    BOOST_TEST(SwedishNumbers::formatSigned(-1.2, 1) == minus + QStringLiteral("1,2"));
    BOOST_TEST(SwedishNumbers::formatSigned(0.001, 1) == QStringLiteral("0,0"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(neutralisation)

BOOST_AUTO_TEST_CASE(text_that_a_spreadsheet_would_run_gets_an_apostrophe)
{
    BOOST_TEST(TableExport::neutralised(QStringLiteral("=SUM(A1:A9)")) ==
               QStringLiteral("'=SUM(A1:A9)"));
    BOOST_TEST(TableExport::neutralised(QStringLiteral("+46 70")) == QStringLiteral("'+46 70"));
    BOOST_TEST(TableExport::neutralised(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    BOOST_TEST(TableExport::neutralised(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    BOOST_TEST(TableExport::neutralised(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    BOOST_TEST(TableExport::neutralised(QStringLiteral("Tanum")) == QStringLiteral("Tanum"));
    BOOST_TEST(TableExport::neutralised(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    BOOST_TEST(TableExport::neutralised(QString()).isEmpty());
}

BOOST_AUTO_TEST_CASE(csv_neutralises_text_quotes_separators_and_keeps_numbers)
{
    ReportTable table;
    table.header << QStringLiteral("Kommun") << QStringLiteral("Värde");
    table.rows.append({ReportCell::fromText(QStringLiteral("=cmd|' /C calc'!A0")),
                       ReportCell::fromNumber(-3.5, 1)});
    table.rows.append({ReportCell::fromText(QStringLiteral("Säg \"hej\"; nu")),
                       ReportCell::fromNumber(1150000, 0)});
    const QByteArray csv = TableExport::toCsv(table);
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Kommun;V\xC3\xA4rde\r\n"
                                "'=cmd|' /C calc'!A0;-3,5\r\n"
                                "\"S\xC3\xA4g \"\"hej\"\"; nu\";1150000\r\n";
    BOOST_TEST(csv == expected);
}

// XLSX text cells are strings, never run as formulas: they keep their text without an apostrophe.
BOOST_AUTO_TEST_CASE(xlsx_holds_numbers_as_numbers_and_text_as_written)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tabell.xlsx"));
    ReportTable first;
    first.title = QStringLiteral("Jämförelse: äldreomsorg/2024");
    first.header << QStringLiteral("Kommun") << QStringLiteral("Värde") << QStringLiteral("Not");
    ReportCell green = ReportCell::fromNumber(71.5, 1);
    green.colour = ColourClass::Green;
    first.rows.append({ReportCell::fromText(QStringLiteral("Tanum")), green,
                       ReportCell::fromText(QStringLiteral("@SUM(1)"))});
    first.rows.append({ReportCell::fromText(QStringLiteral("+Orust")),
                       ReportCell::fromNumber(-1250.25, 2),
                       ReportCell::fromText(QStringLiteral("ok"))});
    ReportTable second;
    second.title = first.title; // same name: the second sheet gets " (2)"
    second.header << QStringLiteral("-x");
    TableExport::writeXlsx({first, second}, path);

    XlsxReader reader(path);
    const QStringList sheets = reader.sheetNames();
    BOOST_REQUIRE_EQUAL(sheets.size(), 2);
    BOOST_TEST(sheets[0] == QStringLiteral("Jämförelse  äldreomsorg 2024").simplified());
    BOOST_TEST(sheets[1] == sheets[0] + QStringLiteral(" (2)"));
    QList<QList<bool>> numeric;
    const QList<QStringList> rows = readSheet(reader, sheets[0], &numeric);
    BOOST_REQUIRE_EQUAL(rows.size(), 3);
    BOOST_TEST(rows[0] == (QStringList{QStringLiteral("Kommun"), QStringLiteral("Värde"),
                                       QStringLiteral("Not")}));
    BOOST_TEST(rows[1][0] == QStringLiteral("Tanum"));
    BOOST_TEST(numeric[1][1]);
    BOOST_TEST(rows[1][1].toDouble() == 71.5);
    BOOST_TEST(rows[1][2] == QStringLiteral("@SUM(1)"));
    BOOST_TEST(!numeric[1][2]);
    BOOST_TEST(rows[2][0] == QStringLiteral("+Orust"));
    BOOST_TEST(numeric[2][1]);
    BOOST_TEST(rows[2][1].toDouble() == -1250.25);
    BOOST_TEST(!numeric[2][2]);
    const QList<QStringList> secondRows = readSheet(reader, sheets[1], nullptr);
    BOOST_REQUIRE_EQUAL(secondRows.size(), 1);
    BOOST_TEST(secondRows[0][0] == QStringLiteral("-x"));
}

BOOST_AUTO_TEST_CASE(sheet_names_are_what_excel_accepts)
{
    BOOST_TEST(TableExport::sheetName(QStringLiteral("a[b]:c*d?e/f\\g"), {}) ==
               QStringLiteral("a b c d e f g"));
    const QString longName(40, u'x');
    BOOST_TEST(TableExport::sheetName(longName, {}).size() == 31);
    BOOST_TEST(TableExport::sheetName(longName, {QString(31, u'x')}) ==
               QString(27, u'x') + QStringLiteral(" (2)"));
    BOOST_TEST(TableExport::sheetName(QStringLiteral("''"), {}) == TableExport::tr("Table"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(html)

BOOST_AUTO_TEST_CASE(every_text_is_escaped)
{
    ReportDocument document;
    document.title = QStringLiteral("<title>&");
    document.sourceLine = QStringLiteral("Källa: <b>x</b>");
    document.exampleDataLabel = QStringLiteral("Exempeldata <i>");
    document.addHeading(QStringLiteral("<script>alert(1)</script>"));
    document.addParagraph(QStringLiteral("a & b \"c\"\nnästa rad"));
    document.addFacts({{QStringLiteral("<k>"), QStringLiteral("<v>")}});
    document.addList({QStringLiteral("<li>")});
    ReportTable table;
    table.title = QStringLiteral("<t>");
    table.header << QStringLiteral("<h>");
    ReportCell cell = ReportCell::fromText(QStringLiteral("<img src=x onerror=alert(1)>"));
    cell.colour = ColourClass::Red;
    table.rows.append({cell});
    table.caption = QStringLiteral("<c>");
    document.addTable(table);

    const QString html = ReportHtml::write(document, {});
    for (const char* raw : {"<script>", "<title>&</title>", "<b>x</b>", "<i>", "<k>", "<v>",
                            "<li><li>", "<t>", "<h>", "<img src=x", "<c>"})
        BOOST_TEST(!html.contains(QString::fromUtf8(raw)), "unescaped: " << raw);
    for (const char* escaped : {"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;title&gt;&amp;",
                                "a &amp; b &quot;c&quot;<br>n", "Källa: &lt;b&gt;x&lt;/b&gt;",
                                "Exempeldata &lt;i&gt;", "&lt;img src=x onerror=alert(1)&gt;"})
        BOOST_TEST(html.contains(QString::fromUtf8(escaped)), "missing: " << escaped);
    BOOST_TEST(html.contains(
        QStringLiteral("bgcolor=\"%1\"").arg(ReportHtml::background(ColourClass::Red))));
}

BOOST_AUTO_TEST_CASE(a_page_break_applies_to_the_next_block)
{
    ReportDocument document;
    document.addParagraph(QStringLiteral("ett"));
    document.addPageBreak();
    document.addHeading(QStringLiteral("två"), 2);
    const QString html = ReportHtml::write(document, {});
    BOOST_TEST(html.contains(QStringLiteral("<h2 style=\"page-break-before: always\">två</h2>")));
    BOOST_TEST(html.count(QStringLiteral("page-break-before")) == 1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(source_line)

BOOST_AUTO_TEST_CASE(kolada_is_credited_for_api_and_kolada_json_only)
{
    BOOST_TEST(ReportSource::describe({batch(QStringLiteral("https://api.kolada.se/v3/data"),
                                             QStringLiteral("Kolada API"))}) ==
               ReportSource::tr("Source: %1").arg(QStringLiteral("Kolada")));
    BOOST_TEST(
        ReportSource::describe({batch(QStringLiteral("export.JSON"), QStringLiteral("file"))}) ==
        ReportSource::tr("Source: %1").arg(QStringLiteral("Kolada")));
    BOOST_TEST(ReportSource::describe({batch(QStringLiteral("b.csv"), QStringLiteral("file")),
                                       batch(QStringLiteral("a10.xlsx"), QStringLiteral("file")),
                                       batch(QStringLiteral("a9.xlsx"), QStringLiteral("file")),
                                       batch(QStringLiteral("b.csv"), QStringLiteral("file"))}) ==
               ReportSource::tr("Source: %1").arg(QStringLiteral("a9.xlsx; a10.xlsx; b.csv")));
    BOOST_TEST(ReportSource::describe({batch(QStringLiteral("b.csv"), QStringLiteral("file")),
                                       batch(QString(), QStringLiteral("own figures")),
                                       batch(QStringLiteral("k.json"), QStringLiteral("file"))}) ==
               ReportSource::tr("Source: %1")
                   .arg(QStringLiteral("Kolada; b.csv; ") + ReportSource::tr("own figures")));
    BOOST_TEST(ReportSource::describe({}) == ReportSource::tr("Source: no stored values"));
}

BOOST_AUTO_TEST_CASE(the_line_names_the_batches_of_the_reported_indicators)
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("k.jamfor")),
                                   Database::OpenMode::CreateIfMissing);
    ObservationImporter importer(*database);
    importer.importFile(testfiles::dataPath(QStringLiteral("import/kolada_v2.json")));
    const QStringList koladaIds = [&] {
        QStringList ids;
        for (const Indicator& indicator : IndicatorRepository(database->connection()).all())
            ids << indicator.id;
        return ids;
    }();
    BOOST_REQUIRE(!koladaIds.isEmpty());
    importer.importFile(testfiles::dataPath(QStringLiteral("import/swedish_semicolon_cp1252.csv")));
    QStringList csvIds;
    for (const Indicator& indicator : IndicatorRepository(database->connection()).all()) {
        if (!koladaIds.contains(indicator.id))
            csvIds << indicator.id;
    }
    BOOST_REQUIRE(!csvIds.isEmpty());
    const QString source = ReportSource::tr("Source: %1");
    BOOST_TEST(ReportSource::forIndicators(*database, koladaIds) ==
               source.arg(QStringLiteral("Kolada")));
    BOOST_TEST(ReportSource::forIndicators(*database, csvIds) ==
               source.arg(QStringLiteral("swedish_semicolon_cp1252.csv")));
    BOOST_TEST(ReportSource::forIndicators(*database, koladaIds + csvIds) ==
               source.arg(QStringLiteral("Kolada; swedish_semicolon_cp1252.csv")));
    BOOST_TEST(ReportSource::exampleDataLabel(*database).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(content)

BOOST_AUTO_TEST_CASE(the_analysis_report_shows_the_prioritised_indicator_of_the_demo)
{
    QTemporaryDir dir;
    DemoAnalysis demo(dir.filePath(QStringLiteral("demo.jamfor")));
    const ReportDocument document = AnalysisReportBuilder::build(*demo.database, demo.analysisId);
    BOOST_TEST(document.exampleDataLabel == DemoDataset::exampleDataLabel());
    BOOST_TEST(!document.sourceLine.isEmpty());
    BOOST_TEST(document.charts.size() == 2); // ranking and trend of the one indicator
    const QList<ReportTable> tables = document.tables();
    BOOST_REQUIRE(!tables.isEmpty());
    const ReportTable& prioritised = tables.constFirst();
    BOOST_REQUIRE_EQUAL(prioritised.rows.size(), 1);

    // Tanum's rank among the network's members, counted here: lower is better.
    auto& db = demo.database->connection();
    const auto network = NetworkRepository(db).findByName(DemoDataset::networkName);
    const QStringList members = network->memberIdsFor(DemoAnalysis::area);
    const QList<UnitValue> values = ObservationRepository(db).values(
        DemoAnalysis::indicator, DemoAnalysis::year, Gender::Total);
    std::optional<double> tanum;
    QList<double> memberValues;
    for (const UnitValue& v : values) {
        if (members.contains(v.unitId) && v.value)
            memberValues << *v.value;
        if (v.unitId == DemoAnalysis::focus)
            tanum = v.value;
    }
    BOOST_REQUIRE(tanum);
    const auto better = std::count_if(memberValues.cbegin(), memberValues.cend(),
                                      [&](double v) { return v < *tanum; });
    const ReportCell& rank = prioritised.rows[0][2];
    BOOST_TEST(rank.number.value_or(-1) == double(better + 1));
    BOOST_TEST(prioritised.rows[0][1].number.value_or(-1) == *tanum);
}

BOOST_AUTO_TEST_CASE(the_compilation_ranks_every_member_of_the_network)
{
    QTemporaryDir dir;
    DemoAnalysis demo(dir.filePath(QStringLiteral("demo.jamfor")));
    CompilationRequest request;
    request.population = {PopulationKind::Network, DemoDataset::networkName};
    request.areaId = DemoAnalysis::area;
    request.year = DemoAnalysis::year;
    const ReportDocument document = CompilationBuilder::build(*demo.database, request);
    const QList<ReportTable> tables = document.tables();
    BOOST_REQUIRE(!tables.isEmpty());
    // The matrix: 7 members and the three summary rows.
    BOOST_TEST(tables.constFirst().rows.size() == 7 + 3);
    BOOST_TEST(document.title.contains(DemoDataset::networkName));
    BOOST_TEST(document.exampleDataLabel == DemoDataset::exampleDataLabel());

    // An unknown network is named in the message.
    request.population.key = QStringLiteral("Inget sådant");
    try {
        CompilationBuilder::build(*demo.database, request);
        BOOST_FAIL("an unknown network was accepted");
    } catch (const Error& error) {
        BOOST_TEST(error.message().contains(QStringLiteral("Inget sådant")));
    }
}

BOOST_AUTO_TEST_SUITE_END()
