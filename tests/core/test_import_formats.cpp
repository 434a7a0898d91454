// SPDX-License-Identifier: GPL-3.0-or-later
// Every import format read correctly, with the expected values written out by hand.
#define BOOST_TEST_MODULE import_formats
#include "core/import/observationimporter.h"
#include "core/storage/arearepository.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"
#include "tests/support/xlsxbuilder.h"

#include <QCryptographicHash>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using importtesting::dump;
using importtesting::importData;
using importtesting::sorted;
using importtesting::TempDatabase;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

ImportResult importFile(TempDatabase& temp, const QString& path, const ImportOptions& options = {})
{
    return ObservationImporter(temp.db()).importFile(path, options);
}

QString sha256Of(const QString& path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(testfiles::readAll(path), QCryptographicHash::Sha256).toHex());
}

// A workbook with a long table on "Blad1" and a wide one (years as columns) on "Blad2".
void writeTestWorkbook(const QString& path)
{
    using namespace xlsxbuilder;
    const QStringList strings{
        QStringLiteral("kpi"),    QStringLiteral("municipality"), QStringLiteral("period"),
        QStringLiteral("gender"), QStringLiteral("value"),        QStringLiteral("1435"),
        QStringLiteral("T"),      QStringLiteral("Kommun-id"),    QStringLiteral("Kommun")};
    const QByteArray longSheet = sheetXml({
        row(1,
            {shared("A1", 0), shared("B1", 1), shared("C1", 2), shared("D1", 3), shared("E1", 4)}),
        row(2, {inlineText("A2", QStringLiteral("N15419")), shared("B2", 5), number("C2", "2023"),
                shared("D2", 6), number("E2", "71.5")}),
        // A unit code stored as a number; a value typed as text with a decimal comma.
        row(3,
            {inlineText("A3", QStringLiteral("N15419")), number("B3", "1486"), number("C3", "2023"),
             inlineText("D3", QStringLiteral("K")), inlineText("E3", QStringLiteral("70,5"))}),
        // Upplands Väsby (0114) lost its leading zero; a value in Excel's exponent form.
        row(5, {inlineText("A5", QStringLiteral("N15419")), number("B5", "114"),
                number("C5", "2023"), shared("D5", 6), number("E5", "1.5E-2")}),
        row(6, {inlineText("A6", QStringLiteral("N15419")), number("B6", "1427"),
                number("C6", "2023"), shared("D6", 6), inlineText("E6", QStringLiteral(".."))}),
    });
    const QByteArray wideSheet = sheetXml({
        row(1, {inlineText("A1", QStringLiteral("Kostnad äldreomsorg, kr/inv 65+ (N20007)"))}),
        row(3, {shared("A3", 8), shared("B3", 7), number("C3", "2021"), number("D3", "2022")}),
        row(4, {inlineText("A4", QStringLiteral("Tanum")), shared("B4", 5), number("C4", "97118"),
                number("D4", "99001.25")}),
        row(5, {inlineText("A5", QStringLiteral("Strömstad")),
                inlineText("B5", QStringLiteral("1486")), inlineText("C5", QStringLiteral("-")),
                number("D5", "88000")}),
    });
    writeWorkbook(path,
                  {{QStringLiteral("Blad1"), longSheet}, {QStringLiteral("Blad2"), wideSheet}},
                  strings);
}

} // namespace

BOOST_AUTO_TEST_CASE(kolada_v2_json_keeps_status_of_null_values)
{
    TempDatabase temp;
    const ImportResult result = importFile(temp, importData(QStringLiteral("kolada_v2.json")));
    BOOST_TEST(int(result.format) == int(ImportFormat::KoladaJson));
    BOOST_TEST(result.rows == 7);
    BOOST_TEST(result.inserted == 7);
    BOOST_TEST(result.indicatorsCreated == 1);
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N15419 1435 2023 T 71.5"),
                                      QStringLiteral("N15419 1435 2023 K 74.25"),
                                      QStringLiteral("N15419 1435 2023 M 68"),
                                      QStringLiteral("N15419 1486 2023 T confidential"),
                                      QStringLiteral("N15419 1486 2023 K missing"),
                                      QStringLiteral("N15419 1486 2023 M missing"),
                                      QStringLiteral("N15419 0000 2022 T not_applicable"),
                                  }));
    // One page of several: imported, with a warning naming the next page.
    BOOST_REQUIRE(result.warnings.size() == 1);
    BOOST_TEST(result.warnings[0].contains(QStringLiteral("page=2")));
}

