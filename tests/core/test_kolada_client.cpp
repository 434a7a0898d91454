// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada client against a local HTTP server on 127.0.0.1 (never the internet): v2 and v3
// shapes, paging, id lists split into pieces of 25, the URLs and the checks of a request,
// search, KPI and municipality groups, conflicts, and what lands in the file. Errors, retries,
// timeouts and cancel are in test_kolada_client_errors.cpp.
#define BOOST_TEST_MODULE kolada_client
#include "core/import/observationimporter.h"
#include "core/kolada/koladafetcher.h"
#include "core/kolada/koladaurls.h"
#include "core/registry/unitregistry.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/util/error.h"
#include "tests/core/koladaclienttesting.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/fakekolada.h"
#include "tests/support/importtesting.h"
#include "tests/support/koladatestserver.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUrl>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace Qt::StringLiterals;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

using namespace fakekolada;
using namespace koladaclienttesting;

BOOST_AUTO_TEST_CASE(v3_download_follows_pages_and_records_provenance)
{
    FakeServer fake;
    fake.kolada.pageSize = 3; // 8 items: pages of 3, 3 and 2
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    QList<QPair<int, int>> progress;
    fetcher.setProgress([&progress](int done, int known) {
        progress.append({done, known});
        return true;
    });
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ImportResult result = fetcher.fetchInto(
        *file.database, request({u"N00001"_s, u"n00002"_s}, {u"1435"_s, u"1486"_s}, 2022, 2023));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    const QString dataPath = u"/v3/data/kpi/N00001,N00002/municipality/1435,1486/year/2022,2023"_s;
    BOOST_TEST(fake.server.requests() == (QStringList{u"/v3/kpi/N00001,N00002?per_page=5000"_s,
                                                      dataPath + u"?per_page=5000"_s,
                                                      dataPath + u"?per_page=5000&page=2"_s,
                                                      dataPath + u"?per_page=5000&page=3"_s}),
               fake.server.requests().join(u' ').toStdString());
    BOOST_TEST(result.rows == 24); // 2 kpis × 2 units × 2 years × T, K, M
    BOOST_TEST(result.inserted == 24);
    BOOST_TEST(result.indicatorsCreated == 2);
    BOOST_TEST((progress.constLast() == QPair<int, int>{4, 4}));

    const QStringList stored = importtesting::dump(*file.database);
    BOOST_TEST(stored.size() == 24);
    BOOST_TEST(stored.contains(u"N00002 1486 2023 K 223.3986"_s), stored.join(u'\n').toStdString());
    BOOST_TEST(stored.contains(u"N00001 1435 2022 T 122.1435"_s));

    const QList<ImportBatch> batches = ImportBatchRepository(file.database->connection()).all();
    BOOST_TEST_REQUIRE(batches.size() == 1);
    BOOST_TEST(batches[0].source == u"Kolada API"_s);
    BOOST_TEST(batches[0].fileName == fake.server.address(dataPath + u"?per_page=5000"_s));
    BOOST_TEST((batches[0].importedAt >= before && batches[0].importedAt <= after));
    BOOST_TEST(batches[0].rowCount == 24);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& body : fake.kolada.sentBodies)
        hash.addData(body);
    BOOST_TEST(batches[0].sha256 == QString::fromLatin1(hash.result().toHex()));

    const auto indicator = IndicatorRepository(file.database->connection()).find(u"N00001"_s);
    BOOST_TEST_REQUIRE(indicator.has_value());
    BOOST_TEST(indicator->title == u"Nyckeltal N00001"_s);
    BOOST_TEST(indicator->description == u"Beskrivning av N00001"_s);
    BOOST_TEST(indicator->dividedByGender);
    BOOST_TEST(indicator->source == u"Kolada"_s);
}

BOOST_AUTO_TEST_CASE(v2_download_follows_next_page)
{
    FakeServer fake;
    fake.kolada.version = u"v2"_s;
    fake.kolada.pageSize = 2;
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server, u"/v2"_s));
    const ImportResult result = fetcher.fetchInto(
        *file.database, request({u"U00002"_s}, {u"1427"_s, u"0000"_s}, 2020, 2022));
    // 1 kpi × 2 units × 3 years = 6 items in pages of 2.
    const QStringList data = dataTargets(fake.server.requests());
    BOOST_TEST(data.size() == 3);
    BOOST_TEST(
        data.constLast() ==
        u"/v2/data/kpi/U00002/municipality/1427,0000/year/2020,2021,2022?per_page=5000&page=3"_s);
    BOOST_TEST(fake.server.requests().constFirst() == u"/v2/kpi/U00002?per_page=5000"_s);
    BOOST_TEST(result.rows == 18);
    BOOST_TEST(importtesting::dump(*file.database).contains(u"U00002 0000 2021 M 221.5"_s));
    const auto indicator = IndicatorRepository(file.database->connection()).find(u"U00002"_s);
    BOOST_TEST_REQUIRE(indicator.has_value());
    BOOST_TEST(indicator->dividedByGender); // v2 says 1
    BOOST_TEST(KoladaUrls(fake.server.baseUrl(u"/v2/"_s)).apiVersion() == 2);
    BOOST_TEST(KoladaUrls(fake.server.baseUrl(u"/v3"_s)).apiVersion() == 3);
}

