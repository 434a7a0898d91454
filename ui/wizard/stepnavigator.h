// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QListWidget>

namespace jamfor {

class AnalysisState;
class Handbook;

// The five steps as a list: a green tick for a done step, the current step in bold, steps that
// cannot be entered yet greyed. A click asks to go to the step.
class StepNavigator : public QListWidget
{
    Q_OBJECT

public:
    StepNavigator(const Handbook& handbook, QWidget* parent = nullptr);

    // Marks done, current and reachable steps from the state.
    void updateFrom(const AnalysisState& state);

signals:
    void stepRequested(jamfor::AnalysisStep step);

private:
    static QIcon statusIcon(bool done, bool current, bool reachable);
    bool m_updating = false;
};

} // namespace jamfor
