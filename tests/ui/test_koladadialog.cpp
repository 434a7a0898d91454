// SPDX-License-Identifier: GPL-3.0-or-later
// "Hämta från Kolada" against a local server on 127.0.0.1: default units from the network,
// search and tick, download into the file with progress, failure and cancel leave the file as
// it was. With JAMFOR_SCREENSHOT_DIR set it saves pictures of the dialog in Swedish.
#define BOOST_TEST_MODULE koladadialog
#include "core/demo/demodataset.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/util/translations.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/fakekolada.h"
#include "tests/support/importtesting.h"
#include "tests/support/koladatestserver.h"
#include "tests/support/testfiles.h"
#include "tests/support/widgettesting.h"
#include "ui/import/koladadownloaddialog.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTranslator>
#include <atomic>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace fakekolada;
using namespace Qt::StringLiterals;
using widgettesting::child;
using widgettesting::saveScreenshot;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

// Runs the event loop until the condition holds or the time is up.
bool waitFor(const std::function<bool()>& condition, int milliseconds = 10000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

KoladaClientSettings settingsFor(const KoladaTestServer& server)
{
    KoladaClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.timeoutMs = 5000;
    settings.maxRetries = 1;
    settings.retryDelayMs = 10;
    return settings;
}

struct DemoFile
{
    DemoFile()
    {
        database =
            Database::open(dir.filePath(u"demo.jamfor"_s), Database::OpenMode::CreateIfMissing);
        DemoDataset::write(*database);
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
};

void chooseYears(KoladaDownloadDialog& dialog, int first, int last)
{
    child<QSpinBox>(dialog, "firstYearBox")->setValue(first);
    child<QSpinBox>(dialog, "lastYearBox")->setValue(last);
}

QString statusOf(KoladaDownloadDialog& dialog)
{
    return child<QLabel>(dialog, "statusLabel")->text();
}

} // namespace

BOOST_AUTO_TEST_CASE(default_is_the_whole_country_with_the_network_listed_for_a_narrower_choice)
{
    DemoFile file;
    KoladaDownloadDialog dialog(*file.database);
    // The whole country: no unit list in the request (Kolada's kpi + year path).
    BOOST_TEST(child<QRadioButton>(dialog, "wholeCountryButton")->isChecked());
    BOOST_TEST(dialog.request().unitIds.isEmpty());
    BOOST_TEST(!child<QListWidget>(dialog, "unitList")->isEnabled());
    child<QRadioButton>(dialog, "chosenUnitsButton")->setChecked(true);
    BOOST_TEST(child<QListWidget>(dialog, "unitList")->isEnabled());
    BOOST_TEST(dialog.request().unitIds == dialog.unitIds());
    const QStringList units = dialog.unitIds();
    BOOST_TEST(units.constLast() == u"0000"_s);
    BOOST_TEST(units.contains(u"1435"_s));
    BOOST_TEST(units.contains(u"1486"_s));
    BOOST_TEST(units.size() == 10, units.join(u',').toStdString()); // 9 members and the country

    KoladaDownloadDialog preselected(*file.database, {u"1427"_s, u"0014"_s});
    BOOST_TEST(preselected.unitIds() == (QStringList{u"1427"_s, u"0014"_s}));
    BOOST_TEST(preselected.request().unitIds.isEmpty()); // still the whole country
    preselected.setWholeCountry(false);
    BOOST_TEST(preselected.request().unitIds == preselected.unitIds());

    // A typed name adds the unit; the network box adds members.
    auto* picker = child<QComboBox>(preselected, "unitPicker");
    picker->setEditText(u"Strömstad"_s);
    child<QPushButton>(preselected, "addUnitButton")->click();
    BOOST_TEST(preselected.unitIds().constLast() == u"1486"_s);
    const int years = QDate::currentDate().year() - 1;
    BOOST_TEST(preselected.request().firstYear == years - 9);
    BOOST_TEST(preselected.request().lastYear == years);
}

BOOST_AUTO_TEST_CASE(search_tick_and_download)
{
    FakeServer fake;
    fake.kolada.pageSize = 4;
    DemoFile file;
    const qsizetype batchesBefore = ImportBatchRepository(file.database->connection()).all().size();
    KoladaDownloadDialog dialog(*file.database, {u"1435"_s, u"1486"_s});
    dialog.setWholeCountry(false);
    dialog.setClientSettings(settingsFor(fake.server));
    int importedSignals = 0;
    QObject::connect(&dialog, &KoladaDownloadDialog::imported, [&] { ++importedSignals; });
    dialog.resize(900, 640);
    dialog.show();

    child<QLineEdit>(dialog, "searchEdit")->setText(u"äldreomsorg"_s);
    child<QPushButton>(dialog, "searchButton")->click();
    auto* results = child<QListWidget>(dialog, "searchResults");
    BOOST_TEST_REQUIRE(waitFor([&] { return results->count() == 2; }));
    results->item(0)->setCheckState(Qt::Checked);
    results->item(1)->setCheckState(Qt::Checked);
    BOOST_TEST(child<QLineEdit>(dialog, "kpiEdit")->text() == u"N00001, U00002"_s);
    results->item(1)->setCheckState(Qt::Unchecked);
    BOOST_TEST(child<QLineEdit>(dialog, "kpiEdit")->text() == u"N00001"_s);
    chooseYears(dialog, 2022, 2023);

    child<QPushButton>(dialog, "downloadButton")->click();
    BOOST_TEST(dialog.isDownloading());
    BOOST_TEST(child<QPushButton>(dialog, "cancelButton")->isEnabled());
    BOOST_TEST_REQUIRE(waitFor([&] { return importedSignals == 1; }),
                       statusOf(dialog).toStdString());
    BOOST_TEST(!dialog.isDownloading());
    // 1 kpi × 2 units × 2 years = 4 items: one page of data after the KPI page.
    auto* progress = child<QProgressBar>(dialog, "progressBar");
    BOOST_TEST(progress->value() == 2);
    BOOST_TEST(progress->maximum() == 2);
    BOOST_TEST(dialog.lastResult().rows == 12);
    BOOST_TEST(statusOf(dialog).startsWith(u"Stored 12 values from Kolada: 12 new, 0 unchanged"_s),
               statusOf(dialog).toStdString());
    const QList<ImportBatch> batches = ImportBatchRepository(file.database->connection()).all();
    BOOST_TEST_REQUIRE(batches.size() == batchesBefore + 1);
    BOOST_TEST(batches.constLast().source == u"Kolada API"_s);
    BOOST_TEST(importtesting::dump(*file.database).contains(u"N00001 1486 2023 K 123.3986"_s));
}

BOOST_AUTO_TEST_CASE(a_kpi_group_found_by_title_downloads_for_the_whole_country)
{
    FakeServer fake;
    DemoFile file;
    KoladaDownloadDialog dialog(*file.database);
    dialog.setClientSettings(settingsFor(fake.server));
    int importedSignals = 0;
    QObject::connect(&dialog, &KoladaDownloadDialog::imported, [&] { ++importedSignals; });
    auto* groups = child<QComboBox>(dialog, "kpiGroupBox");
    BOOST_TEST(groups->count() == 1 + 117); // "No group" and Kolada's 117 groups
    // Typing words of the title picks the group, as the completer does.
    groups->setEditText(u"Öppna jämförelser - Ekonomiskt bistånd"_s);
    BOOST_TEST(dialog.request().kpiGroupId == u"GKPI251"_s);
    groups->setEditText(u"Öppna jämförelser - Äldreomsorg"_s);
    BOOST_TEST(dialog.request().kpiGroupId == u"GKPI89"_s);
    chooseYears(dialog, 2023, 2023);
    child<QPushButton>(dialog, "downloadButton")->click();
    BOOST_TEST_REQUIRE(waitFor([&] { return importedSignals == 1; }, 30000),
                       statusOf(dialog).toStdString());
    BOOST_TEST(fake.server.requests().first() == u"/v3/kpi_groups/GKPI89?per_page=5000"_s);
    BOOST_TEST(dialog.lastResult().units == 312);
    BOOST_TEST(dialog.lastResult().rows == 69 * 312 * 3);
    const QString status = statusOf(dialog);
    BOOST_TEST(status.contains(u"Values arrived for 312 units."_s), status.toStdString());
    // The demo has 8 of the group's KPIs already (their values differ and are kept).
    BOOST_TEST(status.contains(u"61 new indicators"_s), status.toStdString());
    BOOST_TEST(status.contains(u"municipality groups"_s), status.toStdString());
    BOOST_TEST(status.contains(u"suggested kind and direction"_s), status.toStdString());
}

BOOST_AUTO_TEST_CASE(failure_and_cancel_store_nothing)
{
    std::atomic<bool> slow = false;
    FakeServer fake([&](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (!target.contains(u"/data/"))
            return std::nullopt;
        if (slow)
            return KoladaTestServer::Response{200, "{\"values\": []}", {}, 5000};
        return KoladaTestServer::Response{500, "{}", {}, 0};
    });
    DemoFile file;
    const QByteArray before = importtesting::snapshot(*file.database);
    KoladaDownloadDialog dialog(*file.database, {u"1435"_s});
    dialog.setWholeCountry(false);
    dialog.setClientSettings(settingsFor(fake.server));
    int importedSignals = 0;
    QObject::connect(&dialog, &KoladaDownloadDialog::imported, [&] { ++importedSignals; });
    child<QLineEdit>(dialog, "kpiEdit")->setText(u"N00001"_s);
    chooseYears(dialog, 2023, 2023);

    child<QPushButton>(dialog, "downloadButton")->click();
    BOOST_TEST_REQUIRE(waitFor([&] { return !dialog.isDownloading(); }));
    BOOST_TEST(statusOf(dialog).startsWith(u"The download failed; nothing was stored. "_s +
                                           fake.server.address(u"/v3/data/kpi/N00001/"_s)),
               statusOf(dialog).toStdString());
    BOOST_TEST(statusOf(dialog).contains(u"500 Internal Server Error to 2 tries"_s));

    slow = true;
    child<QPushButton>(dialog, "downloadButton")->click();
    BOOST_TEST_REQUIRE(waitFor([&] { return fake.server.requestCount() >= 5; }));
    child<QPushButton>(dialog, "cancelButton")->click();
    BOOST_TEST(!dialog.isDownloading());
    BOOST_TEST(statusOf(dialog) == u"The download was cancelled; nothing was stored."_s);
    BOOST_TEST(child<QPushButton>(dialog, "downloadButton")->isEnabled());
    BOOST_TEST(importedSignals == 0);
    BOOST_TEST(importtesting::snapshot(*file.database) == before);

    // A bad id is refused before anything is sent.
    const qsizetype sent = fake.server.requestCount();
    child<QLineEdit>(dialog, "kpiEdit")->setText(u"N00001, x/y"_s);
    child<QPushButton>(dialog, "downloadButton")->click();
    BOOST_TEST(!dialog.isDownloading());
    BOOST_TEST(statusOf(dialog) ==
               u"\"x/y\" is not a Kolada indicator id (such as N15419 or U21468)"_s);
    BOOST_TEST(fake.server.requestCount() == sent);
}

BOOST_AUTO_TEST_CASE(swedish_screenshots)
{
    installTranslations(u"sv"_s);
    // Until the catalogue has the dialog's strings, a picture can use a separate .qm file.
    QTranslator extra;
    const QString extraPath = qEnvironmentVariable("JAMFOR_EXTRA_TRANSLATION");
    if (!extraPath.isEmpty() && extra.load(extraPath))
        QCoreApplication::installTranslator(&extra);

    FakeServer fake;
    DemoFile file;
    KoladaDownloadDialog dialog(*file.database);
    dialog.setClientSettings(settingsFor(fake.server));
    dialog.resize(900, 640);
    dialog.show();
    BOOST_TEST(child<QPushButton>(dialog, "downloadButton")->isEnabled());
    child<QLineEdit>(dialog, "searchEdit")->setText(u"äldreomsorg"_s);
    child<QPushButton>(dialog, "searchButton")->click();
    auto* results = child<QListWidget>(dialog, "searchResults");
    BOOST_TEST_REQUIRE(waitFor([&] { return results->count() == 2; }));
    results->item(0)->setCheckState(Qt::Checked);
    saveScreenshot(dialog, u"kolada-dialog-search"_s);

    bool done = false;
    QObject::connect(&dialog, &KoladaDownloadDialog::imported, [&] { done = true; });
    chooseYears(dialog, 2015, 2024);
    child<QPushButton>(dialog, "downloadButton")->click();
    BOOST_TEST_REQUIRE(waitFor([&] { return done; }), statusOf(dialog).toStdString());
    saveScreenshot(dialog, u"kolada-dialog-done"_s);
    QCoreApplication::removeTranslator(&extra);
}
