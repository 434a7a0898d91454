// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/analysislabels.h"

namespace jamfor {

QString AnalysisLabels::comparisonKind(ComparisonKind kind)
{
    switch (kind) {
    case ComparisonKind::Network:
        return tr("The network");
    case ComparisonKind::Country:
        return tr("All municipalities");
    case ComparisonKind::County:
        return tr("A county");
    case ComparisonKind::Kommungrupp:
        return tr("A municipality group (kommungrupp)");
    case ComparisonKind::UnitGroup:
        return tr("A saved group");
    }
    return {};
}

QString AnalysisLabels::judgement(Judgement judgement)
{
    switch (judgement) {
    case Judgement::None:
        return tr("Not judged");
    case Judgement::Problem:
        return tr("Problem");
    case Judgement::GoodResult:
        return tr("Good result to keep");
    case Judgement::Unclear:
        return tr("Unclear");
    }
    return {};
}

QString AnalysisLabels::causeCategory(CauseCategory category)
{
    switch (category) {
    case CauseCategory::Method:
        return tr("Method / ways of working");
    case CauseCategory::People:
        return tr("People / skills");
    case CauseCategory::Organisation:
        return tr("Organisation / leadership");
    case CauseCategory::Environment:
        return tr("Environment / surroundings");
    case CauseCategory::Material:
        return tr("Material / resources");
    case CauseCategory::Measurement:
        return tr("Measurement / information");
    }
    return {};
}

QString AnalysisLabels::rating(Rating rating)
{
    switch (rating) {
    case Rating::Unrated:
        return tr("Not rated");
    case Rating::Low:
        return tr("Low");
    case Rating::High:
        return tr("High");
    }
    return {};
}

QString AnalysisLabels::priorityQuadrant(PriorityQuadrant quadrant)
{
    switch (quadrant) {
    case PriorityQuadrant::Unrated:
        return tr("Not rated");
    case PriorityQuadrant::DoFirst:
        return tr("Do first: high effect, low effort");
    case PriorityQuadrant::Plan:
        return tr("Plan: high effect, high effort");
    case PriorityQuadrant::QuickFix:
        return tr("If time allows: low effect, low effort");
    case PriorityQuadrant::Avoid:
        return tr("Reconsider: low effect, high effort");
    }
    return {};
}

QString AnalysisLabels::followUpFrequency(FollowUpFrequency frequency)
{
    switch (frequency) {
    case FollowUpFrequency::Unspecified:
        return tr("Not decided");
    case FollowUpFrequency::Monthly:
        return tr("Every month");
    case FollowUpFrequency::Quarterly:
        return tr("Every quarter");
    case FollowUpFrequency::TwiceAYear:
        return tr("Twice a year");
    case FollowUpFrequency::Yearly:
        return tr("Once a year");
    case FollowUpFrequency::AtNextRelease:
        return tr("When the next Öppna jämförelser is published");
    }
    return {};
}

QString AnalysisLabels::actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted:
        return tr("Not started");
    case ActionStatus::Ongoing:
        return tr("Ongoing");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString AnalysisLabels::targetProgress(TargetProgress progress)
{
    switch (progress) {
    case TargetProgress::NoValue:
        return tr("No new value yet");
    case TargetProgress::NotReached:
        return tr("Not reached");
    case TargetProgress::OnTheWay:
        return tr("On the way");
    case TargetProgress::Reached:
        return tr("Reached");
    }
    return {};
}

QString AnalysisLabels::availability(DataCheck::Availability availability)
{
    switch (availability) {
    case DataCheck::Availability::HasValue:
        return tr("Has a value");
    case DataCheck::Availability::Missing:
        return tr("Missing");
    case DataCheck::Availability::NotApplicable:
        return tr("Not applicable");
    case DataCheck::Availability::Confidential:
        return tr("Confidential");
    case DataCheck::Availability::NotImported:
        return tr("Not imported");
    }
    return {};
}

QString AnalysisLabels::colourClass(ColourClass colour)
{
    switch (colour) {
    case ColourClass::NoColour:
        return tr("No colour");
    case ColourClass::Missing:
        return tr("No value");
    case ColourClass::Green:
        return tr("Green");
    case ColourClass::Yellow:
        return tr("Yellow");
    case ColourClass::Red:
        return tr("Red");
    }
    return {};
}

} // namespace jamfor
