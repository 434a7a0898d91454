// SPDX-License-Identifier: GPL-3.0-or-later
// jamfor-cli kolada fetch and search against a local server on 127.0.0.1 (its own thread, so
// the test may wait for the process): what lands in the file, conflicts, failures, exit codes.
#define BOOST_TEST_MODULE cli_kolada
#include "tests/support/clirunner.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/fakekolada.h"
#include "tests/support/koladatestserver.h"
#include "tests/support/testfiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <atomic>
#include <boost/test/unit_test.hpp>

using namespace fakekolada;
using namespace Qt::StringLiterals;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

CliResult fetch(const KoladaTestServer& server, const QString& db, const QStringList& more = {})
{
    return runCli(QStringList{u"kolada"_s, u"fetch"_s, u"--db"_s, db, u"--base-url"_s,
                              server.baseUrl().toString(), u"--kpi"_s, u"N00001,N00002"_s,
                              u"--unit"_s, u"1435,1486"_s, u"--years"_s, u"2023-2024"_s,
                              u"--retry-delay"_s, u"0.01"_s} +
                  more);
}

QString exported(const QString& db)
{
    return runCli({u"export"_s, u"--db"_s, db}).out;
}

} // namespace

BOOST_AUTO_TEST_CASE(fetch_stores_the_download)
{
    FakeServer fake;
    fake.kolada.pageSize = 5; // 8 items: two pages
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.jamfor"_s);
    const CliResult r = fetch(fake.server, db);
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    const QString url = fake.server.address(
        u"/v3/data/kpi/N00001,N00002/municipality/1435,1486/year/2023,2024?per_page=5000"_s);
    BOOST_TEST(r.out == url + u": 24 rows, 24 new, 0 unchanged, 0 replaced, 0 kept; 2 indicators "
                              u"new, 0 updated; 3 requests\n"
                              u"2 indicators, 2 units with values; 0 removed (deleted in Kolada); "
                              u"2 indicators with a suggested kind and direction\n"_s,
               r.out.toStdString());
    BOOST_TEST(r.err.isEmpty(), r.err.toStdString());
    const QString csv = exported(db);
    // N00002, 1486, 2024, K: 200 + 24 + 0.25 + 0.1486
    BOOST_TEST(csv.contains(u"N00002,1486,2024,K,224.3986,"_s), csv.toStdString());
    BOOST_TEST(csv.count(u'\n') == 25); // header and 24 values

    const CliResult info = runCli({u"info"_s, u"--db"_s, db});
    BOOST_TEST(info.out.contains(u"Import batches: 1\n"_s), info.out.toStdString());
}

BOOST_AUTO_TEST_CASE(conflicts_and_policies)
{
    std::atomic<bool> changed = false;
    FakeServer fake([&](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (changed && target.contains(u"/data/"))
            return KoladaTestServer::Response::json(
                "{\"values\": [{\"kpi\": \"N00001\", \"municipality\": \"1435\", \"period\": "
                "2023, \"values\": [{\"gender\": \"T\", \"value\": 99.5}]}]}");
        return std::nullopt;
    });
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.jamfor"_s);
    BOOST_TEST_REQUIRE(fetch(fake.server, db).exitCode == 0);
    const QString before = exported(db);
    changed = true;

    CliResult r = fetch(fake.server, db);
    BOOST_TEST(r.exitCode == 1);
    const QString url = fake.server.address(
        u"/v3/data/kpi/N00001,N00002/municipality/1435,1486/year/2023,2024?per_page=5000"_s);
    BOOST_TEST(r.err == u"jamfor-cli: "_s + url +
                            u", values[0].values[0]: N00001 1435 2023 T: the value 99.5 differs "
                            u"from the stored value 123.1435 (choose keep or replace)\n"_s,
               r.err.toStdString());
    BOOST_TEST(exported(db) == before);

    r = fetch(fake.server, db, {u"--on-conflict"_s, u"keep"_s});
    BOOST_TEST(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(u": 1 rows, 0 new, 0 unchanged, 0 replaced, 1 kept"_s));
    BOOST_TEST(exported(db) == before);

    r = fetch(fake.server, db, {u"--on-conflict"_s, u"replace"_s});
    BOOST_TEST(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(u": 1 rows, 0 new, 0 unchanged, 1 replaced, 0 kept"_s));
    BOOST_TEST(exported(db).contains(u"N00001,1435,2023,T,99.5,"_s));
}

