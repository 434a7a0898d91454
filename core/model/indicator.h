// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enumtable.h"

#include <QString>

namespace jamfor {

// Which way is better. Kolada's metadata does not say; the user or the demo sets it.
enum class Direction
{
    None = 0,
    HigherIsBetter = 1,
    LowerIsBetter = -1
};

enum class IndicatorKind
{
    Cost,
    Quality,
    Volume,
    Background
};

// The ÖJ handbook's classification (Socialstyrelsen's typology).
enum class HandbookType
{
    Unspecified,
    Structure,
    Process,
    Outcome
};

template <> struct EnumTable<Direction>
{
    static constexpr EnumEntry<Direction> entries[] = {
        {Direction::HigherIsBetter, QLatin1StringView("higher"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Higher is better")},
        {Direction::LowerIsBetter, QLatin1StringView("lower"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Lower is better")},
        // Choice lists and the indicator table say "Neither"; reports and charts (reportLabel)
        // "No better direction".
        {Direction::None, QLatin1StringView("none"), QT_TRANSLATE_NOOP("jamfor::Enum", "Neither"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "No better direction")},
    };
    static constexpr std::optional<Direction> fallback = Direction::None;
};

template <> struct EnumTable<IndicatorKind>
{
    static constexpr EnumEntry<IndicatorKind> entries[] = {
        {IndicatorKind::Quality, QLatin1StringView("quality"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Quality")},
        {IndicatorKind::Cost, QLatin1StringView("cost"), QT_TRANSLATE_NOOP("jamfor::Enum", "Cost")},
        {IndicatorKind::Volume, QLatin1StringView("volume"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Volume")},
        {IndicatorKind::Background, QLatin1StringView("background"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Background")},
    };
    static constexpr std::optional<IndicatorKind> fallback = IndicatorKind::Quality;
};

template <> struct EnumTable<HandbookType>
{
    static constexpr EnumEntry<HandbookType> entries[] = {
        {HandbookType::Unspecified, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Not set")},
        {HandbookType::Structure, QLatin1StringView("structure"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Structure")},
        {HandbookType::Process, QLatin1StringView("process"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Process")},
        {HandbookType::Outcome, QLatin1StringView("outcome"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Outcome")},
    };
    static constexpr std::optional<HandbookType> fallback = HandbookType::Unspecified;
};

inline QString directionCode(Direction direction) // "higher", "lower", "none"
{
    return enumCode(direction);
}
inline Direction directionFromCode(const QString& code)
{
    return enumFromCode<Direction>(code);
}
inline QString kindCode(IndicatorKind kind) // "cost", "quality", "volume", "background"
{
    return enumCode(kind);
}
inline IndicatorKind kindFromCode(const QString& code)
{
    return enumFromCode<IndicatorKind>(code);
}
inline QString handbookTypeCode(HandbookType type) // "" (null), "structure", "process", ...
{
    return enumCode(type);
}
inline HandbookType handbookTypeFromCode(const QString& code)
{
    return enumFromCode<HandbookType>(code);
}

// A key figure (nyckeltal), e.g. Kolada's N15419.
struct Indicator
{
    QString id;
    QString title;
    QString description;
    QString unitOfMeasure;
    Direction direction = Direction::None;
    IndicatorKind kind = IndicatorKind::Quality;
    HandbookType handbookType = HandbookType::Unspecified;
    QString areaId; // empty: not tied to one operating area (background figures)
    QString source;
    bool dividedByGender = false;
    QString perspective; // Kolada's perspective, as Kolada words it; empty when unknown
    // False while kind, direction and unit of measure are Jämför's suggestion (from Kolada's
    // metadata and the title, see kolada/indicatorknowledge.h): an import may suggest again.
    // True once the user confirmed or changed them: no import touches them then.
    bool confirmed = false;

    friend bool operator==(const Indicator&, const Indicator&) = default;
};

} // namespace jamfor
