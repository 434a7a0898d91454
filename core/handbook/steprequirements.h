// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QCoreApplication>
#include <QStringList>

namespace jamfor {

class AnalysisState;

// What a step of the handbook needs before the group moves on (missingToProceed) and what it
// is reminded of without being held back (reminders), read from an analysis's state. The rules
// themselves are described in analysisstate.h.
class StepRequirements
{
    Q_DECLARE_TR_FUNCTIONS(StepRequirements)

public:
    explicit StepRequirements(const AnalysisState& state)
        : m_state(state)
    {}

    QStringList missingToProceed(AnalysisStep step) const;
    QStringList reminders(AnalysisStep step) const;

private:
    // "proposal 2" or the proposal's title in quotes; the same for actions.
    QString proposalName(qsizetype index) const;
    QString actionName(qsizetype index) const;
    // Actions of a chosen proposal and actions not tied to a proposal make up the action plan.
    bool actionCounts(const PlannedAction& action) const;

    const AnalysisState& m_state;
};

} // namespace jamfor
