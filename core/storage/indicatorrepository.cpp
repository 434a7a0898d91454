// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/indicatorrepository.h"

#include "core/storage/sqlhelpers.h"
#include "core/util/error.h"

#include <QCoreApplication>

namespace jamfor {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, title, description, unit_of_measure, direction, kind,"
    " handbook_type, area_id, source, divided_by_gender, perspective, confirmed FROM indicator");

QList<Indicator> readIndicators(QSqlQuery& query)
{
    QList<Indicator> indicators;
    while (query.next()) {
        Indicator indicator;
        indicator.id = query.value(0).toString();
        indicator.title = query.value(1).toString();
        indicator.description = query.value(2).toString();
        indicator.unitOfMeasure = query.value(3).toString();
        indicator.direction = directionFromCode(query.value(4).toString());
        indicator.kind = kindFromCode(query.value(5).toString());
        indicator.handbookType = handbookTypeFromCode(query.value(6).toString());
        indicator.areaId = query.value(7).toString();
        indicator.source = query.value(8).toString();
        indicator.dividedByGender = query.value(9).toBool();
        indicator.perspective = query.value(10).toString();
        indicator.confirmed = query.value(11).toBool();
        indicators.append(indicator);
    }
    return indicators;
}

} // namespace

void IndicatorRepository::save(const Indicator& indicator)
{
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO indicator (id, title, description, unit_of_measure, direction, kind,"
                 " handbook_type, area_id, source, divided_by_gender, perspective, confirmed)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                 " description = excluded.description, unit_of_measure = excluded.unit_of_measure,"
                 " direction = excluded.direction, kind = excluded.kind,"
                 " handbook_type = excluded.handbook_type, area_id = excluded.area_id,"
                 " source = excluded.source, divided_by_gender = excluded.divided_by_gender,"
                 " perspective = excluded.perspective, confirmed = excluded.confirmed"),
             {indicator.id, sql::text(indicator.title), sql::text(indicator.description),
              sql::text(indicator.unitOfMeasure), directionCode(indicator.direction),
              kindCode(indicator.kind), sql::text(handbookTypeCode(indicator.handbookType)),
              sql::nullIfEmpty(indicator.areaId), sql::text(indicator.source),
              indicator.dividedByGender ? 1 : 0, sql::text(indicator.perspective),
              indicator.confirmed ? 1 : 0});
}

bool IndicatorRepository::ensureExists(const QString& id)
{
    QSqlQuery query = sql::run(
        m_db,
        QStringLiteral("INSERT INTO indicator (id, title) VALUES (?, ?) ON CONFLICT DO NOTHING"),
        {id, id});
    return query.numRowsAffected() > 0;
}

void IndicatorRepository::remove(const QString& id)
{
    const QVariant values = sql::scalar(
        m_db, QStringLiteral("SELECT 1 FROM observation WHERE indicator_id = ? LIMIT 1"), {id});
    if (values.isValid()) {
        throw Error(QCoreApplication::translate(
                        "IndicatorRepository",
                        "The indicator %1 cannot be removed: the file holds values of it.")
                        .arg(id));
    }
    sql::run(m_db, QStringLiteral("DELETE FROM indicator WHERE id = ?"), {id});
}

QList<Indicator> IndicatorRepository::all()
{
    QSqlQuery query = sql::run(m_db, selectColumns + QStringLiteral(" ORDER BY id"));
    return readIndicators(query);
}

QList<Indicator> IndicatorRepository::forArea(const QString& areaId)
{
    // Quality first, then cost, volume and background: the order a comparison table reads in.
    QSqlQuery query = sql::run(
        m_db,
        selectColumns + QStringLiteral(" WHERE area_id = ? ORDER BY CASE kind WHEN 'quality' THEN 0"
                                       " WHEN 'cost' THEN 1 WHEN 'volume' THEN 2 ELSE 3 END, id"),
        {areaId});
    return readIndicators(query);
}

std::optional<Indicator> IndicatorRepository::find(const QString& id)
{
    QSqlQuery query = sql::run(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    const QList<Indicator> indicators = readIndicators(query);
    if (indicators.isEmpty())
        return std::nullopt;
    return indicators.constFirst();
}

} // namespace jamfor
