// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

QString directionCode(Direction direction); // "higher", "lower", "none"
Direction directionFromCode(const QString& code);
QString kindCode(IndicatorKind kind); // "cost", "quality", "volume", "background"
IndicatorKind kindFromCode(const QString& code);
QString handbookTypeCode(HandbookType type); // "", "structure", "process", "outcome"
HandbookType handbookTypeFromCode(const QString& code);

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
