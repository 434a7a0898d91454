// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enumtable.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"

#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

class Database;

// Step 1's data check: which of the area's indicators have a value for the focus unit and the
// year, and why the others have none.
struct DataCheck
{
    enum class Availability
    {
        HasValue,
        Missing,       // imported as missing ("-")
        NotApplicable, // imported as not applicable (".")
        Confidential,  // imported as confidential ("..")
        NotImported    // no row at all for the unit, year and gender
    };

    struct Item
    {
        Indicator indicator;
        Availability availability = Availability::NotImported;
        std::optional<double> value;
    };

    QString areaId;
    QString unitId;
    int year = 0;
    Gender gender = Gender::Total;
    QList<Item> items; // the area's indicators, in IndicatorRepository::forArea's order

    int valueCount() const;
    QList<Item> missing() const; // every item without a value
    bool isComplete() const { return valueCount() == items.size(); }

    static DataCheck run(Database& database, const QString& areaId, const QString& unitId, int year,
                         Gender gender = Gender::Total);
};

// Labels only: an availability is computed, never stored.
template <> struct EnumTable<DataCheck::Availability>
{
    static constexpr EnumEntry<DataCheck::Availability> entries[] = {
        {DataCheck::Availability::HasValue, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Has a value")},
        {DataCheck::Availability::Missing, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Missing")},
        {DataCheck::Availability::NotApplicable, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Not applicable")},
        {DataCheck::Availability::Confidential, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Confidential")},
        {DataCheck::Availability::NotImported, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Not imported")},
    };
    static constexpr std::optional<DataCheck::Availability> fallback = std::nullopt;
};

} // namespace jamfor
