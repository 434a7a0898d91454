// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kolada/koladafetcher.h"

#include "core/kolada/koladaclient.h"
#include "core/util/error.h"

#include <QEventLoop>
#include <optional>

namespace jamfor {

namespace {

// Runs one client operation to its end and returns the error or cancel message, if any.
template <typename Start>
std::optional<Error> runToEnd(KoladaClient& client, const KoladaFetcher::Progress& progress,
                              const KoladaFetcher::Notice& notice, Start start)
{
    QEventLoop loop;
    std::optional<Error> error;
    bool cancelled = false;
    QObject::connect(&client, &KoladaClient::searchFinished, &loop, &QEventLoop::quit);
    QObject::connect(&client, &KoladaClient::fetchFinished, &loop, &QEventLoop::quit);
    QObject::connect(&client, &KoladaClient::groupsFinished, &loop, &QEventLoop::quit);
    QObject::connect(&client, &KoladaClient::failed, &loop, [&](const QString& message) {
        error = Error(message);
        loop.quit();
    });
    QObject::connect(&client, &KoladaClient::cancelled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    QObject::connect(&client, &KoladaClient::retrying, &loop, [&](const QString& message) {
        if (notice)
            notice(message);
    });
    QObject::connect(&client, &KoladaClient::progress, &loop, [&](int done, int known) {
        if (progress && !progress(done, known))
            client.cancel();
    });
    start();
    if (client.isBusy())
        loop.exec();
    if (cancelled)
        throw ImportCancelled(
            KoladaClient::tr("the download from Kolada was cancelled; nothing was imported"));
    return error;
}

} // namespace

QList<KoladaKpi> KoladaFetcher::search(const QString& title)
{
    KoladaClient client;
    client.setSettings(m_settings);
    QList<KoladaKpi> found;
    QObject::connect(&client, &KoladaClient::searchFinished,
                     [&found](const QList<KoladaKpi>& kpis) { found = kpis; });
    const std::optional<Error> error =
        runToEnd(client, m_progress, m_notice, [&] { client.search(title); });
    m_requestsSent = client.requestsSent();
    if (error)
        throw *error;
    return found;
}

KoladaDownload KoladaFetcher::fetch(const KoladaFetchRequest& request)
{
    KoladaClient client;
    client.setSettings(m_settings);
    KoladaDownload result;
    QObject::connect(&client, &KoladaClient::fetchFinished,
                     [&result](const KoladaDownload& download) { result = download; });
    const std::optional<Error> error =
        runToEnd(client, m_progress, m_notice, [&] { client.fetch(request); });
    m_requestsSent = client.requestsSent();
    if (error)
        throw *error;
    return result;
}

QList<KoladaGroup> KoladaFetcher::fetchGroups(const QString& title, QString* url)
{
    KoladaClient client;
    client.setSettings(m_settings);
    QList<KoladaGroup> result;
    QObject::connect(&client, &KoladaClient::groupsFinished,
                     [&](const QList<KoladaGroup>& groups, const QString& requestUrl) {
                         result = groups;
                         if (url)
                             *url = requestUrl;
                     });
    const std::optional<Error> error =
        runToEnd(client, m_progress, m_notice, [&] { client.fetchGroups(title); });
    m_requestsSent = client.requestsSent();
    if (error)
        throw *error;
    return result;
}

ImportResult KoladaFetcher::fetchInto(Database& database, const KoladaFetchRequest& request,
                                      const ImportOptions& options)
{
    return ObservationImporter(database).importKoladaDownload(fetch(request), options);
}

} // namespace jamfor