BOOST_AUTO_TEST_CASE(kolada_v3_json_with_period_in_each_value)
{
    TempDatabase temp;
    const ImportResult result =
        importFile(temp, importData(QStringLiteral("kolada_v3_nested.json")));
    BOOST_TEST(result.rows == 3);
    BOOST_TEST(result.skipped == 1); // isdeleted
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("U21468 1427 2021 T 88"),
                                      QStringLiteral("U21468 1427 2022 T 90.5"),
                                      QStringLiteral("U21468 1427 2023 T confidential"),
                                  }));
    BOOST_REQUIRE(result.warnings.size() == 1);
    BOOST_TEST(result.warnings[0].contains(QStringLiteral("v3/data/kpi/U21468?page=2")));

    const ImportResult flat = importFile(temp, importData(QStringLiteral("kolada_v3_flat.json")));
    BOOST_TEST(flat.rows == 1);
    BOOST_TEST(flat.warnings.isEmpty());
    BOOST_TEST(dump(temp.db()).contains(QStringLiteral("N20007 0014 2022 T 97118")));
}

BOOST_AUTO_TEST_CASE(kolada_kpi_metadata_updates_text_and_keeps_direction_and_kind)
{
    TempDatabase temp;
    QSqlDatabase& c = temp.db().connection();
    AreaRepository(c).save({QStringLiteral("aldreomsorg"), QStringLiteral("Äldreomsorg")});
    Indicator known;
    known.id = QStringLiteral("N15419");
    known.title = QStringLiteral("Old title");
    known.direction = Direction::HigherIsBetter;
    known.kind = IndicatorKind::Quality;
    known.handbookType = HandbookType::Outcome;
    known.source = QStringLiteral("Skolverket");
    known.confirmed = true; // the user's choice: no import changes kind or direction
    IndicatorRepository(c).save(known);

    const ImportResult v2 = importFile(temp, importData(QStringLiteral("kolada_kpi_v2.json")));
    BOOST_TEST(int(v2.format) == int(ImportFormat::KoladaKpiJson));
    BOOST_TEST(v2.rows == 2);
    BOOST_TEST(v2.indicatorsCreated == 1);
    BOOST_TEST(v2.indicatorsUpdated == 1);

    const Indicator school = *IndicatorRepository(c).find(QStringLiteral("N15419"));
    BOOST_TEST(school.title == QStringLiteral("Elever i åk 9 som uppnått betygskriterierna i alla "
                                              "ämnen, kommunala skolor, andel (%)"));
    BOOST_TEST(school.description ==
               QStringLiteral("Antal elever i årskurs 9 som uppnått betygskriterierna i alla "
                              "ämnen."));
    BOOST_TEST(school.unitOfMeasure == QStringLiteral("andel (%)"));
    BOOST_TEST(school.areaId == QStringLiteral("grundskola"));
    BOOST_TEST(school.dividedByGender);
    BOOST_TEST(int(school.direction) == int(Direction::HigherIsBetter));
    BOOST_TEST(int(school.kind) == int(IndicatorKind::Quality));
    BOOST_TEST(int(school.handbookType) == int(HandbookType::Outcome));
    BOOST_TEST(school.source == QStringLiteral("Skolverket"));

    const Indicator cost = *IndicatorRepository(c).find(QStringLiteral("N20007"));
    BOOST_TEST(cost.title == QStringLiteral("Kostnad äldreomsorg, kr/inv 65+"));
    BOOST_TEST(cost.areaId == QStringLiteral("aldreomsorg")); // the existing area, by name
    // New: kind, direction and unit are suggested from the title ("Kostnad …, kr/inv 65+").
    BOOST_TEST(int(cost.direction) == int(Direction::None));
    BOOST_TEST(int(cost.kind) == int(IndicatorKind::Cost));
    BOOST_TEST(!cost.confirmed);
    BOOST_TEST(!cost.dividedByGender);
    BOOST_TEST(cost.unitOfMeasure == QStringLiteral("kr/inv 65+"));
    BOOST_TEST(cost.source == QStringLiteral("Kolada"));
    BOOST_TEST(cost.perspective == QStringLiteral("Kostnad"));
    BOOST_TEST(school.perspective == QStringLiteral("Resultat"));

    const ImportResult v3 = importFile(temp, importData(QStringLiteral("kolada_kpi_v3.json")));
    BOOST_TEST(v3.indicatorsCreated == 1);
    const Indicator waiting = *IndicatorRepository(c).find(QStringLiteral("U23401"));
    BOOST_TEST(waiting.description.isEmpty());
    BOOST_TEST(!waiting.dividedByGender);
    BOOST_TEST(waiting.areaId == QStringLiteral("sarskilt-boende-aldreomsorg"));
    bool areaCreated = false;
    for (const Area& area : AreaRepository(c).all())
        areaCreated |= area.id == waiting.areaId && area.name == u"Särskilt boende äldreomsorg";
    BOOST_TEST(areaCreated);

    // The same file again changes nothing.
    const ImportResult again = importFile(temp, importData(QStringLiteral("kolada_kpi_v2.json")));
    BOOST_TEST(again.indicatorsCreated == 0);
    BOOST_TEST(again.indicatorsUpdated == 0);
    BOOST_TEST(ImportBatchRepository(c).all().size() == 3);
    BOOST_TEST(ImportBatchRepository(c).all().last().rowCount == 2);
}

