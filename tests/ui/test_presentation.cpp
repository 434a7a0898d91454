// SPDX-License-Identifier: GPL-3.0-or-later
// The presentation mode for study circles on the demo network: slides of the five steps, the
// keys that turn them, the handbook's questions, the own-figures button and, when
// JAMFOR_SCREENSHOT_DIR is set, 1366×768 pictures of the slides in Swedish.
#define BOOST_TEST_MODULE presentation
#include "core/demo/demodataset.h"
#include "core/handbook/handbook.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/util/translations.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/demoanalysis.h"
#include "tests/support/testfiles.h"
#include "tests/support/widgettesting.h"
#include "ui/charts/rankingchartview.h"
#include "ui/presentation/presentationwindow.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using widgettesting::saveScreenshot;

namespace {

struct SwedishFixture : ApplicationFixture
{
    SwedishFixture() { installTranslations(QStringLiteral("sv")); }
};

BOOST_TEST_GLOBAL_FIXTURE(SwedishFixture);

QString allText(QWidget* root)
{
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

int findSlide(PresentationWindow& window, const QString& objectName)
{
    for (int i = 0; i < window.slideCount(); ++i) {
        window.goToSlide(i);
        if (window.currentSlideWidget()->objectName() == objectName)
            return i;
    }
    return -1;
}

// The demo without an analysis, as the main window opens it for Tanum's elderly care.
struct DemoPresentation
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    qint64 networkId = 0;

    DemoPresentation()
    {
        database = Database::open(dir.filePath(QStringLiteral("demo.jamfor")),
                                  Database::OpenMode::CreateIfMissing);
        DemoDataset::write(*database);
        const auto network =
            NetworkRepository(database->connection()).findByName(DemoDataset::networkName);
        BOOST_REQUIRE(network);
        networkId = network->id;
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(keys_turn_the_slides_and_escape_closes)
{
    DemoPresentation demo;
    PresentationWindow window(*demo.database, demo.networkId, QStringLiteral("aldreomsorg"), 2024,
                              QStringLiteral("1435"), 0);
    window.resize(1366, 768);
    window.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&window));

    BOOST_TEST(window.slideCount() > 10);
    BOOST_TEST(window.currentSlide() == 0);
    BOOST_TEST(window.currentSlideWidget()->objectName() == QStringLiteral("titleSlide"));
    BOOST_TEST(allText(window.currentSlideWidget()).contains(DemoDataset::networkName));
    BOOST_TEST(allText(window.currentSlideWidget()).contains(QStringLiteral("Tanum")));

    QTest::keyClick(&window, Qt::Key_Right);
    BOOST_TEST(window.currentSlide() == 1);
    QTest::keyClick(&window, Qt::Key_Space);
    BOOST_TEST(window.currentSlide() == 2);
    QTest::keyClick(&window, Qt::Key_PageDown);
    BOOST_TEST(window.currentSlide() == 3);
    QTest::keyClick(&window, Qt::Key_Left);
    BOOST_TEST(window.currentSlide() == 2);
    QTest::keyClick(&window, Qt::Key_Backspace);
    BOOST_TEST(window.currentSlide() == 1);
    QTest::keyClick(&window, Qt::Key_End);
    BOOST_TEST(window.currentSlide() == window.slideCount() - 1);
    QTest::keyClick(&window, Qt::Key_Right); // stays on the last slide
    BOOST_TEST(window.currentSlide() == window.slideCount() - 1);
    QTest::keyClick(&window, Qt::Key_PageUp);
    BOOST_TEST(window.currentSlide() == window.slideCount() - 2);
    QTest::keyClick(&window, Qt::Key_Home);
    BOOST_TEST(window.currentSlide() == 0);
    QTest::keyClick(&window, Qt::Key_Left); // stays on the first slide
    BOOST_TEST(window.currentSlide() == 0);

    // The footer counts the slides and names the step; the demo is labelled as invented.
    window.goToSlide(1);
    auto* position = window.findChild<QLabel*>(QStringLiteral("slidePositionLabel"));
    BOOST_REQUIRE(position);
    BOOST_TEST(position->text().contains(QStringLiteral("2")));
    BOOST_TEST(position->text().contains(QString::number(window.slideCount())));
    const Handbook handbook = Handbook::load(QStringLiteral("sv"));
    BOOST_TEST(window.currentStepName() == handbook.step(AnalysisStep::Preparation).title);
    auto* stepLabel = window.findChild<QLabel*>(QStringLiteral("slideStepLabel"));
    BOOST_REQUIRE(stepLabel);
    BOOST_TEST(stepLabel->text().contains(QStringLiteral("Förberedelser")));
    auto* example = window.findChild<QLabel*>(QStringLiteral("exampleDataLabel"));
    BOOST_REQUIRE(example);
    BOOST_TEST(example->text() == QStringLiteral("Exempeldata – fiktiva värden"));
    BOOST_TEST(example->isVisible());

    QTest::keyClick(&window, Qt::Key_Escape);
    BOOST_TEST(!window.isVisible());
}

BOOST_AUTO_TEST_CASE(each_step_has_its_questions_on_a_slide_of_their_own)
{
    DemoPresentation demo;
    PresentationWindow window(*demo.database, demo.networkId, QStringLiteral("aldreomsorg"), 2024,
                              QStringLiteral("1435"), 0);
    window.resize(1366, 768);
    window.show();
    const Handbook handbook = Handbook::load(QStringLiteral("sv"));
    int previous = -1;
    for (const HandbookStep& step : handbook.steps()) {
        const int number = analysisStepNumber(step.step);
        const int purpose = findSlide(window, QStringLiteral("purposeSlide%1").arg(number));
        const int questions = findSlide(window, QStringLiteral("questionsSlide%1").arg(number));
        BOOST_TEST_CONTEXT("step " << number)
        {
            BOOST_REQUIRE(purpose > previous);
            BOOST_TEST(questions == purpose + 1);
            window.goToSlide(purpose);
            BOOST_TEST(allText(window.currentSlideWidget()).contains(step.purpose));
            window.goToSlide(questions);
            BOOST_TEST(window.currentStepName() == step.title);
            // Only the questions (and their numbers) are on the slide's body.
            const QList<QLabel*> texts =
                window.currentSlideWidget()->findChildren<QLabel*>(QStringLiteral("questionText"));
            BOOST_REQUIRE(texts.size() == step.questions.size());
            for (int i = 0; i < texts.size(); ++i)
                BOOST_TEST(texts[i]->text() == step.questions[i]);
            BOOST_TEST(!allText(window.currentSlideWidget()).contains(step.purpose));
        }
        previous = questions;
    }
}

BOOST_AUTO_TEST_CASE(the_results_table_shows_the_focus_municipality_with_colours)
{
    DemoPresentation demo;
    PresentationWindow window(*demo.database, demo.networkId, QStringLiteral("aldreomsorg"), 2024,
                              QStringLiteral("1435"), 0);
    window.resize(1366, 768);
    window.show();
    // Every indicator with a better direction gets a colour class (or the grey of a missing
    // value); indicators without one, such as costs, are not coloured.
    QHash<QString, Direction> directions;
    const QList<Indicator> indicators =
        IndicatorRepository(demo.database->connection()).forArea(QStringLiteral("aldreomsorg"));
    for (const Indicator& indicator : indicators)
        directions.insert(indicator.title, indicator.direction);
    QStringList shown;
    for (int i = 0; i < window.slideCount(); ++i) {
        window.goToSlide(i);
        if (window.currentSlideWidget()->objectName() != QStringLiteral("overviewSlide"))
            continue;
        auto* table = window.currentSlideWidget()->findChild<QTableWidget*>();
        BOOST_REQUIRE(table);
        BOOST_TEST(table->rowCount() <= 5);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString title = table->item(row, 0)->text();
            BOOST_TEST_CONTEXT(title.toStdString())
            {
                BOOST_REQUIRE(directions.contains(title));
                shown << title;
                const bool coloured = table->item(row, 1)->background().style() != Qt::NoBrush;
                BOOST_TEST(coloured == (directions.value(title) != Direction::None));
            }
        }
    }
    BOOST_TEST(shown.size() == indicators.size());
    BOOST_TEST(shown.removeDuplicates() == 0);
}

