// SPDX-License-Identifier: GPL-3.0-or-later
// The everyday work in the main window, driven through the real widgets: a network created and
// undone with Edit > Undo, the comparison table filtered and switched to women, the default
// population from the settings, a chart saved as PNG and SVG.
#define BOOST_TEST_MODULE mainwindow_work
#include "core/demo/demodataset.h"
#include "core/storage/database.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/util/error.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/democopy.h"
#include "tests/support/testfiles.h"
#include "ui/charts/chartpanel.h"
#include "ui/comparison/comparisontablemodel.h"
#include "ui/comparison/comparisonview.h"
#include "ui/import/importdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/reportmenu.h"
#include "ui/mainwindow/userguidedialog.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/settingsdialog.h"
#include "ui/widgets/wrappedheaderview.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QFontMetrics>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

struct DemoWindow
{
    DemoWindow()
    {
        // Settings of this test stay in its own folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        path = copyOfDemo(dir);
        window.resize(1366, 768);
        window.show();
        BOOST_REQUIRE(window.openFile(path));
    }
    template <typename T> T* child(const char* name) const
    {
        auto* found = window.findChild<T*>(QString::fromLatin1(name));
        BOOST_REQUIRE_MESSAGE(found, "no widget " << name);
        return found;
    }
    QAction* action(const char* name) const { return child<QAction>(name); }
    QStringList networkChoices() const
    {
        QStringList names;
        auto* box = child<QComboBox>("networkBox");
        for (int i = 0; i < box->count(); ++i)
            names << box->itemText(i);
        return names;
    }
    // The names in the first column of the comparison table as the user sees it.
    QStringList comparisonRows() const
    {
        QStringList names;
        const QAbstractItemModel* model = window.comparisonView()->tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    }

    QTemporaryDir settingsDir;
    QTemporaryDir dir;
    QString path;
    MainWindow window;
};

} // namespace

BOOST_FIXTURE_TEST_CASE(a_new_network_is_undone_and_redone_from_the_edit_menu, DemoWindow)
{
    BOOST_TEST(networkChoices() == QStringList{QStringLiteral("Bohusnätverket")});
    window.tabs()->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("networkEditor")));
    QTest::mouseClick(child<QPushButton>("newNetworkButton"), Qt::LeftButton);
    BOOST_TEST(networkChoices().size() == 2);

    QAction* undo = action("undoAction");
    BOOST_TEST(undo->isEnabled());
    undo->trigger();
    BOOST_TEST(networkChoices() == QStringList{QStringLiteral("Bohusnätverket")});
    {
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        BOOST_TEST(NetworkRepository(db->connection()).all().size() == 1);
    }
    action("redoAction")->trigger();
    BOOST_TEST(networkChoices().size() == 2);
}

BOOST_FIXTURE_TEST_CASE(the_comparison_table_filters_by_name_and_keeps_the_yardsticks, DemoWindow)
{
    window.tabs()->setCurrentWidget(window.comparisonView());
    const QStringList all = comparisonRows();
    BOOST_TEST(all.contains(QStringLiteral("Tanum")));
    BOOST_TEST(all.contains(QStringLiteral("Orust")));

    QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("tan"));
    const QStringList filtered = comparisonRows();
    BOOST_TEST(filtered.contains(QStringLiteral("Tanum")));
    BOOST_TEST(!filtered.contains(QStringLiteral("Orust")));
    // Tanum, and the network mean and the country's mean and median as yardsticks.
    BOOST_TEST(filtered.size() == 4);

    child<QLineEdit>("filterEdit")->clear();
    BOOST_TEST(comparisonRows() == all);
}

BOOST_FIXTURE_TEST_CASE(switching_gender_shows_the_womens_values, DemoWindow)
{
    auto* area = child<QComboBox>("areaBox");
    area->setCurrentIndex(area->findData(QStringLiteral("grundskola")));
    auto* columns = child<QComboBox>("columnsBox");
    columns->setCurrentIndex(1); // one indicator over the years
    auto* indicator = child<QComboBox>("indicatorBox");
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("N15507")));

    const auto tanumIn2024 = [this] {
        const QAbstractItemModel* model = window.comparisonView()->tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == u"Tanum")
                return model->index(row, model->columnCount() - 1)
                    .data(ComparisonTableModel::SortRole)
                    .toDouble();
        }
        return -1.0;
    };
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    const auto expected = [&](Gender gender) {
        for (const Observation& o : ObservationRepository(db->connection())
                                        .forIndicatorYear(QStringLiteral("N15507"), 2024, gender))
            if (o.unitId == u"1435")
                return *o.value;
        return -2.0;
    };
    BOOST_TEST(tanumIn2024() == expected(Gender::Total));
    auto* gender = child<QComboBox>("genderBox");
    gender->setCurrentIndex(gender->findData(int(Gender::Women)));
    BOOST_TEST(tanumIn2024() == expected(Gender::Women));
    BOOST_TEST(expected(Gender::Women) != expected(Gender::Total));
}

