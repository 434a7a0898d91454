// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace jamfor {

// What Jämför suggests for a Kolada KPI whose metadata says nothing about which way is better.
struct IndicatorSuggestion
{
    IndicatorKind kind = IndicatorKind::Quality;
    Direction direction = Direction::None;
    QString unitOfMeasure; // normalised ("%", "kr/inv", "ja/nej", "dagar", ...); empty when unknown
    QString basis; // short English text naming what decided it: "table", "title: Kostnad", ...
};

// Suggests kind, direction and unit of measure for a KPI from its title, Kolada's perspective
// and operating area, and a shipped table of KPIs the title rules get wrong or cannot decide
// (resources/data/indicator_knowledge.csv). The table entry for an id wins for the fields it
// sets; an empty unit in the table leaves the unit to the title rules.
class IndicatorKnowledge
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorKnowledge)

public:
    // The shipped table, read once from the Qt resource ":/jamfor/data/indicator_knowledge.csv".
    static const IndicatorKnowledge& shipped();
    // A table read from a file (for tests and for the standalone harness). Throws jamfor::Error
    // (core/util/error.h) naming file and line for a malformed line.
    static IndicatorKnowledge fromFile(const QString& path);

    IndicatorSuggestion suggest(const QString& id, const QString& title,
                                const QString& perspective = {},
                                const QString& operatingArea = {}) const;

    // Just the title rules, without the table.
    static IndicatorSuggestion fromTitle(const QString& title, const QString& perspective = {});
    static QString unitFromTitle(const QString& title);

    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        IndicatorKind kind = IndicatorKind::Quality;
        Direction direction = Direction::None;
        QString unit;
    };

    QHash<QString, Entry> m_entries;
};

} // namespace jamfor
