// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kolada/koladaclient.h"

#include "core/import/jsondocumentloader.h"
#include "core/kolada/koladaurls.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>

namespace jamfor {

namespace {

// The start of a body for an error message: enough to recognise an HTML error page.
QString bodySnippet(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (text.size() > 160)
        text = text.left(160) + QStringLiteral("…");
    return text;
}

} // namespace

KoladaClient::KoladaClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may wake before Retry-After
    connect(&m_timeout, &QTimer::timeout, this, &KoladaClient::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &KoladaClient::sendCurrent);
}

KoladaClient::~KoladaClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void KoladaClient::search(const QString& title)
{
    const KoladaUrls urls(m_settings.baseUrl, m_settings.perPage);
    start(Operation::Search, {{urls.search(title), PageKind::Kpi}});
}

void KoladaClient::fetch(const KoladaFetchRequest& request)
{
    const KoladaUrls urls(m_settings.baseUrl, m_settings.perPage);
    const KoladaFetchRequest checked = KoladaUrls::checked(request);
    QList<PendingPage> pages;
    if (!checked.kpiGroupId.isEmpty()) {
        // The group's members are known only once its page is read (acceptPage).
        pages.append({urls.kpiGroup(checked.kpiGroupId), PageKind::KpiGroup});
    } else {
        for (const QUrl& url : urls.kpis(checked.kpiIds))
            pages.append({url, PageKind::Kpi});
        for (const QUrl& url : urls.data(checked))
            pages.append({url, PageKind::Data});
    }
    start(Operation::Fetch, pages);
    m_request = checked;
    m_wholeUrl =
        checked.kpiGroupId.isEmpty() ? urls.wholeData(checked) : urls.kpiGroup(checked.kpiGroupId);
}

void KoladaClient::fetchGroups(const QString& title)
{
    const KoladaUrls urls(m_settings.baseUrl, m_settings.perPage);
    const QUrl url = urls.municipalityGroups(title);
    start(Operation::Groups, {{url, PageKind::Groups}});
    m_wholeUrl = url;
}

void KoladaClient::start(Operation operation, const QList<PendingPage>& pages)
{
    if (isBusy())
        cancel();
    reset();
    m_operation = operation;
    m_pages = pages;
    for (const PendingPage& page : pages)
        m_seen.insert(page.url);
    if (m_pages.size() > m_settings.maxPages) {
        // Reported from the event loop so that callers see the same signals as for any error.
        const QString message =
            tr("%1: the download needs %2 requests, more than the limit of %3 pages; choose "
               "fewer indicators, units or years")
                .arg(m_pages.constFirst().url.toString())
                .arg(m_pages.size())
                .arg(m_settings.maxPages);
        QTimer::singleShot(0, this, [this, message, generation = m_generation] {
            if (generation == m_generation)
                fail(message);
        });
        return;
    }
    emit progress(0, int(m_pages.size()));
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            sendCurrent();
    });
}

void KoladaClient::reset()
{
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
    ++m_generation;
    m_operation = Operation::None;
    m_pages.clear();
    m_current = 0;
    m_seen.clear();
    m_attempt = 0;
    m_hash.reset();
    m_request = {};
    m_wholeUrl = {};
    m_kpis.clear();
    m_kpiIds.clear();
    m_dataPages.clear();
    m_groups.clear();
}

void KoladaClient::cancel()
{
    if (!isBusy())
        return;
    reset();
    emit cancelled();
}

void KoladaClient::fail(const QString& message)
{
    if (!isBusy())
        return;
    reset();
    emit failed(message);
}

QString KoladaClient::currentUrlText() const
{
    return m_pages.at(m_current).url.toString();
}

