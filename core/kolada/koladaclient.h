// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/koladagroupreader.h"
#include "core/import/koladakpireader.h"
#include "core/import/observationimporter.h"
#include "core/kolada/koladaclientsettings.h"
#include "core/kolada/koladafetchrequest.h"

#include <QCryptographicHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace jamfor {

// Talks to the Kolada API (v3, or v2 by base URL) without blocking: searches indicators by
// title, lists municipality groups, and downloads indicator descriptions and values for
// indicators (or a KPI group's members) × units (or the whole country) × years.
// Requests go one at a time; long id lists are split (KoladaUrls), every page's next_page or
// next_url is followed (a URL seen before or more than maxPages pages stop it with an error),
// 429 and 5xx answers are tried again after a growing wait (the server's Retry-After counts,
// up to maxRetryDelayMs), and a request that takes longer than timeoutMs fails. Every error
// names the URL and the problem. One operation at a time: starting one cancels the running one.
// The download is handed over whole; ObservationImporter::importKoladaDownload stores it.
class KoladaClient : public QObject
{
    Q_OBJECT

public:
    explicit KoladaClient(QObject* parent = nullptr);
    ~KoladaClient() override;

    void setSettings(const KoladaClientSettings& settings) { m_settings = settings; }
    const KoladaClientSettings& settings() const { return m_settings; }

    // Indicators whose title contains the text; ends with searchFinished or failed.
    // Throws jamfor::Error at once for a bad base URL.
    void search(const QString& title);
    // Descriptions and values; ends with fetchFinished or failed. Throws jamfor::Error at once
    // for a bad request (see KoladaUrls::checked) or base URL.
    void fetch(const KoladaFetchRequest& request);
    // Kolada's municipality groups whose title contains the text (all for an empty text); ends
    // with groupsFinished or failed.
    void fetchGroups(const QString& title);
    // Stops the running operation; emits cancelled() if one was running.
    void cancel();

    bool isBusy() const { return m_operation != Operation::None; }
    // HTTP requests sent since the client was made, retries included.
    int requestsSent() const { return m_requestsSent; }

signals:
    // Pages fetched so far out of those known (the count grows as next pages turn up).
    void progress(int pagesDone, int pagesKnown);
    // A 429 or 5xx answer; the same request goes again after the wait.
    void retrying(const QString& message);
    void searchFinished(const QList<jamfor::KoladaKpi>& kpis);
    void fetchFinished(const jamfor::KoladaDownload& download);
    void groupsFinished(const QList<jamfor::KoladaGroup>& groups, const QString& url);
    void failed(const QString& message);
    void cancelled();

private:
    enum class Operation
    {
        None,
        Search,
        Fetch,
        Groups
    };
    enum class PageKind
    {
        Kpi,
        KpiGroup, // its members become the request's KPIs; their pages follow
        Data,
        Groups
    };
    struct PendingPage
    {
        QUrl url;
        PageKind kind;
    };

    void start(Operation operation, const QList<PendingPage>& pages);
    void sendCurrent();
    void onReplyFinished(QNetworkReply* reply);
    void onTimeout();
    void acceptPage(const QByteArray& body);
    void retryLater(int status, const QString& reason, const QByteArray& retryAfter);
    void expandKpiGroup(const QString& urlText, const QJsonDocument& document);
    void finishOperation();
    void fail(const QString& message);
    void reset();
    int retryDelay(const QByteArray& retryAfter) const;
    QString currentUrlText() const;

    KoladaClientSettings m_settings;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;

    Operation m_operation = Operation::None;
    QList<PendingPage> m_pages; // every page of the operation, known so far, in order
    qsizetype m_current = 0;    // the page being fetched
    QSet<QUrl> m_seen;
    int m_attempt = 0; // retries of the current page
    int m_requestsSent = 0;
    quint64 m_generation = 0; // changes with every reset, so stale timers do nothing
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    KoladaFetchRequest m_request;
    QUrl m_wholeUrl;
    QList<KoladaKpi> m_kpis;
    QSet<QString> m_kpiIds;
    QList<KoladaPage> m_dataPages;
    QList<KoladaGroup> m_groups;
};

} // namespace jamfor
