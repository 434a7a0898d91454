// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/koladakpireader.h"
#include "core/import/observationimporter.h"
#include "core/kolada/koladaclientsettings.h"
#include "core/kolada/koladafetchrequest.h"

#include <QList>
#include <functional>

namespace jamfor {

class Database;

// KoladaClient for callers that can wait (the command line): runs the client in a local event
// loop until it is done and throws jamfor::Error with the client's message when it fails.
class KoladaFetcher
{
public:
    // pagesDone, pagesKnown; return false to cancel (then ImportCancelled is thrown).
    using Progress = std::function<bool(int, int)>;
    // A 429 or 5xx answer that will be tried again.
    using Notice = std::function<void(const QString&)>;

    explicit KoladaFetcher(const KoladaClientSettings& settings)
        : m_settings(settings)
    {}

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setNotice(Notice notice) { m_notice = std::move(notice); }

    QList<KoladaKpi> search(const QString& title);
    KoladaDownload fetch(const KoladaFetchRequest& request);
    // Kolada's municipality groups whose title contains the text; *url receives the request.
    QList<KoladaGroup> fetchGroups(const QString& title, QString* url = nullptr);
    // Downloads and stores with ObservationImporter::importKoladaDownload: one transaction, so
    // a failed download or import leaves the file as it was.
    ImportResult fetchInto(Database& database, const KoladaFetchRequest& request,
                           const ImportOptions& options = {});

    // HTTP requests sent by the last call, retries included.
    int requestsSent() const { return m_requestsSent; }

private:
    KoladaClientSettings m_settings;
    Progress m_progress;
    Notice m_notice;
    int m_requestsSent = 0;
};

} // namespace jamfor
