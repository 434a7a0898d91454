// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/observation.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace jamfor {

class ObservationRepository
{
public:
    explicit ObservationRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    // Every unit's observation of one indicator, year and gender (missing ones included).
    QList<Observation> forIndicatorYear(const QString& indicatorId, int year, Gender gender);
    // One unit's observations of the given indicators over a range of years.
    QList<Observation> series(const QString& unitId, const QStringList& indicatorIds, int firstYear,
                              int lastYear, Gender gender);
    // The years that have at least one observation, ascending.
    QList<int> years();
    qint64 count();
    // Streams every observation in key order without holding them all in memory.
    void forEach(const std::function<void(const Observation&)>& visit);

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
