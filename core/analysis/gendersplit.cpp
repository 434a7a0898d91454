// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/gendersplit.h"

#include <QHash>

namespace jamfor {

QList<GenderSplit> genderSplit(const QList<Observation>& observations, const QStringList& unitIds)
{
    QList<GenderSplit> rows;
    rows.reserve(unitIds.size());
    QHash<QString, qsizetype> indexById;
    for (const QString& id : unitIds) {
        if (indexById.contains(id))
            continue;
        indexById.insert(id, rows.size());
        rows.append({id, {}, {}, {}});
    }
    if (observations.isEmpty())
        return rows;
    const QString& indicatorId = observations.constFirst().indicatorId;
    const int year = observations.constFirst().year;
    for (const Observation& o : observations) {
        if (o.indicatorId != indicatorId || o.year != year)
            continue;
        const auto found = indexById.constFind(o.unitId);
        if (found == indexById.cend())
            continue;
        GenderSplit& row = rows[*found];
        switch (o.gender) {
        case Gender::Total:
            row.total = o.value;
            break;
        case Gender::Women:
            row.women = o.value;
            break;
        case Gender::Men:
            row.men = o.value;
            break;
        }
    }
    return rows;
}

GenderSummaries summarizeByGender(const QList<GenderSplit>& rows)
{
    QList<double> total;
    QList<double> women;
    QList<double> men;
    for (const GenderSplit& row : rows) {
        if (row.total)
            total.append(*row.total);
        if (row.women)
            women.append(*row.women);
        if (row.men)
            men.append(*row.men);
    }
    return {summarize(total), summarize(women), summarize(men)};
}

} // namespace jamfor
