// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/valuestatusmarker.h"

namespace jamfor {

QString valueStatusMarker(ValueStatus status)
{
    switch (status) {
    case ValueStatus::NotApplicable:
        return QStringLiteral(".");
    case ValueStatus::Confidential:
        return QStringLiteral("..");
    case ValueStatus::Ok:
    case ValueStatus::Missing:
        break;
    }
    return QStringLiteral("–");
}

} // namespace jamfor
