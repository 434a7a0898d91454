// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX export (libxlsxwriter): every workbook is read back with our own reader and its parts
// are looked at directly; LibreOffice opens one when it is installed.
#define BOOST_TEST_MODULE xlsx_export
#include "core/import/xlsxreader.h"
#include "core/import/ziparchive.h"
#include "core/report/tableexport.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <boost/test/unit_test.hpp>
#include <clocale>
#include <cstdio>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

struct Cell
{
    QString text;
    bool numeric = false;
};

// The rows of a sheet by their row number (1 is the first), as XlsxReader reads them.
QMap<qint64, QList<Cell>> readSheet(const QString& path, const QString& sheet)
{
    XlsxReader reader(path);
    reader.openSheet(sheet);
    QMap<qint64, QList<Cell>> rows;
    TableRow row;
    while (reader.readRow(row)) {
        QList<Cell> cells;
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            cells.append({QString::fromUtf8(row.cells[i]), row.isNumeric(i)});
        rows.insert(row.number, cells);
    }
    return rows;
}

QString part(const QString& path, const QString& name)
{
    ZipArchive zip(path, QStringLiteral("Excel workbook"));
    return QString::fromUtf8(zip.readPart(name, 16 * 1024 * 1024));
}

// What the style of one cell says, looked up in styles.xml.
struct CellStyle
{
    QString numberFormat; // the formatCode, or the built-in id ("0" is General)
    QString fill;         // the fill's fgColor rgb, empty without a fill
    bool bold = false;
    bool italic = false;
};

