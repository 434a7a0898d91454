// SPDX-License-Identifier: GPL-3.0-or-later
// Importera från annan Jämför-fil and Skicka analys in the window (issue 15, items 1 and 2),
// through the real dialog: the preview lists what differs, "Behåll mina" and "Ta deras" do what
// they say, a refused file says why, and an analysis sent from the window arrives whole.
#define BOOST_TEST_MODULE transfer
#include "core/exchange/jamforfiletransfer.h"
#include "core/import/observationimporter.h"
#include "core/storage/analysisrepository.h"
#include "core/storage/database.h"
#include "core/storage/observationrepository.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/demoanalysis.h"
#include "tests/support/testfiles.h"
#include "tests/support/widgettesting.h"
#include "ui/exchange/exchangemenu.h"
#include "ui/exchange/transferdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/wizard/analysiswizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using widgettesting::child;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

// Their file: the demo network with an analysis; mine: the same file, where I have since
// typed another value for Tanum and they have gone on with the analysis.
struct TwoMembers
{
    TwoMembers()
    {
        theirs = dir.filePath(QStringLiteral("theirs.jamfor"));
        mine = dir.filePath(QStringLiteral("mine.jamfor"));
        {
            DemoAnalysis demo(theirs);
            analysisId = demo.analysisId;
        }
        BOOST_REQUIRE(QFile::copy(theirs, mine));
        QFile::setPermissions(mine, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto db = Database::open(mine, Database::OpenMode::OpenExisting);
            const QString changed = dir.filePath(QStringLiteral("changed.csv"));
            testfiles::writeAll(changed,
                                "kpi;municipality;period;gender;value\nU21401;1435;2024;T;99\n");
            ImportOptions replace;
            replace.onConflict = ConflictPolicy::Replace;
            ObservationImporter(*db).importFile(changed, replace);
        }
        auto db = Database::open(theirs, Database::OpenMode::OpenExisting);
        Analysis analysis = *AnalysisRepository(db->connection()).load(analysisId);
        analysis.purpose = QStringLiteral("Syftet efter andra mötet.");
        analysis.updatedAt = analysis.updatedAt.addDays(2);
        AnalysisRepository(db->connection()).save(analysis, AnalysisRepository::Times::Kept);
    }

    QString storedValue(const QString& path) const
    {
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        for (const UnitValue& value :
             ObservationRepository(db->connection())
                 .values(DemoAnalysis::indicator, DemoAnalysis::year, Gender::Total)) {
            if (value.unitId == DemoAnalysis::focus)
                return value.value ? QString::number(*value.value) : QStringLiteral("-");
        }
        return {};
    }

    QString storedPurpose(const QString& path) const
    {
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        return AnalysisRepository(db->connection()).load(analysisId)->purpose;
    }

    QTemporaryDir dir;
    QString theirs;
    QString mine;
    qint64 analysisId = 0;
};

} // namespace

BOOST_AUTO_TEST_CASE(the_preview_lists_differences_and_keep_mine_keeps_them)
{
    TwoMembers files;
    const QString theirValue = files.storedValue(files.theirs);
    BOOST_TEST_REQUIRE(files.storedValue(files.mine) == QStringLiteral("99"));

    TransferDialog dialog(files.mine, files.theirs);
    widgettesting::saveScreenshot(dialog, QStringLiteral("transfer-dialog"));
    BOOST_TEST_REQUIRE(dialog.isUsable(), dialog.refusal().toStdString());
    // One value and one analysis differ; the analysis's network is the same in both files.
    BOOST_TEST(dialog.preview().conflictCount == 1);
    BOOST_TEST_REQUIRE(dialog.preview().itemConflicts.size() == 1);
    BOOST_TEST(dialog.preview().itemConflicts.first().incomingIsNewer);
    auto* table = child<QTableWidget>(dialog, "transferDifferences");
    BOOST_TEST(table->rowCount() == 2);
    BOOST_TEST(table->item(0, 3)->text().contains(QStringLiteral("newer")),
               table->item(0, 3)->text().toStdString());
    BOOST_TEST(table->item(1, 2)->text() == QStringLiteral("99"));
    const QString summary = child<QLabel>(dialog, "transferSummary")->text();
    BOOST_TEST(summary.contains(QStringLiteral("1 differ")), summary.toStdString());
    BOOST_TEST(!child<QPushButton>(dialog, "transferImport")->isVisibleTo(&dialog));
    BOOST_TEST(child<QPushButton>(dialog, "transferKeep")->isVisibleTo(&dialog));

    // Asking for the networks too reads the preview again.
    child<QCheckBox>(dialog, "transferNetworks")->setChecked(true);
    BOOST_TEST(dialog.preview().networks.unchanged == 1);

    child<QPushButton>(dialog, "transferKeep")->click();
    BOOST_TEST(dialog.QDialog::result() == QDialog::Accepted);
    BOOST_TEST(dialog.transferResult().kept == 1);
    BOOST_TEST(dialog.transferResult().analyses.kept == 1);
    BOOST_TEST(files.storedValue(files.mine) == QStringLiteral("99"));
    BOOST_TEST(files.storedPurpose(files.mine) != QStringLiteral("Syftet efter andra mötet."));
    BOOST_TEST(!theirValue.isEmpty());
}

