// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/similargroups.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace jamfor {

namespace {

struct Parsed
{
    QString area; // "äldreomsorg", "" for "Liknande kommuner, övergripande"
    QString municipality;
    int year = 0;
};

// "Liknande kommuner äldreomsorg, Tanum, 2022" or "Liknande kommuner, övergripande, Tanum, 2022".
std::optional<Parsed> parse(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^Liknande kommuner,?\\s*(.*?),\\s*([^,]+),\\s*(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(name.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Parsed{match.captured(1).trimmed(), match.captured(2).trimmed(),
                  match.captured(3).toInt()};
}

bool areaMatches(const QString& groupArea, const QString& areaName)
{
    if (groupArea.isEmpty() || areaName.isEmpty())
        return false;
    return areaName.contains(groupArea, Qt::CaseInsensitive) ||
           groupArea.contains(areaName, Qt::CaseInsensitive);
}

} // namespace

QList<UnitGroup> SimilarGroups::forMunicipality(const QList<UnitGroup>& groups,
                                                const QString& municipalityName,
                                                const QString& areaName)
{
    struct Candidate
    {
        UnitGroup group;
        bool area;
        int year;
    };
    QList<Candidate> found;
    for (const UnitGroup& group : groups) {
        const std::optional<Parsed> parsed = parse(group.name);
        if (parsed && parsed->municipality.compare(municipalityName, Qt::CaseInsensitive) == 0)
            found.append({group, areaMatches(parsed->area, areaName), parsed->year});
    }
    std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        if (a.area != b.area)
            return a.area;
        if (a.year != b.year)
            return a.year > b.year;
        return a.group.name.localeAwareCompare(b.group.name) < 0;
    });
    QList<UnitGroup> result;
    for (const Candidate& candidate : found)
        result.append(candidate.group);
    return result;
}

QList<UnitGroup> SimilarGroups::containing(const QList<UnitGroup>& groups, const QString& unitId,
                                           const QString& municipalityName, const QString& areaName,
                                           qsizetype limit)
{
    QList<UnitGroup> result = forMunicipality(groups, municipalityName, areaName);
    QList<UnitGroup> others;
    for (const UnitGroup& group : groups) {
        const bool listed = std::any_of(result.cbegin(), result.cend(),
                                        [&](const UnitGroup& g) { return g.id == group.id; });
        if (!listed && group.unitIds.contains(unitId))
            others.append(group);
    }
    std::sort(others.begin(), others.end(), [](const UnitGroup& a, const UnitGroup& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    result += others;
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace jamfor
