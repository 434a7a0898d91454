// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"
#include "core/handbook/datacheck.h"
#include "core/handbook/followup.h"
#include "core/model/analysis.h"

#include <QCoreApplication>
#include <QString>

namespace jamfor {

// Translated names of the wizard's choices, for combo boxes, tables and reports.
class AnalysisLabels
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisLabels)

public:
    static QString comparisonKind(ComparisonKind kind);
    static QString judgement(Judgement judgement);
    static QString causeCategory(CauseCategory category);
    static QString rating(Rating rating);
    static QString priorityQuadrant(PriorityQuadrant quadrant);
    static QString followUpFrequency(FollowUpFrequency frequency);
    static QString actionStatus(ActionStatus status);
    static QString targetProgress(TargetProgress progress);
    static QString availability(DataCheck::Availability availability);
    // The colour class in one word ("Green"), for tables that also show the colour.
    static QString colourClass(ColourClass colour);
};

} // namespace jamfor
