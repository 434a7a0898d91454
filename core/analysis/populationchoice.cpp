// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/populationchoice.h"

namespace jamfor {

namespace {

struct Prefix
{
    PopulationKind kind;
    QLatin1StringView text;
};

constexpr Prefix prefixes[] = {
    {PopulationKind::Network, QLatin1StringView("network:")},
    {PopulationKind::County, QLatin1StringView("county:")},
    {PopulationKind::Kommungrupp, QLatin1StringView("kommungrupp:")},
    {PopulationKind::UserGroup, QLatin1StringView("group:")},
};

} // namespace

QString populationKindCode(PopulationKind kind)
{
    switch (kind) {
    case PopulationKind::Network:
        return QStringLiteral("network");
    case PopulationKind::Country:
        return QStringLiteral("country");
    case PopulationKind::County:
        return QStringLiteral("county");
    case PopulationKind::Kommungrupp:
        return QStringLiteral("kommungrupp");
    case PopulationKind::UserGroup:
        break;
    }
    return QStringLiteral("unit_group");
}

std::optional<PopulationKind> populationKindFromCode(const QString& code)
{
    for (PopulationKind kind :
         {PopulationKind::Network, PopulationKind::Country, PopulationKind::County,
          PopulationKind::Kommungrupp, PopulationKind::UserGroup}) {
        if (populationKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString PopulationChoice::code() const
{
    for (const Prefix& prefix : prefixes) {
        if (prefix.kind == kind)
            return QString(prefix.text) + key;
    }
    return QStringLiteral("country");
}

std::optional<PopulationChoice> PopulationChoice::fromCode(const QString& code)
{
    if (code == u"country")
        return PopulationChoice{PopulationKind::Country, {}};
    for (const Prefix& prefix : prefixes) {
        if (code.startsWith(prefix.text)) {
            const QString key = code.mid(prefix.text.size()).trimmed();
            if (key.isEmpty())
                return std::nullopt;
            return PopulationChoice{prefix.kind, key};
        }
    }
    return std::nullopt;
}

} // namespace jamfor
