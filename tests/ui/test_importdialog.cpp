// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog and the own-figures form, driven through their widgets: a CSV imported in a
// worker thread, a refused file, conflicts kept, replaced and cancelled, a large import
// cancelled halfway, figures typed with a decimal comma, and invalid input. With
// JAMFOR_SCREENSHOT_DIR set, the dialogs are also saved as pictures in Swedish.
#define BOOST_TEST_MODULE importdialog
#include "core/import/observationimporter.h"
#include "core/registry/unitregistry.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/observationrepository.h"
#include "core/util/translations.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/importtesting.h"
#include "tests/support/widgettesting.h"
#include "tests/support/xlsxbuilder.h"
#include "ui/import/conflictdialog.h"
#include "ui/import/importdialog.h"
#include "ui/import/ownfiguresdialog.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace importtesting;
using widgettesting::child;
using widgettesting::saveScreenshot;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

QString messagesOf(QWidget& dialog)
{
    return child<QTextBrowser>(dialog, "importMessages")->toPlainText();
}

bool contains(const QString& text, const char* part)
{
    return text.contains(QString::fromUtf8(part));
}

// Clicks Import and waits until the run has ended (answering nothing in between).
void runImport(ImportDialog& dialog)
{
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    auto* button = child<QPushButton>(dialog, "importButton");
    BOOST_REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    BOOST_REQUIRE(finished.wait(60000));
}

// Waits for the conflict dialog of an import and clicks one of its buttons.
std::vector<QStringList> answerConflicts(QWidget& parent, const char* button)
{
    ConflictDialog* conflicts = nullptr;
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return (conflicts = parent.findChild<ConflictDialog*>()) != nullptr; }, 60000));
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(conflicts));
    std::vector<QStringList> rows;
    auto* table = child<QTableWidget>(*conflicts, "conflictTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        rows.push_back(cells);
    }
    QTest::mouseClick(child<QPushButton>(*conflicts, button), Qt::LeftButton);
    return rows;
}

qint64 batchCount(Database& database)
{
    return ImportBatchRepository(database.connection()).all().size();
}

void writeText(const QString& path, const QString& text)
{
    testfiles::writeAll(path, text.toUtf8());
}

// A CSV of indicators × municipalities × years in long layout: 35 × 290 × 20 = 203,000 rows.
QString writeLargeCsv(const QString& path)
{
    QByteArray text = "kpi,municipality,period,gender,value\n";
    const QList<Unit> municipalities = UnitRegistry::instance().municipalities();
    for (int indicator = 0; indicator < 35; ++indicator)
        for (const Unit& unit : municipalities)
            for (int year = 2004; year < 2024; ++year)
                text += QStringLiteral("N%1,%2,%3,T,%4.5\n")
                            .arg(10000 + indicator)
                            .arg(unit.id)
                            .arg(year)
                            .arg(year - 2000)
                            .toUtf8();
    testfiles::writeAll(path, text);
    return path;
}

// Two indicators: N15419 is given for the total only, U21468 for women and men too.
void addIndicators(Database& database)
{
    IndicatorRepository indicators(database.connection());
    Indicator total;
    total.id = QStringLiteral("N15419");
    total.title = QStringLiteral("Invånare 65+ i särskilt boende, andel (%)");
    indicators.save(total);
    Indicator divided;
    divided.id = QStringLiteral("U21468");
    divided.title = QStringLiteral("Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)");
    divided.dividedByGender = true;
    indicators.save(divided);
}

} // namespace

