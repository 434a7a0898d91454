// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada client's errors against a local HTTP server on 127.0.0.1 (never the internet): a
// paging loop, the page limit, 429 then success, Retry-After, 500, client errors, a malformed
// body, bad values, a timeout and cancel; none of them changes the file. Paging and requests
// are in test_kolada_client.cpp.
#define BOOST_TEST_MODULE kolada_client_errors
#include "core/import/importoptions.h"
#include "core/kolada/koladaclient.h"
#include "core/kolada/koladafetcher.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "tests/core/koladaclienttesting.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/fakekolada.h"
#include "tests/support/importtesting.h"
#include "tests/support/koladatestserver.h"
#include "tests/support/testfiles.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <atomic>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace Qt::StringLiterals;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

using namespace fakekolada;
using namespace koladaclienttesting;

BOOST_AUTO_TEST_CASE(paging_loop_stops_with_an_error_and_changes_nothing)
{
    // The data endpoint names itself as its next page.
    FakeServer* self = nullptr;
    FakeServer fake([&self](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (!target.contains(u"/data/"))
            return std::nullopt;
        const QByteArray body =
            "{\"values\": [], \"next_url\": \"" + self->server.address(target).toUtf8() + "\"}";
        return KoladaTestServer::Response::json(body);
    });
    self = &fake;
    TempDatabase file;
    const QByteArray before = importtesting::snapshot(*file.database);
    KoladaFetcher fetcher(settingsFor(fake.server));
    const QString message =
        failureOf(fetcher, *file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    const QString url =
        fake.server.address(u"/v3/data/kpi/N00001/municipality/1435/year/2023?per_page=5000"_s);
    BOOST_TEST(message == url + u": the next page is "_s + url +
                              u", which was fetched already; Kolada's paging goes round in a "
                              u"circle, so the download stops"_s,
               message.toStdString());
    BOOST_TEST(dataTargets(fake.server.requests()).size() == 1);
    BOOST_TEST(importtesting::snapshot(*file.database) == before); // not even the KPI titles
}

BOOST_AUTO_TEST_CASE(page_limit_stops_an_endless_download)
{
    std::atomic<int> page = 0;
    FakeServer* self = nullptr;
    FakeServer fake([&](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (!target.contains(u"/data/"))
            return std::nullopt;
        const QString next = self->server.address(
            u"/v3/data/kpi/N00001/municipality/1435/year/2023?page=%1"_s.arg(++page + 1));
        return KoladaTestServer::Response::json("{\"values\": [], \"next_url\": \"" +
                                                next.toUtf8() + "\"}");
    });
    self = &fake;
    TempDatabase file;
    KoladaClientSettings settings = settingsFor(fake.server);
    settings.maxPages = 5;
    KoladaFetcher fetcher(settings);
    const QString message =
        failureOf(fetcher, *file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(message.contains(u"needs more than 5 pages"_s), message.toStdString());
    BOOST_TEST(message.startsWith(fake.server.address(u"/v3/data/kpi/N00001/"_s)));
    BOOST_TEST(fake.server.requestCount() == 5); // the KPI page and 4 data pages
    BOOST_TEST(importtesting::dump(*file.database).isEmpty());
}

BOOST_AUTO_TEST_CASE(too_many_requests_then_success_waits_for_retry_after)
{
    std::atomic<int> dataRequests = 0;
    FakeServer fake([&](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/") && ++dataRequests == 1)
            return KoladaTestServer::Response{
                429, "{\"error\": \"slow down\"}", {{"Retry-After", "1"}}, 0};
        return std::nullopt;
    });
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    QStringList notices;
    fetcher.setNotice([&notices](const QString& notice) { notices.append(notice); });
    QElapsedTimer clock;
    clock.start();
    const ImportResult result =
        fetcher.fetchInto(*file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(clock.elapsed() >= 990); // Retry-After: 1, though the own backoff is 10 ms
    BOOST_TEST(result.rows == 3);
    BOOST_TEST(dataRequests == 2);
    BOOST_TEST(fetcher.requestsSent() == 3);
    BOOST_TEST_REQUIRE(notices.size() == 1);
    BOOST_TEST(notices[0].contains(u"429 Too Many Requests; trying again in 1.0 s (1 of 2)"_s),
               notices[0].toStdString());
}

BOOST_AUTO_TEST_CASE(retry_after_is_bounded)
{
    std::atomic<int> dataRequests = 0;
    FakeServer fake([&](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/") && ++dataRequests <= 2)
            return KoladaTestServer::Response{503, {}, {{"Retry-After", "3600"}}, 0};
        return std::nullopt;
    });
    TempDatabase file;
    KoladaClientSettings settings = settingsFor(fake.server);
    settings.maxRetryDelayMs = 100;
    KoladaFetcher fetcher(settings);
    QElapsedTimer clock;
    clock.start();
    const ImportResult result =
        fetcher.fetchInto(*file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(clock.elapsed() >= 200);
    BOOST_TEST(clock.elapsed() < 4000);
    BOOST_TEST(result.rows == 3);
    BOOST_TEST(dataRequests == 3);
}

BOOST_AUTO_TEST_CASE(server_error_is_retried_then_fails_naming_the_url)
{
    std::atomic<int> dataRequests = 0;
    FakeServer fake([&](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/")) {
            ++dataRequests;
            return KoladaTestServer::Response{500, "{\"error\": \"database down\"}", {}, 0};
        }
        return std::nullopt;
    });
    TempDatabase file;
    const QByteArray before = importtesting::snapshot(*file.database);
    KoladaFetcher fetcher(settingsFor(fake.server)); // 2 retries
    const QString message =
        failureOf(fetcher, *file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(message ==
                   fake.server.address(
                       u"/v3/data/kpi/N00001/municipality/1435/year/2023?per_page=5000"_s) +
                       u": the server answered 500 Internal Server Error to 3 tries in a row; "
                       u"try again later"_s,
               message.toStdString());
    BOOST_TEST(dataRequests == 3);
    BOOST_TEST(importtesting::snapshot(*file.database) == before);
}

BOOST_AUTO_TEST_CASE(client_errors_are_not_retried)
{
    FakeServer fake([](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/"))
            return KoladaTestServer::Response{
                400, "<html><body>Bad   request</body></html>", {}, 0};
        return std::nullopt;
    });
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    const QString message =
        failureOf(fetcher, *file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(message.endsWith(
                   u"year/2023?per_page=5000: the server answered 400 Bad Request: <html><body>Bad "
                   u"request</body></html>"_s),
               message.toStdString());
    BOOST_TEST(dataTargets(fake.server.requests()).size() == 1);
}

BOOST_AUTO_TEST_CASE(malformed_body_fails_naming_the_url_and_place)
{
    FakeServer fake([](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/"))
            return KoladaTestServer::Response::json("{\"values\": [{\"kpi\": \"N00001\",\n"
                                                    " \"municipality\": ");
        return std::nullopt;
    });
    TempDatabase file;
    const QByteArray before = importtesting::snapshot(*file.database);
    KoladaFetcher fetcher(settingsFor(fake.server));
    const QString message =
        failureOf(fetcher, *file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    const QString url =
        fake.server.address(u"/v3/data/kpi/N00001/municipality/1435/year/2023?per_page=5000"_s);
    BOOST_TEST(message.startsWith(url + u", line 2, column "_s), message.toStdString());
    BOOST_TEST(message.contains(u"is the download truncated?"_s), message.toStdString());
    BOOST_TEST(importtesting::snapshot(*file.database) == before);
}

BOOST_AUTO_TEST_CASE(json_that_is_not_a_kolada_list_is_refused)
{
    FakeServer fake([](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/"))
            return KoladaTestServer::Response::json("{\"message\": \"maintenance\"}");
        return std::nullopt;
    });
    TempDatabase file;
    KoladaFetcher fetcher(settingsFor(fake.server));
    const QString message =
        failureOf(fetcher, *file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(message.endsWith(u"?per_page=5000: this JSON is not a Kolada response: expected an "
                                u"object with a \"values\" list"_s),
               message.toStdString());
}

BOOST_AUTO_TEST_CASE(bad_values_in_a_page_roll_back_the_whole_download)
{
    // The second page names a unit code that does not exist.
    FakeServer fake([](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"page=2"))
            return KoladaTestServer::Response::json(
                "{\"values\": [{\"kpi\": \"N00001\", \"municipality\": \"1234\", \"period\": "
                "2023, \"values\": [{\"gender\": \"T\", \"value\": 1}]}]}");
        return std::nullopt;
    });
    fake.kolada.pageSize = 1;
    TempDatabase file;
    const QByteArray before = importtesting::snapshot(*file.database);
    KoladaFetcher fetcher(settingsFor(fake.server));
    const QString message = failureOf(fetcher, *file.database,
                                      request({u"N00001"_s}, {u"1435"_s, u"1486"_s}, 2023, 2023));
    BOOST_TEST(message == fake.server.address(u"/v3/data/kpi/N00001/municipality/1435,1486/year/"
                                              u"2023?per_page=5000&page=2"_s) +
                              u", values[0] (N00001, 1234): unknown unit code \"1234\" (expected a "
                              u"4-digit municipality, region or country code)"_s,
               message.toStdString());
    BOOST_TEST(importtesting::snapshot(*file.database) == before);
}

BOOST_AUTO_TEST_CASE(slow_answer_times_out)
{
    FakeServer fake([](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/"))
            return KoladaTestServer::Response{200, "{\"values\": []}", {}, 4000};
        return std::nullopt;
    });
    TempDatabase file;
    KoladaClientSettings settings = settingsFor(fake.server);
    settings.timeoutMs = 300;
    KoladaFetcher fetcher(settings);
    QElapsedTimer clock;
    clock.start();
    const QString message =
        failureOf(fetcher, *file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(clock.elapsed() < 3000);
    BOOST_TEST(message == fake.server.address(
                              u"/v3/data/kpi/N00001/municipality/1435/year/2023?per_page=5000"_s) +
                              u": no complete answer within 0.3 seconds"_s,
               message.toStdString());
    BOOST_TEST(importtesting::dump(*file.database).isEmpty());
}

BOOST_AUTO_TEST_CASE(cancel_stops_the_download)
{
    FakeServer fake([](const QString& target) -> std::optional<KoladaTestServer::Response> {
        if (target.contains(u"/data/"))
            return KoladaTestServer::Response{200, "{\"values\": []}", {}, 5000};
        return std::nullopt;
    });
    KoladaClient client;
    client.setSettings(settingsFor(fake.server));
    bool cancelled = false;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&client, &KoladaClient::cancelled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    QObject::connect(&client, &KoladaClient::fetchFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&client, &KoladaClient::failed, &loop, &QEventLoop::quit);
    // Cancel as soon as the KPI page is in and the slow data request has gone out.
    QObject::connect(&client, &KoladaClient::progress, &client, [&](int done, int) {
        if (done == 1)
            QTimer::singleShot(100, &client, &KoladaClient::cancel);
    });
    QElapsedTimer clock;
    clock.start();
    client.fetch(request({u"N00001"_s}, {u"1435"_s}, 2023, 2023));
    BOOST_TEST(client.isBusy());
    loop.exec();
    BOOST_TEST(cancelled);
    BOOST_TEST(!finished);
    BOOST_TEST(!client.isBusy());
    BOOST_TEST(clock.elapsed() < 3000);
    BOOST_TEST(dataTargets(fake.server.requests()).size() == 1);

    // The progress callback of the blocking fetcher cancels too.
    KoladaFetcher fetcher(settingsFor(fake.server));
    fetcher.setProgress([](int done, int) { return done < 1; });
    TempDatabase file;
    BOOST_CHECK_THROW(
        fetcher.fetchInto(*file.database, request({u"N00001"_s}, {u"1435"_s}, 2023, 2023)),
        ImportCancelled);
    BOOST_TEST(importtesting::dump(*file.database).isEmpty());
}