BOOST_FIXTURE_TEST_CASE(the_default_population_comes_from_the_settings, DemoWindow)
{
    window.tabs()->setCurrentWidget(window.comparisonView());
    auto* area = child<QComboBox>("areaBox");
    area->setCurrentIndex(area->findData(QStringLiteral("aldreomsorg")));
    // Seven members, network mean, country mean and median.
    BOOST_TEST(comparisonRows().size() == 7 + 3);

    SettingsDialog dialog;
    auto* population = dialog.findChild<QComboBox*>(QStringLiteral("populationBox"));
    BOOST_REQUIRE(population);
    population->setCurrentIndex(population->findData(QStringLiteral("country")));
    dialog.accept();
    BOOST_TEST(AppSettings().defaultPopulation() == QStringLiteral("country"));

    // A newly opened file starts with the whole country.
    MainWindow second;
    BOOST_REQUIRE(second.openFile(path));
    const QAbstractItemModel* model = second.comparisonView()->tableView()->model();
    BOOST_TEST(model->rowCount() == 290 + 3); // every municipality, network mean, country rows
}

BOOST_FIXTURE_TEST_CASE(a_chart_is_saved_as_png_and_svg, DemoWindow)
{
    window.tabs()->setCurrentWidget(window.chartPanel());
    const QString png = dir.filePath(QStringLiteral("ranking.png"));
    const QString svg = dir.filePath(QStringLiteral("ranking.svg"));
    window.chartPanel()->savePng(png);
    window.chartPanel()->saveSvg(svg);
    const QImage image(png);
    BOOST_TEST(image.width() == ChartPanel::pngSize().width());
    BOOST_TEST(image.height() == ChartPanel::pngSize().height());
    const QByteArray svgText = testfiles::readAll(svg);
    BOOST_TEST(svgText.contains("<svg"));
    BOOST_TEST(svgText.contains("Tanum")); // the focus municipality is labelled
}

BOOST_FIXTURE_TEST_CASE(the_window_geometry_is_restored, DemoWindow)
{
    window.resize(1250, 700);
    window.close();
    MainWindow second;
    BOOST_TEST(second.width() == 1250);
    BOOST_TEST(second.height() == 700);
}

BOOST_FIXTURE_TEST_CASE(the_comparison_table_and_a_compilation_are_written_to_files, DemoWindow)
{
    auto* area = child<QComboBox>("areaBox");
    area->setCurrentIndex(area->findData(QStringLiteral("aldreomsorg")));
    const QString csv = dir.filePath(QStringLiteral("table.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("table.xlsx"));
    window.comparisonView()->exportTable(csv);
    window.comparisonView()->exportTable(xlsx);
    const QString csvText = QString::fromUtf8(testfiles::readAll(csv));
    BOOST_TEST(csvText.contains(QStringLiteral("Tanum;")));
    BOOST_TEST(csvText.contains(QStringLiteral("Tjörn;")));
    BOOST_TEST(testfiles::readAll(xlsx).startsWith("PK")); // a zip, as every workbook

    const QString pdf = dir.filePath(QStringLiteral("network.pdf"));
    window.reportMenu()->writeCompilation(pdf, false);
    BOOST_TEST(testfiles::readAll(pdf).startsWith("%PDF"));

    // Without an analysis there is no analysis report, and the message says what to do.
    BOOST_CHECK_THROW(window.reportMenu()->writeAnalysisReport(
                          dir.filePath(QStringLiteral("analysis.pdf")), false),
                      Error);
}

BOOST_FIXTURE_TEST_CASE(an_import_reaches_every_view_through_the_document_notifier, DemoWindow)
{
    // A file with an indicator the demo does not have, in the focus municipality's year.
    const QString csv = dir.filePath(QStringLiteral("nytt.csv"));
    testfiles::writeAll(csv, "Kommun-id;Nyckeltals-id;Nyckeltal;\xc3\x85r;K\xc3\xb6n;V\xc3\xa4rde\n"
                             "1435;U99901;Testets nyckeltal, andel (%);2024;T;55,5\n");
    window.tabs()->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("indicatorBrowser")));
    const QAbstractItemModel* indicators = child<QTableView>("indicatorTable")->model();
    const auto shows = [&](const QString& text) {
        for (int row = 0; row < indicators->rowCount(); ++row) {
            for (int column = 0; column < indicators->columnCount(); ++column) {
                if (indicators->index(row, column).data().toString().contains(text))
                    return true;
            }
        }
        return false;
    };
    BOOST_TEST(!shows(QStringLiteral("U99901")));

    bool imported = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = window.findChild<ImportDialog*>();
        BOOST_REQUIRE(dialog);
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        dialog->addFiles({csv});
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        imported = finished.wait(60000);
        dialog->reject();
    });
    action("importAction")->trigger(); // returns when the dialog is closed
    BOOST_REQUIRE(imported);
    // The indicator browser reloaded itself, the window said so, and nothing else was needed.
    BOOST_TEST(shows(QStringLiteral("U99901")));
    BOOST_TEST(window.statusBar()->currentMessage() == MainWindow::tr("The figures are imported."));
}