BOOST_AUTO_TEST_CASE(csv_is_imported_and_summarised)
{
    TempDatabase temp;
    ImportDialog dialog(temp.db().path());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.show();
    dialog.addFiles({importData(QStringLiteral("swedish_semicolon_cp1252.csv"))});
    auto* files = child<QTreeWidget>(dialog, "importFileList");
    BOOST_REQUIRE(files->topLevelItemCount() == 1);
    BOOST_TEST(files->topLevelItem(0)->text(1) == QStringLiteral("CSV table"));

    runImport(dialog);
    // Read from the file by hand: decimal comma, space thousands, "-", "..", "." and empty.
    BOOST_TEST(dump(temp.db()) == sorted({
                                      QStringLiteral("N20007 1419 2022 T missing"),
                                      QStringLiteral("N20007 1421 2022 T not_applicable"),
                                      QStringLiteral("N20007 1427 2022 T missing"),
                                      QStringLiteral("N20007 1430 2022 T confidential"),
                                      QStringLiteral("N20007 1435 2022 T 101234.5"),
                                      QStringLiteral("N20007 1484 2022 T -1234.75"),
                                      QStringLiteral("N20007 1486 2022 T 98765"),
                                  }));
    BOOST_TEST(imported.count() == 1);
    const QList<ImportBatch> batches = ImportBatchRepository(temp.db().connection()).all();
    BOOST_REQUIRE(batches.size() == 1);
    BOOST_TEST(batches[0].fileName == QStringLiteral("swedish_semicolon_cp1252.csv"));
    BOOST_TEST(batches[0].rowCount == 7);
    const QString messages = messagesOf(dialog);
    BOOST_TEST(contains(messages, "swedish_semicolon_cp1252.csv: 7 rows: 7 new"),
               messages.toStdString());
    BOOST_TEST(contains(messages, QStringLiteral("(batch %1)").arg(batches[0].id).toUtf8()),
               messages.toStdString());
    BOOST_TEST(files->topLevelItem(0)->text(3).startsWith(QStringLiteral("Imported")));
    // Nothing is left to import: the button waits for new files.
    BOOST_TEST(!child<QPushButton>(dialog, "importButton")->isEnabled());
}

BOOST_AUTO_TEST_CASE(formats_are_told_and_a_sheet_can_be_chosen)
{
    TempDatabase temp;
    const QString workbook = temp.file(QStringLiteral("two_sheets.xlsx"));
    using namespace xlsxbuilder;
    const QByteArray header = row(1, {inlineText("A1", QStringLiteral("kpi")),
                                      inlineText("B1", QStringLiteral("municipality")),
                                      inlineText("C1", QStringLiteral("period")),
                                      inlineText("D1", QStringLiteral("value"))});
    writeZip(
        workbook,
        workbookParts({{QStringLiteral("Notes"), sheetXml({header})},
                       {QStringLiteral("Data 2023"),
                        sheetXml({header, row(2, {inlineText("A2", QStringLiteral("N15419")),
                                                  inlineText("B2", QStringLiteral("1435")),
                                                  number("C2", "2023"), number("D2", "64.25")})})}},
                      {}));
    ImportDialog dialog(temp.db().path());
    dialog.show();
    dialog.addFiles({importData(QStringLiteral("kolada_v2.json")),
                     importData(QStringLiteral("kolada_kpi_v3.json")), workbook});
    auto* files = child<QTreeWidget>(dialog, "importFileList");
    BOOST_REQUIRE(files->topLevelItemCount() == 3);
    BOOST_TEST(files->topLevelItem(0)->text(1) == QStringLiteral("Kolada values (JSON)"));
    BOOST_TEST(files->topLevelItem(1)->text(1) ==
               QStringLiteral("Kolada indicator descriptions (JSON)"));
    BOOST_TEST(files->topLevelItem(2)->text(1) == QStringLiteral("Excel workbook (XLSX)"));

    // Only the workbook is imported, from its second sheet.
    files->clearSelection();
    files->topLevelItem(0)->setSelected(true);
    files->topLevelItem(1)->setSelected(true);
    QTest::mouseClick(child<QPushButton>(dialog, "removeFilesButton"), Qt::LeftButton);
    BOOST_REQUIRE(files->topLevelItemCount() == 1);
    auto* sheets = child<QComboBox>(dialog, "sheetBox");
    BOOST_TEST(sheets->count() == 2);
    sheets->setCurrentIndex(sheets->findText(QStringLiteral("Data 2023")));
    runImport(dialog);
    BOOST_TEST(dump(temp.db()) == QStringList{QStringLiteral("N15419 1435 2023 T 64.25")});
}

