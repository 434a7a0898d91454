// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fakekolada.h"

#include <algorithm>

namespace fakekolada {

double fakeValue(const QString& kpi, const QString& unit, int year, const QString& gender)
{
    const int genderPart = gender == u"K" ? 1 : gender == u"M" ? 2 : 0;
    return (kpi.mid(1).toLongLong() * 1000000 + (year - 2000) * 10000 + genderPart * 2500 +
            unit.toInt()) /
           10000.0;
}

KoladaTestServer::Response FakeKolada::answer(const QString& target)
{
    const QUrl url(target);
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    QByteArray body;
    const QString title =
        QUrlQuery(url).queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    if (parts.size() == 2 && parts[1] == u"kpi")
        body = search(title);
    else if (parts.size() == 3 && parts[1] == u"kpi")
        body = kpis(parts[2].split(u','));
    else if (parts.size() == 3 && parts[1] == u"kpi_groups")
        body = kpiGroup(parts[2]);
    else if (parts.size() == 2 && parts[1] == u"municipality_groups")
        body = municipalityGroups(title);
    else if (parts.size() == 8 && parts[1] == u"data")
        body = data(url, parts[3].split(u','), parts[5].split(u','), parts[7].split(u','));
    else if (parts.size() == 6 && parts[1] == u"data" && parts[4] == u"year")
        // The kpi + year path: every unit Kolada has, and its groups (G…) too.
        body = data(url, parts[3].split(u','), allUnits() + groupIds, parts[5].split(u','));
    else
        return {404, "{\"error\": \"no such endpoint\"}", {}, 0};
    sentBodies.append(body);
    return KoladaTestServer::Response::json(body);
}

void FakeKolada::kpiObject(const QString& id, const QString& title, QJsonArray& into) const
{
    QJsonObject kpi{{QStringLiteral("id"), id},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("description"), QStringLiteral("Beskrivning av ") + id},
                    {QStringLiteral("operating_area"), QStringLiteral("Äldreomsorg")},
                    {QStringLiteral("municipality_type"), QStringLiteral("K")}};
    if (version == u"v2") {
        kpi.insert(QStringLiteral("auspices"), QStringLiteral("E"));
        kpi.insert(QStringLiteral("is_divided_by_gender"), 1);
    } else {
        kpi.insert(QStringLiteral("auspice"), QStringLiteral("E"));
        kpi.insert(QStringLiteral("is_divided_by_gender"), true);
        kpi.insert(QStringLiteral("publ_period"), QStringLiteral("2023"));
    }
    into.append(kpi);
}

QByteArray FakeKolada::envelope(const QJsonArray& values, const QString& next) const
{
    QJsonObject root{{QStringLiteral("count"), values.size()}, {QStringLiteral("values"), values}};
    if (!next.isEmpty())
        root.insert(version == u"v2" ? QStringLiteral("next_page") : QStringLiteral("next_url"),
                    next);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray FakeKolada::search(const QString& title) const
{
    QJsonArray values;
    const QStringList catalogue{QStringLiteral("N00001:Kostnad äldreomsorg, kr/inv 65+"),
                                QStringLiteral("U00002:Brukarbedömning äldreomsorg, andel (%)"),
                                QStringLiteral("N00003:Kostnad grundskola, kr/elev")};
    for (const QString& entry : catalogue) {
        const QString id = entry.section(u':', 0, 0);
        const QString name = entry.section(u':', 1);
        if (name.contains(title, Qt::CaseInsensitive))
            kpiObject(id, name, values);
    }
    return envelope(values);
}

QByteArray FakeKolada::kpis(const QStringList& ids) const
{
    QJsonArray values;
    for (const QString& id : ids) {
        if (!unknownKpis.contains(id))
            kpiObject(id, realTitles().value(id, QStringLiteral("Nyckeltal ") + id), values);
    }
    return envelope(values);
}

QJsonArray FakeKolada::realList(const char* name)
{
    QFile file(QStringLiteral(JAMFOR_TEST_DATA_DIR "/kolada/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? document.array() : document[QLatin1StringView("values")].toArray();
}

QStringList FakeKolada::allUnits()
{
    static const QStringList units = [] {
        QStringList ids;
        for (const QJsonValue& unit : realList("municipality.json"))
            ids << unit[QLatin1StringView("id")].toString();
        return ids;
    }();
    return units;
}

QHash<QString, QString> FakeKolada::realTitles()
{
    static const QHash<QString, QString> titles = [] {
        QHash<QString, QString> map;
        for (const QJsonValue& group : realList("kpi_groups_oj.json")) {
            for (const QJsonValue& member : group[QLatin1StringView("members")].toArray())
                map.insert(member[QLatin1StringView("member_id")].toString(),
                           member[QLatin1StringView("member_title")].toString());
        }
        return map;
    }();
    return titles;
}

QByteArray FakeKolada::kpiGroup(const QString& id) const
{
    QJsonArray values;
    for (const QJsonValue& group : realList("kpi_groups_oj.json")) {
        if (group[QLatin1StringView("id")].toString() == id)
            values.append(group);
    }
    return envelope(values);
}

QByteArray FakeKolada::municipalityGroups(const QString& title) const
{
    QJsonArray values;
    for (const QJsonValue& group : realList("municipality_groups_sample.json")) {
        if (group[QLatin1StringView("title")].toString().contains(title, Qt::CaseInsensitive))
            values.append(group);
    }
    return envelope(values);
}

QByteArray FakeKolada::data(const QUrl& url, const QStringList& kpis, const QStringList& units,
                            const QStringList& years) const
{
    QJsonArray all;
    for (const QString& kpi : kpis) {
        for (const QString& unit : units) {
            for (const QString& yearText : years) {
                const int year = yearText.toInt();
                QJsonArray values;
                for (const QString& gender : {u"T"_s, u"K"_s, u"M"_s}) {
                    QJsonObject value{
                        {QStringLiteral("gender"), gender},
                        {QStringLiteral("count"), 1},
                        {QStringLiteral("status"), QString()},
                        {QStringLiteral("value"), fakeValue(kpi, unit, year, gender)}};
                    if (periodInValues)
                        value.insert(QStringLiteral("period"), year);
                    if (version == u"v3")
                        value.insert(QStringLiteral("isdeleted"), false);
                    values.append(value);
                }
                QJsonObject item{{QStringLiteral("kpi"), kpi},
                                 {QStringLiteral("municipality"), unit},
                                 {QStringLiteral("values"), values}};
                if (!periodInValues)
                    item.insert(QStringLiteral("period"), year);
                all.append(item);
            }
        }
    }
    QUrlQuery query(url);
    const int page = std::max(1, query.queryItemValue(QStringLiteral("page")).toInt());
    QJsonArray values;
    for (qsizetype i = qsizetype(page - 1) * pageSize;
         i < std::min<qsizetype>(all.size(), qsizetype(page) * pageSize); ++i)
        values.append(all.at(i));
    QString next;
    if (qsizetype(page) * pageSize < all.size()) {
        QUrl nextUrl = url;
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(page + 1));
        nextUrl.setQuery(query);
        next = nextUrl.toString();
    }
    return envelope(values, next);
}

FakeServer::FakeServer(
    std::function<std::optional<KoladaTestServer::Response>(const QString&)> override)
    : server([this, override](const QString& target) {
        if (override) {
            if (auto response = override(target))
                return *response;
        }
        return kolada.answer(target);
    })
{}

} // namespace fakekolada