BOOST_AUTO_TEST_CASE(v3_with_period_inside_values)
{
    FakeServer fake;
    fake.kolada.periodInValues = true;
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    const ImportResult result =
        fetcher.fetchInto(*file.database, request({u"N00003"_s}, {u"1430"_s}, 2023, 2024));
    BOOST_TEST(result.rows == 6);
    BOOST_TEST(importtesting::dump(*file.database).contains(u"N00003 1430 2024 T 324.143"_s));
}

BOOST_AUTO_TEST_CASE(long_id_lists_are_split_into_pieces_of_25)
{
    FakeServer fake;
    fake.kolada.pageSize = 5000;
    QStringList kpis;
    for (int i = 1; i <= 30; ++i)
        kpis.append(u"N%1"_s.arg(i, 5, 10, QLatin1Char('0')));
    QStringList units;
    for (const Unit& unit : UnitRegistry::instance().municipalities().mid(0, 27))
        units.append(unit.id);
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    const ImportResult result = fetcher.fetchInto(*file.database, request(kpis, units, 2022, 2023));

    const QStringList requests = fake.server.requests();
    QStringList kpiRequests;
    for (const QString& target : requests) {
        if (target.startsWith(u"/v3/kpi/"))
            kpiRequests.append(target);
    }
    BOOST_TEST(kpiRequests ==
                   (QStringList{u"/v3/kpi/"_s + kpis.mid(0, 25).join(u',') + u"?per_page=5000"_s,
                                u"/v3/kpi/"_s + kpis.mid(25).join(u',') + u"?per_page=5000"_s}),
               kpiRequests.join(u'\n').toStdString());
    const QStringList data = dataTargets(requests);
    BOOST_TEST_REQUIRE(data.size() == 4); // 2 KPI pieces × 2 unit pieces
    QSet<QString> pairs;
    for (const QString& target : data) {
        const QStringList parts = QUrl(target).path().split(u'/');
        BOOST_TEST_REQUIRE(parts.size() == 9);
        BOOST_TEST(parts[4].split(u',').size() <= 25);
        BOOST_TEST(parts[6].split(u',').size() <= 25);
        pairs.insert(parts[4] + u'|' + parts[6]);
    }
    for (const QString& kpiPiece : {kpis.mid(0, 25).join(u','), kpis.mid(25).join(u',')}) {
        for (const QString& unitPiece : {units.mid(0, 25).join(u','), units.mid(25).join(u',')})
            BOOST_TEST(pairs.contains(kpiPiece + u'|' + unitPiece));
    }
    BOOST_TEST(result.rows == 30 * 27 * 2 * 3);
    BOOST_TEST(importtesting::dump(*file.database).size() == 30 * 27 * 2 * 3);
}