BOOST_AUTO_TEST_CASE(refused_file_shows_the_message_and_changes_nothing)
{
    TempDatabase temp;
    ObservationImporter(temp.db()).importFile(importData(QStringLiteral("export_own.csv")));
    const QByteArray before = snapshot(temp.db());
    const qint64 count = ObservationRepository(temp.db().connection()).count();

    ImportDialog dialog(temp.db().path());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.show();
    dialog.addFiles({importData(QStringLiteral("bad_year.csv"))});
    runImport(dialog);
    const QString messages = messagesOf(dialog);
    BOOST_TEST(contains(messages, "bad_year.csv, line 3: the year \"20x3\" is not a year between "
                                  "1900 and 2200"),
               messages.toStdString());
    BOOST_TEST(contains(messages, "bad_year.csv was not imported; nothing in the file was "
                                  "changed by it."),
               messages.toStdString());
    BOOST_TEST(child<QTreeWidget>(dialog, "importFileList")->topLevelItem(0)->text(3) ==
               QStringLiteral("Refused, nothing changed"));
    BOOST_TEST(ObservationRepository(temp.db().connection()).count() == count);
    BOOST_TEST(snapshot(temp.db()) == before);
    BOOST_TEST(imported.count() == 0);

    // A file no importer reads is refused as soon as it is added, and Import waits.
    ImportDialog other(temp.db().path());
    other.show();
    other.addFiles({importData(QStringLiteral("html.xlsx"))});
    BOOST_TEST(child<QTreeWidget>(other, "importFileList")->topLevelItem(0)->text(1) ==
               QStringLiteral("Not recognised"));
    BOOST_TEST(contains(messagesOf(other), "html.xlsx"), messagesOf(other).toStdString());
    BOOST_TEST(!child<QPushButton>(other, "importButton")->isEnabled());
    BOOST_TEST(!child<QLabel>(other, "importHint")->text().isEmpty());
}

BOOST_AUTO_TEST_CASE(conflicts_are_kept_replaced_or_cancelled)
{
    TempDatabase temp;
    const QString stored = temp.file(QStringLiteral("stored.csv"));
    writeText(stored, QStringLiteral("kpi,municipality,period,gender,value\n"
                                     "N15419,1435,2023,T,71.5\n"
                                     "N15419,1486,2023,T,70\n"));
    ObservationImporter(temp.db()).importFile(stored);
    const QString update = temp.file(QStringLiteral("update.csv"));
    writeText(update, QStringLiteral("kpi;municipality;period;gender;value\n"
                                     "N15419;1435;2023;T;80,25\n"
                                     "N15419;1486;2023;T;70\n"
                                     "N15419;1427;2023;T;66,5\n"));
    const QStringList original = dump(temp.db());

    {
        ImportDialog dialog(temp.db().path());
        dialog.show();
        dialog.addFiles({update});
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        const auto rows = answerConflicts(dialog, "cancelImportButton");
        BOOST_REQUIRE(finished.wait(60000));
        // One conflict, shown with its key, both values and the line.
        BOOST_REQUIRE(rows.size() == 1);
        BOOST_TEST(rows[0] == (QStringList{QStringLiteral("N15419"), QStringLiteral("Tanum (1435)"),
                                           QStringLiteral("2023"), QStringLiteral("Total"),
                                           QStringLiteral("71.5"), QStringLiteral("80.25"),
                                           QStringLiteral("line 2")}));
        BOOST_TEST(dump(temp.db()) == original);
        BOOST_TEST(batchCount(temp.db()) == 1);
        BOOST_TEST(contains(messagesOf(dialog), "cancelled; nothing from it was stored"));
    }
    {
        ImportDialog dialog(temp.db().path());
        dialog.show();
        dialog.addFiles({update});
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        answerConflicts(dialog, "keepButton");
        BOOST_REQUIRE(finished.wait(60000));
        BOOST_TEST(dump(temp.db()) == sorted({QStringLiteral("N15419 1427 2023 T 66.5"),
                                              QStringLiteral("N15419 1435 2023 T 71.5"),
                                              QStringLiteral("N15419 1486 2023 T 70")}));
        BOOST_TEST(contains(messagesOf(dialog), "3 rows: 1 new, 1 unchanged, 0 replaced, 1 kept"),
                   messagesOf(dialog).toStdString());
    }
    {
        ImportDialog dialog(temp.db().path());
        dialog.show();
        dialog.addFiles({update});
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        answerConflicts(dialog, "replaceButton");
        BOOST_REQUIRE(finished.wait(60000));
        BOOST_TEST(dump(temp.db()) == sorted({QStringLiteral("N15419 1427 2023 T 66.5"),
                                              QStringLiteral("N15419 1435 2023 T 80.25"),
                                              QStringLiteral("N15419 1486 2023 T 70")}));
    }
}