BOOST_AUTO_TEST_CASE(server_failure_exits_1_and_writes_nothing)
{
    std::atomic<int> dataRequests = 0;
    FakeServer fake([&](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (!target.contains(u"/data/"))
            return std::nullopt;
        ++dataRequests;
        return KoladaTestServer::Response{500, "{}", {}, 0};
    });
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.jamfor"_s);
    const CliResult r = fetch(fake.server, db, {u"--retries"_s, u"1"_s});
    BOOST_TEST(r.exitCode == 1);
    const QString url = fake.server.address(
        u"/v3/data/kpi/N00001,N00002/municipality/1435,1486/year/2023,2024?per_page=5000"_s);
    BOOST_TEST(r.err.contains(u"jamfor-cli: warning: "_s + url +
                              u": the server answered 500 Internal Server Error; trying again"_s),
               r.err.toStdString());
    BOOST_TEST(r.err.contains(u"jamfor-cli: "_s + url +
                              u": the server answered 500 Internal Server Error to 2 tries in a "
                              u"row; try again later"_s),
               r.err.toStdString());
    BOOST_TEST(dataRequests == 2);
    BOOST_TEST(!QFileInfo::exists(db)); // nothing was downloaded, so no file was made
}

BOOST_AUTO_TEST_CASE(timeout_and_bad_arguments)
{
    FakeServer fake([](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/"))
            return KoladaTestServer::Response{200, "{\"values\": []}", {}, 5000};
        return std::nullopt;
    });
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.jamfor"_s);
    CliResult r = fetch(fake.server, db, {u"--timeout"_s, u"0.3"_s});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(u"?per_page=5000: no complete answer within 0.3 seconds"_s),
               r.err.toStdString());

    r = fetch(fake.server, db, {u"--years"_s, u"förra året"_s});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err.contains(u"--years takes a year or a range such as 2015-2024"_s));
    r = runCli({u"kolada"_s, u"fetch"_s, u"--db"_s, db, u"--base-url"_s,
                fake.server.baseUrl().toString(), u"--kpi"_s, u"N00001"_s, u"--unit"_s,
                u"1435,9999"_s, u"--years"_s, u"2023"_s});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(u"unknown unit code \"9999\""_s), r.err.toStdString());
    r = runCli({u"kolada"_s, u"fetch"_s, u"--db"_s, db});
    BOOST_TEST(r.exitCode == 2);
    r = runCli({u"kolada"_s, u"fetch-all"_s});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err.contains(u"unknown kolada command \"fetch-all\""_s));
    BOOST_TEST(!QFileInfo::exists(db));
}

BOOST_AUTO_TEST_CASE(search_lists_ids_and_titles)
{
    FakeServer fake;
    CliResult r = runCli({u"kolada"_s, u"search"_s, u"--base-url"_s,
                          fake.server.baseUrl(u"/v2"_s).toString(), u"äldreomsorg"_s});
    BOOST_TEST(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out == u"N00001\tKostnad äldreomsorg, kr/inv 65+\nU00002\tBrukarbedömning "
                        u"äldreomsorg, andel (%)\n"_s,
               r.out.toStdString());
    BOOST_TEST(fake.server.requests() ==
               QStringList{u"/v2/kpi?per_page=5000&title=%C3%A4ldreomsorg"_s});
    r = runCli({u"kolada"_s, u"search"_s, u"--base-url"_s, fake.server.baseUrl().toString(),
                u"inget"_s, u"sådant"_s});
    BOOST_TEST(r.exitCode == 0);
    BOOST_TEST(r.out.isEmpty());
    BOOST_TEST(r.err.contains(u"no Kolada indicator has \"inget sådant\" in its title"_s));
}

