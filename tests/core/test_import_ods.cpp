// SPDX-License-Identifier: GPL-3.0-or-later
// LibreOffice spreadsheets (.ods) through the importer: told from the content, the table found
// with the same rules as CSV and XLSX, a sheet chosen by name, refusals that change nothing
// (issue 14, item 2). The reader itself is tested in test_odsreader.
#define BOOST_TEST_MODULE import_ods
#include "core/import/formatdetector.h"
#include "core/import/observationimporter.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"
#include "tests/support/odsbuilder.h"

#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace importtesting;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

ImportResult importFile(TempDatabase& temp, const QString& path, const ImportOptions& options = {})
{
    return ObservationImporter(temp.db()).importFile(path, options);
}

} // namespace

BOOST_AUTO_TEST_CASE(a_file_saved_by_libreoffice_is_imported_with_its_note_skipped)
{
    TempDatabase temp;
    const QString path = importData(QStringLiteral("libreoffice_long.ods"));
    BOOST_TEST(int(ObservationImporter::detectFormat(path)) == int(ImportFormat::Ods));
    BOOST_TEST(ObservationImporter::sheetNames(path) ==
               QStringList({QStringLiteral("Långt"), QStringLiteral("Brett")}));
    const ImportResult result = importFile(temp, path);
    BOOST_TEST(int(result.format) == int(ImportFormat::Ods));
    BOOST_TEST(result.rows == 6);
    BOOST_TEST(result.rowsOutsideTable == 1);
    BOOST_REQUIRE(result.warnings.size() == 1);
    BOOST_TEST(result.warnings[0] == QStringLiteral("libreoffice_long.ods: 1 rows outside the "
                                                    "table were skipped: Långt, row 10 “Källa: "
                                                    "Kolada”"),
               result.warnings[0].toStdString());
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N20007 1435 2022 T 21534.5"),
                                      QStringLiteral("N20007 1435 2023 T 22810"),
                                      QStringLiteral("N20007 1427 2022 T 24102.25"),
                                      QStringLiteral("N20007 1427 2023 T 25377"),
                                      QStringLiteral("N20007 1430 2022 T 19876"),
                                      QStringLiteral("N20007 1430 2023 T 20911.75"),
                                  }));
}

BOOST_AUTO_TEST_CASE(the_second_sheet_is_read_by_name_and_refused_with_its_place)
{
    TempDatabase temp;
    const QByteArray before = snapshot(temp.db());
    ImportOptions options;
    options.sheet = QStringLiteral("Brett");
    // The wide sheet has no indicator column and no title naming one.
    const std::string m = messageOf(
        [&] { importFile(temp, importData(QStringLiteral("libreoffice_long.ods")), options); });
    BOOST_TEST(m.find("libreoffice_long.ods, Brett, row 1: the required column \"kpi\"") !=
                   std::string::npos,
               m);
    options.sheet = QStringLiteral("Blad9");
    const std::string missing = messageOf(
        [&] { importFile(temp, importData(QStringLiteral("libreoffice_long.ods")), options); });
    BOOST_TEST(missing.find("has no sheet named \"Blad9\"; its sheets are: Långt, Brett") !=
                   std::string::npos,
               missing);
    BOOST_TEST(snapshot(temp.db()) == before);
}

BOOST_AUTO_TEST_CASE(a_wide_sheet_with_repeats_merges_and_a_column_beside)
{
    using namespace odsbuilder;
    TempDatabase temp;
    // As LibreOffice writes a sheet: a merged title, repeated empty cells and rows, a repeated
    // row with the same figures, a column the importer has no use for, a source note.
    const QString path = temp.file(QStringLiteral("hemtjanst.ods"));
    writeSpreadsheet(
        path, {table(QStringLiteral("Hemtjänst"),
                     {row({mergedCell(QStringLiteral("Personalkontinuitet (U21401)"), 3),
                           coveredCell(2)}),
                      row({emptyCell(4)}, 2),
                      row({cell(QStringLiteral("Kommun")), cell(QStringLiteral("2022")),
                           cell(QStringLiteral("2023")), cell(QStringLiteral("Kommungrupp"))}),
                      row({cell(QStringLiteral("Tanum")), floatCell("15"), floatCell("16"),
                           cell(QStringLiteral("Landsbygdskommun"))}),
                      row({cell(QStringLiteral("Riket")), floatCell("16", 2), emptyCell(1020)}),
                      row({emptyCell(1024)}, 3), row({cell(QStringLiteral("Källa: Kolada"))}),
                      row({emptyCell(1024)}, 1048000)})});
    const ImportResult result = importFile(temp, path);
    BOOST_TEST(result.rows == 4);
    BOOST_TEST(result.rowsOutsideTable == 1);
    BOOST_TEST(result.cellsBesideTable == 1);
    BOOST_REQUIRE(result.warnings.size() == 2);
    BOOST_TEST(result.warnings[0].contains(QStringLiteral("Hemtjänst, row 10 “Källa: Kolada”")),
               result.warnings[0].toStdString());
    BOOST_TEST(result.warnings[1].contains(QStringLiteral(
                   "D “Kommungrupp” (1 cells, first Hemtjänst!D5 “Landsbygdskommun”)")),
               result.warnings[1].toStdString());
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("U21401 1435 2022 T 15"),
                                      QStringLiteral("U21401 1435 2023 T 16"),
                                      QStringLiteral("U21401 0000 2022 T 16"),
                                      QStringLiteral("U21401 0000 2023 T 16"),
                                  }));
}

BOOST_AUTO_TEST_CASE(opendocument_files_that_are_not_spreadsheets_are_refused)
{
    using namespace odsbuilder;
    TempDatabase temp;
    // A text document: the detector tells it from its stored mimetype, whatever its name.
    const QString text = temp.file(QStringLiteral("protokoll.ods"));
    QList<Part> parts = spreadsheetParts(contentXml({}));
    parts[0].second = "application/vnd.oasis.opendocument.text";
    xlsxbuilder::writeZip(text, parts);
    const std::string m = messageOf([&] { FormatDetector::detect(text); });
    BOOST_TEST(m.find("protokoll.ods: this is an OpenDocument file but not a spreadsheet (text)") !=
                   std::string::npos,
               m);
    // An .ods named .xlsx is read as what it is.
    const QString renamed = temp.file(QStringLiteral("export.xlsx"));
    QFile::copy(importData(QStringLiteral("libreoffice_long.ods")), renamed);
    BOOST_TEST(int(ObservationImporter::detectFormat(renamed)) == int(ImportFormat::Ods));
    BOOST_TEST(importFile(temp, renamed).rows == 6);
}