BOOST_AUTO_TEST_CASE(own_export_csv_with_status_column)
{
    TempDatabase temp;
    const QString path = importData(QStringLiteral("export_own.csv"));
    const ImportResult result = importFile(temp, path);
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N15419 1435 2023 T 71.5"),
                                      QStringLiteral("N15419 1486 2023 K confidential"),
                                      QStringLiteral("N15419 1486 2023 M missing"),
                                      QStringLiteral("N15419 1427 2023 T not_applicable"),
                                  }));
    // The import batch: file name, SHA-256 of the bytes, source, time and rows.
    const QList<ImportBatch> batches = ImportBatchRepository(temp.db().connection()).all();
    BOOST_REQUIRE(batches.size() == 1);
    BOOST_TEST(batches[0].id == result.batchId);
    BOOST_TEST(batches[0].fileName == QStringLiteral("export_own.csv"));
    BOOST_TEST(batches[0].sha256 == sha256Of(path));
    BOOST_TEST(result.sha256 == sha256Of(path));
    BOOST_TEST(batches[0].source == QStringLiteral("file"));
    BOOST_TEST(batches[0].rowCount == 4);
    BOOST_TEST(qAbs(batches[0].importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

BOOST_AUTO_TEST_CASE(swedish_csv_semicolon_decimal_comma_windows_1252)
{
    TempDatabase temp;
    const ImportResult result =
        importFile(temp, importData(QStringLiteral("swedish_semicolon_cp1252.csv")));
    BOOST_TEST(result.rows == 7);
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N20007 1435 2022 T 101234.5"),
                                      QStringLiteral("N20007 1486 2022 T 98765"),
                                      QStringLiteral("N20007 1427 2022 T missing"),
                                      QStringLiteral("N20007 1430 2022 T confidential"),
                                      QStringLiteral("N20007 1421 2022 T not_applicable"),
                                      QStringLiteral("N20007 1419 2022 T missing"),
                                      QStringLiteral("N20007 1484 2022 T -1234.75"),
                                  }));
    // The Nyckeltal column names the new indicator; "ä" came from Windows-1252.
    BOOST_TEST(IndicatorRepository(temp.db().connection()).find(QStringLiteral("N20007"))->title ==
               QStringLiteral("Kostnad äldreomsorg, kr/inv 65+"));
}