BOOST_AUTO_TEST_CASE(large_import_shows_progress_and_cancel_rolls_back)
{
    TempDatabase temp;
    ObservationImporter(temp.db()).importFile(importData(QStringLiteral("export_own.csv")));
    const QString large = writeLargeCsv(temp.file(QStringLiteral("large.csv")));
    const QByteArray before = snapshot(temp.db());

    ImportDialog dialog(temp.db().path());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.show();
    dialog.addFiles({large});
    // The GUI thread keeps running during the import: a timer ticks, the progress bar moves.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    auto* progressRow = child<QWidget>(dialog, "importProgressRow");
    auto* bar = child<QProgressBar>(dialog, "importProgressBar");
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return progressRow->isVisible() || finished.count(); }, 60000));
    BOOST_REQUIRE_MESSAGE(finished.count() == 0, "the import ended before Cancel was shown");
    BOOST_TEST(dialog.isImporting());
    BOOST_TEST(bar->value() > 0);
    BOOST_TEST(bar->value() < 1000);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelImportButton"), Qt::LeftButton);
    BOOST_REQUIRE(finished.wait(60000));
    ticker.stop();
    BOOST_TEST(ticks > 0);

    BOOST_TEST(snapshot(temp.db()) == before);
    BOOST_TEST(imported.count() == 0);
    BOOST_TEST(!progressRow->isVisible());
    BOOST_TEST(child<QTreeWidget>(dialog, "importFileList")->topLevelItem(0)->text(3) ==
               QStringLiteral("Cancelled, nothing changed"));
    BOOST_TEST(contains(messagesOf(dialog), "The import of large.csv was cancelled"));
}

BOOST_AUTO_TEST_CASE(large_import_completes_while_the_window_keeps_running)
{
    TempDatabase temp;
    const QString large = writeLargeCsv(temp.file(QStringLiteral("large.csv")));
    ImportDialog dialog(temp.db().path());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.show();
    dialog.addFiles({large});
    // The longest pause of the GUI thread's event loop while the worker imports.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestPause = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestPause = std::max(longestPause, clock.elapsed() - last);
        last = clock.elapsed();
    });
    clock.start();
    ticker.start(5);
    runImport(dialog);
    const qint64 elapsed = clock.elapsed();
    ticker.stop();
    BOOST_TEST(ObservationRepository(temp.db().connection()).count() == 35 * 290 * 20);
    BOOST_TEST(imported.count() == 1);
    BOOST_TEST_MESSAGE("203,000 rows through the dialog in " << elapsed
                                                             << " ms; longest pause of "
                                                                "the GUI thread "
                                                             << longestPause << " ms");
    BOOST_TEST(longestPause < elapsed);
}

BOOST_AUTO_TEST_CASE(own_figures_are_stored_with_a_decimal_comma)
{
    TempDatabase temp;
    addIndicators(temp.db());
    const qint64 batchesBefore = batchCount(temp.db());
    OwnFiguresDialog dialog(temp.db(), QStringLiteral("1435"));
    QSignalSpy imported(&dialog, &OwnFiguresDialog::imported);
    dialog.show();

    auto* unitBox = child<QComboBox>(dialog, "unitBox");
    BOOST_TEST(unitBox->currentText() == QStringLiteral("Tanum (1435)"));
    auto* indicatorBox = child<QComboBox>(dialog, "indicatorBox");
    auto* genderBox = child<QComboBox>(dialog, "genderBox");
    auto* valueEdit = child<QLineEdit>(dialog, "valueEdit");
    // Typing part of the id finds the indicator; it has no values for women and men.
    indicatorBox->lineEdit()->clear();
    QTest::keyClicks(indicatorBox->lineEdit(), QStringLiteral("N15419"));
    BOOST_TEST(!genderBox->isEnabled());
    BOOST_TEST(genderBox->currentText() == QStringLiteral("Total"));
    child<QSpinBox>(dialog, "yearBox")->setValue(2024);
    QTest::keyClicks(valueEdit, QStringLiteral("12,5"));
    QTest::mouseClick(child<QPushButton>(dialog, "addFigureButton"), Qt::LeftButton);
    BOOST_TEST(dialog.figures().size() == 1);

    // A divided indicator for women, typed with thousands separated by a space.
    indicatorBox->setCurrentIndex(indicatorBox->findData(QStringLiteral("U21468")));
    BOOST_TEST(genderBox->isEnabled());
    genderBox->setCurrentIndex(genderBox->findData(int(Gender::Women)));
    QTest::keyClicks(valueEdit, QStringLiteral("1 234,75"));
    QTest::mouseClick(child<QPushButton>(dialog, "addFigureButton"), Qt::LeftButton);
    // A status instead of a value, for Strömstad.
    unitBox->lineEdit()->clear();
    QTest::keyClicks(unitBox->lineEdit(), QStringLiteral("1486"));
    auto* statusBox = child<QComboBox>(dialog, "statusBox");
    statusBox->setCurrentIndex(statusBox->findData(int(ValueStatus::Missing)));
    BOOST_TEST(!valueEdit->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "addFigureButton"), Qt::LeftButton);
    auto* table = child<QTableWidget>(dialog, "figureTable");
    BOOST_REQUIRE(table->rowCount() == 3);
    BOOST_TEST(table->item(0, 4)->text() == QStringLiteral("12.5")); // C locale in this test

    QTest::mouseClick(child<QPushButton>(dialog, "saveFiguresButton"), Qt::LeftButton);
    BOOST_TEST(dump(temp.db()) == sorted({QStringLiteral("N15419 1435 2024 T 12.5"),
                                          QStringLiteral("U21468 1435 2024 K 1234.75"),
                                          QStringLiteral("U21468 1486 2024 K missing")}));
    const QList<ImportBatch> batches = ImportBatchRepository(temp.db().connection()).all();
    BOOST_REQUIRE(batches.size() == batchesBefore + 1);
    BOOST_TEST(batches.last().source == importSourceOwnFigures);
    BOOST_TEST(batches.last().rowCount == 3);
    BOOST_TEST(imported.count() == 1);
    BOOST_TEST(table->rowCount() == 0);
    BOOST_TEST(child<QLabel>(dialog, "ownFiguresResult")
                   ->text()
                   .startsWith(QStringLiteral("Stored: 3 rows: 3 new")));

    // The same key again with another value: the conflict is shown and replaced on request.
    indicatorBox->setCurrentIndex(indicatorBox->findData(QStringLiteral("N15419")));
    unitBox->setCurrentIndex(unitBox->findData(QStringLiteral("1435")));
    QTest::keyClicks(valueEdit, QStringLiteral("13"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveFiguresButton"), Qt::LeftButton);
    const auto rows = answerConflicts(dialog, "replaceButton");
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows[0][4] == QStringLiteral("12.5"));
    BOOST_TEST(rows[0][5] == QStringLiteral("13"));
    BOOST_TEST(rows[0][6] == QStringLiteral("row 1"));
    BOOST_TEST(dump(temp.db()).contains(QStringLiteral("N15419 1435 2024 T 13")));
    BOOST_TEST(batchCount(temp.db()) == batchesBefore + 2);
}