BOOST_AUTO_TEST_CASE(the_user_guide_follows_its_table_of_contents)
{
    UserGuideDialog guide;
    guide.resize(900, 680);
    guide.show();
    const QString text = guide.browser()->toPlainText();
    BOOST_TEST(text.contains(QStringLiteral("Jämför – användarguide")));
    BOOST_TEST(UserGuideDialog::headingAnchor(QStringLiteral("Kom igång med exempelnätverket")) ==
               QStringLiteral("kom-igång-med-exempelnätverket"));
    // Every link inside the guide leads to one of its headings.
    QFile markdown(QStringLiteral(":/jamfor/docs/anvandarguide.md"));
    BOOST_REQUIRE(markdown.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(markdown.readAll());
    static const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
    QStringList anchors;
    for (const auto& match : link.globalMatch(source))
        anchors << match.captured(1);
    BOOST_TEST(anchors.size() >= 18);
    for (const QString& anchor : anchors) {
        BOOST_TEST(guide.scrollToHeading(anchor), anchor.toStdString());
        BOOST_TEST(guide.browser()->textCursor().block().text().length() > 0);
    }
    BOOST_TEST(!guide.scrollToHeading(QStringLiteral("no-such-heading")));
}

BOOST_FIXTURE_TEST_CASE(the_presentation_opens_on_the_chosen_network_and_closes_with_the_file,
                        DemoWindow)
{
    QAction* present = action("presentAction");
    BOOST_TEST(present->isEnabled());
    present->trigger();
    auto* presentation = window.findChild<PresentationWindow*>();
    BOOST_REQUIRE(presentation);
    BOOST_TEST(presentation->slideCount() > 10);
    QPointer<PresentationWindow> alive(presentation);
    // Opening another file closes the presentation of the first.
    BOOST_REQUIRE(window.openFile(path));
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(alive.isNull());
}

BOOST_AUTO_TEST_CASE(long_titles_in_headers_wrap_and_end_in_an_ellipsis)
{
    const QFontMetrics metrics(QApplication::font());
    const QString title = QStringLiteral(
        "Aktuell rutin vid missbruk av alkohol eller andra beroendeframkallande medel inom "
        "äldreomsorg, (Ja=1, Nej=0) (- 2021)");
    const int width = metrics.horizontalAdvance(QStringLiteral("beroendeframkallande")) + 10;
    const QStringList lines = WrappedHeaderView::wrap(title, QApplication::font(), width, 4);
    BOOST_TEST(lines.size() == 4);
    BOOST_TEST(lines.first().startsWith(QStringLiteral("Aktuell")));
    BOOST_TEST(lines.last().endsWith(QChar(0x2026)), lines.last().toStdString());
    for (const QString& line : lines)
        BOOST_TEST(metrics.horizontalAdvance(line) <= width, line.toStdString());
    const QStringList shortTitle =
        WrappedHeaderView::wrap(QStringLiteral("Kostnad, kr/inv"), QApplication::font(), 400, 4);
    BOOST_TEST(shortTitle == QStringList{QStringLiteral("Kostnad, kr/inv")});
}
