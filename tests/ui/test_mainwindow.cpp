// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE mainwindow
#include "core/demo/demodataset.h"
#include "core/storage/database.h"
#include "core/storage/filesystemcheck.h"
#include "core/storage/observationrepository.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/democopy.h"
#include "tests/support/testfiles.h"
#include "ui/comparison/overviewtablemodel.h"
#include "ui/mainwindow/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

// The quartile of the test, written independently of core/analysis: Excel's QUARTILE.INC.
double quartileInc(std::vector<double> values, int quartile)
{
    std::sort(values.begin(), values.end());
    const double h = (values.size() - 1) * quartile / 4.0;
    const auto lo = static_cast<size_t>(h);
    if (lo + 1 >= values.size())
        return values[lo];
    return values[lo] + (h - lo) * (values[lo + 1] - values[lo]);
}

struct DemoWindow
{
    DemoWindow()
    {
        path = copyOfDemo(dir);
        BOOST_REQUIRE(window.openFile(path));
    }
    QComboBox* box(const char* name) const
    {
        auto* found = window.findChild<QComboBox*>(QString::fromLatin1(name));
        BOOST_REQUIRE(found);
        return found;
    }
    QString header(int column) const
    {
        return window.overviewModel()
            ->headerData(column, Qt::Horizontal, Qt::DisplayRole)
            .toString();
    }
    int rowOf(const QString& indicatorId) const
    {
        const auto* model = window.overviewModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(OverviewTableModel::IndicatorIdRole) == indicatorId)
                return row;
        }
        BOOST_FAIL("indicator not in the table: " << indicatorId.toStdString());
        return -1;
    }

    QTemporaryDir dir;
    QString path;
    MainWindow window;
};

} // namespace

BOOST_FIXTURE_TEST_CASE(demo_opens_with_banner_and_newest_year, DemoWindow)
{
    BOOST_TEST(window.windowTitle().contains(QStringLiteral("demo.jamfor")));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("exampleBanner"));
    BOOST_REQUIRE(banner);
    BOOST_TEST(!banner->isHidden());
    BOOST_TEST(box("networkBox")->currentText() == QStringLiteral("Bohusnätverket"));
    BOOST_TEST(box("yearBox")->currentText() == QStringLiteral("2024"));
}

BOOST_FIXTURE_TEST_CASE(school_area_shows_nine_members_and_country_median, DemoWindow)
{
    QComboBox* area = box("areaBox");
    area->setCurrentIndex(area->findData(QStringLiteral("grundskola")));
    const auto* model = window.overviewModel();
    BOOST_TEST(model->columnCount() == 11); // title, 9 members, country median
    BOOST_TEST(header(1) == QStringLiteral("Tanum"));
    BOOST_TEST(header(8) == QStringLiteral("Dals-Ed"));
    BOOST_TEST(header(9) == QStringLiteral("Färgelanda"));
    BOOST_TEST(header(10) == QStringLiteral("Country median"));
    BOOST_TEST(model->rowCount() == 6);

    area->setCurrentIndex(area->findData(QStringLiteral("aldreomsorg")));
    BOOST_TEST(model->columnCount() == 9); // Dals-Ed and Färgelanda only take part in school
    BOOST_TEST(header(7) == QStringLiteral("Tjörn"));
}

BOOST_FIXTURE_TEST_CASE(cells_show_values_and_colour_against_the_whole_country, DemoWindow)
{
    QComboBox* area = box("areaBox");
    area->setCurrentIndex(area->findData(QStringLiteral("grundskola")));
    const int row = rowOf(QStringLiteral("N15507")); // merit value, higher is better

    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    const auto observations = ObservationRepository(db->connection())
                                  .forIndicatorYear(QStringLiteral("N15507"), 2024, Gender::Total);
    std::vector<double> municipalities;
    double tanum = NAN;
    for (const Observation& o : observations) {
        // Municipality codes: four digits not starting with "00".
        if (o.value && !o.unitId.startsWith(QStringLiteral("00")))
            municipalities.push_back(*o.value);
        if (o.unitId == u"1435")
            tanum = *o.value;
    }
    BOOST_REQUIRE(municipalities.size() > 250);
    const double q1 = quartileInc(municipalities, 1);
    const double q3 = quartileInc(municipalities, 3);
    const QString expectedSymbol = tanum >= q3   ? QStringLiteral(" ▲")
                                   : tanum <= q1 ? QStringLiteral(" ▼")
                                                 : QString();
    const QString expected =
        QLocale().toString(tanum, 'f', QLocale::FloatingPointShortest) + expectedSymbol;
    const QString shown = window.overviewModel()->index(row, 1).data().toString();
    BOOST_TEST(shown == expected);
    const int expectedColour = tanum >= q3   ? int(ColourClass::Green)
                               : tanum <= q1 ? int(ColourClass::Red)
                                             : int(ColourClass::Yellow);
    BOOST_TEST(
        window.overviewModel()->index(row, 1).data(OverviewTableModel::ColourClassRole).toInt() ==
        expectedColour);
}

BOOST_FIXTURE_TEST_CASE(gender_and_year_change_the_values, DemoWindow)
{
    QComboBox* area = box("areaBox");
    area->setCurrentIndex(area->findData(QStringLiteral("grundskola")));
    const int row = rowOf(QStringLiteral("N15507"));
    const QString total = window.overviewModel()->index(row, 1).data().toString();
    QComboBox* gender = box("genderBox");
    gender->setCurrentIndex(gender->findData(int(Gender::Women)));
    const QString women = window.overviewModel()->index(row, 1).data().toString();
    BOOST_TEST(total != women);

    // Costs are not split by gender: those cells say the value is missing.
    const int cost = rowOf(QStringLiteral("N15027"));
    BOOST_TEST(window.overviewModel()->index(cost, 1).data().toString() == QStringLiteral("–"));
}

BOOST_AUTO_TEST_CASE(damaged_file_is_refused_without_crashing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.jamfor"));
    testfiles::writeAll(path, QByteArray(8192, 'x'));
    MainWindow window;
    // The message box is modal; close it as soon as it appears (the file is checked on a
    // thread of its own first, so it appears after some turns of the event loop).
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->close();
    });
    closer.start();
    BOOST_TEST(!window.openFile(path));
    BOOST_TEST(!window.hasOpenFile());
}

BOOST_AUTO_TEST_CASE(a_file_on_a_network_drive_is_named_in_the_status_bar)
{
    QTemporaryDir dir;
    QTemporaryDir local;
    const QString path = copyOfDemo(dir);
    MainWindow window;
    {
        // The detection is faked: every file is on an SMB share while the window opens it.
        FileSystemCheck::setProbe([](const QString&) {
            return FileSystemCheck::Result{true, QStringLiteral("cifs")};
        });
        const bool opened = window.openFile(path);
        FileSystemCheck::setProbe({});
        BOOST_REQUIRE(opened);
    }
    auto* notice = window.findChild<QLabel*>(QStringLiteral("storageNotice"));
    BOOST_REQUIRE(notice);
    BOOST_TEST(!notice->text().isEmpty());
    BOOST_TEST(notice->toolTip().contains(QStringLiteral("(cifs)")),
               notice->toolTip().toStdString());
    BOOST_TEST(notice->toolTip().contains(QStringLiteral("rollback journal")));
    // A local file clears it.
    BOOST_REQUIRE(window.openFile(copyOfDemo(local)));
    BOOST_TEST(notice->text().isEmpty());
}
