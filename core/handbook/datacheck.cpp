// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/datacheck.h"

#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/observationrepository.h"

#include <QHash>

namespace jamfor {

namespace {

DataCheck::Availability availabilityOf(const Observation& observation)
{
    if (observation.value)
        return DataCheck::Availability::HasValue;
    switch (observation.status) {
    case ValueStatus::NotApplicable:
        return DataCheck::Availability::NotApplicable;
    case ValueStatus::Confidential:
        return DataCheck::Availability::Confidential;
    case ValueStatus::Ok:
    case ValueStatus::Missing:
        break;
    }
    return DataCheck::Availability::Missing;
}

} // namespace

int DataCheck::valueCount() const
{
    int count = 0;
    for (const Item& item : items) {
        if (item.availability == Availability::HasValue)
            ++count;
    }
    return count;
}

QList<DataCheck::Item> DataCheck::missing() const
{
    QList<Item> result;
    for (const Item& item : items) {
        if (item.availability != Availability::HasValue)
            result << item;
    }
    return result;
}

DataCheck DataCheck::run(Database& database, const QString& areaId, const QString& unitId, int year,
                         Gender gender)
{
    QSqlDatabase& db = database.connection();
    DataCheck check;
    check.areaId = areaId;
    check.unitId = unitId;
    check.year = year;
    check.gender = gender;
    if (areaId.isEmpty())
        return check;

    const QList<Indicator> indicators = IndicatorRepository(db).forArea(areaId);
    QStringList ids;
    for (const Indicator& indicator : indicators)
        ids << indicator.id;

    QHash<QString, Observation> byIndicator;
    if (!unitId.isEmpty() && year > 0) {
        for (const Observation& o :
             ObservationRepository(db).series(unitId, ids, year, year, gender))
            byIndicator.insert(o.indicatorId, o);
    }
    for (const Indicator& indicator : indicators) {
        Item item;
        item.indicator = indicator;
        const auto it = byIndicator.constFind(indicator.id);
        if (it != byIndicator.constEnd()) {
            item.availability = availabilityOf(*it);
            item.value = it->value;
        }
        check.items << item;
    }
    return check;
}

} // namespace jamfor
