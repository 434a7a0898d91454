// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace jamfor {

// Which kind of units a value is compared with (DESIGN.md, "Comparison population").
enum class PopulationKind
{
    Network,     // the network's members that take part in the area
    Country,     // all municipalities in the country
    County,      // the municipalities of one county (län)
    Kommungrupp, // the municipalities of one SKR kommungrupp (A1–C9)
    UserGroup    // a saved user group
};

// Stable codes of the kinds, as stored in a file: "network", "country", "county",
// "kommungrupp", "unit_group".
QString populationKindCode(PopulationKind kind);
std::optional<PopulationKind> populationKindFromCode(const QString& code);

// What the user chose, before it is resolved to units: the kind and its key (network name,
// county code, kommungrupp or group name; empty for the country).
struct PopulationChoice
{
    PopulationKind kind = PopulationKind::Country;
    QString key;

    // The text form used by the CLI and in saved settings: "country", "network:NAME",
    // "county:NN", "kommungrupp:C9", "group:NAME".
    QString code() const;
    // Parses code(); std::nullopt when the prefix is unknown or the key is missing.
    static std::optional<PopulationChoice> fromCode(const QString& code);

    friend bool operator==(const PopulationChoice&, const PopulationChoice&) = default;
};

} // namespace jamfor
