// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kolada/koladaurls.h"

#include "core/registry/unitregistry.h"
#include "core/util/error.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace jamfor {

namespace {

QStringList withoutRepeats(const QStringList& ids)
{
    QStringList unique;
    for (const QString& id : ids) {
        if (!unique.contains(id))
            unique.append(id);
    }
    return unique;
}

QStringList yearTexts(const QList<int>& years)
{
    QStringList texts;
    for (const int year : years)
        texts.append(QString::number(year));
    return texts;
}

} // namespace

KoladaUrls::KoladaUrls(const QUrl& baseUrl, int perPage)
    : m_base(baseUrl)
    , m_perPage(perPage)
{
    if (!m_base.isValid() || (m_base.scheme() != u"http" && m_base.scheme() != u"https") ||
        m_base.host().isEmpty())
        throw Error(tr("the Kolada address \"%1\" is not an http or https URL")
                        .arg(baseUrl.toString().left(200)));
    QString path = m_base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_base.setPath(path);
    m_base.setQuery(QString());
    m_base.setFragment(QString());
}

int KoladaUrls::apiVersion() const
{
    return m_base.path().endsWith(QStringLiteral("/v2")) ? 2 : 3;
}

QUrl KoladaUrls::withPath(const QString& path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (m_perPage > 0) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
        url.setQuery(query);
    }
    return url;
}

QString KoladaUrls::versionNotice() const
{
    if (apiVersion() != 2)
        return {};
    return tr("%1 is Kolada's API v2, which Kolada closed on 31 March 2026; use "
              "https://api.kolada.se/v3 (Jämför's default) instead")
        .arg(m_base.toString());
}

QUrl KoladaUrls::withQuery(const QString& path, const QString& key, const QString& value) const
{
    QUrl url = withPath(path);
    QUrlQuery query(url);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

QUrl KoladaUrls::search(const QString& title) const
{
    return withQuery(QStringLiteral("/kpi"), QStringLiteral("title"), title.trimmed());
}

QUrl KoladaUrls::kpiGroup(const QString& groupId) const
{
    return withPath(QStringLiteral("/kpi_groups/") + groupId);
}

QUrl KoladaUrls::municipalityGroups(const QString& title) const
{
    if (title.trimmed().isEmpty())
        return withPath(QStringLiteral("/municipality_groups"));
    return withQuery(QStringLiteral("/municipality_groups"), QStringLiteral("title"),
                     title.trimmed());
}

QList<QUrl> KoladaUrls::kpis(const QStringList& ids) const
{
    QList<QUrl> urls;
    for (const QStringList& chunk : chunks(ids))
        urls.append(withPath(QStringLiteral("/kpi/") + chunk.join(u',')));
    return urls;
}

QUrl KoladaUrls::dataUrl(const QStringList& kpis, const QStringList& units,
                         const QStringList& years) const
{
    if (units.isEmpty()) // the whole country: Kolada's kpi + year path
        return withPath(
            QStringLiteral("/data/kpi/%1/year/%2").arg(kpis.join(u','), years.join(u',')));
    return withPath(QStringLiteral("/data/kpi/%1/municipality/%2/year/%3")
                        .arg(kpis.join(u','), units.join(u','), years.join(u',')));
}

QList<QUrl> KoladaUrls::data(const KoladaFetchRequest& request) const
{
    QList<QUrl> urls;
    const QList<QStringList> yearChunks = chunks(yearTexts(request.years()));
    const QList<QStringList> unitChunks =
        request.unitIds.isEmpty() ? QList<QStringList>{QStringList()} : chunks(request.unitIds);
    for (const QStringList& kpis : chunks(request.kpiIds)) {
        for (const QStringList& units : unitChunks) {
            for (const QStringList& years : yearChunks)
                urls.append(dataUrl(kpis, units, years));
        }
    }
    return urls;
}

QUrl KoladaUrls::wholeData(const KoladaFetchRequest& request) const
{
    return dataUrl(request.kpiIds, request.unitIds, yearTexts(request.years()));
}

QList<QStringList> KoladaUrls::chunks(const QStringList& ids, int size)
{
    QList<QStringList> pieces;
    for (qsizetype start = 0; start < ids.size(); start += size)
        pieces.append(ids.mid(start, size));
    return pieces;
}

KoladaFetchRequest KoladaUrls::checked(const KoladaFetchRequest& request)
{
    static const QRegularExpression kpiPattern(QStringLiteral("^[A-Z0-9_]{1,40}$"));
    KoladaFetchRequest result = request;
    result.kpiIds.clear();
    for (const QString& id : request.kpiIds) {
        const QString kpi = id.trimmed().toUpper();
        if (kpi.isEmpty())
            continue;
        if (!kpiPattern.match(kpi).hasMatch())
            throw Error(tr("\"%1\" is not a Kolada indicator id (such as N15419 or U21468)")
                            .arg(id.trimmed().left(40)));
        result.kpiIds.append(kpi);
    }
    result.kpiIds = withoutRepeats(result.kpiIds);
    static const QRegularExpression groupPattern(QStringLiteral("^G2?KPI[0-9]{1,12}$"));
    result.kpiGroupId = request.kpiGroupId.trimmed().toUpper();
    if (!result.kpiGroupId.isEmpty() && !groupPattern.match(result.kpiGroupId).hasMatch())
        throw Error(tr("\"%1\" is not a Kolada KPI group id (such as GKPI89)")
                        .arg(request.kpiGroupId.trimmed().left(40)));
    if (result.kpiIds.isEmpty() && result.kpiGroupId.isEmpty())
        throw Error(tr("choose at least one indicator or a KPI group"));

    result.unitIds.clear();
    for (const QString& id : request.unitIds) {
        const QString unit = id.trimmed();
        if (unit.isEmpty())
            continue;
        if (!UnitRegistry::instance().find(unit))
            throw Error(tr("unknown unit code \"%1\" (expected a 4-digit municipality, region or "
                           "country code)")
                            .arg(unit.left(40)));
        result.unitIds.append(unit);
    }
    result.unitIds = withoutRepeats(result.unitIds); // none: the whole country

    if (request.firstYear < 1900 || request.lastYear > 2200 || request.firstYear > request.lastYear)
        throw Error(tr("the years %1–%2 are not a range between 1900 and 2200")
                        .arg(request.firstYear)
                        .arg(request.lastYear));
    return result;
}

} // namespace jamfor
