// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kolada/koladafetchrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace jamfor {

// Builds the request URLs of the Kolada API (v2 and v3 share the paths):
//   <base>/kpi?title=<text>, <base>/kpi/<ids>, <base>/kpi_groups/<id>,
//   <base>/municipality_groups?title=<text>,
//   <base>/data/kpi/<ids>/municipality/<ids>/year/<ys>, and for the whole country (every
//   municipality, region, the country and Kolada's groups) <base>/data/kpi/<ids>/year/<ys>.
// Kolada takes at most 25 ids in one path segment, so long lists become several requests.
class KoladaUrls
{
    Q_DECLARE_TR_FUNCTIONS(KoladaUrls)

public:
    static constexpr int maxIdsPerSegment = 25;

    // Throws jamfor::Error unless the base URL is an http(s) URL with a host.
    explicit KoladaUrls(const QUrl& baseUrl, int perPage = 0);

    // 2 for a base URL ending in /v2, else 3.
    int apiVersion() const;

    // Kolada closed API v2 on 31 March 2026: a notice for a v2 base URL, else empty.
    QString versionNotice() const;

    QUrl search(const QString& title) const;
    QUrl kpiGroup(const QString& groupId) const;
    // Every municipality group whose title contains the text; all groups for an empty text.
    QUrl municipalityGroups(const QString& title) const;
    QList<QUrl> kpis(const QStringList& ids) const;
    QList<QUrl> data(const KoladaFetchRequest& request) const;
    // The data request as one URL, before splitting: what an import batch records.
    QUrl wholeData(const KoladaFetchRequest& request) const;

    // Consecutive pieces of at most size ids.
    static QList<QStringList> chunks(const QStringList& ids, int size = maxIdsPerSegment);
    // Trims, upper-cases KPI ids, drops repeats and checks everything; throws jamfor::Error
    // naming the bad id, group, unit or year. No units means the whole country; no KPI ids are
    // allowed when a KPI group is given.
    static KoladaFetchRequest checked(const KoladaFetchRequest& request);

private:
    QUrl withPath(const QString& path) const;
    QUrl dataUrl(const QStringList& kpis, const QStringList& units, const QStringList& years) const;
    QUrl withQuery(const QString& path, const QString& key, const QString& value) const;

    QUrl m_base;
    int m_perPage = 0;
};

} // namespace jamfor
