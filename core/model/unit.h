// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jamfor {

enum class UnitType
{
    Country,
    Region,
    Municipality
};

QString unitTypeCode(UnitType type); // "country", "region", "municipality"
UnitType unitTypeFromCode(const QString& code);

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
