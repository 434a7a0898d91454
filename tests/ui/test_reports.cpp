// SPDX-License-Identifier: GPL-3.0-or-later
// The reports as a reader gets them: PDFs opened with poppler-utils (pdfinfo, pdftotext,
// pdfimages), HTML read as text, and workbooks read back with Jämför's own XLSX reader.
#define BOOST_TEST_MODULE reports
#include "core/import/xlsxreader.h"
#include "core/report/a3summarybuilder.h"
#include "core/report/analysisreportbuilder.h"
#include "core/report/compilationbuilder.h"
#include "core/report/reportsource.h"
#include "core/storage/indicatorrepository.h"
#include "core/util/translations.h"
#include "render/reportwriter.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/clirunner.h"
#include "tests/support/demoanalysis.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

// Runs a poppler tool; fails with a clear message when it is not installed.
QString poppler(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    BOOST_REQUIRE_MESSAGE(!program.isEmpty(), tool.toStdString()
                                                  << " is missing: install poppler-utils "
                                                     "(packaging/install-build-deps.sh does)");
    QProcess process;
    process.start(program, arguments);
    BOOST_REQUIRE(process.waitForFinished(60000));
    BOOST_REQUIRE_MESSAGE(process.exitCode() == 0,
                          tool.toStdString()
                              << " failed: " << process.readAllStandardError().toStdString());
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    BOOST_REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pageSize(const QString& pdf)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)"))
            .match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    BOOST_REQUIRE(match.hasMatch());
    return match.captured(1).trimmed();
}

