// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the analysis wizard through all five steps on the demo network with its real widgets,
// then reopens the file and checks what was stored. With JAMFOR_SCREENSHOT_DIR set, saves a
// 1366×768 picture of every step in Swedish.
#define BOOST_TEST_MODULE wizard
#include "core/demo/demodataset.h"
#include "core/import/observationimporter.h"
#include "core/registry/unitregistry.h"
#include "core/storage/analysisrepository.h"
#include "core/storage/database.h"
#include "core/storage/observationrepository.h"
#include "core/storage/unitgrouprepository.h"
#include "core/util/translations.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/testfiles.h"
#include "ui/wizard/analysiseditor.h"
#include "ui/wizard/analysiswizard.h"
#include "ui/wizard/deepanalysispage.h"
#include "ui/wizard/newanalysisdialog.h"
#include "ui/wizard/prioritymatrixwidget.h"
#include "ui/wizard/quickanalysispage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTranslator>
#include <QUndoStack>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

// Lets Boost.Test print the Qt values these checks compare.
inline std::ostream& boost_test_print_type(std::ostream& out, const QDate& date)
{
    return out << date.toString(Qt::ISODate).toStdString();
}

inline std::ostream& boost_test_print_type(std::ostream& out, const QStringList& list)
{
    return out << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

inline std::ostream& boost_test_print_type(std::ostream& out, const QList<qint64>& list)
{
    out << '[';
    for (qint64 id : list)
        out << id << ' ';
    return out << ']';
}

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

const QString tanum = QStringLiteral("1435");
const QString satisfaction = QStringLiteral("U21468"); // higher is better, by gender
const QString continuity = QStringLiteral("U21401");   // lower is better
const QString waitingTime = QStringLiteral("U23401");

QString demoFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.jamfor"));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    DemoDataset::write(*db);
    return path;
}

template <class T> T* child(QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<T*>(name);
    BOOST_REQUIRE_MESSAGE(widget, "no widget named " << name.toStdString());
    return widget;
}

void click(QWidget& parent, const QString& name)
{
    auto* button = child<QPushButton>(parent, name);
    BOOST_REQUIRE_MESSAGE(button->isEnabled(), name.toStdString() << " is disabled");
    button->click();
    QApplication::processEvents();
}

void choose(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    BOOST_REQUIRE_MESSAGE(index >= 0, box->objectName().toStdString()
                                          << " has no choice " << data.toString().toStdString());
    box->setCurrentIndex(index);
    QApplication::processEvents();
}

void next(AnalysisWizard& wizard, AnalysisStep expected)
{
    click(wizard, QStringLiteral("nextStep"));
    BOOST_REQUIRE_EQUAL(int(wizard.currentStep()), int(expected));
}

