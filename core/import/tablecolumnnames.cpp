// SPDX-License-Identifier: GPL-3.0-or-later
// The column names TableInterpreter knows, in Swedish and English (Kolada's own and what
// Swedish spreadsheets call them). Names are compared after normalisation: simplified, lower
// case, without quotes.
#include "core/import/tableinterpreter.h"

#include <QHash>

namespace jamfor {

TableInterpreter::Role TableInterpreter::roleOf(const QString& name)
{
    static const QHash<QString, Role> roles{
        {QStringLiteral("kpi"), Role::IndicatorId},
        {QStringLiteral("kpi_id"), Role::IndicatorId},
        {QStringLiteral("kpi-id"), Role::IndicatorId},
        {QStringLiteral("indicator"), Role::IndicatorId},
        {QStringLiteral("indicator_id"), Role::IndicatorId},
        {QStringLiteral("nyckeltals-id"), Role::IndicatorId},
        {QStringLiteral("nyckeltalsid"), Role::IndicatorId},
        {QStringLiteral("nyckeltals id"), Role::IndicatorId},
        {QStringLiteral("nyckeltal-id"), Role::IndicatorId},
        {QStringLiteral("nyckeltal id"), Role::IndicatorId},
        {QStringLiteral("nyckeltal"), Role::IndicatorTitle},
        {QStringLiteral("kpi_title"), Role::IndicatorTitle},
        {QStringLiteral("indicator_title"), Role::IndicatorTitle},
        {QStringLiteral("municipality"), Role::UnitId},
        {QStringLiteral("municipality_id"), Role::UnitId},
        {QStringLiteral("unit"), Role::UnitId},
        {QStringLiteral("unit_id"), Role::UnitId},
        {QStringLiteral("kommun-id"), Role::UnitId},
        {QStringLiteral("kommunid"), Role::UnitId},
        {QStringLiteral("kommun id"), Role::UnitId},
        {QStringLiteral("kommun_id"), Role::UnitId},
        {QStringLiteral("kommunkod"), Role::UnitId},
        {QStringLiteral("kommun"), Role::UnitName},
        {QStringLiteral("kommunnamn"), Role::UnitName},
        {QStringLiteral("municipality_title"), Role::UnitName},
        {QStringLiteral("municipality_name"), Role::UnitName},
        {QStringLiteral("period"), Role::Year},
        {QStringLiteral("year"), Role::Year},
        {QStringLiteral("år"), Role::Year},
        {QStringLiteral("gender"), Role::Gender},
        {QStringLiteral("kön"), Role::Gender},
        {QStringLiteral("sex"), Role::Gender},
        {QStringLiteral("value"), Role::Value},
        {QStringLiteral("värde"), Role::Value},
        {QStringLiteral("status"), Role::Status},
    };
    return roles.value(name, Role::None);
}

} // namespace jamfor