BOOST_AUTO_TEST_CASE(urls_split_years_and_check_requests)
{
    const KoladaUrls urls(QUrl(u"https://api.kolada.se/v3/"_s));
    const QList<QUrl> data =
        urls.data(KoladaUrls::checked(request({u"N00001"_s}, {u"1435"_s}, 1990, 2024)));
    BOOST_TEST_REQUIRE(data.size() == 2); // 35 years: 25 + 10
    BOOST_TEST(data[0].toString().endsWith(u"/year/1990,1991,1992,1993,1994,1995,1996,1997,1998,"
                                           u"1999,2000,2001,2002,2003,2004,2005,2006,2007,2008,"
                                           u"2009,2010,2011,2012,2013,2014"_s),
               data[0].toString().toStdString());
    BOOST_TEST(data[1].toString() ==
               u"https://api.kolada.se/v3/data/kpi/N00001/municipality/1435/year/2015,2016,2017,"
               u"2018,2019,2020,2021,2022,2023,2024"_s);
    BOOST_TEST(urls.search(u"åk 9"_s).toString(QUrl::FullyEncoded) ==
               u"https://api.kolada.se/v3/kpi?title=%C3%A5k%209"_s);

    const auto refusal = [](const KoladaFetchRequest& bad) {
        try {
            KoladaUrls::checked(bad);
        } catch (const Error& error) {
            return error.message();
        }
        return QString();
    };
    BOOST_TEST(refusal(request({u"N1/x"_s}, {u"1435"_s}, 2020, 2021)) ==
               u"\"N1/x\" is not a Kolada indicator id (such as N15419 or U21468)"_s);
    BOOST_TEST(refusal(request({u"N00001"_s}, {u"9999"_s}, 2020, 2021)) ==
               u"unknown unit code \"9999\" (expected a 4-digit municipality, region or country "
               u"code)"_s);
    BOOST_TEST(refusal(request({u"N00001"_s}, {u"1435"_s}, 2022, 2021)) ==
               u"the years 2022–2021 are not a range between 1900 and 2200"_s);
    BOOST_TEST(refusal(request({u" "_s}, {u"1435"_s}, 2020, 2021)) ==
               u"choose at least one indicator or a KPI group"_s);
    BOOST_TEST(refusal(request({u"N00001"_s}, {}, 2020, 2021)).isEmpty()); // the whole country
    KoladaFetchRequest badGroup = request({}, {}, 2020, 2021);
    badGroup.kpiGroupId = u"GKPI8/9"_s;
    BOOST_TEST(refusal(badGroup).contains(u"GKPI8/9"_s));
    const KoladaFetchRequest cleaned = KoladaUrls::checked(
        request({u" n00001"_s, u"N00001"_s}, {u"1435"_s, u"1435 "_s}, 2020, 2020));
    BOOST_TEST(cleaned.kpiIds == QStringList{u"N00001"_s});
    BOOST_TEST(cleaned.unitIds == QStringList{u"1435"_s});
    BOOST_CHECK_THROW(KoladaUrls(QUrl(u"ftp://example.org/v3"_s)), Error);
}

BOOST_AUTO_TEST_CASE(search_by_title)
{
    FakeServer fake;
    KoladaFetcher fetcher(settingsFor(fake.server));
    const QList<KoladaKpi> found = fetcher.search(u"äldreomsorg"_s);
    BOOST_TEST(fake.server.requests() ==
                   QStringList{u"/v3/kpi?per_page=5000&title=%C3%A4ldreomsorg"_s},
               fake.server.requests().join(u' ').toStdString());
    BOOST_TEST_REQUIRE(found.size() == 2);
    BOOST_TEST(found[0].id == u"N00001"_s);
    BOOST_TEST(found[0].title == u"Kostnad äldreomsorg, kr/inv 65+"_s);
    BOOST_TEST(found[1].id == u"U00002"_s);
    BOOST_TEST(fetcher.search(u"ingenting sådant"_s).isEmpty());
}