BOOST_AUTO_TEST_CASE(take_theirs_brings_their_value_and_their_newer_analysis)
{
    TwoMembers files;
    const QString theirValue = files.storedValue(files.theirs);
    TransferDialog dialog(files.mine, files.theirs);
    BOOST_TEST_REQUIRE(dialog.isUsable(), dialog.refusal().toStdString());
    child<QPushButton>(dialog, "transferReplace")->click();
    BOOST_TEST(dialog.QDialog::result() == QDialog::Accepted);
    BOOST_TEST(dialog.transferResult().replaced == 1);
    BOOST_TEST(dialog.transferResult().analyses.replaced == 1);
    BOOST_TEST(files.storedValue(files.mine) == theirValue);
    BOOST_TEST(files.storedPurpose(files.mine) == QStringLiteral("Syftet efter andra mötet."));
    BOOST_TEST(dialog.resultSummary().contains(QStringLiteral("theirs.jamfor")));
}

BOOST_AUTO_TEST_CASE(a_refused_file_says_why_and_offers_nothing_to_import)
{
    TwoMembers files;
    const QString csv = files.dir.filePath(QStringLiteral("values.jamfor"));
    testfiles::writeAll(csv, "kpi;municipality;period;gender;value\n");
    TransferDialog dialog(files.mine, csv);
    BOOST_TEST(!dialog.isUsable());
    const QString summary = child<QLabel>(dialog, "transferSummary")->text();
    BOOST_TEST(summary.contains(csv), summary.toStdString());
    for (const char* name : {"transferImport", "transferKeep", "transferReplace"})
        BOOST_TEST(!child<QPushButton>(dialog, name)->isVisibleTo(&dialog), name);
}

BOOST_AUTO_TEST_CASE(an_analysis_sent_from_the_window_arrives_in_a_colleagues_file)
{
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings().clear();
    TwoMembers files;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    BOOST_REQUIRE(window.openFile(files.theirs));
    auto* send = child<QAction>(window, "sendAnalysisAction");
    auto* wizard = child<AnalysisWizard>(window, "analysisWizard");
    BOOST_REQUIRE(wizard->openAnalysis(files.analysisId));
    BOOST_TEST(send->isEnabled());

    const QString sent = files.dir.filePath(QStringLiteral("till Anna.jamfor"));
    const QString message = window.exchangeMenu()->sendAnalysis(sent);
    BOOST_TEST(message.contains(QStringLiteral("till Anna.jamfor")), message.toStdString());
    // One of the demo's three areas: about a third of the member's file.
    BOOST_TEST(QFileInfo(sent).size() < QFileInfo(files.theirs).size() / 2);

    // The colleague's window: an empty file; the dialog is answered as a user would.
    const QString colleague = files.dir.filePath(QStringLiteral("colleague.jamfor"));
    Database::open(colleague, Database::OpenMode::CreateIfMissing).reset();
    BOOST_REQUIRE(window.openFile(colleague));
    bool clicked = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&clicked] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<TransferDialog*>(top);
            if (dialog && dialog->isVisible() && !clicked) {
                clicked = true;
                dialog->findChild<QPushButton*>(QStringLiteral("transferImport"))->click();
            }
        }
    });
    poll.start(50);
    window.exchangeMenu()->importFrom(sent);
    BOOST_TEST(clicked);
    // The window opened the file again: the analysis is there to choose.
    auto db = Database::open(colleague, Database::OpenMode::ReadOnly);
    const QList<Analysis> analyses = AnalysisRepository(db->connection()).list();
    BOOST_TEST_REQUIRE(analyses.size() == 1);
    BOOST_TEST(analyses.first().purpose == QStringLiteral("Syftet efter andra mötet."));
    BOOST_TEST(child<AnalysisWizard>(window, "analysisWizard")->openAnalysis(analyses.first().id));
}