BOOST_AUTO_TEST_CASE(utf8_bom_tab_and_utf16_bom_semicolon)
{
    TempDatabase temp;
    importFile(temp, importData(QStringLiteral("utf8_bom_tab.csv")));
    importFile(temp, importData(QStringLiteral("utf16le_bom.csv")));
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("U21468 1435 2022 T 88.5"),
                                      QStringLiteral("U21468 1435 2022 K 90"),
                                      QStringLiteral("U21468 1435 2022 M 86.25"),
                                      QStringLiteral("N15008 1438 2023 K 112500.5"),
                                      QStringLiteral("N15008 1439 2023 M 109000"),
                                      QStringLiteral("N15008 0000 2023 T 1234567.125"),
                                  }));
}

BOOST_AUTO_TEST_CASE(wide_csv_with_years_or_units_as_columns)
{
    TempDatabase temp;
    const ImportResult years = importFile(temp, importData(QStringLiteral("wide_years.csv")));
    BOOST_TEST(years.rows == 6);
    const ImportResult units = importFile(temp, importData(QStringLiteral("wide_units.csv")));
    BOOST_TEST(units.rows == 6);
    BOOST_TEST(dump(temp.db()) == sorted({
                                      // Indicator from the title row, years from the header.
                                      QStringLiteral("N21009 1435 2021 T 15100"),
                                      QStringLiteral("N21009 1435 2022 T 15250.5"),
                                      QStringLiteral("N21009 1435 2023 T confidential"),
                                      QStringLiteral("N21009 1486 2021 T 14000"),
                                      QStringLiteral("N21009 1486 2022 T missing"),
                                      QStringLiteral("N21009 1486 2023 T 13999.75"),
                                      // Units by code and by name in the header.
                                      QStringLiteral("U23471 1435 2022 T 81.5"),
                                      QStringLiteral("U23471 1486 2022 T 79"),
                                      QStringLiteral("U23471 1427 2022 T missing"),
                                      QStringLiteral("U23471 1435 2023 T 82"),
                                      QStringLiteral("U23471 1486 2023 T 1234.5"),
                                      QStringLiteral("U23471 1427 2023 T not_applicable"),
                                  }));
}

BOOST_AUTO_TEST_CASE(source_lines_and_notes_below_a_table_are_skipped_and_named)
{
    TempDatabase temp;
    // Long: a title, the table with a Riket row (data: it names a known unit), an empty row and
    // two notes.
    const ImportResult longTable =
        importFile(temp, importData(QStringLiteral("notes_below_long.csv")));
    BOOST_TEST(longTable.rows == 3);
    BOOST_TEST(longTable.rowsOutsideTable == 2);
    BOOST_REQUIRE(longTable.warnings.size() == 1);
    const QString warning = longTable.warnings.constFirst();
    BOOST_TEST(warning.startsWith(QStringLiteral("notes_below_long.csv: 2 rows outside the table "
                                                 "were skipped: line 8 “Källa: Kolada (RKA), "
                                                 "hämtat 2024-01-15”; line 9 “Anm: .. betyder")),
               warning.toStdString());
    // Wide: years as columns, a Riket row, notes with empty trailing cells.
    const ImportResult wide = importFile(temp, importData(QStringLiteral("notes_below_wide.csv")));
    BOOST_TEST(wide.rows == 4);
    BOOST_TEST(wide.rowsOutsideTable == 2);
    BOOST_REQUIRE(wide.warnings.size() == 1);
    BOOST_TEST(wide.warnings.constFirst().contains(QStringLiteral("line 6 “Källa: Kolada”; line 7 "
                                                                  "“Kommentar: 2023 är "
                                                                  "preliminärt”")),
               wide.warnings.constFirst().toStdString());
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N20007 1435 2023 T 101234.5"),
                                      QStringLiteral("N20007 1486 2023 T 98765"),
                                      QStringLiteral("N20007 0000 2023 T 95000"),
                                      QStringLiteral("U21401 1435 2022 T 15"),
                                      QStringLiteral("U21401 1435 2023 T 16"),
                                      QStringLiteral("U21401 0000 2022 T 16"),
                                      QStringLiteral("U21401 0000 2023 T 16"),
                                  }));
}

