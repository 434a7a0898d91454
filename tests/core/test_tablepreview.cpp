// SPDX-License-Identifier: GPL-3.0-or-later
// The import preview: which rows of a file are taken as the table and which are skipped,
// before anything is written (issue 14, item 6).
#define BOOST_TEST_MODULE tablepreview
#include "core/import/tablepreview.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"
#include "tests/support/xlsxbuilder.h"

#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using importtesting::importData;
using Kind = TablePreview::Kind;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// "1:Title 3:Header …": each shown row's number and kind, in order.
std::string kinds(const TablePreview& preview)
{
    std::string out;
    for (const TablePreview::Row& row : preview.rows) {
        if (!out.empty())
            out += ' ';
        out += std::to_string(row.number) + ':' + TablePreview::kindLabel(row.kind).toStdString();
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_csv_table_with_a_title_and_notes_below)
{
    const TablePreview preview =
        TablePreview::read(importData(QStringLiteral("notes_below_long.csv")), ImportFormat::Csv);
    BOOST_TEST(preview.problem.isEmpty(), preview.problem.toStdString());
    BOOST_TEST(kinds(preview) == "1:Title 3:Column names 4:Data 5:Data 6:Data 8:Skipped 9:Skipped");
    BOOST_TEST(preview.complete);
    BOOST_TEST(preview.dataRows == 3);
    BOOST_TEST(preview.values == 3);
    BOOST_TEST(preview.firstDataRow == 4);
    BOOST_TEST(preview.lastDataRow == 6);
    BOOST_TEST(preview.rows[1].cells ==
                   QStringList({QStringLiteral("Kommun"), QStringLiteral("Kommun-id"),
                                QStringLiteral("Nyckeltals-id"), QStringLiteral("År"),
                                QStringLiteral("Kön"), QStringLiteral("Värde")}),
               preview.rows[1].cells.join(u'|').toStdString());
    BOOST_TEST(preview.columnRead == QList<bool>({true, true, true, true, true, true}));
    const QStringList summary = preview.summary();
    BOOST_REQUIRE(summary.size() == 2);
    BOOST_TEST(summary[0] == QStringLiteral("The table: line 4 to line 6, 3 rows with 3 values."),
               summary[0].toStdString());
    BOOST_TEST(summary[1] == QStringLiteral("Skipped below the table: 2 rows (8, 9)."),
               summary[1].toStdString());
}

BOOST_AUTO_TEST_CASE(columns_beside_the_table_are_marked_not_read)
{
    const TablePreview preview =
        TablePreview::read(importData(QStringLiteral("notes_beside_wide.csv")), ImportFormat::Csv);
    BOOST_TEST(preview.problem.isEmpty(), preview.problem.toStdString());
    BOOST_TEST(kinds(preview) == "1:Title 3:Column names 4:Data 5:Data 6:Data 8:Skipped");
    BOOST_TEST(preview.values == 6);
    // Kommun, Kommun-id, 2022, 2023 are read; Kommungrupp and the unnamed note column are not.
    BOOST_TEST(preview.columnRead == QList<bool>({true, true, true, true, false, false}));
    BOOST_TEST(preview.columns == 6);
    const QStringList summary = preview.summary();
    BOOST_REQUIRE(summary.size() == 3);
    BOOST_TEST(summary[2] ==
                   QStringLiteral("Not read beside the table: 2 columns (E “Kommungrupp”, F)."),
               summary[2].toStdString());
}

BOOST_AUTO_TEST_CASE(a_note_inside_the_table_is_the_problem_shown)
{
    const TablePreview preview =
        TablePreview::read(importData(QStringLiteral("note_inside_table.csv")), ImportFormat::Csv);
    BOOST_TEST(preview.problem.contains(QStringLiteral("line 3")), preview.problem.toStdString());
    BOOST_TEST(preview.problem.contains(QStringLiteral("stands inside the table")),
               preview.problem.toStdString());
    // Rows up to the note were classified; the note and what follows were not read.
    BOOST_TEST(kinds(preview) == "1:Column names 2:Data 3:Not read 4:Not read");
    BOOST_TEST(preview.summary().constLast().startsWith(
        QStringLiteral("The file cannot be imported as it is: ")));
}

BOOST_AUTO_TEST_CASE(a_sheet_with_a_title_a_note_and_a_column_beside)
{
    using namespace xlsxbuilder;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kolada.xlsx"));
    const QByteArray sheet = sheetXml({
        row(1, {inlineText("A1", QStringLiteral("Kostnad äldreomsorg (N20007)"))}),
        row(3,
            {inlineText("A3", QStringLiteral("Kommun")), inlineText("B3", QStringLiteral("2023"))}),
        row(4, {inlineText("A4", QStringLiteral("Tanum")), number("B4", "99001"),
                inlineText("D4", QStringLiteral("prel."))}),
        row(6, {inlineText("A6", QStringLiteral("Källa: Kolada"))}),
    });
    writeWorkbook(path, {{QStringLiteral("Data"), sheet}}, {});
    const TablePreview preview = TablePreview::read(path, ImportFormat::Xlsx);
    BOOST_TEST(preview.problem.isEmpty(), preview.problem.toStdString());
    BOOST_TEST(preview.sheet == QStringLiteral("Data"));
    BOOST_TEST(kinds(preview) == "1:Title 3:Column names 4:Data 6:Skipped");
    BOOST_TEST(preview.rows[2].cells ==
                   QStringList({QStringLiteral("Tanum"), QStringLiteral("99001"), QString(),
                                QStringLiteral("prel.")}),
               preview.rows[2].cells.join(u'|').toStdString());
    BOOST_TEST(preview.summary()[0] ==
                   QStringLiteral("The table: row 4 to row 4, 1 rows with 1 values."),
               preview.summary()[0].toStdString());
}

BOOST_AUTO_TEST_CASE(a_file_that_is_no_table_gives_its_problem_and_no_rows)
{
    const TablePreview preview =
        TablePreview::read(importData(QStringLiteral("header_only.csv")), ImportFormat::Csv);
    BOOST_TEST(!preview.problem.isEmpty());
    BOOST_TEST(preview.dataRows == 0);
    const TablePreview missing =
        TablePreview::read(QStringLiteral("/nonexistent/x.csv"), ImportFormat::Csv);
    BOOST_TEST(missing.problem.contains(QStringLiteral("/nonexistent/x.csv")),
               missing.problem.toStdString());
}

BOOST_AUTO_TEST_CASE(after_a_refused_header_the_rows_are_shown_as_not_read)
{
    // The header lacks the year: the import is refused at line 1, and the preview still shows
    // the file's rows so that the user sees what is there.
    const TablePreview preview =
        TablePreview::read(importData(QStringLiteral("missing_column.csv")), ImportFormat::Csv);
    BOOST_TEST(preview.problem.contains(QStringLiteral("line 1")), preview.problem.toStdString());
    BOOST_TEST(kinds(preview) == "1:Not read 2:Not read");
    BOOST_TEST(preview.rows[1].cells ==
                   QStringList({QStringLiteral("N15419"), QStringLiteral("1435"),
                                QStringLiteral("T"), QStringLiteral("71,5")}),
               preview.rows[1].cells.join(u'|').toStdString());
}