CellStyle styleOf(const QString& path, const QString& reference)
{
    int styleIndex = 0;
    QXmlStreamReader sheet(part(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    bool found = false;
    while (!found && !sheet.atEnd()) {
        sheet.readNext();
        found = sheet.isStartElement() && sheet.name() == u"c" &&
                sheet.attributes().value(QLatin1StringView("r")) == reference;
    }
    BOOST_REQUIRE_MESSAGE(found, "no cell " << reference.toStdString());
    styleIndex = sheet.attributes().value(QLatin1StringView("s")).toInt();
    QMap<QString, QString> formats;
    QList<std::pair<bool, bool>> fonts; // bold, italic
    QStringList fills;
    QList<QXmlStreamAttributes> xfs;
    QString section;
    QXmlStreamReader styles(part(path, QStringLiteral("xl/styles.xml")));
    while (!styles.atEnd()) {
        styles.readNext();
        if (!styles.isStartElement())
            continue;
        const auto name = styles.name();
        const QXmlStreamAttributes attributes = styles.attributes();
        if (name == u"fonts" || name == u"fills" || name == u"cellXfs" || name == u"cellStyleXfs")
            section = name.toString();
        else if (name == u"numFmt")
            formats.insert(attributes.value(QLatin1StringView("numFmtId")).toString(),
                           attributes.value(QLatin1StringView("formatCode")).toString());
        else if (name == u"font")
            fonts.append({false, false});
        else if (name == u"b" && section == u"fonts")
            fonts.back().first = true;
        else if (name == u"i" && section == u"fonts")
            fonts.back().second = true;
        else if (name == u"fill")
            fills.append(QString());
        else if (name == u"fgColor" && section == u"fills")
            fills.back() = attributes.value(QLatin1StringView("rgb")).toString();
        else if (name == u"xf" && section == u"cellXfs")
            xfs.append(attributes);
    }
    BOOST_REQUIRE(styleIndex < xfs.size());
    const QXmlStreamAttributes& xf = xfs[styleIndex];
    CellStyle style;
    const QString formatId = xf.value(QLatin1StringView("numFmtId")).toString();
    style.numberFormat = formats.value(formatId, formatId);
    style.fill = fills.value(xf.value(QLatin1StringView("fillId")).toInt());
    const std::pair<bool, bool> font = fonts.value(xf.value(QLatin1StringView("fontId")).toInt());
    style.bold = font.first;
    style.italic = font.second;
    return style;
}

// The column widths of the first sheet, the first column first.
QList<double> columnWidths(const QString& path)
{
    QList<double> widths;
    QXmlStreamReader sheet(part(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement() && sheet.name() == u"col") {
            BOOST_TEST(sheet.attributes().value(QLatin1StringView("min")) ==
                       sheet.attributes().value(QLatin1StringView("max")));
            widths.append(sheet.attributes().value(QLatin1StringView("width")).toDouble());
        }
    }
    return widths;
}

ReportCell coloured(ReportCell cell, ColourClass colour)
{
    cell.colour = colour;
    return cell;
}

// Three rows under a header: colours, emphasis, a formula-like text, a missing value.
ReportTable sampleTable()
{
    ReportTable table;
    table.title = QStringLiteral("Äldreomsorg: kostnad/brukare");
    table.header << QStringLiteral("Kommun") << QStringLiteral("Kostnad per brukare (kr)")
                 << QStringLiteral("Andel (%)") << QStringLiteral("Not");
    ReportCell tanum = ReportCell::fromText(QStringLiteral("Tanum"));
    tanum.emphasis = true;
    ReportCell share = coloured(ReportCell::fromNumber(71.5, 1), ColourClass::Red);
    share.emphasis = true;
    table.rows.append({tanum, coloured(ReportCell::fromInteger(1250300), ColourClass::Green), share,
                       ReportCell::fromText(QString(100, u'x'))});
    table.rows.append({ReportCell::fromText(QStringLiteral("=SUM(A1:A9)")),
                       coloured(ReportCell::fromNumber(-3.25, 2), ColourClass::Yellow),
                       coloured(ReportCell::fromText(QStringLiteral("..")), ColourClass::Missing),
                       ReportCell::fromText(QStringLiteral("a\x01"
                                                           "b\x1F"
                                                           "c"))});
    ReportCell plain;
    plain.number = 0.1; // decimals -1: as stored
    table.rows.append({ReportCell::fromText(QStringLiteral("+46 70")), plain,
                       ReportCell::fromText(QStringLiteral("@cmd")), ReportCell()});
    return table;
}

struct Workbook
{
    Workbook()
    {
        BOOST_REQUIRE(dir.isValid());
        TableExport::writeXlsx({sampleTable()}, path, QStringLiteral("Källa: Kolada"));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jämförelse.xlsx"));
    const QString sheet = QStringLiteral("Äldreomsorg kostnad brukare");
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(written_workbook, Workbook)

BOOST_AUTO_TEST_CASE(numbers_are_number_cells_with_their_exact_values)
{
    const QMap<qint64, QList<Cell>> rows = readSheet(path, sheet);
    BOOST_REQUIRE(rows.contains(2) && rows.contains(3) && rows.contains(4));
    BOOST_TEST(rows[2][1].numeric);
    BOOST_TEST(rows[2][1].text == QStringLiteral("1250300"));
    BOOST_TEST(rows[2][2].numeric);
    BOOST_TEST(rows[2][2].text.toDouble() == 71.5);
    BOOST_TEST(rows[3][1].numeric);
    BOOST_TEST(rows[3][1].text.toDouble() == -3.25);
    BOOST_TEST(rows[4][1].numeric);
    BOOST_TEST(rows[4][1].text.toDouble() == 0.1);
    BOOST_TEST(!rows[2][0].numeric);
    BOOST_TEST(!rows[3][2].numeric);
    BOOST_TEST(rows[3][2].text == QStringLiteral(".."));
}

BOOST_AUTO_TEST_CASE(text_is_written_as_it_is_and_never_as_a_formula)
{
    const QMap<qint64, QList<Cell>> rows = readSheet(path, sheet);
    BOOST_REQUIRE(rows.contains(1) && rows.contains(3) && rows.contains(4));
    BOOST_TEST(rows[1][0].text == QStringLiteral("Kommun"));
    BOOST_TEST(rows[1][1].text == QStringLiteral("Kostnad per brukare (kr)"));
    BOOST_TEST(rows[3][0].text == QStringLiteral("=SUM(A1:A9)"));
    BOOST_TEST(!rows[3][0].numeric);
    BOOST_TEST(rows[4][0].text == QStringLiteral("+46 70"));
    BOOST_TEST(!rows[4][0].numeric);
    BOOST_TEST(rows[4][2].text == QStringLiteral("@cmd"));
    // The control characters XML forbids are left out.
    BOOST_TEST(rows[3][3].text == QStringLiteral("abc"));
    const QString xml = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    BOOST_TEST(!xml.contains(QStringLiteral("<f>")));
    BOOST_TEST(!xml.contains(QStringLiteral("<f ")));
    BOOST_TEST(!xml.contains(QStringLiteral("t=\"str\"")));
}

BOOST_AUTO_TEST_CASE(the_source_is_below_the_table_after_an_empty_row_in_italics)
{
    const QMap<qint64, QList<Cell>> rows = readSheet(path, sheet);
    BOOST_TEST((rows.keys() == QList<qint64>{1, 2, 3, 4, 6}));
    BOOST_REQUIRE(rows.contains(6));
    BOOST_REQUIRE(rows[6].size() == 1);
    BOOST_TEST(rows[6][0].text == QStringLiteral("Källa: Kolada"));
    BOOST_TEST(styleOf(path, QStringLiteral("A6")).italic);
}

BOOST_AUTO_TEST_CASE(the_header_row_is_bold_grey_frozen_and_filtered)
{
    const QString xml = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const qsizetype pane = xml.indexOf(QStringLiteral("<pane "));
    BOOST_REQUIRE(pane >= 0);
    const QString paneElement = xml.mid(pane, xml.indexOf(u'>', pane) - pane);
    BOOST_TEST(paneElement.contains(QStringLiteral("ySplit=\"1\"")), paneElement.toStdString());
    BOOST_TEST(paneElement.contains(QStringLiteral("state=\"frozen\"")), paneElement.toStdString());
    BOOST_TEST(!paneElement.contains(QStringLiteral("xSplit")), paneElement.toStdString());
    // Over the header and the three data rows, not the source row.
    BOOST_TEST(xml.contains(QStringLiteral("<autoFilter ref=\"A1:D4\"")));
    const CellStyle header = styleOf(path, QStringLiteral("B1"));
    BOOST_TEST(header.bold);
    BOOST_TEST(header.fill == QStringLiteral("FFE8E8E8"));
}

BOOST_AUTO_TEST_CASE(the_columns_fit_their_longest_text_within_8_to_60)
{
    const QList<double> widths = columnWidths(path);
    BOOST_REQUIRE(widths.size() == 4);
    // "=SUM(A1:A9)" is 11 characters, "Kostnad per brukare (kr)" 24, "Andel (%)" 9; the note has
    // 100 and is held to 60. Excel adds a little padding to every width.
    BOOST_TEST(widths[0] >= 13.0);
    BOOST_TEST(widths[0] < 14.0);
    BOOST_TEST(widths[1] >= 26.0);
    BOOST_TEST(widths[1] < 27.0);
    BOOST_TEST(widths[2] >= 11.0);
    BOOST_TEST(widths[2] < 12.0);
    BOOST_TEST(widths[3] >= 60.0);
    BOOST_TEST(widths[3] < 61.0);
}

BOOST_AUTO_TEST_CASE(colour_classes_are_fills_with_the_marker_in_the_number_format)
{
    const CellStyle green = styleOf(path, QStringLiteral("B2"));
    BOOST_TEST(green.fill == QStringLiteral("FFA8D58F"));
    BOOST_TEST(green.numberFormat == QStringLiteral("#,##0\" ▲\""));
    BOOST_TEST(!green.bold);
    const CellStyle red = styleOf(path, QStringLiteral("C2")); // the focus municipality: bold
    BOOST_TEST(red.fill == QStringLiteral("FFEE9A8F"));
    BOOST_TEST(red.numberFormat == QStringLiteral("#,##0.0\" ▼\""));
    BOOST_TEST(red.bold);
    const CellStyle yellow = styleOf(path, QStringLiteral("B3"));
    BOOST_TEST(yellow.fill == QStringLiteral("FFF6E38C"));
    BOOST_TEST(yellow.numberFormat == QStringLiteral("#,##0.00\" ●\""));
    const CellStyle missing = styleOf(path, QStringLiteral("C3"));
    BOOST_TEST(missing.fill == QStringLiteral("FFD9D9D9"));
    const CellStyle plain = styleOf(path, QStringLiteral("B4"));
    BOOST_TEST(plain.fill.isEmpty());
    BOOST_TEST(plain.numberFormat == QStringLiteral("0")); // General
    BOOST_TEST(styleOf(path, QStringLiteral("A2")).bold);
    BOOST_TEST(!styleOf(path, QStringLiteral("A3")).bold);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(sheet_names_keep_excels_rules_and_are_unique)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("namn.xlsx"));
    ReportTable table;
    table.header << QStringLiteral("Kommun");
    QList<ReportTable> tables;
    for (const QString& title :
         {QStringLiteral("Kostnad/brukare [kr]: 2024?"), QStringLiteral("kostnad brukare kr 2024"),
          QStringLiteral("'Citat'"), QStringLiteral("History"),
          QStringLiteral("Andel invånare 65+ med hemtjänst, procent")}) {
        table.title = title;
        tables << table;
    }
    TableExport::writeXlsx(tables, path);
    BOOST_TEST(XlsxReader(path).sheetNames() ==
               (QStringList{QStringLiteral("Kostnad brukare kr 2024"),
                            QStringLiteral("kostnad brukare kr 2024 (2)"), QStringLiteral("Citat"),
                            QStringLiteral("History (2)"),
                            QStringLiteral("Andel invånare 65+ med hemtjäns")}));
    // A cut that would end in an apostrophe drops it.
    BOOST_TEST(TableExport::sheetName(QString(30, u'a') + QStringLiteral("'b"), {}) ==
               QString(30, u'a'));
}

BOOST_AUTO_TEST_CASE(without_a_source_the_table_ends_the_sheet)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utan.xlsx"));
    ReportTable table = sampleTable();
    table.title = QStringLiteral("Tabell");
    TableExport::writeXlsx({table}, path);
    BOOST_TEST((readSheet(path, QStringLiteral("Tabell")).keys() == QList<qint64>{1, 2, 3, 4}));
}

BOOST_AUTO_TEST_CASE(a_failed_write_throws_naming_the_file_and_leaves_nothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saknas/tabell.xlsx"));
    try {
        TableExport::writeXlsx({sampleTable()}, path, QStringLiteral("Källa: Kolada"));
        BOOST_FAIL("no error for a folder that does not exist");
    } catch (const Error& error) {
        BOOST_TEST(error.message().contains(path), error.message().toStdString());
    }
    BOOST_TEST(!QFileInfo::exists(dir.filePath(QStringLiteral("saknas"))));
    BOOST_TEST(QDir(dir.path())
                   .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                   .isEmpty());
}

BOOST_AUTO_TEST_CASE(an_existing_file_is_replaced_whole_without_leftovers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tabell.xlsx"));
    testfiles::writeAll(path, "not a workbook");
    TableExport::writeXlsx({sampleTable()}, path);
    BOOST_TEST(testfiles::readAll(path).startsWith("PK"));
    BOOST_TEST(XlsxReader(path).sheetNames() ==
               QStringList{QStringLiteral("Äldreomsorg kostnad brukare")});
    BOOST_TEST(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
               QStringList{QStringLiteral("tabell.xlsx")});
}

namespace {

// A locale whose numbers have a decimal comma, as a Swedish user's; empty if none is installed.
QByteArray decimalCommaLocale()
{
    const QByteArray previous = std::setlocale(LC_NUMERIC, nullptr);
    QByteArray found;
    for (const char* name : {"sv_SE.UTF-8", "sv_SE.utf8", "de_DE.UTF-8", "fr_FR.UTF-8"}) {
        if (std::setlocale(LC_NUMERIC, name)) {
            char text[16];
            std::snprintf(text, sizeof text, "%.1f", 1.5);
            if (QByteArray(text) == "1,5") {
                found = name;
                break;
            }
        }
    }
    std::setlocale(LC_NUMERIC, previous.constData());
    return found;
}

boost::test_tools::assertion_result commaLocaleInstalled(boost::unit_test::test_unit_id)
{
    boost::test_tools::assertion_result installed(!decimalCommaLocale().isEmpty());
    if (!installed) {
        installed.message() << "no locale with a decimal comma (sv_SE.UTF-8) is installed";
        BOOST_TEST_MESSAGE("SKIPPED numbers_are_written_with_a_point_under_a_swedish_locale: no "
                           "locale with a decimal comma (sv_SE.UTF-8) is installed");
    }
    return installed;
}

} // namespace

// QCoreApplication sets the user's locale on Unix; libxlsxwriter formats numbers with snprintf.
BOOST_AUTO_TEST_CASE(numbers_are_written_with_a_point_under_a_swedish_locale,
                     *boost::unit_test::precondition(commaLocaleInstalled))
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("komma.xlsx"));
    const QByteArray previous = std::setlocale(LC_NUMERIC, nullptr);
    std::setlocale(LC_NUMERIC, decimalCommaLocale().constData());
    try {
        TableExport::writeXlsx({sampleTable()}, path);
    } catch (...) {
        std::setlocale(LC_NUMERIC, previous.constData());
        throw;
    }
    std::setlocale(LC_NUMERIC, previous.constData());
    const QString xml = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    BOOST_TEST(xml.contains(QStringLiteral("<v>71.5</v>")));
    BOOST_TEST(xml.contains(QStringLiteral("<v>-3.25</v>")));
    BOOST_TEST(!xml.contains(QStringLiteral("width=\"13,")));
    const QMap<qint64, QList<Cell>> rows =
        readSheet(path, QStringLiteral("Äldreomsorg kostnad brukare"));
    BOOST_REQUIRE(rows.contains(2));
    BOOST_TEST(rows[2][2].text.toDouble() == 71.5);
}

