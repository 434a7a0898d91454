// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/analysis.h"

#include <algorithm>

namespace jamfor {

AnalysisStep analysisStepFromNumber(int number)
{
    return AnalysisStep(std::clamp(number, 1, analysisStepCount));
}

bool comparisonKindNeedsKey(ComparisonKind kind)
{
    return kind == ComparisonKind::County || kind == ComparisonKind::Kommungrupp;
}

PriorityQuadrant priorityQuadrant(Rating effect, Rating effort)
{
    if (effect == Rating::Unrated || effort == Rating::Unrated)
        return PriorityQuadrant::Unrated;
    if (effect == Rating::High)
        return effort == Rating::Low ? PriorityQuadrant::DoFirst : PriorityQuadrant::Plan;
    return effort == Rating::Low ? PriorityQuadrant::QuickFix : PriorityQuadrant::Avoid;
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
