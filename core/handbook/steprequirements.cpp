// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/steprequirements.h"

#include "core/handbook/analysisstate.h"

#include <algorithm>

namespace jamfor {

namespace {

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

// The years an analysis can be about (the same bounds as the rest of the file).
bool validYear(int year)
{
    return year >= 1900 && year <= 2200;
}

} // namespace

QString StepRequirements::proposalName(qsizetype index) const
{
    const QString& title = m_state.analysis().proposals[index].title;
    return isBlank(title) ? tr("proposal %1").arg(index + 1) : tr("“%1”").arg(title.trimmed());
}

QString StepRequirements::actionName(qsizetype index) const
{
    const QString& what = m_state.analysis().actions[index].what;
    return isBlank(what) ? tr("action %1").arg(index + 1) : tr("“%1”").arg(what.trimmed());
}

// Actions of a chosen proposal and actions not tied to a proposal make up the action plan.
bool StepRequirements::actionCounts(const PlannedAction& action) const
{
    if (action.proposalId == 0)
        return true;
    const QList<Proposal>& proposals = m_state.analysis().proposals;
    const auto owner = std::find_if(proposals.cbegin(), proposals.cend(),
                                    [&](const Proposal& p) { return p.id == action.proposalId; });
    return owner != proposals.cend() && owner->chosen;
}

QStringList StepRequirements::missingToProceed(AnalysisStep step) const
{
    const Analysis& a = m_state.analysis();
    QStringList missing;
    switch (step) {
    case AnalysisStep::Preparation:
        if (isBlank(a.purpose))
            missing << tr("Describe the purpose of the analysis: what do you want to find out?");
        if (isBlank(a.mandate))
            missing << tr("Describe the mandate: who asked for the analysis and who receives "
                          "the result?");
        if (a.areaId.isEmpty())
            missing << tr("Choose the area to analyse.");
        if (a.focusUnitId.isEmpty())
            missing << tr("Choose the focus municipality.");
        if (!validYear(a.year))
            missing << tr("Choose the year to analyse.");
        switch (a.comparisonKind) {
        case ComparisonKind::Network:
            if (a.networkId == 0)
                missing << tr("Choose the network to compare with, or another comparison "
                              "population.");
            break;
        case ComparisonKind::County:
            if (a.comparisonKey.isEmpty())
                missing << tr("Choose the county to compare with.");
            break;
        case ComparisonKind::Kommungrupp:
            if (a.comparisonKey.isEmpty())
                missing << tr("Choose the municipality group (kommungrupp) to compare with.");
            break;
        case ComparisonKind::UnitGroup:
            if (a.unitGroupId == 0)
                missing << tr("Choose the saved group of municipalities to compare with.");
            break;
        case ComparisonKind::Country:
            break;
        }
        break;

    case AnalysisStep::QuickAnalysis: {
        const QStringList ids = m_state.takenForwardIds();
        if (ids.isEmpty())
            missing << tr("Take at least one indicator forward to the in-depth analysis.");
        for (const QString& id : ids) {
            if (m_state.indicator(id).judgement == Judgement::None)
                missing << tr("Judge %1: a problem, a good result to keep, or unclear?")
                               .arg(m_state.indicatorTitle(id));
        }
        break;
    }

    case AnalysisStep::DeepAnalysis:
        for (const QString& id : m_state.takenForwardIds()) {
            const bool hasCause =
                std::any_of(a.causes.cbegin(), a.causes.cend(), [&](const Cause& c) {
                    return c.indicatorId == id && !isBlank(c.text);
                });
            const bool hasWhy =
                std::any_of(a.whyChains.cbegin(), a.whyChains.cend(), [&](const WhyChain& w) {
                    return w.indicatorId == id &&
                           std::any_of(w.answers.cbegin(), w.answers.cend(),
                                       [](const QString& answer) { return !isBlank(answer); });
                });
            if (!hasCause && !hasWhy)
                missing << tr("Record at least one cause for %1, on the fishbone or as five "
                              "whys.")
                               .arg(m_state.indicatorTitle(id));
        }
        break;

    case AnalysisStep::Proposals: {
        bool anyChosen = false;
        for (qsizetype i = 0; i < a.proposals.size(); ++i) {
            const Proposal& p = a.proposals[i];
            if (!p.chosen)
                continue;
            anyChosen = true;
            if (isBlank(p.title))
                missing << tr("Give %1 a title.").arg(proposalName(i));
            if (p.effect == Rating::Unrated)
                missing << tr("Rate the expected effect of %1.").arg(proposalName(i));
            if (p.effort == Rating::Unrated)
                missing << tr("Rate the effort that %1 needs.").arg(proposalName(i));
        }
        if (!anyChosen)
            missing.prepend(tr("Choose at least one proposal to carry out."));
        break;
    }

    case AnalysisStep::Implementation:
        for (qsizetype i = 0; i < a.proposals.size(); ++i) {
            if (a.proposals[i].chosen && m_state.actionsFor(a.proposals[i].id).isEmpty())
                missing << tr("Plan at least one action for %1.").arg(proposalName(i));
        }
        for (qsizetype i = 0; i < a.actions.size(); ++i) {
            const PlannedAction& action = a.actions[i];
            if (!actionCounts(action))
                continue;
            if (isBlank(action.what))
                missing << tr("Describe what is to be done in %1.").arg(actionName(i));
            if (isBlank(action.responsible))
                missing << tr("Name who is responsible for %1.").arg(actionName(i));
            if (!action.due.isValid())
                missing << tr("Set a date for %1.").arg(actionName(i));
        }
        break;
    }
    return missing;
}

QStringList StepRequirements::reminders(AnalysisStep step) const
{
    const Analysis& a = m_state.analysis();
    QStringList notes;
    switch (step) {
    case AnalysisStep::Preparation: {
        if (a.participants.isEmpty())
            notes << tr("No participants yet: who takes part in the analysis?");
        if (a.meetings.isEmpty())
            notes << tr("No meetings planned yet: put the dates in the time plan.");
        const auto open = std::count_if(a.checklist.cbegin(), a.checklist.cend(),
                                        [](const ChecklistItem& item) { return !item.done; });
        if (open > 0)
            notes << tr("%n point(s) of the readiness checklist are not done yet.", nullptr,
                        int(open));
        break;
    }
    case AnalysisStep::QuickAnalysis:
        if (m_state.tooManyTakenForward())
            notes << tr("%n indicators are taken forward. The handbook advises keeping to a few "
                        "(at most %1) so that the analysis can go deep.",
                        nullptr, m_state.takenForwardCount())
                         .arg(AnalysisState::recommendedMaxIndicators);
        break;
    case AnalysisStep::DeepAnalysis:
        for (const QString& id : m_state.takenForwardIds()) {
            if (isBlank(m_state.indicator(id).conclusion))
                notes << tr("No conclusion written yet for %1.").arg(m_state.indicatorTitle(id));
        }
        break;
    case AnalysisStep::Proposals:
        for (qsizetype i = 0; i < a.proposals.size(); ++i) {
            const Proposal& p = a.proposals[i];
            if (p.chosen && p.quadrant() == PriorityQuadrant::Avoid)
                notes << tr("%1 has a low expected effect and needs a high effort: is it worth "
                            "doing?")
                             .arg(proposalName(i));
        }
        break;
    case AnalysisStep::Implementation:
        for (const QString& id : m_state.takenForwardIds()) {
            const bool hasTarget =
                std::any_of(a.targets.cbegin(), a.targets.cend(),
                            [&](const IndicatorTarget& t) { return t.indicatorId == id; });
            if (!hasTarget)
                notes << tr("%1 has no target value yet.").arg(m_state.indicatorTitle(id));
        }
        for (qsizetype i = 0; i < a.actions.size(); ++i) {
            if (actionCounts(a.actions[i]) &&
                a.actions[i].frequency == FollowUpFrequency::Unspecified)
                notes << tr("Say how often %1 is followed up.").arg(actionName(i));
        }
        break;
    }
    return notes;
}

} // namespace jamfor