void screenshot(AnalysisWizard& wizard, const QString& name)
{
    const QString folder = qEnvironmentVariable("JAMFOR_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QApplication::processEvents();
    BOOST_TEST(wizard.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// Screenshots before the lead has translated the new strings can load a catalogue compiled from
// the report's translation lines.
void installPreviewCatalogue()
{
    const QString path = qEnvironmentVariable("JAMFOR_PREVIEW_QM");
    if (path.isEmpty())
        return;
    auto* translator = new QTranslator(QCoreApplication::instance());
    BOOST_REQUIRE(translator->load(path));
    QCoreApplication::installTranslator(translator);
}

QComboBox* cellCombo(QTableWidget* table, int row, int column)
{
    auto* box = qobject_cast<QComboBox*>(table->cellWidget(row, column));
    BOOST_REQUIRE(box);
    return box;
}

} // namespace

BOOST_AUTO_TEST_CASE(new_analysis_on_the_demo_network_through_all_steps_survives_reopening)
{
    installTranslations(QStringLiteral("sv"));
    installPreviewCatalogue();
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    qint64 analysisId = 0;
    {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        AnalysisWizard wizard(*db);
        wizard.resize(1366, 768);
        wizard.show();
        BOOST_TEST(wizard.analysisId() == 0, "the demo has no analysis yet");
        int imports = 0;
        QObject::connect(&wizard, &AnalysisWizard::importRequested, [&] { ++imports; });
        screenshot(wizard, QStringLiteral("wizard-0-empty"));

        // ---- New analysis: the demo network, elderly care, Tanum, 2023 ----
        click(wizard, QStringLiteral("newAnalysis"));
        auto* dialog = wizard.findChild<NewAnalysisDialog*>();
        BOOST_REQUIRE(dialog);
        choose(child<QComboBox>(*dialog, QStringLiteral("comparisonKind")),
               int(ComparisonKind::Network));
        auto* network = child<QComboBox>(*dialog, QStringLiteral("network"));
        network->setCurrentIndex(network->findText(DemoDataset::networkName));
        choose(child<QComboBox>(*dialog, QStringLiteral("area")), QStringLiteral("aldreomsorg"));
        choose(child<QComboBox>(*dialog, QStringLiteral("focusUnit")), tanum);
        choose(child<QComboBox>(*dialog, QStringLiteral("year")), 2023);
        BOOST_TEST(child<QComboBox>(*dialog, QStringLiteral("focusUnit"))
                           ->findData(QStringLiteral("1438")) < 0,
                   "Dals-Ed takes part only in compulsory school");
        if (!qEnvironmentVariable("JAMFOR_SCREENSHOT_DIR").isEmpty())
            dialog->grab().save(QDir(qEnvironmentVariable("JAMFOR_SCREENSHOT_DIR"))
                                    .filePath(QStringLiteral("wizard-new.png")));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QApplication::processEvents();
        analysisId = wizard.analysisId();
        BOOST_REQUIRE(analysisId != 0);
        const AnalysisState& state = wizard.editor().state();
        BOOST_TEST(state.analysis().title == QStringLiteral("Äldreomsorg, Tanum 2023"));
        BOOST_TEST(state.analysis().checklist.size() == 7, "the handbook's checklist is seeded");
        BOOST_TEST(int(wizard.currentStep()) == 1);
        BOOST_TEST(!child<QPushButton>(wizard, QStringLiteral("nextStep"))->isEnabled());

        // ---- Step 1 ----
        child<QPlainTextEdit>(wizard, QStringLiteral("purpose"))
            ->setPlainText(QStringLiteral("Förstå varför få är nöjda med hemtjänsten"));
        child<QPlainTextEdit>(wizard, QStringLiteral("mandate"))
            ->setPlainText(QStringLiteral("Socialnämnden, redovisning i december"));
        child<QPlainTextEdit>(wizard, QStringLiteral("timePlan"))
            ->setPlainText(QStringLiteral("September–december"));
        auto* people = child<QListWidget>(wizard, QStringLiteral("participants"));
        BOOST_REQUIRE_EQUAL(people->count(), 5);
        people->item(0)->setCheckState(Qt::Checked);
        people->item(4)->setCheckState(Qt::Checked);
        child<QLineEdit>(wizard, QStringLiteral("outsideParticipant"))
            ->setText(QStringLiteral("Eva Sjö"));
        click(wizard, QStringLiteral("addParticipant"));
        BOOST_TEST(people->count() == 6);
        click(wizard, QStringLiteral("addMeeting"));
        click(wizard, QStringLiteral("addMeeting"));
        auto* meetings = child<QTableWidget>(wizard, QStringLiteral("meetings"));
        BOOST_REQUIRE_EQUAL(meetings->rowCount(), 2);
        qobject_cast<QDateEdit*>(meetings->cellWidget(0, 0))->setDate(QDate(2024, 9, 3));
        meetings->item(1, 2)->setText(QStringLiteral("Snabbanalys"));
        auto* checklist = child<QListWidget>(wizard, QStringLiteral("checklist"));
        checklist->item(0)->setCheckState(Qt::Checked);
        checklist->item(1)->setCheckState(Qt::Checked);
        auto* dataCheck = child<QTableWidget>(wizard, QStringLiteral("dataCheck"));
        BOOST_TEST(dataCheck->rowCount() == 10, "the demo has ten elderly-care indicators");
        BOOST_TEST(child<QLabel>(wizard, QStringLiteral("dataCheckSummary"))
                       ->text()
                       .contains(QStringLiteral("Tanum")));
        click(wizard, QStringLiteral("importData"));
        BOOST_TEST(imports == 1);
        screenshot(wizard, QStringLiteral("wizard-1-forberedelser"));
        next(wizard, AnalysisStep::QuickAnalysis);
        BOOST_TEST(wizard.undoStack()->count() == 0, "the undo stack holds one step's edits");

        // ---- Step 2 ----
        auto* quick = qobject_cast<QuickAnalysisPage*>(wizard.page(AnalysisStep::QuickAnalysis));
        auto* table = child<QTableWidget>(wizard, QStringLiteral("quickAnalysisTable"));
        BOOST_REQUIRE_EQUAL(table->rowCount(), 10);
        const int satisfactionRow = quick->rowOf(satisfaction);
        const int continuityRow = quick->rowOf(continuity);
        BOOST_REQUIRE(satisfactionRow >= 0 && continuityRow >= 0);
        BOOST_TEST(!table->item(satisfactionRow, QuickAnalysisPage::RankColumn)->text().isEmpty());
        table->item(satisfactionRow, QuickAnalysisPage::TakeForwardColumn)
            ->setCheckState(Qt::Checked);
        table->item(continuityRow, QuickAnalysisPage::TakeForwardColumn)
            ->setCheckState(Qt::Checked);
        BOOST_TEST(!child<QPushButton>(wizard, QStringLiteral("nextStep"))->isEnabled(),
                   "indicators taken forward must be judged");
        choose(cellCombo(table, satisfactionRow, QuickAnalysisPage::JudgementColumn),
               int(Judgement::Problem));
        choose(cellCombo(table, continuityRow, QuickAnalysisPage::JudgementColumn),
               int(Judgement::Unclear));
        choose(cellCombo(table, continuityRow, QuickAnalysisPage::TypeColumn),
               int(HandbookType::Process));
        table->item(satisfactionRow, QuickAnalysisPage::NoteColumn)
            ->setText(QStringLiteral("Lägst i nätverket"));
        BOOST_TEST(child<QLabel>(wizard, QStringLiteral("takenForwardCount"))
                       ->text()
                       .startsWith(QStringLiteral("2 ")));

        // Undo within the step: a third judgement is taken back, and the table shows it.
        const int waitingRow = quick->rowOf(waitingTime);
        choose(cellCombo(table, waitingRow, QuickAnalysisPage::JudgementColumn),
               int(Judgement::GoodResult));
        BOOST_TEST(int(state.indicator(waitingTime).judgement) == int(Judgement::GoodResult));
        wizard.undoStack()->undo();
        QApplication::processEvents();
        BOOST_TEST(int(state.indicator(waitingTime).judgement) == int(Judgement::None));
        BOOST_TEST(cellCombo(table, waitingRow, QuickAnalysisPage::JudgementColumn)
                       ->currentData()
                       .toInt() == int(Judgement::None));
        BOOST_TEST(int(state.indicator(satisfaction).judgement) == int(Judgement::Problem),
                   "earlier edits stay");
        wizard.undoStack()->redo();
        BOOST_TEST(int(state.indicator(waitingTime).judgement) == int(Judgement::GoodResult));
        wizard.undoStack()->undo();
        screenshot(wizard, QStringLiteral("wizard-2-snabbanalys"));
        next(wizard, AnalysisStep::DeepAnalysis);

        // ---- Step 3 ----
        auto* deep = qobject_cast<DeepAnalysisPage*>(wizard.page(AnalysisStep::DeepAnalysis));
        auto* indicatorBox = child<QComboBox>(wizard, QStringLiteral("deepIndicator"));
        BOOST_REQUIRE_EQUAL(indicatorBox->count(), 2);
        deep->setCurrentIndicator(satisfaction);
        QApplication::processEvents();
        for (auto kind :
             {DeepAnalysisPage::ChartKind::Trend, DeepAnalysisPage::ChartKind::Gender,
              DeepAnalysisPage::ChartKind::CostQuality, DeepAnalysisPage::ChartKind::Ranking})
            deep->setChartKind(kind);
        choose(child<QComboBox>(wizard, QStringLiteral("deepChartKind")),
               int(DeepAnalysisPage::ChartKind::CostQuality));
        choose(child<QComboBox>(wizard, QStringLiteral("deepCostIndicator")),
               QStringLiteral("N21009"));
        BOOST_TEST(state.indicator(satisfaction).costIndicatorId == QStringLiteral("N21009"));
        screenshot(wizard, QStringLiteral("wizard-3a-diagram"));
        choose(child<QComboBox>(wizard, QStringLiteral("deepChartKind")),
               int(DeepAnalysisPage::ChartKind::Gender));
        screenshot(wizard, QStringLiteral("wizard-3b-kon"));

        auto* tabs = child<QTabWidget>(wizard, QStringLiteral("deepTabs"));
        tabs->setCurrentIndex(1);
        auto* similar = child<QListWidget>(wizard, QStringLiteral("similarUnits"));
        BOOST_REQUIRE_EQUAL(similar->count(), DeepAnalysisPage::similarCount);
        similar->item(0)->setCheckState(Qt::Checked);
        similar->item(1)->setCheckState(Qt::Checked);
        BOOST_TEST(state.analysis().similarUnitIds.size() == 2);
        BOOST_TEST(child<QTableWidget>(wizard, QStringLiteral("similarValues"))->rowCount() == 3);
        screenshot(wizard, QStringLiteral("wizard-3c-liknande"));

        tabs->setCurrentIndex(2);
        child<QLineEdit>(wizard, QStringLiteral("causeInput_organisation"))
            ->setText(QStringLiteral("Många olika personal per brukare"));
        click(wizard, QStringLiteral("addCause_organisation"));
        child<QListWidget>(wizard, QStringLiteral("causes_organisation"))
            ->item(0)
            ->setCheckState(Qt::Checked);
        child<QLineEdit>(wizard, QStringLiteral("causeInput_measurement"))
            ->setText(QStringLiteral("Låg svarsfrekvens"));
        click(wizard, QStringLiteral("addCause_measurement"));
        BOOST_TEST(!child<QPushButton>(wizard, QStringLiteral("nextStep"))->isEnabled(),
                   "the second indicator has no cause yet");
        deep->setCurrentIndicator(continuity);
        QApplication::processEvents();
        BOOST_TEST(child<QListWidget>(wizard, QStringLiteral("causes_organisation"))->count() == 0);
        child<QLineEdit>(wizard, QStringLiteral("whyProblem"))
            ->setText(QStringLiteral("Brukarna möter många personal"));
        child<QLineEdit>(wizard, QStringLiteral("why1"))
            ->setText(QStringLiteral("Schemat planeras vecka för vecka"));
        child<QLineEdit>(wizard, QStringLiteral("why2"))
            ->setText(QStringLiteral("Planeraren saknar stöd"));
        screenshot(wizard, QStringLiteral("wizard-3d-orsaker"));
        tabs->setCurrentIndex(3);
        click(wizard, QStringLiteral("addSourceNote"));
        child<QTableWidget>(wizard, QStringLiteral("sourceNotes"))
            ->item(0, 1)
            ->setText(QStringLiteral("Egen enkät visar samma bild"));
        child<QPlainTextEdit>(wizard, QStringLiteral("conclusion"))
            ->setPlainText(QStringLiteral("Planeringen är roten"));
        screenshot(wizard, QStringLiteral("wizard-3e-kallor"));
        next(wizard, AnalysisStep::Proposals);

        // ---- Step 4 ----
        click(wizard, QStringLiteral("addProposal"));
        child<QLineEdit>(wizard, QStringLiteral("proposalTitle"))
            ->setText(QStringLiteral("Fasta hemtjänstgrupper"));
        child<QPlainTextEdit>(wizard, QStringLiteral("proposalProblem"))
            ->setPlainText(QStringLiteral("För många personal per brukare"));
        child<QPlainTextEdit>(wizard, QStringLiteral("proposalGoal"))
            ->setPlainText(QStringLiteral("Högst 10 personal på 14 dagar"));
        choose(child<QComboBox>(wizard, QStringLiteral("proposalIndicator")), continuity);
        choose(child<QComboBox>(wizard, QStringLiteral("proposalEffect")), int(Rating::High));
        choose(child<QComboBox>(wizard, QStringLiteral("proposalEffort")), int(Rating::Low));
        child<QCheckBox>(wizard, QStringLiteral("proposalChosen"))->setChecked(true);
        auto* better = child<QListWidget>(wizard, QStringLiteral("inspirationUnits"));
        BOOST_REQUIRE(better->count() > 0);
        better->item(0)->setCheckState(Qt::Checked);
        click(wizard, QStringLiteral("addProposal"));
        child<QLineEdit>(wizard, QStringLiteral("proposalTitle"))
            ->setText(QStringLiteral("Nytt planeringssystem"));
        choose(child<QComboBox>(wizard, QStringLiteral("proposalEffect")), int(Rating::Low));
        choose(child<QComboBox>(wizard, QStringLiteral("proposalEffort")), int(Rating::High));
        const qint64 firstProposal = state.analysis().proposals.value(0).id;
        auto* matrix = child<PriorityMatrixWidget>(wizard, QStringLiteral("priorityMatrix"));
        BOOST_TEST(matrix->proposalsIn(PriorityQuadrant::DoFirst) == QList<qint64>{firstProposal});
        BOOST_TEST(matrix->proposalsIn(PriorityQuadrant::Avoid).size() == 1);
        screenshot(wizard, QStringLiteral("wizard-4-forslag"));
        next(wizard, AnalysisStep::Implementation);

        // ---- Step 5 ----
        click(wizard, QStringLiteral("addAction"));
        auto* actions = child<QTableWidget>(wizard, QStringLiteral("actions"));
        BOOST_REQUIRE_EQUAL(actions->rowCount(), 1);
        actions->item(0, 1)->setText(QStringLiteral("Dela in hemtjänsten i tre grupper"));
        actions->item(0, 2)->setText(QStringLiteral("Med stöd av planeraren"));
        actions->item(0, 3)->setText(QStringLiteral("Enhetschef"));
        actions->item(0, 6)->setText(QStringLiteral("Ta upp i ledningsgruppen"));
        BOOST_TEST(!child<QPushButton>(wizard, QStringLiteral("nextStep"))->isEnabled(),
                   "the action needs a date");
        qobject_cast<QDateEdit*>(actions->cellWidget(0, 4))->setDate(QDate(2024, 6, 30));
        choose(cellCombo(actions, 0, 5), int(FollowUpFrequency::Quarterly));
        click(wizard, QStringLiteral("addTarget"));
        auto* targets = child<QTableWidget>(wizard, QStringLiteral("targets"));
        BOOST_REQUIRE_EQUAL(targets->rowCount(), 1);
        qobject_cast<QSpinBox*>(targets->cellWidget(0, 1))->setValue(2024);
        qobject_cast<QDoubleSpinBox*>(targets->cellWidget(0, 2))->setValue(10);
        auto* followUp = child<QTableWidget>(wizard, QStringLiteral("followUp"));
        BOOST_REQUIRE_EQUAL(followUp->rowCount(), 1);
        BOOST_TEST(qobject_cast<QProgressBar*>(followUp->cellWidget(0, 4)) != nullptr);
        BOOST_TEST(followUp->item(0, 3)->text().contains(QStringLiteral("2024")),
                   "the newest demo value is of 2024");
        screenshot(wizard, QStringLiteral("wizard-5-genomforande"));
        click(wizard, QStringLiteral("nextStep"));
        BOOST_TEST(state.isCompleted());
        screenshot(wizard, QStringLiteral("wizard-5b-slutford"));
    }

    // ---- Reopen with a fresh database and widget ----
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    const std::optional<Analysis> stored = AnalysisRepository(db->connection()).load(analysisId);
    BOOST_REQUIRE(stored);
    const Analysis& a = *stored;
    BOOST_TEST(a.networkId != 0);
    BOOST_TEST(a.areaId == QStringLiteral("aldreomsorg"));
    BOOST_TEST(a.focusUnitId == tanum);
    BOOST_TEST(a.year == 2023);
    BOOST_TEST(a.purpose == QStringLiteral("Förstå varför få är nöjda med hemtjänsten"));
    BOOST_TEST(a.mandate == QStringLiteral("Socialnämnden, redovisning i december"));
    BOOST_TEST(a.timePlan == QStringLiteral("September–december"));
    BOOST_REQUIRE_EQUAL(a.participants.size(), 3);
    BOOST_TEST(a.participants[0].name == QStringLiteral("Karin Lindqvist"));
    BOOST_TEST(a.participants[0].personId != 0);
    BOOST_TEST(a.participants[2].name == QStringLiteral("Eva Sjö"));
    BOOST_TEST(a.participants[2].personId == 0);
    BOOST_REQUIRE_EQUAL(a.meetings.size(), 2);
    BOOST_TEST(a.meetings[0].date == QDate(2024, 9, 3));
    BOOST_TEST(a.meetings[1].title == QStringLiteral("Snabbanalys"));
    BOOST_TEST(a.meetings[1].step == 2);
    BOOST_TEST(std::count_if(a.checklist.cbegin(), a.checklist.cend(),
                             [](const ChecklistItem& c) { return c.done; }) == 2);
    BOOST_TEST(a.takenForwardIndicatorIds() == (QStringList{continuity, satisfaction}));
    AnalysisState reopened(a);
    BOOST_TEST(int(reopened.indicator(satisfaction).judgement) == int(Judgement::Problem));
    BOOST_TEST(reopened.indicator(satisfaction).note == QStringLiteral("Lägst i nätverket"));
    BOOST_TEST(reopened.indicator(satisfaction).costIndicatorId == QStringLiteral("N21009"));
    BOOST_TEST(int(reopened.indicator(continuity).handbookType) == int(HandbookType::Process));
    BOOST_TEST(reopened.indicator(continuity).conclusion == QStringLiteral("Planeringen är roten"));
    BOOST_TEST(reopened.indicator(waitingTime).isBlank(), "the undone judgement is not stored");
    BOOST_TEST(a.similarUnitIds.size() == 2);
    BOOST_REQUIRE_EQUAL(a.causes.size(), 2);
    BOOST_TEST(a.causes[0].rootCause);
    BOOST_TEST(int(a.causes[0].category) == int(CauseCategory::Organisation));
    BOOST_REQUIRE_EQUAL(a.whyChains.size(), 1);
    BOOST_TEST(a.whyChains[0].indicatorId == continuity);
    BOOST_TEST(a.whyChains[0].answers ==
               (QStringList{QStringLiteral("Schemat planeras vecka för vecka"),
                            QStringLiteral("Planeraren saknar stöd")}));
    BOOST_REQUIRE_EQUAL(a.sourceNotes.size(), 1);
    BOOST_TEST(a.sourceNotes[0].note == QStringLiteral("Egen enkät visar samma bild"));
    BOOST_REQUIRE_EQUAL(a.proposals.size(), 2);
    BOOST_TEST(a.proposals[0].title == QStringLiteral("Fasta hemtjänstgrupper"));
    BOOST_TEST(a.proposals[0].goal == QStringLiteral("Högst 10 personal på 14 dagar"));
    BOOST_TEST(a.proposals[0].indicatorId == continuity);
    BOOST_TEST(a.proposals[0].chosen);
    BOOST_TEST(a.proposals[0].inspirationUnitIds.size() == 1);
    BOOST_TEST(int(a.proposals[0].quadrant()) == int(PriorityQuadrant::DoFirst));
    BOOST_TEST(!a.proposals[1].chosen);
    BOOST_REQUIRE_EQUAL(a.actions.size(), 1);
    BOOST_TEST(a.actions[0].proposalId == a.proposals[0].id);
    BOOST_TEST(a.actions[0].what == QStringLiteral("Dela in hemtjänsten i tre grupper"));
    BOOST_TEST(a.actions[0].responsible == QStringLiteral("Enhetschef"));
    BOOST_TEST(a.actions[0].due == QDate(2024, 6, 30));
    BOOST_TEST(int(a.actions[0].frequency) == int(FollowUpFrequency::Quarterly));
    BOOST_TEST(a.actions[0].ifNotMet == QStringLiteral("Ta upp i ledningsgruppen"));
    BOOST_REQUIRE_EQUAL(a.targets.size(), 1);
    BOOST_TEST(a.targets[0].indicatorId == continuity);
    BOOST_TEST(a.targets[0].unitId == tanum);
    BOOST_TEST(a.targets[0].year == 2024);
    BOOST_TEST(a.targets[0].value == 10.0);
    BOOST_TEST(int(a.currentStep) == 5);
    BOOST_TEST(a.isCompleted());

    AnalysisWizard fresh(*db);
    fresh.resize(1366, 768);
    fresh.show();
    BOOST_TEST(fresh.analysisId() == analysisId, "the wizard resumes the latest analysis");
    BOOST_TEST(int(fresh.currentStep()) == 5);
    BOOST_TEST(child<QTableWidget>(fresh, QStringLiteral("actions"))->rowCount() == 1);
    BOOST_TEST(fresh.editor().state().isStepDone(AnalysisStep::Implementation));
}

BOOST_AUTO_TEST_CASE(typing_is_stored_on_close_and_the_group_resumes_at_its_step)
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    qint64 id = 0;
    {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        AnalysisWizard wizard(*db);
        Analysis analysis;
        analysis.title = QStringLiteral("LSS i Strömstad");
        analysis.comparisonKind = ComparisonKind::Country;
        analysis.areaId = QStringLiteral("lss");
        analysis.focusUnitId = QStringLiteral("1486");
        analysis.year = 2022;
        id = wizard.createAnalysis(analysis);
        BOOST_REQUIRE(id != 0);
        auto* purpose = child<QPlainTextEdit>(wizard, QStringLiteral("purpose"));
        purpose->setPlainText(QStringLiteral("Jämföra"));
        purpose->setPlainText(QStringLiteral("Jämföra med riket"));
        child<QPlainTextEdit>(wizard, QStringLiteral("mandate"))
            ->setPlainText(QStringLiteral("Förvaltningschefen"));
        // Typing in one field is one undo step.
        BOOST_TEST(wizard.undoStack()->count() == 2);
        wizard.undoStack()->undo();
        BOOST_TEST(
            child<QPlainTextEdit>(wizard, QStringLiteral("mandate"))->toPlainText().isEmpty());
        wizard.undoStack()->redo();
        BOOST_TEST(wizard.goToStep(AnalysisStep::QuickAnalysis));
        BOOST_TEST(wizard.undoStack()->count() == 0);
        BOOST_TEST(!wizard.goToStep(AnalysisStep::Proposals), "step 2 is not done yet");
        auto* table = child<QTableWidget>(wizard, QStringLiteral("quickAnalysisTable"));
        BOOST_REQUIRE(table->rowCount() > 0);
        table->item(0, QuickAnalysisPage::NoteColumn)->setText(QStringLiteral("Oklart varför"));
        // The window closes right after typing, before the delayed write.
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    const auto stored = AnalysisRepository(db->connection()).load(id);
    BOOST_REQUIRE(stored);
    BOOST_TEST(stored->purpose == QStringLiteral("Jämföra med riket"));
    BOOST_TEST(stored->mandate == QStringLiteral("Förvaltningschefen"));
    BOOST_TEST(int(stored->currentStep) == 2);
    BOOST_TEST(stored->indicators.size() == 1);
    BOOST_TEST(stored->indicators.value(0).note == QStringLiteral("Oklart varför"));

    AnalysisWizard wizard(*db);
    BOOST_TEST(int(wizard.currentStep()) == 2, "the group resumes at step 2");
    BOOST_TEST(wizard.goToStep(AnalysisStep::Preparation), "going back is always possible");
    BOOST_TEST(child<QPlainTextEdit>(wizard, QStringLiteral("purpose"))->toPlainText() ==
               QStringLiteral("Jämföra med riket"));
    BOOST_TEST(child<QComboBox>(wizard, QStringLiteral("comparisonKind"))->currentData().toInt() ==
               int(ComparisonKind::Country));
}

BOOST_AUTO_TEST_CASE(
    kolada_similar_municipalities_are_offered_and_step_2_shows_riket_and_kommungrupp)
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    // Kolada's real groups, among them every "Liknande kommuner …, Tanum, 2022".
    ObservationImporter(*db).importFile(
        testfiles::dataPath(QStringLiteral("kolada/municipality_groups_sample.json")));
    const UnitGroup similar =
        *UnitGroupRepository(db->connection())
             .findByName(QStringLiteral("Liknande kommuner äldreomsorg, Tanum, 2022"));
    AnalysisWizard wizard(*db);
    wizard.resize(1366, 768);
    wizard.show();
    click(wizard, QStringLiteral("newAnalysis"));
    auto* dialog = wizard.findChild<NewAnalysisDialog*>();
    BOOST_REQUIRE(dialog);
    choose(child<QComboBox>(*dialog, QStringLiteral("comparisonKind")),
           int(ComparisonKind::UnitGroup));
    choose(child<QComboBox>(*dialog, QStringLiteral("area")), QStringLiteral("aldreomsorg"));
    choose(child<QComboBox>(*dialog, QStringLiteral("focusUnit")), tanum);
    choose(child<QComboBox>(*dialog, QStringLiteral("year")), 2023);
    // The focus municipality's similar municipalities for the area come first.
    auto* groups = child<QComboBox>(*dialog, QStringLiteral("unitGroup"));
    BOOST_TEST(groups->itemData(0).toLongLong() == similar.id);
    BOOST_TEST(groups->itemText(0).contains(QStringLiteral("Kolada")),
               groups->itemText(0).toStdString());
    groups->setCurrentIndex(0);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QApplication::processEvents();
    const Analysis created = wizard.editor().state().analysis();
    BOOST_TEST(int(created.comparisonKind) == int(ComparisonKind::UnitGroup));
    BOOST_TEST(created.unitGroupId == similar.id);
    BOOST_TEST(AnalysisRepository(db->connection()).load(created.id)->unitGroupId == similar.id);

    // Step 2's table beside the focus value: Riket's own value and the C9 mean, computed here.
    child<QPlainTextEdit>(wizard, QStringLiteral("purpose"))->setPlainText(QStringLiteral("Syfte"));
    child<QPlainTextEdit>(wizard, QStringLiteral("mandate"))
        ->setPlainText(QStringLiteral("Uppdrag"));
    QApplication::processEvents();
    next(wizard, AnalysisStep::QuickAnalysis);
    auto* table = child<QTableWidget>(wizard, QStringLiteral("quickAnalysisTable"));
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, QuickAnalysisPage::TakeForwardColumn)->data(Qt::UserRole).toString() ==
            satisfaction)
            row = r;
    }
    BOOST_REQUIRE(row >= 0);
    ObservationRepository observations(db->connection());
    double country = 0, sum = 0;
    int n = 0;
    for (const Observation& o : observations.forIndicatorYear(satisfaction, 2023, Gender::Total)) {
        if (o.unitId == u"0000" && o.value)
            country = *o.value;
        const Unit* unit = UnitRegistry::instance().find(o.unitId);
        if (unit && unit->kommungrupp == u"C9" && o.value) {
            sum += *o.value;
            ++n;
        }
    }
    BOOST_REQUIRE(n > 0);
    const auto number = [](const QString& text) {
        return QString(text).replace(u',', u'.').remove(QChar(0x202F)).remove(u' ').toDouble();
    };
    BOOST_TEST(number(table->item(row, QuickAnalysisPage::CountryColumn)->text()) == country,
               boost::test_tools::tolerance(0.06));
    BOOST_TEST(number(table->item(row, QuickAnalysisPage::KommungruppColumn)->text()) == sum / n,
               boost::test_tools::tolerance(0.06));
    BOOST_TEST(table->item(row, QuickAnalysisPage::KommungruppColumn)
                   ->toolTip()
                   .contains(QStringLiteral("C9")));
}