BOOST_AUTO_TEST_CASE(unknown_indicator_gives_a_warning)
{
    FakeServer fake;
    fake.kolada.unknownKpis = {u"N00009"_s};
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    const ImportResult result = fetcher.fetchInto(
        *file.database, request({u"N00001"_s, u"N00009"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(result.warnings ==
               QStringList{u"Kolada does not describe the indicator N00009; check the id"_s});
}

BOOST_AUTO_TEST_CASE(conflicts_follow_the_policy)
{
    FakeServer fake;
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    const KoladaFetchRequest what = request({u"N00001"_s}, {u"1435"_s}, 2023, 2023);
    fetcher.fetchInto(*file.database, what);
    // The same download again: everything is unchanged.
    ImportResult again = fetcher.fetchInto(*file.database, what);
    BOOST_TEST(again.unchanged == 3);
    BOOST_TEST(again.inserted == 0);

    // Own figures then differ; fail (the default) refuses, replace takes Kolada's.
    ImportOptions replace;
    replace.onConflict = ConflictPolicy::Replace;
    ObservationImporter(*file.database)
        .importOwnFigures({{u"N00001"_s, u"1435"_s, 2023, Gender::Total, 1.0, ValueStatus::Ok}},
                          replace);
    const QByteArray before = importtesting::snapshot(*file.database);
    BOOST_CHECK_THROW(fetcher.fetchInto(*file.database, what), Error);
    BOOST_TEST(importtesting::snapshot(*file.database) == before);
    again = fetcher.fetchInto(*file.database, what, replace);
    BOOST_TEST(again.replaced == 1);
    BOOST_TEST(importtesting::dump(*file.database).contains(u"N00001 1435 2023 T 123.1435"_s));
}

BOOST_AUTO_TEST_CASE(whole_country_download_pages_by_next_url_and_skips_group_rows)
{
    FakeServer fake;
    fake.kolada.pageSize = 250; // 2 KPIs × (312 units + 2 groups) × 1 year = 628 items: 3 pages
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    const ImportResult result =
        fetcher.fetchInto(*file.database, request({u"N00001"_s, u"N00002"_s}, {}, 2023, 2023));
    const QString path = u"/v3/data/kpi/N00001,N00002/year/2023"_s;
    BOOST_TEST(dataTargets(fake.server.requests()) ==
                   (QStringList{path + u"?per_page=5000"_s, path + u"?per_page=5000&page=2"_s,
                                path + u"?per_page=5000&page=3"_s}),
               fake.server.requests().join(u' ').toStdString());
    BOOST_TEST(result.units == 312); // 290 municipalities, 21 regions and Riket
    BOOST_TEST(result.rows == 2 * 312 * 3);
    BOOST_TEST(result.skippedGroupRows == 2 * 2);
    BOOST_TEST(importtesting::dump(*file.database).size() == 2 * 312 * 3);
    BOOST_TEST(result.warnings.join(u' ').contains(u"municipality groups"_s));
}

BOOST_AUTO_TEST_CASE(a_kpi_group_fetch_downloads_its_real_members)
{
    FakeServer fake;
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    KoladaFetchRequest what = request({}, {u"1435"_s, u"0000"_s}, 2023, 2023);
    what.kpiGroupId = u"gkpi89"_s;
    const KoladaDownload download = fetcher.fetch(what);
    // GKPI89 "Öppna jämförelser - Äldreomsorg" holds 69 KPIs (tests/data/kolada).
    BOOST_TEST_REQUIRE(download.expected.has_value());
    BOOST_TEST(download.expected->kpiIds.size() == 69);
    const QStringList requests = fake.server.requests();
    BOOST_TEST(requests.first() == u"/v3/kpi_groups/GKPI89?per_page=5000"_s);
    // 69 ids: KPI descriptions and data in pieces of 25, 25 and 19.
    BOOST_TEST(requests.size() == 1 + 3 + 3, requests.join(u' ').toStdString());
    const ImportResult result = ObservationImporter(*file.database).importKoladaDownload(download);
    BOOST_TEST(result.rows == 69 * 2 * 3);
    BOOST_TEST(result.indicatorsCreated == 69);
    BOOST_TEST(result.indicatorsSuggested == 69);
    const auto routine =
        IndicatorRepository(file.database->connection()).find(u"U21550"_s); // (Ja=1, Nej=0)
    BOOST_TEST_REQUIRE(routine.has_value());
    BOOST_TEST(routine->title.startsWith(u"Kommunen garanterar inom viss tid kontakt vid larm"_s));
    BOOST_TEST(int(routine->direction) == int(Direction::HigherIsBetter));
    BOOST_TEST(!routine->confirmed);
    const auto cost = IndicatorRepository(file.database->connection()).find(u"N21009"_s);
    BOOST_TEST(int(cost->kind) == int(IndicatorKind::Cost));

    KoladaFetchRequest unknown = request({}, {u"1435"_s}, 2023, 2023);
    unknown.kpiGroupId = u"GKPI1"_s;
    const QString message = failureOf(fetcher, *file.database, unknown);
    BOOST_TEST(message.contains(u"GKPI1"_s), message.toStdString());
}

BOOST_AUTO_TEST_CASE(municipality_groups_are_fetched_and_saved)
{
    FakeServer fake;
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    QString url;
    const QList<KoladaGroup> groups = fetcher.fetchGroups(u"Tanum"_s, &url);
    BOOST_TEST(fake.server.requests() ==
               QStringList{u"/v3/municipality_groups?per_page=5000&title=Tanum"_s});
    BOOST_TEST(groups.size() >= 10); // every "Liknande kommuner …, Tanum, 2022"
    for (const KoladaGroup& group : groups)
        BOOST_TEST(group.title.contains(u"Tanum"_s));
    const ImportResult result = ObservationImporter(*file.database).importGroups(url, groups);
    BOOST_TEST(result.groupsCreated == groups.size());
}

BOOST_AUTO_TEST_CASE(a_v2_address_gets_a_notice_that_kolada_closed_it)
{
    const KoladaUrls v2(QUrl(u"https://api.kolada.se/v2"_s));
    BOOST_TEST(v2.versionNotice().contains(u"31 March 2026"_s));
    BOOST_TEST(KoladaUrls(QUrl(u"https://api.kolada.se/v3"_s)).versionNotice().isEmpty());
    FakeServer fake;
    fake.kolada.version = u"v2"_s;
    KoladaFetcher fetcher(settingsFor(fake.server, u"/v2"_s));
    const KoladaDownload download = fetcher.fetch(request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(download.warnings.join(u' ').contains(u"v2"_s));
}