BOOST_AUTO_TEST_CASE(columns_beside_a_table_are_not_read_and_named)
{
    TempDatabase temp;
    // Wide, as Excel saves it: every line has six fields; "Kommungrupp" is a column the
    // importer has no use for, and a note stands in a column of its own beside Tanum.
    const ImportResult wide = importFile(temp, importData(QStringLiteral("notes_beside_wide.csv")));
    BOOST_TEST(wide.rows == 6);
    BOOST_TEST(wide.rowsOutsideTable == 1);
    BOOST_TEST(wide.cellsBesideTable == 3);
    BOOST_REQUIRE(wide.warnings.size() == 2);
    BOOST_TEST(wide.warnings[1] ==
                   QStringLiteral("notes_beside_wide.csv: 2 columns beside the table were not "
                                  "read: E “Kommungrupp” (2 cells, first line 4 "
                                  "“Landsbygdskommun”); F (1 cells, first line 4 “Anm: 2023 "
                                  "preliminärt”)"),
               wide.warnings[1].toStdString());
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N21009 1435 2022 T 14100"),
                                      QStringLiteral("N21009 1435 2023 T 14500"),
                                      QStringLiteral("N21009 1427 2022 T 15200"),
                                      QStringLiteral("N21009 1427 2023 T 15900"),
                                      QStringLiteral("N21009 0000 2022 T 13000"),
                                      QStringLiteral("N21009 0000 2023 T 13400"),
                                  }));

    // Long, with a note in a fifth field the header does not have: text beside the table.
    TempDatabase other;
    const ImportResult note = importFile(other, importData(QStringLiteral("note_beside_long.csv")));
    BOOST_TEST(note.rows == 2);
    BOOST_TEST(note.cellsBesideTable == 1);
    BOOST_REQUIRE(note.warnings.size() == 1);
    BOOST_TEST(note.warnings[0].contains(QStringLiteral("E (1 cells, first line 2 “se not”)")),
               note.warnings[0].toStdString());

    // A figure in a field past the header is a shifted row, not a note: still refused.
    const std::string m = importtesting::messageOf(
        [&] { importFile(other, importData(QStringLiteral("shifted_fields.csv"))); });
    BOOST_TEST(m.find("shifted_fields.csv, line 2: expected 4 fields as in the header (line 1), "
                      "found 5") != std::string::npos,
               m);
}

BOOST_AUTO_TEST_CASE(a_workbook_with_a_column_beside_the_table)
{
    using namespace xlsxbuilder;
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("beside.xlsx"));
    const QByteArray sheet = sheetXml({
        row(1, {inlineText("A1", QStringLiteral("Kommun")), inlineText("B1", QStringLiteral("År")),
                inlineText("C1", QStringLiteral("Nyckeltals-id")),
                inlineText("D1", QStringLiteral("Värde"))}),
        row(2, {inlineText("A2", QStringLiteral("Tanum")), number("B2", "2023"),
                inlineText("C2", QStringLiteral("N20007")), number("D2", "99001"),
                inlineText("F2", QStringLiteral("Preliminärt värde"))}),
        row(3, {inlineText("A3", QStringLiteral("Riket")), number("B3", "2023"),
                inlineText("C3", QStringLiteral("N20007")), number("D3", "96000")}),
    });
    writeWorkbook(path, {{QStringLiteral("Blad1"), sheet}}, {});
    const ImportResult result = importFile(temp, path);
    BOOST_TEST(result.rows == 2);
    BOOST_TEST(result.cellsBesideTable == 1);
    BOOST_REQUIRE(result.warnings.size() == 1);
    BOOST_TEST(result.warnings[0] ==
                   QStringLiteral("beside.xlsx: 1 columns beside the table were not read: F (1 "
                                  "cells, first Blad1!F2 “Preliminärt värde”)"),
               result.warnings[0].toStdString());
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N20007 1435 2023 T 99001"),
                                      QStringLiteral("N20007 0000 2023 T 96000"),
                                  }));
}

