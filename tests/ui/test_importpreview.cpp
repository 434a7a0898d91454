// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's preview: before anything is written it shows which rows of a table are
// taken and which are skipped, and the columns it does not read (issue 14, item 6).
#define BOOST_TEST_MODULE importpreview
#include "core/import/tablepreview.h"
#include "core/storage/observationrepository.h"
#include "core/util/translations.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/importtesting.h"
#include "tests/support/widgettesting.h"
#include "ui/import/importdialog.h"

#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace importtesting;
using widgettesting::child;
using widgettesting::saveScreenshot;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

// The "Taken as" column of the preview, row by row: "3 Column names", "8 Skipped".
QStringList takenAs(QTableWidget& table)
{
    QStringList rows;
    for (int row = 0; row < table.rowCount(); ++row)
        rows << table.verticalHeaderItem(row)->text() + u' ' + table.item(row, 0)->text();
    return rows;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_preview_marks_title_header_data_and_skipped_rows)
{
    installTranslations(QStringLiteral("en"));
    TempDatabase temp;
    ImportDialog dialog(temp.db().path());
    dialog.show();
    dialog.addFiles({importData(QStringLiteral("notes_beside_wide.csv"))});
    auto* table = child<QTableWidget>(dialog, "tablePreviewTable");
    BOOST_TEST(table->isVisible());
    BOOST_TEST(takenAs(*table) ==
                   QStringList({QStringLiteral("1 Title"), QStringLiteral("3 Column names"),
                                QStringLiteral("4 Data"), QStringLiteral("5 Data"),
                                QStringLiteral("6 Data"), QStringLiteral("8 Skipped")}),
               takenAs(*table).join(u'|').toStdString());
    // Columns: the kind, then A..F as in a spreadsheet.
    BOOST_TEST(table->columnCount() == 7);
    BOOST_TEST(table->item(2, 1)->text() == QStringLiteral("Tanum"));
    BOOST_TEST(table->item(2, 5)->text() == QStringLiteral("Landsbygdskommun"));
    // Read cells are plain; the unread column and the skipped row are in italics.
    BOOST_TEST(!table->item(2, 1)->font().italic());
    BOOST_TEST(table->item(2, 5)->font().italic());
    BOOST_TEST(table->item(5, 1)->font().italic());
    BOOST_TEST(table->item(1, 1)->font().bold());
    const QString summary = child<QLabel>(dialog, "tablePreviewSummary")->text();
    BOOST_TEST(summary.contains(QStringLiteral("line 4 to line 6")), summary.toStdString());
    BOOST_TEST(summary.contains(QStringLiteral("Kommungrupp")), summary.toStdString());
    // Nothing was written by looking.
    BOOST_TEST(ObservationRepository(temp.db().connection()).count() == 0);
}

BOOST_AUTO_TEST_CASE(the_preview_follows_the_current_file_and_shows_a_refusal)
{
    installTranslations(QStringLiteral("en"));
    TempDatabase temp;
    ImportDialog dialog(temp.db().path());
    dialog.show();
    dialog.addFiles({importData(QStringLiteral("notes_below_long.csv")),
                     importData(QStringLiteral("note_inside_table.csv")),
                     importData(QStringLiteral("kolada_v3_base.json"))});
    auto* files = child<QTreeWidget>(dialog, "importFileList");
    auto* table = child<QTableWidget>(dialog, "tablePreviewTable");
    auto* summary = child<QLabel>(dialog, "tablePreviewSummary");
    files->setCurrentItem(files->topLevelItem(1));
    BOOST_TEST(takenAs(*table) ==
                   QStringList({QStringLiteral("1 Column names"), QStringLiteral("2 Data"),
                                QStringLiteral("3 Not read"), QStringLiteral("4 Not read")}),
               takenAs(*table).join(u'|').toStdString());
    BOOST_TEST(summary->text().contains(QStringLiteral("cannot be imported as it is")),
               summary->text().toStdString());
    files->setCurrentItem(files->topLevelItem(2));
    BOOST_TEST(!table->isVisible());
    BOOST_TEST(summary->text().contains(QStringLiteral("no table to preview")),
               summary->text().toStdString());
    files->setCurrentItem(files->topLevelItem(0));
    BOOST_TEST(table->isVisible());
    BOOST_TEST(takenAs(*table).constLast() == QStringLiteral("9 Skipped"));
}

BOOST_AUTO_TEST_CASE(preview_screenshot_in_swedish)
{
    installTranslations(QStringLiteral("sv"));
    TempDatabase temp;
    ImportDialog dialog(temp.db().path());
    dialog.show();
    dialog.addFiles({importData(QStringLiteral("notes_beside_wide.csv")),
                     importData(QStringLiteral("notes_below_long.csv"))});
    child<QTreeWidget>(dialog, "importFileList")
        ->setCurrentItem(child<QTreeWidget>(dialog, "importFileList")->topLevelItem(0));
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    saveScreenshot(dialog, QStringLiteral("import-preview"));
    BOOST_TEST(
        child<QLabel>(dialog, "tablePreviewSummary")->text().contains(QStringLiteral("rad")));
}
