// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enumtable.h"

#include <QString>

namespace jamfor {

enum class UnitType
{
    Country,
    Region,
    Municipality
};

template <> struct EnumTable<UnitType>
{
    static constexpr EnumEntry<UnitType> entries[] = {
        {UnitType::Country, QLatin1StringView("country"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Country")},
        {UnitType::Region, QLatin1StringView("region"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Region")},
        {UnitType::Municipality, QLatin1StringView("municipality"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Municipality")},
    };
    static constexpr std::optional<UnitType> fallback = UnitType::Municipality;
};

inline QString unitTypeCode(UnitType type) // "country", "region", "municipality"
{
    return enumCode(type);
}
inline UnitType unitTypeFromCode(const QString& code)
{
    return enumFromCode<UnitType>(code);
}

// A municipality (4-digit SCB code), a region ("00" + county code) or the country ("0000").
struct Unit
{
    QString id;
    QString name;
    UnitType type = UnitType::Municipality;
    QString countyCode;  // two digits; empty for the country
    QString kommungrupp; // SKR's group (A1–C9, revision 2023) of a municipality, else empty

    friend bool operator==(const Unit&, const Unit&) = default;
};

inline const QString countryUnitId = QStringLiteral("0000");

} // namespace jamfor