namespace {

boost::test_tools::assertion_result libreOfficeInstalled(boost::unit_test::test_unit_id)
{
    boost::test_tools::assertion_result installed(
        !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty());
    if (!installed) {
        installed.message() << "LibreOffice (soffice) is not installed";
        BOOST_TEST_MESSAGE("SKIPPED libreoffice_opens_the_workbook: LibreOffice (soffice) is not "
                           "installed");
    }
    return installed;
}

} // namespace

// LibreOffice opens the workbook: its CSV (values as shown, en-US) has the texts unchanged, the
// numbers formatted with their markers, and no formula was run.
BOOST_AUTO_TEST_CASE(libreoffice_opens_the_workbook,
                     *boost::unit_test::precondition(libreOfficeInstalled))
{
    Workbook workbook;
    QTemporaryDir out;
    QTemporaryDir profile;
    QProcess soffice;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    soffice.setProcessEnvironment(environment);
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    // Semicolons, double quotes, UTF-8, from line 1, values as shown.
    soffice.start(
        QStandardPaths::findExecutable(QStringLiteral("soffice")),
        {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"),
         QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,true"),
         QStringLiteral("--outdir"), out.path(), workbook.path});
    BOOST_REQUIRE_MESSAGE(soffice.waitForStarted(), "soffice did not start");
    if (!soffice.waitForFinished(120 * 1000)) {
        soffice.kill();
        soffice.waitForFinished();
        BOOST_FAIL("soffice did not finish within 120 s");
    }
    const QString output = QString::fromLocal8Bit(soffice.readAll());
    BOOST_TEST_REQUIRE(soffice.exitCode() == 0, output.toStdString());
    const QString csvPath = out.filePath(QStringLiteral("jämförelse.csv"));
    BOOST_REQUIRE_MESSAGE(QFileInfo::exists(csvPath), "no CSV: " << output.toStdString());
    const QStringList lines = QString::fromUtf8(testfiles::readAll(csvPath))
                                  .split(QRegularExpression(QStringLiteral("\r?\n")));
    BOOST_REQUIRE(lines.size() >= 6);
    BOOST_TEST(lines[0] == QStringLiteral("Kommun;Kostnad per brukare (kr);Andel (%);Not"));
    BOOST_TEST(lines[1] == QStringLiteral("Tanum;1,250,300 ▲;71.5 ▼;") + QString(100, u'x'));
    BOOST_TEST(lines[2] == QStringLiteral("=SUM(A1:A9);-3.25 ●;..;abc"));
    BOOST_TEST(lines[3] == QStringLiteral("+46 70;0.1;@cmd;"));
    BOOST_TEST(lines[4] == QStringLiteral(";;;"));
    BOOST_TEST(lines[5] == QStringLiteral("Källa: Kolada;;;"));
}
