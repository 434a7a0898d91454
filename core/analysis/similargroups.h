// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/unitgroup.h"

#include <QList>
#include <QString>

namespace jamfor {

// Kolada's ready-made groups "Liknande kommuner <area>, <kommun>, <år>" (seven similar
// municipalities, and the municipality itself) among the saved groups.
class SimilarGroups
{
public:
    // The groups made for the municipality, best first: those whose area word appears in the
    // area's name (or the other way round: "äldreomsorg" for Äldreomsorg), then the newest
    // year, then by name. Matching is case-insensitive.
    static QList<UnitGroup> forMunicipality(const QList<UnitGroup>& groups,
                                            const QString& municipalityName,
                                            const QString& areaName = {});
    // The saved groups that contain the unit, the municipality's similar groups first, then by
    // name; at most limit of them.
    static QList<UnitGroup> containing(const QList<UnitGroup>& groups, const QString& unitId,
                                       const QString& municipalityName, const QString& areaName,
                                       qsizetype limit);
};

} // namespace jamfor
