// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/similarity.h"
#include "core/chartdata/chartcontext.h"
#include "core/model/analysis.h"
#include "core/model/unitvalue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jamfor {

class Database;

// The municipalities a group compares itself with in steps 3 and 4 of the handbook: the ones
// most like the focus municipality by background figures, their values of an indicator with
// ranks among them, and who does better than the focus municipality. Plain results for the
// wizard pages; read from the file, no widgets.
class Peers
{
public:
    // The municipalities most like the focus one (Similarity's nearestUnits() over every
    // municipality of the file), by every background indicator's value of the year.
    struct Suggestion
    {
        QList<Neighbour> nearest;     // closest first
        QStringList backgroundTitles; // the indicators the distance is measured by
    };
    static Suggestion similarTo(Database& database, const QString& focusUnitId, int year,
                                int count);

    // One row per unit: the focus municipality first, then the analysis's similar
    // municipalities, with the indicator's value (total, the analysis's year) and the
    // competition rank among these units (none without a value or without a direction).
    struct Row
    {
        QString unitId;
        std::optional<double> value;
        ValueStatus status = ValueStatus::Missing;
        std::optional<int> rank;
    };
    struct Values
    {
        QList<Row> rows;
        int decimals = 0; // for showing the values alike
    };
    // Empty when the file has no such indicator.
    static Values valuesAmong(Database& database, const Analysis& analysis,
                              const QString& indicatorId);

    // The units that rank above the focus municipality in the indicator's value of the
    // analysis's year, among the analysis's comparison population, its similar municipalities
    // and the focus municipality, in that order. Empty when the focus municipality has no value,
    // or the indicator has no direction. A population that can no longer be resolved (a
    // deleted network) leaves the similar municipalities.
    static QStringList betterThanFocus(Database& database, const Analysis& analysis,
                                       const QString& indicatorId);

    // Women's and men's values of the indicator in the context's year for the focus
    // municipality, the network's members and the similar municipalities, in that order.
    struct GenderRow
    {
        QString unitId;
        QString name;
        std::optional<double> women;
        std::optional<double> men;
        bool focus = false;
    };
    struct GenderGaps
    {
        QList<GenderRow> rows;
        int decimals = 0;
    };
    static GenderGaps genderGaps(Database& database, const ChartContext& context,
                                 const QStringList& similarUnitIds, const QString& indicatorId);
};

} // namespace jamfor