// The text with every run of white space as one space, so that wrapped lines still match, and
// in NFKC so that the font's ligatures ("ﬁ", "ﬂ") read as their letters.
QString pdfText(const QString& pdf)
{
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// The images of the PDF: pdfimages -list prints two header lines, then one line per image.
int imageCount(const QString& pdf)
{
    const QStringList lines = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                  .split(u'\n', Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

// Renders the pages to PNG for a look when JAMFOR_SCREENSHOT_DIR is set.
void keepPages(const QString& pdf, const QString& name)
{
    const QString dir = qEnvironmentVariable("JAMFOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"),
                                         QStringLiteral("-png"), pdf, QDir(dir).filePath(name)});
}

QString indicatorTitle(Database& database, const QString& id)
{
    const auto indicator = IndicatorRepository(database.connection()).find(id);
    BOOST_REQUIRE(indicator);
    return indicator->title;
}

QString simplified(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

struct SwedishFixture
{
    SwedishFixture() { installTranslations(QStringLiteral("sv")); }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(pdf, SwedishFixture)

BOOST_AUTO_TEST_CASE(the_analysis_report_of_the_demo_has_cover_charts_source_and_page_numbers)
{
    QTemporaryDir dir;
    DemoAnalysis demo(dir.filePath(QStringLiteral("demo.jamfor")));
    const ReportDocument document = AnalysisReportBuilder::build(*demo.database, demo.analysisId);
    const QString pdf = dir.filePath(QStringLiteral("analys.pdf"));
    ReportWriter::writePdf(document, pdf);
    keepPages(pdf, QStringLiteral("analysis-report"));

    BOOST_TEST(pageSize(pdf).contains(QStringLiteral("(A4)")));
    // Cover, prioritised indicators, the indicator with its two charts, proposals, plan.
    const int pages = pageCount(pdf);
    BOOST_TEST(pages >= 5);
    BOOST_TEST(pages <= 8);
    BOOST_TEST(imageCount(pdf) == 2);

    const QString text = pdfText(pdf);
    BOOST_TEST(DemoDataset::exampleDataLabel() == QStringLiteral("Exempeldata – fiktiva värden"));
    BOOST_TEST(text.contains(simplified(QStringLiteral("Exempeldata – fiktiva värden"))));
    BOOST_TEST(text.contains(DemoDataset::networkName));
    BOOST_TEST(text.contains(simplified(indicatorTitle(*demo.database, DemoAnalysis::indicator))));
    BOOST_TEST(text.contains(QStringLiteral("Kontinuitet i hemtjänsten <2024>")));
    BOOST_TEST(text.contains(QStringLiteral("Tanum")));
    BOOST_TEST(text.contains(QStringLiteral("Mindre arbetslag")));
    // A cell of the eight-column action plan wraps; its last line is "lag".
    BOOST_TEST(text.contains(QStringLiteral("Dela in")));
    BOOST_TEST(text.contains(QStringLiteral("Enhetschef")));
    BOOST_TEST(text.contains(simplified(document.sourceLine)));
    BOOST_TEST(text.contains(ReportSource::tr("Source: %1").arg(QString()).trimmed()));
    for (int page = 1; page <= pages; ++page)
        BOOST_TEST(text.contains(ReportWriter::tr("Page %1 of %2").arg(page).arg(pages)),
                   "page number " << page);
}

BOOST_AUTO_TEST_CASE(the_a3_summary_is_one_landscape_page)
{
    QTemporaryDir dir;
    DemoAnalysis demo(dir.filePath(QStringLiteral("demo.jamfor")));
    const QString pdf = dir.filePath(QStringLiteral("a3.pdf"));
    ReportWriter::writePdf(A3SummaryBuilder::build(*demo.database, demo.analysisId), pdf);
    keepPages(pdf, QStringLiteral("a3-summary"));
    BOOST_TEST(pageCount(pdf) == 1);
    // A3 landscape: 1191 × 842 points.
    const QString size = pageSize(pdf);
    BOOST_TEST(
        (size.startsWith(QStringLiteral("1190.")) || size.startsWith(QStringLiteral("1191"))),
        size.toStdString());
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {A3SummaryBuilder::tr("1. Problem"), A3SummaryBuilder::tr("2. Analysis"),
          A3SummaryBuilder::tr("3. Goal"), A3SummaryBuilder::tr("4. Actions"),
          A3SummaryBuilder::tr("5. Follow-up"), QStringLiteral("Gammalt schema"),
          QStringLiteral("Högst 12 personal på 14 dagar."), QStringLiteral("Enhetschef"),
          QStringLiteral("Exempeldata – fiktiva värden")})
        BOOST_TEST(text.contains(simplified(expected)), "missing " << expected.toStdString());
}

BOOST_AUTO_TEST_CASE(the_compilation_has_a_page_per_indicator_with_a_chart)
{
    QTemporaryDir dir;
    DemoAnalysis demo(dir.filePath(QStringLiteral("demo.jamfor")));
    CompilationRequest request;
    request.population = {PopulationKind::Network, DemoDataset::networkName};
    request.areaId = DemoAnalysis::area;
    request.year = DemoAnalysis::year;
    const ReportDocument document = CompilationBuilder::build(*demo.database, request);
    const QString pdf = dir.filePath(QStringLiteral("natverk.pdf"));
    ReportWriter::writePdf(document, pdf);
    keepPages(pdf, QStringLiteral("compilation"));

    const int indicators =
        int(IndicatorRepository(demo.database->connection()).forArea(DemoAnalysis::area).size());
    BOOST_TEST(document.charts.size() == indicators);
    BOOST_TEST(imageCount(pdf) == indicators);
    // The cover, the matrix, then one page per indicator.
    BOOST_TEST(pageCount(pdf) == 2 + indicators);
    const QString text = pdfText(pdf);
    for (const Indicator& indicator :
         IndicatorRepository(demo.database->connection()).forArea(DemoAnalysis::area))
        BOOST_TEST(text.contains(simplified(indicator.title)), indicator.id.toStdString());
    for (const char* member :
         {"Tanum", "Strömstad", "Munkedal", "Sotenäs", "Lysekil", "Orust", "Tjörn"})
        BOOST_TEST(text.contains(QString::fromUtf8(member)), member);
}

BOOST_AUTO_TEST_CASE(the_html_report_embeds_the_charts_and_escapes_user_text)
{
    QTemporaryDir dir;
    DemoAnalysis demo(dir.filePath(QStringLiteral("demo.jamfor")));
    const QString path = dir.filePath(QStringLiteral("analys.html"));
    ReportWriter::write(AnalysisReportBuilder::build(*demo.database, demo.analysisId), path);
    const QString html = QString::fromUtf8(testfiles::readAll(path));
    BOOST_TEST(html.count(QStringLiteral("src=\"data:image/png;base64,")) == 2);
    BOOST_TEST(html.contains(QStringLiteral("Kontinuitet i hemtjänsten &lt;2024&gt;")));
    BOOST_TEST(!html.contains(QStringLiteral("<2024>")));
    BOOST_TEST(html.contains(QStringLiteral("Exempeldata – fiktiva värden")));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cli)

BOOST_AUTO_TEST_CASE(report_and_compile_write_pdf_and_xlsx)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.jamfor"));
    qint64 analysisId = 0;
    {
        DemoAnalysis demo(db);
        analysisId = demo.analysisId;
    }
    const QString id = QString::number(analysisId);
    const QString report = dir.filePath(QStringLiteral("rapport.pdf"));
    CliResult result = runCli({QStringLiteral("report"), QStringLiteral("--db"), db,
                               QStringLiteral("--analysis"), id, QStringLiteral("-o"), report});
    BOOST_TEST_REQUIRE(result.exitCode == 0, result.err.toStdString());
    BOOST_TEST(pageCount(report) >= 5);
    BOOST_TEST(imageCount(report) == 2);

    const QString a3 = dir.filePath(QStringLiteral("a3.pdf"));
    result =
        runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--analysis"),
                id, QStringLiteral("--a3"), QStringLiteral("-o"), a3});
    BOOST_TEST_REQUIRE(result.exitCode == 0, result.err.toStdString());
    BOOST_TEST(pageCount(a3) == 1);

    const QString compilation = dir.filePath(QStringLiteral("lan.pdf"));
    result = runCli({QStringLiteral("compile"), QStringLiteral("--db"), db,
                     QStringLiteral("--county"), QStringLiteral("14"), QStringLiteral("--area"),
                     DemoAnalysis::area, QStringLiteral("--year"), QStringLiteral("2024"),
                     QStringLiteral("-o"), compilation});
    BOOST_TEST_REQUIRE(result.exitCode == 0, result.err.toStdString());
    const QString text = pdfText(compilation);
    BOOST_TEST(text.contains(QStringLiteral("Västra Götaland")));
    BOOST_TEST(text.contains(QStringLiteral("Göteborg")));

    // The workbook: the matrix first, then one sheet per indicator page, each with the source
    // line after an empty row below its table.
    const QString workbook = dir.filePath(QStringLiteral("natverk.xlsx"));
    result =
        runCli({QStringLiteral("compile"), QStringLiteral("--db"), db, QStringLiteral("--network"),
                DemoDataset::networkName, QStringLiteral("--area"), DemoAnalysis::area,
                QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), workbook});
    BOOST_TEST_REQUIRE(result.exitCode == 0, result.err.toStdString());
    XlsxReader reader(workbook);
    BOOST_TEST(reader.sheetNames().size() >= 2);
    reader.openSheet(reader.sheetNames().constFirst());
    TableRow row;
    QStringList names;
    int numbers = 0;
    bool header = true;
    while (reader.readRow(row)) {
        if (header) {
            header = false;
            continue;
        }
        names << QString::fromUtf8(row.cells.value(0));
        for (qsizetype i = 1; i < row.cells.size(); ++i)
            numbers += row.isNumeric(i) ? 1 : 0;
    }
    BOOST_TEST(names.contains(QStringLiteral("Tanum")));
    // 7 members, 3 summary rows, then the source line.
    BOOST_TEST(names.size() == 7 + 3 + 1);
    // jamfor-cli writes in English here (no Swedish locale in its environment).
    BOOST_TEST(names.constLast().startsWith(QStringLiteral("Source: ")),
               names.constLast().toStdString());
    BOOST_TEST(numbers > 30);

    const QString tables = dir.filePath(QStringLiteral("analys.xlsx"));
    result = runCli({QStringLiteral("report"), QStringLiteral("--db"), db,
                     QStringLiteral("--analysis"), id, QStringLiteral("-o"), tables});
    BOOST_TEST_REQUIRE(result.exitCode == 0, result.err.toStdString());
    BOOST_TEST(XlsxReader(tables).sheetNames().size() >= 2);

    result =
        runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--analysis"),
                QStringLiteral("999"), QStringLiteral("-o"), report});
    BOOST_TEST(result.exitCode == 1);
    BOOST_TEST(result.err.contains(QStringLiteral("999")));
    result =
        runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--analysis"),
                id, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.doc"))});
    BOOST_TEST(result.exitCode == 1);
    BOOST_TEST(result.err.contains(QStringLiteral("x.doc")));
}

BOOST_AUTO_TEST_SUITE_END()
