// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/analysis.h"

#include <algorithm>

namespace jamfor {

AnalysisStep analysisStepFromNumber(int number)
{
    return AnalysisStep(std::clamp(number, 1, analysisStepCount));
}

QString comparisonKindCode(ComparisonKind kind)
{
    switch (kind) {
    case ComparisonKind::Country:
        return QStringLiteral("country");
    case ComparisonKind::County:
        return QStringLiteral("county");
    case ComparisonKind::Kommungrupp:
        return QStringLiteral("kommungrupp");
    case ComparisonKind::UnitGroup:
        return QStringLiteral("unit_group");
    case ComparisonKind::Network:
        break;
    }
    return QStringLiteral("network");
}

ComparisonKind comparisonKindFromCode(const QString& code)
{
    if (code == u"country")
        return ComparisonKind::Country;
    if (code == u"county")
        return ComparisonKind::County;
    if (code == u"kommungrupp")
        return ComparisonKind::Kommungrupp;
    if (code == u"unit_group")
        return ComparisonKind::UnitGroup;
    return ComparisonKind::Network;
}

bool comparisonKindNeedsKey(ComparisonKind kind)
{
    return kind == ComparisonKind::County || kind == ComparisonKind::Kommungrupp;
}

QString judgementCode(Judgement judgement)
{
    switch (judgement) {
    case Judgement::Problem:
        return QStringLiteral("problem");
    case Judgement::GoodResult:
        return QStringLiteral("keep");
    case Judgement::Unclear:
        return QStringLiteral("unclear");
    case Judgement::None:
        break;
    }
    return QStringLiteral("");
}

Judgement judgementFromCode(const QString& code)
{
    if (code == u"problem")
        return Judgement::Problem;
    if (code == u"keep")
        return Judgement::GoodResult;
    if (code == u"unclear")
        return Judgement::Unclear;
    return Judgement::None;
}

QString causeCategoryCode(CauseCategory category)
{
    switch (category) {
    case CauseCategory::People:
        return QStringLiteral("people");
    case CauseCategory::Organisation:
        return QStringLiteral("organisation");
    case CauseCategory::Environment:
        return QStringLiteral("environment");
    case CauseCategory::Material:
        return QStringLiteral("material");
    case CauseCategory::Measurement:
        return QStringLiteral("measurement");
    case CauseCategory::Method:
        break;
    }
    return QStringLiteral("method");
}

CauseCategory causeCategoryFromCode(const QString& code)
{
    if (code == u"people")
        return CauseCategory::People;
    if (code == u"organisation")
        return CauseCategory::Organisation;
    if (code == u"environment")
        return CauseCategory::Environment;
    if (code == u"material")
        return CauseCategory::Material;
    if (code == u"measurement")
        return CauseCategory::Measurement;
    return CauseCategory::Method;
}

QString ratingCode(Rating rating)
{
    switch (rating) {
    case Rating::Low:
        return QStringLiteral("low");
    case Rating::High:
        return QStringLiteral("high");
    case Rating::Unrated:
        break;
    }
    return QStringLiteral("");
}

Rating ratingFromCode(const QString& code)
{
    if (code == u"low")
        return Rating::Low;
    if (code == u"high")
        return Rating::High;
    return Rating::Unrated;
}

PriorityQuadrant priorityQuadrant(Rating effect, Rating effort)
{
    if (effect == Rating::Unrated || effort == Rating::Unrated)
        return PriorityQuadrant::Unrated;
    if (effect == Rating::High)
        return effort == Rating::Low ? PriorityQuadrant::DoFirst : PriorityQuadrant::Plan;
    return effort == Rating::Low ? PriorityQuadrant::QuickFix : PriorityQuadrant::Avoid;
}

QString followUpFrequencyCode(FollowUpFrequency frequency)
{
    switch (frequency) {
    case FollowUpFrequency::Monthly:
        return QStringLiteral("monthly");
    case FollowUpFrequency::Quarterly:
        return QStringLiteral("quarterly");
    case FollowUpFrequency::TwiceAYear:
        return QStringLiteral("twice_a_year");
    case FollowUpFrequency::Yearly:
        return QStringLiteral("yearly");
    case FollowUpFrequency::AtNextRelease:
        return QStringLiteral("next_release");
    case FollowUpFrequency::Unspecified:
        break;
    }
    return QStringLiteral("");
}

FollowUpFrequency followUpFrequencyFromCode(const QString& code)
{
    if (code == u"monthly")
        return FollowUpFrequency::Monthly;
    if (code == u"quarterly")
        return FollowUpFrequency::Quarterly;
    if (code == u"twice_a_year")
        return FollowUpFrequency::TwiceAYear;
    if (code == u"yearly")
        return FollowUpFrequency::Yearly;
    if (code == u"next_release")
        return FollowUpFrequency::AtNextRelease;
    return FollowUpFrequency::Unspecified;
}

QString actionStatusCode(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Ongoing:
        return QStringLiteral("ongoing");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Cancelled:
        return QStringLiteral("cancelled");
    case ActionStatus::NotStarted:
        break;
    }
    return QStringLiteral("not_started");
}

ActionStatus actionStatusFromCode(const QString& code)
{
    if (code == u"ongoing")
        return ActionStatus::Ongoing;
    if (code == u"done")
        return ActionStatus::Done;
    if (code == u"cancelled")
        return ActionStatus::Cancelled;
    return ActionStatus::NotStarted;
}

QStringList Analysis::takenForwardIndicatorIds() const
{
    QStringList ids;
    for (const AnalysisIndicator& entry : indicators) {
        if (entry.takenForward)
            ids << entry.indicatorId;
    }
    return ids;
}

namespace {

template <class T> qint64 largestId(const QList<T>& items)
{
    qint64 largest = 0;
    for (const T& item : items)
        largest = std::max(largest, item.id);
    return largest;
}

} // namespace

qint64 Analysis::largestItemId() const
{
    return std::max({largestId(participants), largestId(meetings), largestId(checklist),
                     largestId(causes), largestId(whyChains), largestId(sourceNotes),
                     largestId(proposals), largestId(actions), largestId(targets),
                     largestId(followUpNotes)});
}

} // namespace jamfor