BOOST_AUTO_TEST_CASE(a_workbook_with_a_source_note_below_the_table)
{
    using namespace xlsxbuilder;
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("kolada_export.xlsx"));
    const QByteArray sheet = sheetXml({
        row(1, {inlineText("A1", QStringLiteral("Kostnad äldreomsorg, kr/inv 65+ (N20007)"))}),
        row(3,
            {inlineText("A3", QStringLiteral("Kommun")), inlineText("B3", QStringLiteral("2022")),
             inlineText("C3", QStringLiteral("2023"))}),
        row(4, {inlineText("A4", QStringLiteral("Tanum")), number("B4", "97118"),
                number("C4", "99001")}),
        row(5, {inlineText("A5", QStringLiteral("Riket")), number("B5", "95000"),
                number("C5", "96000")}),
        row(7, {inlineText("A7", QStringLiteral("Källa: Kolada, RKA"))}),
        row(8, {inlineText("C8", QStringLiteral("Uppdaterad 2024-01-15"))}),
    });
    writeWorkbook(path, {{QStringLiteral("Blad1"), sheet}}, {});
    const ImportResult result = importFile(temp, path);
    BOOST_TEST(result.rows == 4);
    BOOST_TEST(result.rowsOutsideTable == 2);
    BOOST_REQUIRE(result.warnings.size() == 1);
    BOOST_TEST(result.warnings.constFirst().contains(QStringLiteral(
                   "Blad1, row 7 “Källa: Kolada, RKA”; Blad1, row 8 “Uppdaterad 2024-01-15”")),
               result.warnings.constFirst().toStdString());
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N20007 1435 2022 T 97118"),
                                      QStringLiteral("N20007 1435 2023 T 99001"),
                                      QStringLiteral("N20007 0000 2022 T 95000"),
                                      QStringLiteral("N20007 0000 2023 T 96000"),
                                  }));
}

BOOST_AUTO_TEST_CASE(ambiguous_value_is_resolved_by_a_later_value_in_the_first_rows)
{
    TempDatabase temp;
    importFile(temp, importData(QStringLiteral("ambiguous_resolved.csv")));
    // "0,5" on line 3 shows a decimal comma, so "1,234" on line 2 is 1.234.
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N00945 1435 2023 T 1.234"),
                                      QStringLiteral("N00945 1486 2023 T 0.5"),
                                  }));
}

BOOST_AUTO_TEST_CASE(xlsx_first_sheet_long_and_named_sheet_wide)
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("kolada.xlsx"));
    writeTestWorkbook(path);
    BOOST_TEST(int(ObservationImporter::detectFormat(path)) == int(ImportFormat::Xlsx));
    BOOST_TEST(ObservationImporter::sheetNames(path) ==
               QStringList({QStringLiteral("Blad1"), QStringLiteral("Blad2")}));

    const ImportResult first = importFile(temp, path);
    BOOST_TEST(int(first.format) == int(ImportFormat::Xlsx));
    BOOST_TEST(first.rows == 4);
    BOOST_TEST(first.sha256 == sha256Of(path));
    ImportOptions options;
    options.sheet = QStringLiteral("Blad2");
    const ImportResult second = importFile(temp, path, options);
    BOOST_TEST(second.rows == 4);
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N15419 1435 2023 T 71.5"),
                                      QStringLiteral("N15419 1486 2023 K 70.5"),
                                      QStringLiteral("N15419 0114 2023 T 0.015"),
                                      QStringLiteral("N15419 1427 2023 T confidential"),
                                      QStringLiteral("N20007 1435 2021 T 97118"),
                                      QStringLiteral("N20007 1435 2022 T 99001.25"),
                                      QStringLiteral("N20007 1486 2021 T missing"),
                                      QStringLiteral("N20007 1486 2022 T 88000"),
                                  }));
}