void KoladaClient::sendCurrent()
{
    if (!isBusy())
        return;
    QNetworkRequest request(m_pages.at(m_current).url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Jamfor/%1").arg(QCoreApplication::applicationVersion()));
    ++m_requestsSent;
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    m_timeout.start(std::max(1, m_settings.timeoutMs));
}

void KoladaClient::onTimeout()
{
    if (!m_reply)
        return;
    fail(tr("%1: no complete answer within %2 seconds")
             .arg(currentUrlText())
             .arg(QLocale().toString(m_settings.timeoutMs / 1000.0, 'g', 3)));
}

void KoladaClient::onReplyFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timeout.stop();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    const QByteArray body = reply->readAll();
    if (!statusAttribute.isValid()) {
        fail(tr("%1: %2").arg(currentUrlText(), reply->errorString()));
        return;
    }
    const int status = statusAttribute.toInt();
    if (status == 429 || status >= 500) {
        retryLater(status, reason, reply->rawHeader("Retry-After"));
        return;
    }
    if (status < 200 || status >= 300) {
        const QString snippet = bodySnippet(body);
        fail(snippet.isEmpty()
                 ? tr("%1: the server answered %2 %3").arg(currentUrlText()).arg(status).arg(reason)
                 : tr("%1: the server answered %2 %3: %4")
                       .arg(currentUrlText())
                       .arg(status)
                       .arg(reason, snippet));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("%1: %2").arg(currentUrlText(), reply->errorString()));
        return;
    }
    try {
        acceptPage(body);
    } catch (const Error& error) {
        fail(error.message());
    }
}

int KoladaClient::retryDelay(const QByteArray& retryAfter) const
{
    // Doubles from retryDelayMs with every retry.
    qint64 delay = qint64(std::max(0, m_settings.retryDelayMs)) << std::min(m_attempt, 20);
    const QString text = QString::fromLatin1(retryAfter).trimmed();
    if (!text.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = text.toLongLong(&isNumber);
        qint64 asked = -1;
        if (isNumber) {
            asked = seconds * 1000;
        } else if (const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
                   when.isValid()) {
            asked = QDateTime::currentDateTimeUtc().msecsTo(when);
        }
        delay = std::max(delay, asked);
    }
    return int(std::clamp<qint64>(delay, 0, std::max(0, m_settings.maxRetryDelayMs)));
}

void KoladaClient::retryLater(int status, const QString& reason, const QByteArray& retryAfter)
{
    if (m_attempt >= m_settings.maxRetries) {
        fail(tr("%1: the server answered %2 %3 to %4 tries in a row; try again later")
                 .arg(currentUrlText())
                 .arg(status)
                 .arg(reason)
                 .arg(m_attempt + 1));
        return;
    }
    const int delay = retryDelay(retryAfter);
    ++m_attempt;
    const quint64 generation = m_generation;
    emit retrying(tr("%1: the server answered %2 %3; trying again in %4 s (%5 of %6)")
                      .arg(currentUrlText())
                      .arg(status)
                      .arg(reason)
                      .arg(QLocale().toString(delay / 1000.0, 'f', 1))
                      .arg(m_attempt)
                      .arg(m_settings.maxRetries));
    if (generation == m_generation) // a slot may have cancelled
        m_retryTimer.start(delay);
}

void KoladaClient::acceptPage(const QByteArray& body)
{
    const PendingPage page = m_pages.at(m_current);
    const QString urlText = page.url.toString();
    const QJsonDocument document = JsonDocumentLoader::parse(urlText, body);
    // Refuses anything but a Kolada list; an empty list is a search without hits.
    const bool empty = JsonDocumentLoader::items(urlText, document).isEmpty();
    if (page.kind == PageKind::Kpi && !empty) {
        for (const KoladaKpi& kpi : KoladaKpiReader::read(urlText, document)) {
            if (!m_kpiIds.contains(kpi.id)) {
                m_kpiIds.insert(kpi.id);
                m_kpis.append(kpi);
            }
        }
    } else if (page.kind == PageKind::Data) {
        m_dataPages.append({urlText, document});
    } else if (page.kind == PageKind::Groups && !empty) {
        m_groups += KoladaGroupReader::read(urlText, document);
    } else if (page.kind == PageKind::KpiGroup) {
        expandKpiGroup(urlText, document);
    }
    m_hash.addData(body);

    // Kolada v2 names the next page next_page, v3 next_url.
    const QJsonObject root = document.object();
    QString next = root.value(QStringLiteral("next_page")).toString();
    if (next.isEmpty())
        next = root.value(QStringLiteral("next_url")).toString();
    if (!next.isEmpty()) {
        const QUrl nextUrl = page.url.resolved(QUrl(next));
        if (m_seen.contains(nextUrl))
            throw Error(tr("%1: the next page is %2, which was fetched already; Kolada's paging "
                           "goes round in a circle, so the download stops")
                            .arg(urlText, nextUrl.toString()));
        if (m_pages.size() >= m_settings.maxPages)
            throw Error(tr("%1: the download needs more than %2 pages; it stops here. Choose "
                           "fewer indicators, units or years")
                            .arg(urlText)
                            .arg(m_settings.maxPages));
        m_seen.insert(nextUrl);
        m_pages.insert(m_current + 1, {nextUrl, page.kind});
    }

    ++m_current;
    m_attempt = 0;
    const quint64 generation = m_generation;
    emit progress(int(m_current), int(m_pages.size()));
    if (generation != m_generation) // a slot cancelled
        return;
    if (m_current < m_pages.size())
        sendCurrent();
    else
        finishOperation();
}