BOOST_AUTO_TEST_CASE(invalid_own_figures_are_refused_next_to_the_field)
{
    TempDatabase temp;
    addIndicators(temp.db());
    const QByteArray before = snapshot(temp.db());
    OwnFiguresDialog dialog(temp.db(), QStringLiteral("1435"));
    QSignalSpy imported(&dialog, &OwnFiguresDialog::imported);
    dialog.show();
    auto* valueEdit = child<QLineEdit>(dialog, "valueEdit");
    auto* valueMessage = child<QLabel>(dialog, "valueMessage");

    QTest::keyClicks(valueEdit, QStringLiteral("abc"));
    QTest::mouseClick(child<QPushButton>(dialog, "addFigureButton"), Qt::LeftButton);
    BOOST_TEST(
        valueMessage->text() ==
        QStringLiteral("\"abc\" is not a number. Write it with a decimal comma, e.g. 12.5."));
    BOOST_TEST(dialog.figures().isEmpty());
    // Save also checks a value still in the form, and stores nothing.
    QTest::mouseClick(child<QPushButton>(dialog, "saveFiguresButton"), Qt::LeftButton);
    BOOST_TEST(snapshot(temp.db()) == before);
    BOOST_TEST(imported.count() == 0);

    valueEdit->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "addFigureButton"), Qt::LeftButton);
    BOOST_TEST(valueMessage->text() ==
               QStringLiteral("Enter a value, or choose a status such as Missing."));
    QTest::keyClicks(valueEdit, QStringLiteral("12.5")); // a point where a comma belongs
    QTest::mouseClick(child<QPushButton>(dialog, "addFigureButton"), Qt::LeftButton);
    BOOST_TEST(valueMessage->text().startsWith(QStringLiteral("\"12.5\" is not a number")));

    auto* indicatorBox = child<QComboBox>(dialog, "indicatorBox");
    indicatorBox->lineEdit()->clear();
    QTest::keyClicks(indicatorBox->lineEdit(), QStringLiteral("X99999"));
    valueEdit->clear();
    QTest::keyClicks(valueEdit, QStringLiteral("3"));
    QTest::mouseClick(child<QPushButton>(dialog, "addFigureButton"), Qt::LeftButton);
    BOOST_TEST(child<QLabel>(dialog, "indicatorMessage")->text() ==
               QStringLiteral("Choose an indicator from the list."));
    BOOST_TEST(valueMessage->text().isEmpty());
    BOOST_TEST(dialog.figures().isEmpty());

    QTest::mouseClick(child<QPushButton>(dialog, "saveFiguresButton"), Qt::LeftButton);
    BOOST_TEST(snapshot(temp.db()) == before);
}