BOOST_AUTO_TEST_CASE(own_figures_are_their_own_batch)
{
    TempDatabase temp;
    const QList<Observation> figures{
        {QStringLiteral("EGEN01"), QStringLiteral("1435"), 2023, Gender::Total, 42.5,
         ValueStatus::Ok},
        {QStringLiteral("N15419"), QStringLiteral("1435"), 2022, Gender::Women, std::nullopt,
         ValueStatus::Confidential},
    };
    const ImportResult result = ObservationImporter(temp.db()).importOwnFigures(figures);
    BOOST_TEST(result.rows == 2);
    BOOST_TEST(result.indicatorsCreated == 2);
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("EGEN01 1435 2023 T 42.5"),
                                      QStringLiteral("N15419 1435 2022 K confidential"),
                                  }));
    const QList<ImportBatch> batches = ImportBatchRepository(temp.db().connection()).all();
    BOOST_REQUIRE(batches.size() == 1);
    BOOST_TEST(batches[0].source == QStringLiteral("own figures"));
    BOOST_TEST(batches[0].sha256.isEmpty());
    BOOST_TEST(batches[0].rowCount == 2);

    // A typed-in figure that differs from the stored one is a conflict like any other.
    QList<Observation> changed{figures[0]};
    changed[0].value = 43;
    const std::string message =
        importtesting::messageOf([&] { ObservationImporter(temp.db()).importOwnFigures(changed); });
    BOOST_TEST(message.find("own figures, row 1: EGEN01 1435 2023 T: the value 43 differs from "
                            "the stored value 42.5") != std::string::npos,
               message);
    ImportOptions replace;
    replace.onConflict = ConflictPolicy::Replace;
    BOOST_TEST(ObservationImporter(temp.db()).importOwnFigures(changed, replace).replaced == 1);
    BOOST_TEST(dump(temp.db()).contains(QStringLiteral("EGEN01 1435 2023 T 43")));
}

BOOST_AUTO_TEST_CASE(dry_run_lists_conflicts_and_changes_nothing)
{
    TempDatabase temp;
    importFile(temp, importData(QStringLiteral("export_own.csv")));
    const QString changed = temp.file(QStringLiteral("changed.csv"));
    testfiles::writeAll(changed, "kpi,municipality,period,gender,value\n"
                                 "N15419,1435,2023,T,72\n"   // conflict
                                 "N15419,1486,2023,K,..\n"   // unchanged
                                 "N15419,1486,2023,M,5\n"    // conflict (was missing)
                                 "N15419,1435,2022,T,70\n"   // new
                                 "N15419,1435,2022,T,70\n"); // repeated exactly
    const QByteArray before = importtesting::snapshot(temp.db());

    ImportOptions options;
    options.dryRun = true;
    const ImportResult preview = importFile(temp, changed, options);
    BOOST_TEST(preview.dryRun);
    BOOST_TEST(preview.batchId == 0);
    BOOST_TEST(preview.rows == 5);
    BOOST_TEST(preview.inserted == 1);
    BOOST_TEST(preview.unchanged == 1);
    BOOST_TEST(preview.repeated == 1);
    BOOST_TEST(preview.conflictCount == 2);
    BOOST_REQUIRE(preview.conflicts.size() == 2);
    BOOST_TEST(preview.conflicts[0].location == QStringLiteral("line 2"));
    BOOST_TEST(*preview.conflicts[0].stored.value == 71.5);
    BOOST_TEST(*preview.conflicts[0].incoming.value == 72.0);
    BOOST_TEST(preview.conflicts[1].location == QStringLiteral("line 4"));
    BOOST_TEST(int(preview.conflicts[1].stored.status) == int(ValueStatus::Missing));
    BOOST_TEST(*preview.conflicts[1].incoming.value == 5.0);
    BOOST_TEST(importtesting::snapshot(temp.db()) == before);
}

