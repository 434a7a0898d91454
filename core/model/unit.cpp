// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/unit.h"

namespace jamfor {

QString unitTypeCode(UnitType type)
{
    switch (type) {
    case UnitType::Country:
        return QStringLiteral("country");
    case UnitType::Region:
        return QStringLiteral("region");
    case UnitType::Municipality:
        break;
    }
    return QStringLiteral("municipality");
}

UnitType unitTypeFromCode(const QString& code)
{
    if (code == u"country")
        return UnitType::Country;
    if (code == u"region")
        return UnitType::Region;
    return UnitType::Municipality;
}

} // namespace jamfor
