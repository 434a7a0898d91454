// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kolada/koladaclientsettings.h"
#include "core/kolada/koladafetcher.h"
#include "core/kolada/koladafetchrequest.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "tests/support/koladatestserver.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// Helpers shared by the Kolada client suites (test_kolada_client, test_kolada_client_errors).
namespace koladaclienttesting {

using namespace Qt::StringLiterals;

inline jamfor::KoladaClientSettings settingsFor(const KoladaTestServer& server,
                                                const QString& path = u"/v3"_s)
{
    jamfor::KoladaClientSettings settings;
    settings.baseUrl = server.baseUrl(path);
    settings.timeoutMs = 5000;
    settings.maxRetries = 2;
    settings.retryDelayMs = 10;
    settings.maxRetryDelayMs = 2000;
    return settings;
}

inline jamfor::KoladaFetchRequest request(const QStringList& kpis, const QStringList& units,
                                          int first, int last)
{
    return {kpis, units, first, last};
}

struct TempDatabase
{
    TempDatabase()
        : database(jamfor::Database::open(dir.filePath(QStringLiteral("a.jamfor")),
                                          jamfor::Database::OpenMode::CreateIfMissing))
    {}
    QTemporaryDir dir;
    std::unique_ptr<jamfor::Database> database;
};

// Runs fetchInto and returns the error message (empty on success).
inline QString failureOf(jamfor::KoladaFetcher& fetcher, jamfor::Database& database,
                         const jamfor::KoladaFetchRequest& what)
{
    try {
        fetcher.fetchInto(database, what);
    } catch (const jamfor::Error& error) {
        return error.message();
    }
    return {};
}

inline QStringList dataTargets(const QStringList& requests)
{
    QStringList data;
    for (const QString& target : requests) {
        if (target.contains(u"/data/"))
            data.append(target);
    }
    return data;
}

} // namespace koladaclienttesting