BOOST_AUTO_TEST_CASE(the_own_figures_button_asks_for_the_form)
{
    DemoPresentation demo;
    PresentationWindow window(*demo.database, demo.networkId, QStringLiteral("aldreomsorg"), 2024,
                              QStringLiteral("1435"), 0);
    window.resize(1366, 768);
    window.show();
    QSignalSpy spy(&window, &PresentationWindow::ownFiguresRequested);
    const int slide = findSlide(window, QStringLiteral("ownFiguresSlide"));
    BOOST_REQUIRE(slide >= 0);
    auto* button =
        window.currentSlideWidget()->findChild<QPushButton*>(QStringLiteral("ownFiguresButton"));
    BOOST_REQUIRE(button);
    BOOST_TEST(button->isVisible());
    // Space turns the slide; it never presses the button.
    QTest::keyClick(&window, Qt::Key_Space);
    BOOST_TEST(spy.count() == 0);
    BOOST_TEST(window.currentSlide() == slide + 1);
    window.goToSlide(slide);
    QTest::mouseClick(button, Qt::LeftButton);
    BOOST_TEST(spy.count() == 1);
}

BOOST_AUTO_TEST_CASE(an_analysis_brings_its_causes_proposals_and_plan)
{
    QTemporaryDir dir;
    DemoAnalysis demo(dir.filePath(QStringLiteral("analysis.jamfor")));
    const auto network =
        NetworkRepository(demo.database->connection()).findByName(DemoDataset::networkName);
    BOOST_REQUIRE(network);
    PresentationWindow window(*demo.database, network->id, DemoAnalysis::area, DemoAnalysis::year,
                              DemoAnalysis::focus, demo.analysisId);
    window.resize(1366, 768);
    window.show();

    BOOST_REQUIRE(findSlide(window, QStringLiteral("fishboneSlide")) >= 0);
    BOOST_TEST(allText(window.currentSlideWidget()).contains(QStringLiteral("schemat")));
    BOOST_REQUIRE(findSlide(window, QStringLiteral("whysSlide")) >= 0);
    BOOST_TEST(allText(window.currentSlideWidget()).contains(QStringLiteral("Gammalt schema")));
    BOOST_REQUIRE(findSlide(window, QStringLiteral("proposalsSlide")) >= 0);
    BOOST_TEST(allText(window.currentSlideWidget()).contains(QStringLiteral("Mindre arbetslag")));
    BOOST_REQUIRE(findSlide(window, QStringLiteral("actionPlanSlide")) >= 0);
    BOOST_TEST(allText(window.currentSlideWidget())
                   .contains(QStringLiteral("Dela in hemtjänsten i fyra lag")));
    BOOST_TEST(findSlide(window, QStringLiteral("worksheetSlide4")) == -1);

    // The charts follow the indicator the group took forward.
    BOOST_REQUIRE(findSlide(window, QStringLiteral("rankingSlide")) >= 0);
    auto* ranking = window.currentSlideWidget()->findChild<RankingChartView*>();
    BOOST_REQUIRE(ranking);
    BOOST_TEST(ranking->series().indicatorId == DemoAnalysis::indicator);
}

BOOST_AUTO_TEST_CASE(swedish_screenshots)
{
    if (qEnvironmentVariable("JAMFOR_SCREENSHOT_DIR").isEmpty())
        return;
    QTemporaryDir dir;
    DemoAnalysis demo(dir.filePath(QStringLiteral("analysis.jamfor")));
    const auto network =
        NetworkRepository(demo.database->connection()).findByName(DemoDataset::networkName);
    BOOST_REQUIRE(network);
    for (const qint64 analysisId : {qint64(0), demo.analysisId}) {
        PresentationWindow window(*demo.database, network->id, DemoAnalysis::area,
                                  DemoAnalysis::year, DemoAnalysis::focus, analysisId);
        window.resize(1366, 768);
        window.show();
        BOOST_REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.slideCount(); ++i) {
            window.goToSlide(i);
            QApplication::processEvents();
            saveScreenshot(
                window, QStringLiteral("presentation-%1-%2-%3")
                            .arg(analysisId ? QStringLiteral("analysis") : QStringLiteral("demo"))
                            .arg(i, 2, 10, QLatin1Char('0'))
                            .arg(window.currentSlideWidget()->objectName()));
        }
    }
}
