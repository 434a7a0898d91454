// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"
#include "core/model/unitvalue.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace jamfor {

class ObservationRepository
{
public:
    explicit ObservationRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    // Every unit's observation of one indicator, year and gender (missing ones included).
    QList<Observation> forIndicatorYear(const QString& indicatorId, int year, Gender gender);
    // Every gender's observations (T, K, M) of one indicator and year, ordered by gender, unit.
    QList<Observation> forIndicatorYearAllGenders(const QString& indicatorId, int year);
    // One unit's observations of the given indicators over a range of years, ordered by the
    // given indicators, then by year. Years without a row are left out.
    QList<Observation> series(const QString& unitId, const QStringList& indicatorIds, int firstYear,
                              int lastYear, Gender gender);

    // Every unit's value of one indicator, year and gender, ordered by unit id. Units without a
    // row are not in the list; rows without a value are, with their status.
    QList<UnitValue> values(const QString& indicatorId, int year, Gender gender);
    // The same for several indicators with one prepared statement: element i holds the values
    // of indicatorIds[i].
    QList<QList<UnitValue>> values(const QStringList& indicatorIds, int year, Gender gender);
    // The years that have at least one observation, ascending: of the file, or of one indicator.
    QList<int> years();
    QList<int> years(const QString& indicatorId);
    // The first and last year of the file, or nullopt when it holds no observation.
    std::optional<std::pair<int, int>> yearRange();
    qint64 count();
    // Streams every observation in key order without holding them all in memory.
    void forEach(const std::function<void(const Observation&)>& visit);

private:
    // values() when the driver gives no sqlite3 handle.
    QList<QList<UnitValue>> valuesThroughQt(const QStringList& indicatorIds, int year,
                                            Gender gender);

    QSqlDatabase& m_db;
};

} // namespace jamfor