BOOST_AUTO_TEST_CASE(ask_decides_each_conflict_keep_all_stops_asking_cancel_rolls_back)
{
    TempDatabase temp;
    importFile(temp, importData(QStringLiteral("export_own.csv")));
    const QString changed = temp.file(QStringLiteral("changed.csv"));
    testfiles::writeAll(changed, "kpi,municipality,period,gender,value\n"
                                 "N15419,1435,2023,T,72\n"
                                 "N15419,1486,2023,M,5\n"
                                 "N15419,1427,2023,T,6\n");
    const QByteArray before = importtesting::snapshot(temp.db());

    // Cancel at the first question: nothing changes.
    ImportOptions cancel;
    cancel.onConflict = ConflictPolicy::Ask;
    cancel.askConflict = [](const ImportConflict&) {
        return ConflictChoice::Cancel;
    };
    BOOST_CHECK_THROW(importFile(temp, changed, cancel), ImportCancelled);
    BOOST_TEST(importtesting::snapshot(temp.db()) == before);

    // Replace the first, then keep all the rest without asking again.
    int asked = 0;
    ImportOptions ask;
    ask.onConflict = ConflictPolicy::Ask;
    ask.askConflict = [&](const ImportConflict& conflict) {
        ++asked;
        BOOST_TEST(conflict.incoming.indicatorId == QStringLiteral("N15419"));
        return asked == 1 ? ConflictChoice::Replace : ConflictChoice::KeepAll;
    };
    const ImportResult result = importFile(temp, changed, ask);
    BOOST_TEST(asked == 2);
    BOOST_TEST(result.replaced == 1);
    BOOST_TEST(result.kept == 2);
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N15419 1435 2023 T 72"),
                                      QStringLiteral("N15419 1486 2023 K confidential"),
                                      QStringLiteral("N15419 1486 2023 M missing"),
                                      QStringLiteral("N15419 1427 2023 T not_applicable"),
                                  }));
}

BOOST_AUTO_TEST_CASE(progress_reports_and_cancels)
{
    TempDatabase temp;
    const QString big = temp.file(QStringLiteral("big.csv"));
    QByteArray text = "kpi,municipality,period,gender,value\n";
    for (int year = 1950; year < 2200; ++year) {
        for (const char* unit :
             {"1435", "1486", "1427", "1430", "1421", "1419", "1484", "1438", "1439", "0000",
              "0014", "0114", "0180", "2021", "1480", "1401", "1402", "1407", "1415", "1440"}) {
            text += "N00945,";
            text += unit;
            text += ',' + QByteArray::number(year) + ",T," + QByteArray::number(year % 97) + '\n';
        }
    }
    testfiles::writeAll(big, text); // 5000 rows
    QList<ImportProgress> reports;
    ImportOptions options;
    options.progress = [&](const ImportProgress& progress) {
        reports.append(progress);
        return true;
    };
    const ImportResult result = importFile(temp, big, options);
    BOOST_TEST(result.rows == 5000);
    BOOST_REQUIRE(reports.size() >= 2);
    BOOST_TEST(reports.first().done < reports.first().total);
    BOOST_TEST(reports.last().done == reports.last().total);
    BOOST_TEST(reports.last().total == text.size());
    BOOST_TEST(reports.last().rows == 5000);

    TempDatabase other;
    options.progress = [](const ImportProgress&) {
        return false;
    };
    const std::string message =
        importtesting::messageOf([&] { ObservationImporter(other.db()).importFile(big, options); });
    BOOST_TEST(message.find("cancelled") != std::string::npos, message);
    BOOST_TEST(ObservationRepository(other.db().connection()).count() == 0);
    BOOST_TEST(ImportBatchRepository(other.db().connection()).all().isEmpty());
}