BOOST_AUTO_TEST_CASE(closing_with_unsaved_figures_asks_first)
{
    TempDatabase temp;
    addIndicators(temp.db());
    OwnFiguresDialog dialog(temp.db(), QStringLiteral("1435"));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "valueEdit"), QStringLiteral("7"));
    QTest::mouseClick(child<QPushButton>(dialog, "addFigureButton"), Qt::LeftButton);
    BOOST_REQUIRE(dialog.figures().size() == 1);
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            BOOST_REQUIRE(box);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    dialog.reject();
    BOOST_TEST(dialog.isVisible());
    answer(QMessageBox::Discard);
    dialog.reject();
    BOOST_TEST(!dialog.isVisible());
    BOOST_TEST(ObservationRepository(temp.db().connection()).count() == 0);
}

// Last: installs the Swedish translation for the rest of the run.
BOOST_AUTO_TEST_CASE(screenshots_in_swedish)
{
    installTranslations(QStringLiteral("sv"));
    TempDatabase temp;
    addIndicators(temp.db());
    const QString stored = temp.file(QStringLiteral("kolada_export.csv"));
    writeText(stored, QStringLiteral("kpi,municipality,period,gender,value\n"
                                     "N15419,1435,2023,T,71.5\n"
                                     "N15419,1486,2023,T,70\n"));
    ObservationImporter(temp.db()).importFile(stored);
    const QString update = temp.file(QStringLiteral("uppfoljning_2023.csv"));
    writeText(update, QStringLiteral("kpi;municipality;period;gender;value\n"
                                     "N15419;1435;2023;T;80,25\n"
                                     "N15419;1486;2023;T;68\n"
                                     "N15419;1427;2023;T;66,5\n"));

    {
        // A long import with its progress bar, cancelled after the picture.
        const QString large = writeLargeCsv(temp.file(QStringLiteral("kolada_alla_kommuner.csv")));
        ImportDialog dialog(temp.db().path());
        dialog.show();
        dialog.addFiles({large});
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        auto* progressRow = child<QWidget>(dialog, "importProgressRow");
        BOOST_REQUIRE(
            QTest::qWaitFor([&] { return progressRow->isVisible() || finished.count(); }, 60000));
        saveScreenshot(dialog, QStringLiteral("import-dialog-progress"));
        QTest::mouseClick(child<QPushButton>(dialog, "cancelImportButton"), Qt::LeftButton);
        BOOST_REQUIRE(finished.wait(60000));
    }

    ImportDialog dialog(temp.db().path());
    dialog.show();
    dialog.addFiles({importData(QStringLiteral("swedish_semicolon_cp1252.csv")),
                     importData(QStringLiteral("kolada_kpi_v3.json")), update,
                     importData(QStringLiteral("bad_year.csv"))});
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    saveScreenshot(dialog, QStringLiteral("import-dialog-files"));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    ConflictDialog* conflicts = nullptr;
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return (conflicts = dialog.findChild<ConflictDialog*>()) != nullptr; }, 60000));
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(conflicts));
    saveScreenshot(*conflicts, QStringLiteral("import-conflicts"));
    QTest::mouseClick(child<QPushButton>(*conflicts, "replaceButton"), Qt::LeftButton);
    BOOST_REQUIRE(finished.wait(60000));
    saveScreenshot(dialog, QStringLiteral("import-dialog-done"));

    OwnFiguresDialog figures(temp.db(), QStringLiteral("1435"));
    figures.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&figures));
    auto* valueEdit = child<QLineEdit>(figures, "valueEdit");
    QTest::keyClicks(valueEdit, QStringLiteral("12,5"));
    QTest::mouseClick(child<QPushButton>(figures, "addFigureButton"), Qt::LeftButton);
    QTest::keyClicks(valueEdit, QStringLiteral("abc"));
    QTest::mouseClick(child<QPushButton>(figures, "addFigureButton"), Qt::LeftButton);
    saveScreenshot(figures, QStringLiteral("own-figures"));
    BOOST_TEST(figures.figures().size() == 1);
}
