// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/koladatestserver.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

// A stand-in for the Kolada API behind KoladaTestServer, for the client, CLI and dialog tests.
namespace fakekolada {

using namespace Qt::StringLiterals;

// The value the fake serves: kpi number × 100 + years since 2000 (+0.25 for K, +0.5 for M)
// + unit code / 10000, e.g. N00002, 1486, 2023, K → 200 + 23 + 0.25 + 0.1486 = 223.3986. One
// division of a whole number, so the double is the one nearest to the decimal.
double fakeValue(const QString& kpi, const QString& unit, int year, const QString& gender);

// Answers like Kolada: /kpi?title=, /kpi/<ids>, /kpi_groups/<id>, /municipality_groups?title=,
// /data/kpi/<ids>/municipality/<ids>/year/<ys> and the whole country's /data/kpi/<ids>/year/<ys>
// (Kolada's real 312 units and two group rows), pageSize items per page with next_page (v2) or
// next_url (v3). Groups and titles are Kolada's real ones from tests/data/kolada. Records every
// body it sends.
class FakeKolada
{
public:
    QString version = QStringLiteral("v3");
    int pageSize = 1000;
    bool periodInValues = false;
    QStringList unknownKpis;      // ids /kpi does not describe
    QList<QByteArray> sentBodies; // 200 answers, in order

    // The answer to a request for target (path and query), recorded in sentBodies if it is 200.
    KoladaTestServer::Response answer(const QString& target);

    // One KPI as the API version describes it, appended to into.
    void kpiObject(const QString& id, const QString& title, QJsonArray& into) const;
    // {"count", "values"} and, if next is given, next_page (v2) or next_url (v3).
    QByteArray envelope(const QJsonArray& values, const QString& next = {}) const;
    // /kpi?title=: the three KPIs of a small catalogue whose titles contain title.
    QByteArray search(const QString& title) const;
    // /kpi/<ids>: the ids not in unknownKpis, with their real titles where known.
    QByteArray kpis(const QStringList& ids) const;

    // Group rows the kpi + year path adds, as Kolada does (SKR's C9 and the V9 network).
    QStringList groupIds{QStringLiteral("G92794"), QStringLiteral("G145187")};

    // The list in tests/data/kolada/<name> (a bare array or an envelope's values).
    static QJsonArray realList(const char* name);
    // Kolada's 312 units (tests/data/kolada/municipality.json).
    static QStringList allUnits();
    // The real titles of the ÖJ and KKiK groups' KPIs.
    static QHash<QString, QString> realTitles();

    // /kpi_groups/<id>: the real group with that id.
    QByteArray kpiGroup(const QString& id) const;
    // /municipality_groups?title=: the sample groups whose titles contain title.
    QByteArray municipalityGroups(const QString& title) const;
    // One item per kpi, unit and year with fakeValue()s for T, K and M, paged by url's page.
    QByteArray data(const QUrl& url, const QStringList& kpis, const QStringList& units,
                    const QStringList& years) const;
};

// A KoladaTestServer answering as a FakeKolada; the lambda may change the answer for some targets
// first.
struct FakeServer
{
    explicit FakeServer(
        std::function<std::optional<KoladaTestServer::Response>(const QString&)> override = {});

    FakeKolada kolada;
    KoladaTestServer server;
};

} // namespace fakekolada