BOOST_AUTO_TEST_CASE(fetch_without_units_takes_the_whole_country_and_a_kpi_group)
{
    FakeServer fake;
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.jamfor"_s);
    CliResult r = runCli({u"kolada"_s, u"fetch"_s, u"--db"_s, db, u"--base-url"_s,
                          fake.server.baseUrl().toString(), u"--kpi-group"_s, u"GKPI89"_s,
                          u"--years"_s, u"2023"_s});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(fake.server.requests().first() == u"/v3/kpi_groups/GKPI89?per_page=5000"_s);
    // No /municipality/ segment: Kolada's kpi + year path for every unit.
    for (const QString& target : fake.server.requests()) {
        if (target.contains(u"/data/"_s))
            BOOST_TEST(!target.contains(u"/municipality/"_s), target.toStdString());
    }
    BOOST_TEST(r.out.contains(u"69 indicators, 312 units with values"_s), r.out.toStdString());
    BOOST_TEST(r.err.contains(u"municipality groups"_s), r.err.toStdString()); // the G rows

    // Every indicator, as JSON with the suggestion marked.
    r = runCli({u"indicators"_s, u"--db"_s, db, u"--json"_s});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    BOOST_TEST(list.size() == 69);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& entry : list) {
        for (const char* key : {"id", "title", "kind", "direction", "unit", "area", "suggested"})
            BOOST_TEST(entry.toObject().contains(QString::fromLatin1(key)), key);
        byId.insert(entry[u"id"_s].toString(), entry.toObject());
    }
    // Written out by hand from the real titles.
    BOOST_TEST(byId[u"N21009"_s][u"kind"_s].toString() == u"cost"_s); // Kostnad …, kr/inv 65+
    BOOST_TEST(byId[u"N21009"_s][u"direction"_s].toString() == u"none"_s);
    BOOST_TEST(byId[u"N21009"_s][u"unit"_s].toString() == u"kr/inv 65+"_s);
    BOOST_TEST(byId[u"U21550"_s][u"direction"_s].toString() == u"higher"_s); // (Ja=1, Nej=0)
    BOOST_TEST(byId[u"U21550"_s][u"unit"_s].toString() == u"ja/nej"_s);
    BOOST_TEST(byId[u"U23401"_s][u"direction"_s].toString() == u"lower"_s); // väntetid
    BOOST_TEST(byId[u"U21468"_s][u"unit"_s].toString() == u"%"_s);
    BOOST_TEST(byId[u"U21468"_s][u"suggested"_s].toBool());
    BOOST_TEST(byId[u"U21468"_s][u"area"_s].toString() == u"aldreomsorg"_s);

    r = runCli({u"indicators"_s, u"--db"_s, db});
    BOOST_TEST(r.out.startsWith(u"id\tkind\tdirection\tunit\tarea\tsuggested\ttitle\n"_s));
    BOOST_TEST(r.out.contains(u"N21009\tcost\tnone\tkr/inv 65+\taldreomsorg\tyes\tKostnad"_s),
               r.out.toStdString());
    BOOST_TEST(runCli({u"indicators"_s}).exitCode == 2);
}

BOOST_AUTO_TEST_CASE(kolada_groups_saves_groups_usable_as_a_population)
{
    FakeServer fake;
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.jamfor"_s);
    BOOST_TEST_REQUIRE(runCli({u"demo"_s, db}).exitCode == 0);
    CliResult r = runCli({u"kolada"_s, u"groups"_s, u"--db"_s, db, u"--base-url"_s,
                          fake.server.baseUrl().toString(), u"--search"_s, u"V9"_s});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(u"G145187\tV9\t9\n"_s), r.out.toStdString());
    BOOST_TEST(r.out.contains(u"1 new, 0 updated"_s), r.out.toStdString());
    r = runCli({u"compare"_s, u"--db"_s, db, u"--indicator"_s, u"N15419"_s, u"--year"_s, u"2023"_s,
                u"--population"_s, u"group:V9"_s, u"--json"_s});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(QJsonDocument::fromJson(r.out.toUtf8())[u"rows"_s].toArray().size() == 9);

    r = runCli({u"kolada"_s, u"groups"_s, u"--db"_s, db, u"--base-url"_s,
                fake.server.baseUrl().toString(), u"--search"_s, u"Ingen sådan grupp"_s});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(u"Ingen sådan grupp"_s), r.err.toStdString());

    // A saved response imports too.
    r = runCli({u"import"_s, u"--db"_s, db,
                QStringLiteral(JAMFOR_TEST_DATA_DIR "/kolada/municipality_groups_sample.json")});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(u"40 municipality groups, 39 new, 0 updated"_s), r.out.toStdString());
}
