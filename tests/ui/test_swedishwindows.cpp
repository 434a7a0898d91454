// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the windows in Swedish, checks that they speak Swedish, and, when JAMFOR_SCREENSHOT_DIR
// is set, saves a 1366×768 picture of each for a person to look at.
#define BOOST_TEST_MODULE swedishwindows
#include "core/demo/demodataset.h"
#include "core/storage/database.h"
#include "core/util/translations.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/testfiles.h"
#include "tests/support/widgettesting.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using widgettesting::saveScreenshot;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

BOOST_AUTO_TEST_CASE(main_window_tabs_in_swedish)
{
    installTranslations(QStringLiteral("sv"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.jamfor"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        DemoDataset::write(*db);
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    BOOST_REQUIRE(window.openFile(path));

    auto* banner = window.findChild<QLabel*>(QStringLiteral("exampleBanner"));
    BOOST_REQUIRE(banner);
    BOOST_TEST(banner->text() == QStringLiteral("Exempeldata – fiktiva värden"));

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    BOOST_REQUIRE(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        titles << tabs->tabText(i).remove(QLatin1Char('&'));
        saveScreenshot(window, QStringLiteral("main-tab%1").arg(i));
    }
    BOOST_TEST(titles.contains(QStringLiteral("Översikt")));
    BOOST_TEST(titles.contains(QStringLiteral("Jämförelsetabell")));
}
