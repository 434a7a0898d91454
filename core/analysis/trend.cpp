// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/trend.h"

#include "core/analysis/linearfit.h"

#include <QSet>
#include <algorithm>

namespace jamfor {

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Better:
        return QStringLiteral("better");
    case Verdict::Worse:
        return QStringLiteral("worse");
    case Verdict::Unchanged:
        return QStringLiteral("unchanged");
    case Verdict::NotJudged:
        break;
    }
    return {};
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Better:
        return QCoreApplication::translate("Trend", "better");
    case Verdict::Worse:
        return QCoreApplication::translate("Trend", "worse");
    case Verdict::Unchanged:
        return QCoreApplication::translate("Trend", "unchanged");
    case Verdict::NotJudged:
        break;
    }
    return {};
}

Verdict judge(double change, Direction direction)
{
    if (change == 0)
        return Verdict::Unchanged;
    switch (direction) {
    case Direction::HigherIsBetter:
        return change > 0 ? Verdict::Better : Verdict::Worse;
    case Direction::LowerIsBetter:
        return change < 0 ? Verdict::Better : Verdict::Worse;
    case Direction::None:
        break;
    }
    return Verdict::NotJudged;
}

std::optional<Change> changeSince(std::optional<double> previous, std::optional<double> current,
                                  Direction direction)
{
    if (!previous || !current)
        return std::nullopt;
    Change change;
    change.previous = *previous;
    change.current = *current;
    change.delta = *current - *previous;
    change.verdict = judge(change.delta, direction);
    return change;
}

std::optional<Trend> leastSquaresTrend(const QList<YearValue>& series, int firstYear, int lastYear,
                                       Direction direction)
{
    QList<double> years;
    QList<double> values;
    QSet<int> seen;
    for (const YearValue& entry : series) {
        if (entry.year < firstYear || entry.year > lastYear || !entry.value ||
            seen.contains(entry.year))
            continue;
        seen.insert(entry.year);
        years.append(entry.year);
        values.append(*entry.value);
    }
    const std::optional<LinearFit> fit = fitLine(years, values);
    if (!fit)
        return std::nullopt;
    Trend trend;
    trend.slope = fit->slope;
    trend.n = fit->n;
    trend.firstYear = static_cast<int>(*std::min_element(years.cbegin(), years.cend()));
    trend.lastYear = static_cast<int>(*std::max_element(years.cbegin(), years.cend()));
    trend.verdict = judge(fit->slope, direction);
    return trend;
}

} // namespace jamfor