void KoladaClient::expandKpiGroup(const QString& urlText, const QJsonDocument& document)
{
    const QJsonArray items = JsonDocumentLoader::items(urlText, document);
    QStringList members;
    for (const QJsonValue& item : items) {
        const QJsonObject group = item.toObject();
        if (group.value(QStringLiteral("id")).toString() != m_request.kpiGroupId)
            continue;
        for (const QJsonValue& member : group.value(QStringLiteral("members")).toArray()) {
            const QJsonObject object = member.toObject();
            QString id = object.value(QStringLiteral("member_id")).toString();
            if (id.isEmpty())
                id = object.value(QStringLiteral("id")).toString();
            if (!id.trimmed().isEmpty())
                members.append(id.trimmed());
        }
    }
    if (members.isEmpty())
        throw Error(tr("%1: Kolada has no KPI group %2, or the group has no indicators")
                        .arg(urlText, m_request.kpiGroupId));
    KoladaFetchRequest expanded = m_request;
    expanded.kpiIds += members;
    expanded.kpiGroupId.clear();
    expanded = KoladaUrls::checked(expanded);
    expanded.kpiGroupId = m_request.kpiGroupId;
    m_request = expanded;
    const KoladaUrls urls(m_settings.baseUrl, m_settings.perPage);
    QList<PendingPage> more;
    for (const QUrl& url : urls.kpis(expanded.kpiIds))
        more.append({url, PageKind::Kpi});
    for (const QUrl& url : urls.data(expanded))
        more.append({url, PageKind::Data});
    if (m_pages.size() + more.size() > m_settings.maxPages)
        throw Error(tr("%1: the group's download needs %2 requests, more than the limit of %3 "
                       "pages; choose fewer years")
                        .arg(urlText)
                        .arg(m_pages.size() + more.size())
                        .arg(m_settings.maxPages));
    for (qsizetype i = 0; i < more.size(); ++i) {
        m_seen.insert(more[i].url);
        m_pages.insert(m_current + 1 + i, more[i]);
    }
}

void KoladaClient::finishOperation()
{
    const Operation operation = m_operation;
    if (operation == Operation::Groups) {
        const QList<KoladaGroup> groups = m_groups;
        const QString url = m_wholeUrl.toString();
        reset();
        emit groupsFinished(groups, url);
        return;
    }
    if (operation == Operation::Search) {
        const QList<KoladaKpi> kpis = m_kpis;
        reset();
        emit searchFinished(kpis);
        return;
    }
    KoladaDownload download;
    download.url = m_wholeUrl.toString();
    download.kpis = m_kpis;
    download.pages = m_dataPages;
    download.sha256 = QString::fromLatin1(m_hash.result().toHex());
    download.expected = m_request;
    if (const QString notice = KoladaUrls(m_settings.baseUrl).versionNotice(); !notice.isEmpty())
        download.warnings.append(notice);
    for (const QString& id : std::as_const(m_request.kpiIds)) {
        if (!m_kpiIds.contains(id))
            download.warnings.append(
                tr("Kolada does not describe the indicator %1; check the id").arg(id));
    }
    reset();
    emit fetchFinished(download);
}

} // namespace jamfor
